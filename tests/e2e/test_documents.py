"""Documents a reader hands over, checked on the PDF Chromium prints (issue 11).

The plan prints on one page and the dossier on at most two, in both languages, on A4 and US
Letter, with no text under 10 pt; the verdict card fits a 375 x 812 phone screen; the page
keeps each analysis in the case.
"""

from __future__ import annotations

import io
import json
import math
from pathlib import Path
from typing import Any

import pytest
from tests.e2e.ready import open_page

pypdf = pytest.importorskip("pypdf")

ENGINE_TIMEOUT_MS = 90_000
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
STORE = "/client-conflict-guide/client-conflict.store.v1"
# The sample cases with the longest plan (quality dispute: 8 steps) and the longest account
# (the bakery: its narrative) — the ones most likely to spill over a page.
LONGEST = ("quality-dispute.json", "bakery-logo.json")
MIN_POINTS = 10
# Chromium writes sizes through CSS pixels: 10 pt comes back as 9.9975 pt.
ROUNDING = 0.01


def _analyse(page: Any, base: str, lang: str, example: str) -> None:
    open_page(page, base + ("en/" if lang == "en" else "") + "diagnostic/")
    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)
    path = EXAMPLES / ("en" if lang == "en" else "") / example
    page.locator("[data-cc-import]").set_input_files(str(path))
    page.locator(".cc-incident").first.wait_for(timeout=30_000)
    page.locator("[data-cc-run]").click()
    page.locator("[data-cc-result] .cc-report").wait_for(timeout=30_000)


def _pdf(page: Any, what: str, paper: str) -> Any:
    page.evaluate(
        "(what) => { document.querySelector('[data-cc-engine]').dataset.ccPrinting = what; }",
        what,
    )
    data = page.pdf(format=paper, print_background=False)
    page.evaluate("() => { delete document.querySelector('[data-cc-engine]').dataset.ccPrinting; }")
    return pypdf.PdfReader(io.BytesIO(data))


def _smallest_font(reader: Any) -> float:
    """The smallest font size on any page, in points, from each text run's matrices."""
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
            sizes.append(size * scale)

    for pdf_page in reader.pages:
        pdf_page.extract_text(visitor_text=visit)
    return min(sizes)


def _text(reader: Any) -> str:
    return "\n".join(pdf_page.extract_text() for pdf_page in reader.pages)


@pytest.mark.parametrize("example", LONGEST)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_plan_prints_on_one_page_and_the_dossier_on_two(
    page: Any, site_server: Any, lang: str, example: str
) -> None:
    _analyse(page, site_server.base, lang, example)
    words = {
        "fr": ("Plan d'action", "pièces à apporter"),
        "en": ("Action plan", "Documents to bring"),
    }
    for paper in ("A4", "Letter"):
        plan = _pdf(page, "plan", paper)
        assert len(plan.pages) == 1, (lang, example, paper, "plan")
        assert words[lang][0] in _text(plan)
        assert _smallest_font(plan) >= MIN_POINTS - ROUNDING, (lang, example, paper, "plan")
        dossier = _pdf(page, "dossier", paper)
        assert len(dossier.pages) <= 2, (lang, example, paper, "dossier")
        assert words[lang][1] in _text(dossier)
        assert _smallest_font(dossier) >= MIN_POINTS - ROUNDING, (lang, example, paper, "dossier")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_verdict_fits_one_phone_screen(browser: Any, site_server: Any, lang: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 812})
    page = context.new_page()
    try:
        _analyse(page, site_server.base, lang, "bakery-logo.json")
        card = page.locator(".cc-verdict").bounding_box()
        assert card is not None
        # One screen under the site's header bar.
        header = page.locator(".md-header").bounding_box()
        assert header is not None
        assert card["height"] <= 812 - header["height"], card
        # Its three dated actions each carry a link the reader can follow.
        assert page.locator(".cc-verdict .cc-next li").count() == 3
        assert page.locator(".cc-verdict .cc-next li a[href]").count() == 3
        # The analysis follows, folded.
        assert page.locator(".cc-report details.cc-fold").count() >= 6
        assert page.locator(".cc-report details.cc-fold[open]").count() == 0
    finally:
        context.close()


def test_each_analysis_is_kept_in_the_case(page: Any, site_server: Any) -> None:
    _analyse(page, site_server.base, "en", "bakery-logo.json")
    page.wait_for_timeout(300)
    cases = page.evaluate(f"() => JSON.parse(localStorage.getItem('{STORE}')).cases")
    (case,) = cases.values()
    assert len(case["analyses"]) == 1
    record = case["analyses"][0]
    assert set(record) == {"date", "trust", "stage", "tactic", "decision", "route", "claimable"}
    assert record["route"] == "formal_notice"
    # Kept without marking the report out of date.
    assert page.locator("[data-cc-stale]").is_hidden()
    # The next analysis says what changed since this one (same day: nothing of note).
    page.locator("[data-cc-run]").click()
    page.locator(".cc-report .cc-changes").wait_for(timeout=30_000)
    cases = page.evaluate(f"() => JSON.parse(localStorage.getItem('{STORE}')).cases")
    (case,) = cases.values()
    assert len(case["analyses"]) == 1  # one line per day
    assert json.dumps(case["analyses"][0]["date"])
