"""No sideways scroll on a phone: every page at 320 and 375 px in both languages, and the
diagnostic in each of its states (no case, a long client name, a report shown).

A table counts as readable only when none of its rows needs sideways scrolling: Material's scroll
box around a table does not widen the page, so tables are checked on their own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.e2e.ready import open_page, show_report

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
WIDTHS = (320, 375)
ENGINE_TIMEOUT_MS = 90_000
LONG_NAME = "Établissements Verdier-Fontaine et associés, succursale de Villeurbanne-Croix-Luizet"

# Every element wider than the window, and every table or scroll box that scrolls sideways.
_OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const name = (el) => el.tagName.toLowerCase()
    + (el.className ? '.' + String(el.className).split(' ')[0] : '');
  const page = document.documentElement.scrollWidth > innerWidth
    ? [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .slice(-3).map(name)
    : [];
  const boxes = [...document.querySelectorAll('article table, article .md-typeset__scrollwrap')]
    .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
    .map(name);
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth, page, boxes};
}"""


def _assert_fits(page: Any, where: str) -> None:
    found = page.evaluate(_OVERFLOW)
    assert found["scrollWidth"] <= found["innerWidth"], (where, found)
    assert found["boxes"] == [], (where, "scrolls sideways", found["boxes"])


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_fits_a_phone(
    browser: Any, site_server: Any, site_pages: dict[str, list[str]], lang: str, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 740})
    page = context.new_page()
    for path in site_pages[lang]:
        open_page(page, site_server.base + path)
        _assert_fits(page, f"{width}px /{path}")
    context.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_diagnostic_fits_a_phone_in_every_state(
    browser: Any, site_server: Any, lang: str
) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 740})
    page = context.new_page()
    url = site_server.base + ("diagnostic/" if lang == "fr" else "en/diagnostic/")

    def check(state: str) -> None:
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 740})
            _assert_fits(page, f"{width}px {lang} diagnostic, {state}")

    page.goto(url)
    page.locator("[data-cc-casebar]:not([hidden])").wait_for()
    check("no case yet")

    page.once("dialog", lambda dialog: dialog.accept(LONG_NAME))
    page.locator('[data-cc-action="new"]').click()
    assert LONG_NAME in page.locator("[data-cc-case-select]").inner_text()
    check("a long client name")

    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)
    sample = ROOT / "examples" / ("" if lang == "fr" else "en") / "quality-dispute.json"
    show_report(page, sample)
    page.locator("details.cc-section").evaluate_all("ns => ns.forEach(n => { n.open = true; })")
    check("a report shown, every section open")
    context.close()
