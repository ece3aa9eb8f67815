"""The quick path as a reader meets it on a phone: its questions open the form, answering them
alone gives a first result whose first screen says what to do and when, and the deeper sections
come after, each question asked once.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.e2e.ready import open_page

from client_conflict.questionnaire import quick_path

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
ENGINE_TIMEOUT_MS = 90_000
# An iPhone's screen, the "first screen" of the issue: 375 by 812 CSS pixels.
PHONE = {"width": 375, "height": 812}


def _before(page: Any, first: str, second: str) -> bool:
    """Whether the element `first` comes before `second` in the page."""
    return page.evaluate(
        """([a, b]) => Boolean(document.querySelector(a).compareDocumentPosition(
             document.querySelector(b)) & Node.DOCUMENT_POSITION_FOLLOWING)""",
        [first, second],
    )


def _answer(page: Any, question: str, value: Any) -> None:
    """Give one answer as a reader would, by clicking its choices."""
    wrapper = page.locator(f'[data-cc-question="{question}"]')
    values = value if isinstance(value, list) else [value]
    for one in values:
        text = ("true" if one else "false") if isinstance(one, bool) else str(one)
        wrapper.locator(f'input[value="{text}"]').check()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_quick_path_alone_gives_a_first_result_on_a_phone(
    page: Any, site_server: Any, lang: str
) -> None:
    quick = [q.id for q in quick_path()]
    page.set_viewport_size(PHONE)
    open_page(page, site_server.base + ("diagnostic/" if lang == "fr" else "en/diagnostic/"))

    # The form opens with the quick path, in its order, each question shown without opening
    # anything, and asked once in the whole page.
    order = page.locator("[data-cc-question]").evaluate_all(
        "ns => ns.map(n => n.dataset.ccQuestion)"
    )
    assert order[: len(quick)] == quick
    assert len(order) == len(set(order)), "a question is asked twice"
    marked = page.locator("[data-cc-quick]").evaluate_all("ns => ns.map(n => n.dataset.ccQuestion)")
    assert marked == quick
    for question in quick:
        assert page.locator(f'[data-cc-question="{question}"]').is_visible(), question
    # Then the button that gives the result, then the deeper sections, each optional and timed.
    assert _before(page, f'[data-cc-question="{quick[-1]}"]', "[data-cc-run]")
    assert _before(page, "[data-cc-run]", "details.cc-section")
    summaries = page.locator("details.cc-section > summary .cc-section-time").all_inner_texts()
    assert summaries, "the deeper sections follow"
    optional = "facultatif" if lang == "fr" else "optional"
    assert all(optional in s and "min" in s for s in summaries), summaries

    # Answer only the quick path, with the bakery sample's answers.
    sample = ROOT / "examples" / ("" if lang == "fr" else "en") / "bakery-logo.json"
    answers = json.loads(sample.read_text(encoding="utf-8"))["answers"]
    for question in quick:
        _answer(page, question, answers[question])
    counted = page.locator(".cc-quick [data-cc-count]").inner_text()
    assert f"{len(quick)}/{len(quick)}" in counted

    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)
    page.locator("[data-cc-run]").click()
    page.locator("[data-cc-result] .cc-verdict").wait_for(timeout=30_000)
    saved = page.evaluate(
        "() => Object.values(JSON.parse(localStorage.getItem("
        "'/client-conflict-guide/client-conflict.store.v1')).cases)[0].answers"
    )
    assert set(saved) == set(quick), "only the quick path was answered"

    # The first screen of the result (from the top of the report, one phone screen high) says
    # that it is a first result, the approach, and the next step with its date.
    top = page.locator("[data-cc-result]").bounding_box()["y"]
    verdict = page.locator("[data-cc-result] .cc-verdict")
    approach = verdict.locator(".cc-verdict-approach")
    step = verdict.locator(".cc-next li").first
    assert verdict.locator(".cc-basis").inner_text().strip()
    assert approach.inner_text().strip()
    assert step.locator("time[datetime]").get_attribute("datetime")
    for part in (approach, step):
        box = part.bounding_box()
        assert box["y"] + box["height"] - top <= PHONE["height"], part.inner_text()
