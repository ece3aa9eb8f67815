"""A reader's journey, clicking as a reader would: checklists, timeline, diagnostic, coming back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from tests.e2e.ready import open_page

pytestmark = pytest.mark.e2e

ENGINE_TIMEOUT_MS = 90_000


def _tick(page: Any, count: int) -> None:
    items = page.locator("article ul.task-list > li")
    assert items.count() >= count
    for index in range(count):
        items.nth(index).click(position={"x": 3, "y": 6})  # the item's first word, by finger


def _fill_date(group: Any, date: str) -> None:
    """Type a YYYY-MM-DD date into the page's day, month and year fields, as a reader would."""
    year, month, day = date.split("-")
    group.locator("[data-cc-date-part=day]").fill(str(int(day)))
    group.locator("[data-cc-date-part=month]").select_option(month)
    group.locator("[data-cc-date-part=year]").fill(year)


def _add_incident(page: Any, date: str, what: str, category: str) -> None:
    _fill_date(page.locator("[data-cc-incident=date]"), date)
    page.locator("[data-cc-incident=category]").select_option(category)
    page.locator("[data-cc-incident=who]").select_option("client")
    page.locator("[data-cc-incident=what]").fill(what)
    page.locator("[data-cc-incident-add]").click()


def _answer(page: Any, question: str, value: str) -> None:
    page.locator(f'[data-cc-question="{question}"] input[value="{value}"]').check()


def _first_scale_questions(page: Any, count: int) -> list[str]:
    ids = page.locator('[data-cc-question][data-kind="scale"]').evaluate_all(
        "nodes => nodes.map(n => n.dataset.ccQuestion)"
    )
    return ids[:count]


def _open_all_sections(page: Any) -> None:
    page.locator("details.cc-section").evaluate_all(
        "nodes => nodes.forEach(n => { n.open = true; })"
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reader_ticks_logs_assesses_and_finds_it_all_again(
    page: Any, site_server: Any, lang: str
) -> None:
    root = site_server.base + ("" if lang == "fr" else "en/")
    page.set_viewport_size({"width": 375, "height": 800})

    page.goto(root + "steps/1-describe/")
    _tick(page, 3)
    progress = page.locator(".cc-checklist__progress").first.inner_text()
    assert progress.startswith("3")

    open_page(page, root + "diagnostic/")
    _add_incident(page, "2026-07-15", "Balance invoice sent, due 14 August.", "payment")
    _add_incident(page, "2026-09-02", "Client offers 3,000 instead of 6,720.", "payment")
    assert page.locator(".cc-incident").count() == 2
    _open_all_sections(page)
    scales = _first_scale_questions(page, 60)
    for question in scales:
        _answer(page, question, "3")
    page.locator('[data-cc-question="sources"] input[value="payment"]').check()

    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)
    page.locator("[data-cc-run]").click()
    result = page.locator("[data-cc-result]")
    result.wait_for(state="visible", timeout=30_000)
    text = result.inner_text()
    assert "/100" in text or "100" in text
    assert page.locator("[data-cc-report-actions]").is_visible()

    stored = page.evaluate(
        "() => Object.entries(localStorage).filter(([k]) => k.endsWith('client-conflict.store.v1'))"
    )
    assert len(stored) == 1
    key, raw = stored[0]
    assert key.startswith("/client-conflict-guide/")
    data = json.loads(raw)
    case = next(iter(data["cases"].values()))
    assert case["format"] == "client-conflict-case"
    assert len(case["timeline"]) == 2
    assert case["answers"]["sources"] == ["payment"]
    assert case["checklists"]["steps/1-describe/"] == ["0", "1", "2"]

    # A week later: same browser profile, a fresh visit.
    open_page(page, root + "diagnostic/")
    assert page.locator(".cc-incident").count() == 2
    assert page.locator(f'[data-cc-question="{scales[0]}"] input[value="3"]').is_checked()
    page.goto(root + "steps/1-describe/")
    boxes = page.locator("article ul.task-list input[type=checkbox]")
    assert [boxes.nth(i).is_checked() for i in range(4)] == [True, True, True, False]
    assert page.watch.foreign == []
    assert page.watch.errors == []


def test_ticks_follow_the_reader_into_the_other_language(page: Any, site_server: Any) -> None:
    page.goto(site_server.base + "steps/2-sources/")
    _tick(page, 2)
    page.goto(site_server.base + "en/steps/2-sources/")
    boxes = page.locator("article ul.task-list input[type=checkbox]")
    assert boxes.nth(0).is_checked()
    assert boxes.nth(1).is_checked()
    assert not boxes.nth(2).is_checked()


@pytest.mark.parametrize(
    ("path", "target"),
    [("steps/5-trust/", "en/steps/5-trust/"), ("en/diagnostic/", "diagnostic/")],
)
def test_language_switch_lands_on_the_same_page(
    page: Any, site_server: Any, path: str, target: str
) -> None:
    open_page(page, site_server.base + path)
    other = "fr" if path.startswith("en/") else "en"
    page.locator(".md-header .md-select").first.hover()  # the selector opens on hover or focus
    with page.expect_navigation():
        page.locator(f'.md-header .md-select a[hreflang="{other}"]').first.click()
    assert page.url == site_server.base + target


def test_import_refuses_a_bad_file_in_the_readers_language_and_keeps_the_case(
    page: Any, site_server: Any, tmp_path: Any
) -> None:
    open_page(page, site_server.base + "diagnostic/")
    _add_incident(page, "2026-09-10", "Menace de prévenir les autres commerçants.", "communication")
    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "client-conflict-case", "version": 99}), encoding="utf-8")
    page.locator("[data-cc-import]").set_input_files(str(bad))
    status = page.locator("[data-cc-status]")
    status.filter(has_text="Import refusé").wait_for(timeout=30_000)
    assert "version" in status.inner_text()
    assert page.locator(".cc-incident").count() == 1


def test_export_then_import_round_trip(page: Any, site_server: Any, tmp_path: Any) -> None:
    open_page(page, site_server.base + "en/diagnostic/")
    _add_incident(page, "2026-08-14", "Invoice due date passes unpaid.", "payment")
    with page.expect_download() as download:
        page.locator('[data-cc-action="export"]').click()
    exported = tmp_path / "case.json"
    download.value.save_as(exported)
    case = json.loads(exported.read_text(encoding="utf-8"))
    assert case["timeline"][0]["what"] == "Invoice due date passes unpaid."

    page.once("dialog", lambda dialog: dialog.accept())
    page.locator('[data-cc-action="delete-all"]').click()
    assert page.locator(".cc-incident").count() == 0
    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)
    page.locator("[data-cc-import]").set_input_files(str(exported))
    page.locator("[data-cc-status]").filter(has_text="imported").wait_for(timeout=30_000)
    assert page.locator(".cc-incident").count() == 1


def test_pages_read_without_javascript(browser: Any, site_server: Any) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_server.base + "steps/1-describe/")
    assert page.locator("article h1").inner_text()
    assert page.locator("article ul.task-list li").count() >= 3
    page.goto(site_server.base + "en/diagnostic/")
    assert "need JavaScript" in page.locator("article").inner_text()
    context.close()


def test_a_number_out_of_range_is_refused_in_the_readers_language(
    page: Any, site_server: Any
) -> None:
    open_page(page, site_server.base + "diagnostic/")
    _open_all_sections(page)
    field = page.locator('[data-cc-question="revenue_share"] input')
    field.fill("40")
    field.blur()
    field.fill("250")
    field.blur()
    error = page.locator('[data-cc-question="revenue_share"] [data-cc-number-error]')
    assert error.is_visible()
    assert "entre 0 et 100" in error.inner_text()
    assert field.get_attribute("aria-invalid") == "true"
    page.wait_for_timeout(600)
    saved = page.evaluate(
        "() => Object.values(JSON.parse(localStorage.getItem("
        "'/client-conflict-guide/client-conflict.store.v1')).cases)[0].answers.revenue_share"
    )
    assert saved == 40


def test_printing_keeps_the_report_and_drops_the_form(page: Any, site_server: Any) -> None:
    open_page(page, site_server.base + "en/diagnostic/")
    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)
    example = Path(__file__).resolve().parents[2] / "examples" / "quality-dispute.json"
    page.locator("[data-cc-import]").set_input_files(str(example))
    page.locator(".cc-incident").first.wait_for(timeout=30_000)
    page.locator("[data-cc-run]").click()
    page.locator("[data-cc-result] .cc-report").wait_for(timeout=30_000)
    page.emulate_media(media="print")
    assert page.locator(".cc-report .cc-plan").is_visible()
    assert page.locator("article h1").is_visible()
    for hidden in ("[data-cc-form]", "[data-cc-casebar]", "[data-cc-run]", ".md-header", "nav"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert not page.locator("article .admonition").first.is_visible()


@pytest.mark.parametrize(
    ("path", "query", "expected"),
    [
        ("", "médiateur", "/client-conflict-guide/"),
        ("en/", "mediator", "/client-conflict-guide/en/"),
    ],
)
def test_search_finds_pages_in_the_readers_language(
    page: Any, site_server: Any, path: str, query: str, expected: str
) -> None:
    page.goto(site_server.base + path)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    search = page.locator(".md-search__input")
    results = page.locator(".md-search-result__item a")
    # Type as a reader does, a key at a time; a query typed before the index is ready is re-run.
    search.press_sequentially(query, delay=50)
    for _ in range(10):
        try:
            results.first.wait_for(timeout=3_000)
            break
        except PlaywrightTimeout:
            meta = page.locator(".md-search-result__meta").inner_text()
            search.press("End")
            search.press("Backspace")
            search.press_sequentially(query[-1])
    else:
        pytest.fail(f"no search result for {query!r}: {meta}")
    hrefs = results.evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    assert len(hrefs) >= 3
    assert all(h.startswith(expected) for h in hrefs)
    if path == "":
        assert not any(h.startswith("/client-conflict-guide/en/") for h in hrefs)
    assert page.watch.foreign == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe not text", "encodé en UTF-8"),
        (b"{ not json", "pas du JSON lisible"),
        (b'{"format": "another-tool", "version": 1}', "Import refusé"),
    ],
)
def test_a_bad_import_is_explained_and_changes_nothing(
    page: Any, site_server: Any, tmp_path: Any, content: bytes, expected: str
) -> None:
    open_page(page, site_server.base + "diagnostic/")
    _add_incident(page, "2026-09-10", "Un fait déjà enregistré.", "communication")
    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    page.locator("[data-cc-import]").set_input_files(str(bad))
    page.locator("[data-cc-status]").filter(has_text=expected).wait_for(timeout=30_000)
    assert page.locator(".cc-incident").count() == 1
    assert page.locator("[data-cc-case-select] option").count() == 1
