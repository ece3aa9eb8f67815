"""Cases a reader can manage: the same case imported twice, a backup of every case and its
import, and a report that belongs to the case (and the version of it) it was made from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.e2e.ready import open_page

pytestmark = pytest.mark.e2e

ENGINE_TIMEOUT_MS = 90_000
KEY = "/client-conflict-guide/client-conflict.store.v1"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "en" / "quality-dispute.json"


def _ready(page: Any) -> None:
    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)


def _import(page: Any, path: Path) -> None:
    page.locator("[data-cc-import]").set_input_files(str(path))


def _status(page: Any, text: str) -> None:
    page.locator("[data-cc-status]").filter(has_text=text).wait_for(timeout=30_000)


def _clients(page: Any) -> list[str]:
    return sorted(page.locator("[data-cc-case-select] option").all_inner_texts())


def _analyse(page: Any) -> Any:
    page.locator("[data-cc-run]").click()
    report = page.locator("[data-cc-result] .cc-report")
    report.wait_for(timeout=30_000)
    return report


def test_importing_a_case_already_here_asks_replace_or_keep_both(
    page: Any, site_server: Any
) -> None:
    open_page(page, site_server.base + "en/diagnostic/")
    _ready(page)
    _import(page, EXAMPLE)
    _status(page, "imported")
    client = _clients(page)[0]
    _import(page, EXAMPLE)
    choice = page.locator(".cc-import-choice")
    choice.wait_for(timeout=30_000)
    assert client in choice.inner_text()
    page.locator("[data-cc-import-choice=keep]").click()
    _status(page, "imported")
    assert _clients(page) == sorted([client, f"{client} (imported copy)"])
    stored = json.loads(page.evaluate(f"() => localStorage.getItem({json.dumps(KEY)})"))
    ids = {case_id: case["id"] for case_id, case in stored["cases"].items()}
    assert all(key == value for key, value in ids.items()), "each case's id is its key"
    assert len(set(ids)) == 2
    # The same file a third time, replacing: still two cases.
    page.locator("#cc-narrative").fill("Edited after import.")
    page.wait_for_timeout(600)
    _import(page, EXAMPLE)
    page.locator("[data-cc-import-choice=replace]").click()
    _status(page, "imported")
    assert len(_clients(page)) == 2
    assert page.locator("#cc-narrative").input_value() != "Edited after import."
    # And cancelling changes nothing.
    _import(page, EXAMPLE)
    page.locator("[data-cc-import-choice=cancel]").click()
    _status(page, "cancelled")
    assert len(_clients(page)) == 2
    assert page.watch.errors == []


def test_back_up_all_cases_then_bring_them_back(
    page: Any, site_server: Any, tmp_path: Path
) -> None:
    open_page(page, site_server.base + "diagnostic/")
    page.locator("#cc-narrative").fill("Premier dossier.")
    page.wait_for_timeout(600)
    page.once("dialog", lambda dialog: dialog.accept("Maison Verdier"))
    page.locator('[data-cc-action="new"]').click()
    page.locator("#cc-narrative").fill("Second dossier.")
    page.wait_for_timeout(600)
    assert "nom du client" in page.locator(".cc-privacy").inner_text()
    with page.expect_download() as download:
        page.locator('[data-cc-action="backup"]').click()
    backup = tmp_path / "backup.json"
    download.value.save_as(backup)
    assert "maison" not in download.value.suggested_filename.lower()
    saved = json.loads(backup.read_text(encoding="utf-8"))
    assert saved["format"] == "client-conflict-backup"
    assert sorted(case["narrative"] for case in saved["cases"]) == [
        "Premier dossier.",
        "Second dossier.",
    ]
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator('[data-cc-action="delete-all"]').click()
    _status(page, "effacées")
    assert page.locator("[data-cc-case-select] option").count() == 1  # "no case yet"
    _ready(page)
    _import(page, backup)
    _status(page, "Sauvegarde importée")
    assert _clients(page) == sorted(["Maison Verdier", "Mon dossier"])
    assert page.watch.errors == []


def test_a_report_goes_with_its_case(page: Any, site_server: Any) -> None:
    open_page(page, site_server.base + "en/diagnostic/")
    _ready(page)
    _import(page, EXAMPLE)
    _status(page, "imported")
    report = _analyse(page)
    assert report.is_visible()
    # A new case: the previous client's report must not stay on screen, printable.
    page.once("dialog", lambda dialog: dialog.accept("Another client"))
    page.locator('[data-cc-action="new"]').click()
    assert not page.locator("[data-cc-result]").is_visible()
    assert not page.locator("[data-cc-report-actions]").is_visible()
    # Back to the first case, analysed again; an edit made while the engine runs marks it stale.
    page.locator("[data-cc-case-select]").select_option(label=_clients(page)[0])
    assert not page.locator("[data-cc-result]").is_visible()
    page.evaluate(
        """() => {
          document.querySelector("[data-cc-run]").click();  // the case is read here
          const narrative = document.querySelector("#cc-narrative");
          narrative.value = "Edited while the analysis runs.";
          narrative.dispatchEvent(new Event("change", { bubbles: true }));
        }"""
    )
    page.locator("[data-cc-result] .cc-report").wait_for(timeout=30_000)
    assert page.locator("[data-cc-stale]").is_visible()


def test_a_stored_version_3_case_is_migrated_when_the_diagnostic_opens(
    page: Any, site_server: Any
) -> None:
    old = {
        "format": "client-conflict-case",
        "version": 3,
        "client": "Maison Verdier",
        "created": "2026-09-01",
        "updated": "2026-09-02",
        "narrative": "Saved by the version-3 page.",
        "timeline": [],
        "answers": {"amount_owed": 6720},
        "checklists": {"steps/1-describe/": ["0"]},
    }
    store = {"version": 1, "active": "c0ldcase01", "cases": {"c0ldcase01": old}}
    page.goto(site_server.origin + "/seed-storage")
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, json.dumps(store)])
    page.watch.errors.clear()
    open_page(page, site_server.base + "en/diagnostic/")
    _ready(page)
    page.wait_for_function(
        f"() => JSON.parse(localStorage.getItem({json.dumps(KEY)})).cases.c0ldcase01.version === 4"
    )
    case = json.loads(page.evaluate(f"() => localStorage.getItem({json.dumps(KEY)})"))["cases"][
        "c0ldcase01"
    ]
    assert case["id"] == "c0ldcase01"
    assert case["narrative"] == "Saved by the version-3 page."
    assert case["checklists"] == {"steps/1-describe/": ["0"]}
    assert case["invoices"][0]["amount_excl_tax"] == 6720
    assert page.locator("#cc-narrative").input_value() == "Saved by the version-3 page."
    assert page.watch.errors == []


def test_the_import_question_passes_axe(page: Any, site_server: Any) -> None:
    from axe_playwright_python.sync_playwright import Axe

    open_page(page, site_server.base + "diagnostic/")
    _ready(page)
    _import(page, EXAMPLE)
    _status(page, "importé")
    _import(page, EXAMPLE)
    page.locator(".cc-import-choice").wait_for(timeout=30_000)
    violations = Axe().run(page).response["violations"]
    assert [(v["impact"], v["id"], v["nodes"][0]["target"]) for v in violations] == []
