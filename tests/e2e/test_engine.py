"""The engine in a real browser: it loads from the site's own assets, under a subpath."""

from __future__ import annotations

import re
from typing import Any

import pytest
from tests.e2e.ready import open_page, wait_ready

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
    open_page(page, site_server.base + path)
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
    open_page(page, site_server.base + "en/diagnostic/")
    host = _wait_engine(page, "error")
    assert "could not start" in host.locator("[data-cc-engine-message]").inner_text()
    assert page.locator("[data-cc-run]").is_disabled()
    assert not page.locator("[data-cc-report-actions]").is_visible(), "nothing to print yet"
    page.locator("#cc-narrative").fill("The client stopped answering in September.")
    page.wait_for_timeout(600)
    page.reload()
    wait_ready(page)
    assert (
        page.locator("#cc-narrative").input_value() == "The client stopped answering in September."
    )


# --- failures: each ends the worker, says so briefly in the reader's language, and a retry works


def _worker_with(page: Any, old: str, new: str) -> None:
    """Serve the engine's worker with ``old`` replaced by ``new`` (a broken worker, for a test)."""

    def serve(route: Any) -> None:
        response = route.fetch()
        text = response.text()
        assert old in text, "the worker changed: update the test's replacement"
        route.fulfill(response=response, body=text.replace(old, new))

    page.route(re.compile(r".*/engine-worker\.js$"), serve)


def test_blocked_wasm_is_an_error_and_a_retry_works_once_unblocked(
    page: Any, site_server: Any
) -> None:
    wasm = re.compile(r".*\.wasm$")
    page.route(wasm, lambda route: route.abort())
    open_page(page, site_server.base + "en/diagnostic/")
    host = _wait_engine(page, "error")
    message = host.locator("[data-cc-engine-message]").inner_text()
    assert "could not start" in message
    assert "Traceback" not in message
    assert len(message) < 300, message
    assert page.locator("[data-cc-run]").is_disabled()
    page.unroute(wasm)
    page.locator("[data-cc-engine-retry]").click()
    _wait_engine(page, "ready")
    assert page.locator("[data-cc-engine-retry]").is_hidden()
    assert page.locator("[data-cc-run]").is_enabled()


def test_a_worker_that_throws_while_answering_is_ended_with_a_short_message(
    page: Any, site_server: Any
) -> None:
    _worker_with(
        page,
        "result = loaded.browser.evaluate(",
        'throw new Error("Traceback (most recent call last): injected"); result = (',
    )
    open_page(page, site_server.base + "diagnostic/")
    _wait_engine(page)
    page.locator("[data-cc-run]").click()
    host = _wait_engine(page, "error")
    message = host.locator("[data-cc-engine-message]").inner_text()
    assert "s'est arrêté" in message
    assert "Traceback" not in page.locator("[data-cc-app]").inner_text()
    assert any("injected" in error for error in page.watch.errors), "the detail is in the console"
    assert page.locator("[data-cc-engine-retry]").is_visible()


def test_a_worker_that_hangs_is_ended_at_the_request_deadline(page: Any, site_server: Any) -> None:
    _worker_with(
        page,
        "result = loaded.browser.evaluate(",
        "for (;;) {} result = (",  # the worker never answers again
    )
    page.clock.install()
    open_page(page, site_server.base + "en/diagnostic/")
    _wait_engine(page)
    page.locator("[data-cc-run]").click()
    page.wait_for_timeout(500)
    assert page.locator("[data-cc-engine]").get_attribute("data-engine-state") == "ready"
    page.clock.fast_forward(31_000)  # past engine.js's REQUEST_MS
    host = _wait_engine(page, "error")
    assert "did not answer in time" in host.locator("[data-cc-engine-message]").inner_text()
    page.unroute(re.compile(r".*/engine-worker\.js$"))
    page.locator("[data-cc-engine-retry]").click()
    _wait_engine(page, "ready")


def test_a_start_that_stops_progressing_is_ended_at_the_stall_deadline(
    page: Any, site_server: Any
) -> None:
    held: list[Any] = []

    def hold(route: Any) -> None:
        held.append(
            route
        )  # never answered: the download hangs (a bound method cannot be a handler)

    page.route(re.compile(r".*\.wasm$"), hold)
    page.clock.install()
    open_page(page, site_server.base + "diagnostic/")
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(200)
    assert held, "the worker asked for the WebAssembly file"
    assert page.locator("[data-cc-engine]").get_attribute("data-engine-state") == "loading"
    page.clock.fast_forward(46_000)  # past engine.js's START_STALL_MS with no progress
    host = _wait_engine(page, "error")
    assert "le chargement s'est arrêté" in host.locator("[data-cc-engine-message]").inner_text()
    page.unroute(re.compile(r".*\.wasm$"))
    page.locator("[data-cc-engine-retry]").click()
    _wait_engine(page, "ready")
