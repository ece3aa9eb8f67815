"""Accessibility, checked with axe-core in Chromium: no violation at any impact level, on every
page of the built site in both languages, in Material's light and dark schemes, and on the
diagnostic with its form open and a report on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.e2e.ready import open_page, show_report

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
# The palette Material starts with follows the system's; each scheme is checked as a reader
# whose system asks for it.
SCHEMES = {"default": "light", "slate": "dark"}


def _violations(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    response = Axe().run(page).response
    return [
        f"{v['impact']} {v['id']}: {v['help']} ({[n['target'] for n in v['nodes'][:3]]})"
        for v in response["violations"]
    ]


def _open(browser: Any, scheme: str) -> tuple[Any, Any]:
    context = browser.new_context(color_scheme=SCHEMES[scheme])
    return context, context.new_page()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_has_no_violation(
    browser: Any, site_server: Any, site_pages: dict[str, list[str]], lang: str, scheme: str
) -> None:
    context, page = _open(browser, scheme)
    found = {}
    for path in site_pages[lang]:
        open_page(page, site_server.base + path)
        assert page.locator("body").get_attribute("data-md-color-scheme") == scheme
        if violations := _violations(page):
            found[path] = violations
    context.close()
    assert found == {}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_diagnostic_and_its_report_have_no_violation(
    browser: Any, site_server: Any, lang: str, scheme: str
) -> None:
    context, page = _open(browser, scheme)
    open_page(page, site_server.base + ("diagnostic/" if lang == "fr" else "en/diagnostic/"))
    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=90_000)
    sample = ROOT / "examples" / ("" if lang == "fr" else "en") / "quality-dispute.json"
    show_report(page, sample)
    page.locator("details.cc-section").evaluate_all("ns => ns.forEach(n => { n.open = true; })")
    violations = _violations(page)
    context.close()
    assert violations == []
