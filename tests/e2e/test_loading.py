"""What a page loads, and when: Material's search index waits for the reader or for the engine.

Orders of events only, never durations (speed is measured in `benchmarks/`).
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.e2e.ready import open_page

pytestmark = pytest.mark.e2e

ENGINE_TIMEOUT_MS = 90_000
INDEX = "search/search_index.json"
# When the index was asked for, and when the engine said ready, on the page's own clock.
ORDER = """() => ({
  index: performance.getEntriesByType("resource")
    .filter((entry) => entry.name.includes("search_index.json"))
    .map((entry) => entry.startTime),
  ready: performance.getEntriesByName("cc:engine:ready").map((mark) => mark.startTime),
})"""


def test_a_content_page_asks_for_the_search_index_when_the_reader_searches(
    page: Any, site_server: Any
) -> None:
    asked: list[str] = []
    page.on("request", lambda request: INDEX in request.url and asked.append(request.url))
    open_page(page, site_server.base + "en/steps/2-sources/")
    assert asked == [], "not at load: the index waits (3 s after load at the earliest)"
    with page.expect_request(lambda request: INDEX in request.url, timeout=10_000):
        page.locator("label.md-search__icon, .md-search__input").first.click()
    assert asked == [site_server.base + "en/" + INDEX], "the reader's language's index, once"
    page.locator(".md-search__input").press_sequentially("mediator", delay=50)
    page.locator(".md-search-result__item a").first.wait_for(timeout=30_000)


def test_the_diagnostic_asks_for_the_search_index_after_the_engine_is_ready(
    page: Any, site_server: Any
) -> None:
    open_page(page, site_server.base + "diagnostic/")
    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)
    page.wait_for_function(
        "() => performance.getEntriesByType('resource')"
        ".some((entry) => entry.name.includes('search_index.json'))",
        timeout=30_000,
    )
    order = page.evaluate(ORDER)
    assert len(order["index"]) == 1, order
    assert len(order["ready"]) == 1, order
    assert order["index"][0] >= order["ready"][0], order
    assert page.watch.errors == []
