"""The reader's saved data under faults, in Chromium: unreadable, malformed, full or newer stores,
two tabs at once, an old case file's dates, and "delete everything" on a shared origin."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from tests.e2e.ready import open_page

pytestmark = pytest.mark.e2e

ENGINE_TIMEOUT_MS = 90_000
KEY = "/client-conflict-guide/client-conflict.store.v1"
BACKUP = KEY + ".unreadable-"
SUBPATH_THEME = "/client-conflict-guide/.__"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _seed(page: Any, site_server: Any, items: dict[str, str]) -> None:
    """Put `items` in the origin's localStorage before any page of the site has run."""
    page.goto(site_server.origin + "/seed-storage")  # a plain 404 on the same origin: no script
    page.evaluate(
        "items => { for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v); }",
        items,
    )
    page.watch.errors.clear()  # the 404 itself


def _storage(page: Any) -> dict[str, str]:
    return dict(page.evaluate("() => Object.fromEntries(Object.entries(localStorage))"))


def _backups(page: Any) -> dict[str, str]:
    return {k: v for k, v in _storage(page).items() if k.startswith(BACKUP)}


def _fill_to_quota(page: Any) -> int:
    """Fill localStorage until it refuses even one more character; return the keys added."""
    return int(
        page.evaluate(
            """() => {
          let size = 1 << 20, count = 0;
          while (size >= 1) {
            try { localStorage.setItem(`filler-${count}`, "x".repeat(size)); count += 1; }
            catch { size = Math.floor(size / 2); }
          }
          return count;
        }"""
        )
    )


def _case(client: str, **fields: Any) -> dict[str, Any]:
    return {
        "format": "client-conflict-case",
        "version": 3,
        "client": client,
        "created": "2026-09-01",
        "updated": "2026-09-01",
        "narrative": "",
        "timeline": [],
        "answers": {},
        "checklists": {},
        **fields,
    }


def _add_fact(page: Any, date: str, what: str) -> None:
    """Add a fact to the timeline as a reader would: day, month, year, then what happened."""
    year, month, day = date.split("-")
    group = page.locator("[data-cc-incident=date]")
    group.locator("[data-cc-date-part=day]").fill(str(int(day)))
    group.locator("[data-cc-date-part=month]").select_option(month)
    group.locator("[data-cc-date-part=year]").fill(year)
    page.locator("[data-cc-incident=what]").fill(what)
    page.locator("[data-cc-incident-add]").click()


def _tick_first(page: Any) -> None:
    page.locator("article ul.task-list > li").first.click(position={"x": 3, "y": 6})


def test_unreadable_data_is_set_aside_once_and_offered_until_downloaded(
    page: Any, site_server: Any, tmp_path: Path
) -> None:
    _seed(page, site_server, {KEY: "{broken"})
    for path in ("steps/1-describe/", "steps/2-sources/", "en/steps/3-interests/"):
        page.goto(site_server.base + path)
    assert list(_backups(page).values()) == ["{broken"], "one backup, not one per page view"
    notice = page.locator("[data-cc-notice=corrupt]")
    assert notice.is_visible(), "the notice is still there after several page views"
    with page.expect_download() as download:
        notice.locator("[data-cc-download-unreadable]").click()
    saved = tmp_path / "unreadable.json"
    download.value.save_as(saved)
    items = json.loads(saved.read_text(encoding="utf-8"))["items"]
    assert [item["value"] for item in items] == ["{broken"]
    assert not notice.is_visible()
    page.reload()
    assert page.locator("[data-cc-notice]").count() == 0, "the reader has acted: no more notice"
    assert list(_backups(page).values()) == ["{broken"], "the backup itself is kept"
    assert page.watch.errors == []


def test_a_full_store_with_an_unreadable_value_never_says_saved(
    page: Any, site_server: Any
) -> None:
    _seed(page, site_server, {KEY: "{broken"})
    assert _fill_to_quota(page) > 0
    open_page(page, site_server.base + "diagnostic/")
    assert page.locator("[data-cc-notice=stuck]").is_visible()
    # Nothing typed here could be saved: the form says so by taking no answer.
    assert page.locator("#cc-narrative").is_disabled()
    assert page.locator("[data-cc-incident-add]").is_disabled()
    assert page.locator(".cc-quick [data-cc-question] input").first.is_disabled(), "quick path too"
    assert "Enregistré" not in page.locator("[data-cc-status]").inner_text()
    assert _storage(page)[KEY] == "{broken", "the unreadable value is left where it was"
    page.goto(site_server.base + "steps/1-describe/")
    assert page.locator("[data-cc-notice=stuck] [data-cc-download-unreadable]").is_visible()
    assert page.locator("article ul.task-list input[type=checkbox]").first.is_disabled()
    assert "non enregistrées" in page.locator(".cc-checklist__progress").first.inner_text()
    assert page.watch.errors == []


def test_a_failed_save_is_told_on_a_step_page(page: Any, site_server: Any) -> None:
    _seed(page, site_server, {KEY: json.dumps({"version": 1, "active": None, "cases": {}})})
    page.goto(site_server.base + "en/steps/1-describe/")
    assert _fill_to_quota(page) > 0
    _tick_first(page)
    assert "not saved" in page.locator(".cc-checklist__progress").first.inner_text()
    assert page.locator("[data-cc-notice=full]").is_visible()


def test_a_failed_save_is_told_on_the_diagnostic(page: Any, site_server: Any) -> None:
    open_page(page, site_server.base + "diagnostic/")
    page.locator("#cc-narrative").fill("Enregistré avant.")
    page.wait_for_timeout(600)
    assert _fill_to_quota(page) > 0
    _add_fact(page, "2026-09-10", "Le client conteste la facture.")
    status = page.locator("[data-cc-status]")
    assert status.inner_text().startswith("Non enregistré")
    assert page.locator("[data-cc-notice=full]").is_visible()
    page.locator("#cc-narrative").fill("Texte saisi après.")
    page.wait_for_timeout(600)
    assert status.inner_text().startswith("Non enregistré")
    assert page.locator(".cc-incident").count() == 1, "shown, as the reader's own text"
    assert page.locator("[data-cc-incident=what]").input_value() != "", "kept for another try"


def test_a_store_from_a_newer_version_is_read_only(page: Any, site_server: Any) -> None:
    newer = json.dumps({"version": 2, "profiles": {"x": {"cases": {}}}})
    _seed(page, site_server, {KEY: newer})
    page.goto(site_server.base + "steps/1-describe/")
    assert "version plus récente" in page.locator("[data-cc-notice=newer]").inner_text()
    assert page.locator("article ul.task-list input[type=checkbox]").first.is_disabled()
    open_page(page, site_server.base + "en/diagnostic/")
    assert page.locator("[data-cc-notice=newer]").is_visible()
    assert page.locator("#cc-narrative").is_disabled()
    assert "Saved" not in page.locator("[data-cc-status]").inner_text()
    assert _storage(page)[KEY] == newer
    assert _backups(page) == {}


def test_a_malformed_store_breaks_nothing_and_pollutes_nothing(page: Any, site_server: Any) -> None:
    bad_timeline = _case("Lambda", timeline={"not": "a list"})
    raw = json.dumps(
        {
            "version": 1,
            "active": "__proto__",
            "cases": {"a": None, "b": bad_timeline, "good": _case("Kappa")},
        }
    )
    _seed(page, site_server, {KEY: raw})
    page.goto(site_server.base + "steps/1-describe/")
    _tick_first(page)
    assert page.evaluate("() => ({}).checklists === undefined && ({}).answers === undefined")
    assert "Kappa" in page.locator(".cc-checklist__progress").first.inner_text()
    open_page(page, site_server.base + "diagnostic/")
    assert page.locator("[data-cc-case-select] option").all_inner_texts() == ["Kappa"]
    page.locator("#cc-narrative").fill("Un texte.")
    page.wait_for_timeout(600)
    assert page.evaluate("() => ({}).narrative === undefined")
    stored = json.loads(_storage(page)[KEY])
    assert stored["cases"]["good"]["checklists"] == {"steps/1-describe/": ["0"]}
    kept = sorted(json.loads(value)["id"] for value in _backups(page).values())
    assert kept == ["a", "b"], "what did not validate is set aside, not lost"
    assert page.locator("[data-cc-notice=corrupt]").is_visible()
    assert page.watch.errors == []


def test_typing_in_one_tab_while_another_imports(context: Any, site_server: Any) -> None:
    typing = context.new_page()
    open_page(typing, site_server.base + "en/diagnostic/")
    narrative = typing.locator("#cc-narrative")
    narrative.fill("Alpha's case.")
    typing.wait_for_timeout(600)
    importing = context.new_page()
    open_page(importing, site_server.base + "en/diagnostic/")
    importing.locator("[data-cc-engine][data-engine-state=ready]").wait_for(
        timeout=ENGINE_TIMEOUT_MS
    )
    typing.bring_to_front()
    narrative.fill("")
    narrative.press_sequentially("123")
    importing.locator("[data-cc-import]").set_input_files(str(EXAMPLES / "quality-dispute.json"))
    narrative.press_sequentially("4567", delay=80)
    importing.locator("[data-cc-status]").filter(has_text="imported").wait_for(timeout=30_000)
    typing.wait_for_timeout(600)
    assert narrative.input_value() == "1234567"
    assert typing.locator("[data-cc-case-select] option:checked").inner_text() == "My case"
    stored = json.loads(typing.evaluate(f"() => localStorage.getItem({json.dumps(KEY)})"))
    # The first edit made an unnamed case (shown as "My case"); the import is the other one.
    typed = [case for case in stored["cases"].values() if not case["client"]]
    imported = [case for case in stored["cases"].values() if case["client"]]
    assert [case["narrative"] for case in typed] == ["1234567"]
    assert len(imported) == 1
    assert "4567" not in imported[0]["narrative"]
    # The other tab shows the new case it imported, and this tab's text did not land in it.
    assert importing.locator("[data-cc-case-select] option:checked").inner_text() != "My case"


def test_delete_everything_names_the_backups_and_leaves_other_sites_alone(
    page: Any, site_server: Any
) -> None:
    others = {
        "/client-conflict.store.v1": json.dumps({"version": 1, "active": None, "cases": {}}),
        "/client-conflict.store.v1.unreadable-1": "another site's backup",
        "/another-repo/client-conflict.store.v1": "{}",
    }
    _seed(page, site_server, {**others, BACKUP + "1": "{old unreadable data"})
    open_page(page, site_server.base + "en/diagnostic/")
    page.locator("#cc-narrative").fill("Something to delete.")
    page.wait_for_timeout(600)
    messages: list[str] = []

    def accept(dialog: Any) -> None:
        messages.append(dialog.message)
        dialog.accept()

    page.once("dialog", accept)
    page.locator('[data-cc-action="delete-all"]').click()
    page.locator("[data-cc-status]").filter(has_text="deleted").wait_for()
    assert "unreadable data" in messages[0]
    # Material's own display preference (the colour scheme) is not the reader's data; it stays.
    left = {k: v for k, v in _storage(page).items() if not k.startswith(SUBPATH_THEME)}
    assert left == others
    assert page.evaluate(f"() => sessionStorage.getItem({json.dumps(KEY + '.active')})") is None


def _old_case(today: dt.date, **answers: Any) -> dict[str, Any]:
    """A case saved by the version-2 page: the deadline counted in days from `updated`."""
    return {
        "format": "client-conflict-case",
        "version": 2,
        "client": "Old client",
        "created": (today - dt.timedelta(days=60)).isoformat(),
        "updated": (today - dt.timedelta(days=30)).isoformat(),
        "narrative": "",
        "timeline": [],
        "answers": {"deadline_days": 40, "stake_outcome": 4, "stake_relationship": 4, **answers},
        "checklists": {},
    }


def _browser_today(page: Any, site_server: Any) -> dt.date:
    """The reader's date, as the page computes it (the browser's clock and time zone)."""
    _seed(page, site_server, {})
    year, month, day = page.evaluate(
        "() => { const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()]; }"
    )
    return dt.date(year, month, day)


def _tick_then_analyse(page: Any, site_server: Any, case: dict[str, Any]) -> str:
    store = {"version": 1, "active": "old", "cases": {"old": case}}
    _seed(page, site_server, {KEY: json.dumps(store)})
    page.goto(site_server.base + "en/steps/1-describe/")  # before the diagnostic is ever opened
    _tick_first(page)
    stored = json.loads(_storage(page)[KEY])["cases"]["old"]
    assert stored["checklists"] == {"steps/1-describe/": ["0"]}
    assert stored["updated"] == case["updated"], "a tick must not move an old file's dates"
    open_page(page, site_server.base + "en/diagnostic/")
    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)
    page.locator("[data-cc-run]").click()
    page.locator("[data-cc-result] .cc-report").wait_for(timeout=30_000)
    # The report folds its analyses: open them, as a reader would, to read the whole of it.
    page.evaluate(
        "document.querySelectorAll('[data-cc-result] details').forEach(d => { d.open = true; })"
    )
    return str(page.locator("[data-cc-result]").inner_text())


DEADLINE_CLOSE = "A deadline that matters falls within 14 days"


def test_a_tick_keeps_the_deadline_of_a_version_2_case(page: Any, site_server: Any) -> None:
    today = _browser_today(page, site_server)
    # Saved 30 days ago with a deadline 40 days after that: it falls in 10 days.
    report = _tick_then_analyse(page, site_server, _old_case(today))
    assert DEADLINE_CLOSE in report


def test_an_explicit_deadline_wins_over_a_version_2_days_count(page: Any, site_server: Any) -> None:
    today = _browser_today(page, site_server)
    # The version-3 page wrote the reader's date into the version-2 file: 100 days away.
    case = _old_case(today, deadline=(today + dt.timedelta(days=100)).isoformat())
    report = _tick_then_analyse(page, site_server, case)
    assert DEADLINE_CLOSE not in report


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_notices_pass_axe(browser: Any, site_server: Any, scheme: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site_server.origin + "/seed-storage")
    page.evaluate(f"() => localStorage.setItem({json.dumps(KEY)}, '{{broken')")
    page.goto(site_server.base + "steps/1-describe/")
    _fill_to_quota(page)
    _tick_first(page)  # a failed save: the second notice
    assert page.locator("[data-cc-notice]").count() == 2
    violations = Axe().run(page).response["violations"]
    context.close()
    assert [(v["impact"], v["id"], v["nodes"][0]["target"]) for v in violations] == []
