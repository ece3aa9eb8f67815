"""The form as a reader meets it: follow-up questions, and dates typed in the page's language."""

from __future__ import annotations

import json
from typing import Any

import pytest
from tests.e2e.ready import open_page, wait_ready

pytestmark = pytest.mark.e2e

STORE = "/client-conflict-guide/client-conflict.store.v1"


def _saved_answers(page: Any) -> dict[str, Any]:
    data = json.loads(page.evaluate(f"() => localStorage.getItem('{STORE}')"))
    case = next(iter(data["cases"].values()))
    assert case["client"] == "", "a case created by an answer is stored unnamed"
    return case["answers"]


def test_a_follow_up_shows_only_when_its_parent_calls_for_it(page: Any, site_server: Any) -> None:
    open_page(page, site_server.base + "en/diagnostic/")
    page.locator("details.cc-section").evaluate_all("ns => ns.forEach(n => { n.open = true; })")
    follow_ups = page.locator("[data-cc-shown-when]")
    if not follow_ups.count():
        pytest.skip("this questionnaire has no follow-up question")
    # A yes/no parent, so that the test knows which answer calls for the follow-up.
    rules = follow_ups.evaluate_all(
        "ns => ns.map(n => [n.dataset.ccQuestion, ...n.dataset.ccShownWhen.split(':')])"
    )
    child, parent = next(
        (c, p)
        for c, p, v in rules
        if v == "true"
        and page.locator(f'[data-cc-question="{p}"]').get_attribute("data-kind") == "yesno"
    )
    wrapper = page.locator(f'[data-cc-question="{child}"]')
    assert wrapper.is_hidden()
    page.locator(f'[data-cc-question="{parent}"] input[value="true"]').check()
    assert wrapper.is_visible()
    control = wrapper.locator("input:not([value='']), textarea, select").first
    kind = wrapper.get_attribute("data-kind")
    if kind in {"yesno", "choice", "scale", "multi"}:
        control.check()
    elif kind == "date":
        pytest.skip("a date follow-up is covered by the date test")
    else:
        control.fill("1" if kind == "number" else "Written down")
        control.blur()
    page.wait_for_timeout(600)
    saved = _saved_answers(page)[child]
    page.locator(f'[data-cc-question="{parent}"] input[value="false"]').check()
    assert wrapper.is_hidden()
    assert _saved_answers(page)[child] == saved, "hiding a follow-up keeps its saved answer"
    page.reload()
    wait_ready(page)
    assert page.locator(f'[data-cc-question="{child}"]').is_hidden()


@pytest.mark.parametrize(("lang", "month"), [("fr", "août"), ("en", "August")])
def test_dates_are_typed_and_shown_in_the_pages_language(
    page: Any, site_server: Any, lang: str, month: str
) -> None:
    open_page(page, site_server.base + ("diagnostic/" if lang == "fr" else "en/diagnostic/"))
    date = page.locator("[data-cc-incident=date]")
    assert month in date.locator("[data-cc-date-part=month]").inner_text()
    date.locator("[data-cc-date-part=day]").fill("31")
    date.locator("[data-cc-date-part=month]").select_option("02")
    date.locator("[data-cc-date-part=year]").fill("2026")
    page.locator("[data-cc-incident=what]").fill("Invoice sent")
    page.locator("[data-cc-incident-add]").click()
    assert page.locator("[data-cc-incident-error]").is_visible(), "31 February is refused"
    assert page.locator(".cc-incident").count() == 0
    date.locator("[data-cc-date-part=month]").select_option("08")
    page.locator("[data-cc-incident-add]").click()
    assert page.locator(".cc-incident time").inner_text() == f"31 {month} 2026"
    assert page.locator(".cc-incident time").get_attribute("datetime") == "2026-08-31"


def test_a_quick_parent_shows_its_follow_up_in_a_deeper_section(
    page: Any, site_server: Any
) -> None:
    # "Where is your business based?" is on the quick path; "In which US state?" and the French
    # trader question are in the legal setting section, after the result.
    open_page(page, site_server.base + "en/diagnostic/")
    assert page.locator('.cc-quick [data-cc-question="reader_place"]').count() == 1
    section = page.locator("#cc-section-setting")
    assert section.locator('[data-cc-question="reader_place"]').count() == 0
    section.locator("summary").click()
    state = section.locator('[data-cc-question="reader_us_state"]')
    trader = section.locator('[data-cc-question="reader_trader"]')
    count = section.locator("[data-cc-count]")
    assert state.is_hidden()
    assert trader.is_hidden()
    asked = int(count.inner_text().split("/")[1].rstrip(")"))
    page.locator('[data-cc-question="reader_place"] input[value="us"]').check()
    assert state.is_visible()
    assert trader.is_hidden()
    assert count.inner_text().endswith(f"/{asked + 1})"), "a shown follow-up is counted"
    assert "1/" in page.locator(".cc-quick [data-cc-count]").inner_text()
    state.locator('input[value="ny"]').check()
    page.locator('[data-cc-question="reader_place"] input[value="fr"]').check()
    assert state.is_hidden()
    assert trader.is_visible()
    assert count.inner_text() == f"(answered: 0/{asked + 1})"
    assert _saved_answers(page)["reader_us_state"] == "ny", "a hidden follow-up keeps its answer"
