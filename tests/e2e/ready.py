"""Waiting for the diagnostic to be ready: the one wait the end-to-end tests share.

`site.js` loads the diagnostic's modules with a dynamic `import()`, on its page only, so for a
moment after the page has loaded the form is on screen but not yet bound to the reader's cases: an
answer typed then would not be saved, a click on a case action would do nothing. The diagnostic
sets `data-cc-ready` on its root (`[data-cc-app]`) once the form, the timeline, the report and the
case bar are bound to the case store. A test that uses the diagnostic waits for that mark, never
for a fixed time: `open_page` after a navigation, `wait_ready` after a reload or a click that
navigates. On a page without the diagnostic both return as soon as the page has loaded.
"""

from __future__ import annotations

from typing import Any

READY = "[data-cc-app][data-cc-ready]"
_SETTLED = """() => {
  const app = document.querySelector("[data-cc-app]");
  return !app || app.hasAttribute("data-cc-ready");
}"""
READY_TIMEOUT_MS = 30_000


def wait_ready(page: Any, timeout: float = READY_TIMEOUT_MS) -> None:
    """Return once the page's diagnostic, if it has one, is bound to the case store."""
    page.wait_for_function(_SETTLED, timeout=timeout)


def open_page(page: Any, url: str, **goto: Any) -> Any:
    """``page.goto(url)``, then wait until the page is ready to be used; the goto's response."""
    response = page.goto(url, **goto)
    wait_ready(page)
    return response


def show_report(page: Any, sample: Any, timeout: float = 30_000) -> None:
    """Import a sample case file on the diagnostic (engine ready), run it, wait for the report."""
    page.locator("[data-cc-import]").set_input_files(str(sample))
    page.locator(".cc-incident").first.wait_for(timeout=timeout)
    page.locator("[data-cc-run]").click()
    page.locator("[data-cc-result] .cc-report").wait_for(timeout=timeout)
