"""The engine in a real browser: it loads from the site's own assets, under a subpath."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

ENGINE_TIMEOUT_MS = 90_000


def _wait_engine(page: Any, state: str = "ready") -> Any:
    host = page.locator("[data-cc-engine]")
    host.and_(page.locator(f'[data-engine-state="{state}"]')).wait_for(timeout=ENGINE_TIMEOUT_MS)
    return host


@pytest.mark.parametrize(
    ("path", "expected"), [("diagnostic/", "Moteur prêt"), ("en/diagnostic/", "Engine ready")]
)
def test_engine_reaches_ready_with_no_foreign_request(
    page: Any, site_server: Any, path: str, expected: str
) -> None:
    page.goto(site_server.base + path)
    assert page.locator("[data-cc-engine]").get_attribute("data-engine-state") in {
        "loading",
        "ready",
    }
    host = _wait_engine(page)
    status = host.locator("[data-cc-engine-message]").inner_text()
    assert expected in status
    assert re.search(r"\d+\.\d+\.\d+", status), status
    assert page.watch.foreign == []
    assert page.watch.errors == []


def test_engine_failure_is_told_and_answers_still_save(page: Any, site_server: Any) -> None:
    page.route(re.compile(r".*\.whl$"), lambda route: route.fulfill(status=404, body="missing"))
    page.goto(site_server.base + "en/diagnostic/")
    host = _wait_engine(page, "error")
    assert "could not start" in host.locator("[data-cc-engine-message]").inner_text()
    assert page.locator("[data-cc-run]").is_disabled()
    assert not page.locator("[data-cc-report-actions]").is_visible(), "nothing to print yet"
    page.locator("#cc-narrative").fill("The client stopped answering in September.")
    page.wait_for_timeout(600)
    page.reload()
    assert (
        page.locator("#cc-narrative").input_value() == "The client stopped answering in September."
    )
