"""The page a broken address leads to: one per language, no failed request, a selector that
leads to the other language's home page."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.e2e


# page, its language, its title, the other language and that language's home
CASES = {
    "fr": ("404.html", "Page introuvable", "en", "en/"),
    "en": ("en/404.html", "Page not found", "fr", ""),
}


@pytest.mark.parametrize("lang", CASES)
def test_the_404_page_speaks_its_language_and_fails_no_request(
    page: Any, site_server: Any, lang: str
) -> None:
    path, title, other, other_home = CASES[lang]
    failed: list[str] = []

    def on_response(response: Any) -> None:
        if response.status >= 400:
            failed.append(f"{response.status} {response.url}")

    page.on("requestfailed", lambda request: failed.append(f"failed {request.url}"))
    page.on("response", on_response)
    response = page.goto(site_server.base + path)
    assert response.ok
    page.wait_for_load_state("networkidle")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("article h1").inner_text() == title
    selector = page.locator(f'.md-header .md-select a[hreflang="{other}"]').first
    assert selector.get_attribute("href") == "/client-conflict-guide/" + other_home
    home = page.locator("article a.md-button--primary")
    assert home.get_attribute("href") == "/client-conflict-guide/" + ("" if lang == "fr" else "en/")
    page.locator(".md-header .md-select").first.hover()
    with page.expect_navigation():
        selector.click()
    assert page.url == site_server.base + other_home
    assert failed == []
    assert page.watch.errors == []
    assert page.watch.foreign == []
