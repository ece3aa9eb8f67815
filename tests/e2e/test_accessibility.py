"""Accessibility, checked with axe-core in Chromium: no serious or critical violation.

The pages checked cover every kind the site has: home (cards), a step (checklist, SVG), a model,
a template (tabs, code), and the diagnostic with its form and a report on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
BLOCKING = {"serious", "critical"}


def _violations(page: Any) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    response = Axe().run(page).response
    return [
        f"{v['impact']} {v['id']}: {v['help']} ({v['nodes'][0]['target']})"
        for v in response["violations"]
        if v["impact"] in BLOCKING
    ]


@pytest.mark.parametrize(
    "path",
    ["", "en/", "steps/5-trust/", "en/models/glasl/", "templates/payment-reminder/", "en/sources/"],
)
def test_pages_have_no_serious_violation(page: Any, site_server: Any, path: str) -> None:
    page.goto(site_server.base + path)
    assert _violations(page) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_diagnostic_and_its_report_have_no_serious_violation(
    page: Any, site_server: Any, lang: str
) -> None:
    page.goto(site_server.base + ("diagnostic/" if lang == "fr" else "en/diagnostic/"))
    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=90_000)
    page.locator("[data-cc-import]").set_input_files(
        str(ROOT / "examples" / "quality-dispute.json")
    )
    page.locator(".cc-incident").first.wait_for(timeout=30_000)
    page.locator("[data-cc-run]").click()
    page.locator("[data-cc-result] .cc-report").wait_for(timeout=30_000)
    assert _violations(page) == []
