"""The Content-Security-Policy: every page of the built site, in both languages, runs under its own
policy with no violation, the diagnostic works under it, and so does the stricter header policy
a host can send (see DESIGN.md, "Content-Security-Policy")."""

from __future__ import annotations

import importlib.util
import json
import re
import threading
from collections.abc import Iterator
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from tests.e2e.conftest import SUBPATH, _SubpathHandler
from tests.e2e.ready import open_page

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
ENGINE_TIMEOUT_MS = 90_000

# Installed before any page script runs: records every violation the document sees.
LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} ` +
    `at ${event.sourceFile}:${event.lineNumber} ${event.sample}`
  );
});
"""
_CSP_CONSOLE = re.compile(r"Content.Security.Policy", re.I)


def _pages(site: Path) -> list[str]:
    """Every HTML page of the build, as a URL path below the site's root, both languages."""
    return sorted(
        path.relative_to(site).as_posix().removesuffix("index.html")
        for path in site.rglob("*.html")
    )


def _csp_hooks() -> ModuleType:  # the build hook, loaded from its file: hooks are no package
    spec = importlib.util.spec_from_file_location("csp_hook", ROOT / "overrides/hooks/csp.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _watch_csp(page: Any) -> list[str]:
    console: list[str] = []
    page.add_init_script(LISTEN)
    page.on(
        "console",
        lambda message: console.append(message.text) if _CSP_CONSOLE.search(message.text) else None,
    )
    return console


def _violations(page: Any) -> list[str]:
    return page.evaluate("() => window.__cspViolations || []")


def test_the_listener_sees_a_violation(page: Any, site_server: Any) -> None:
    """The crawl below would pass on a site without a policy if the listener saw nothing."""
    console = _watch_csp(page)
    page.goto(site_server.base)
    page.evaluate(
        """() => {
          const span = document.createElement("span");
          span.setAttribute("style", "color: red");
          document.body.append(span);
          const script = document.createElement("script");
          script.textContent = "window.__ran = true";
          document.body.append(script);
        }"""
    )
    page.wait_for_timeout(200)
    found = _violations(page)
    assert any(v.startswith("style-src") for v in found), found
    assert any(v.startswith("script-src") for v in found), found
    assert page.evaluate("() => window.__ran") is None
    assert console


def _search(page: Any, query: str) -> None:
    page.locator(".md-search__input").click()
    search = page.locator(".md-search__input")
    for _ in range(5):
        # A query typed before the index is ready is re-run by typing again.
        search.fill("")
        search.press_sequentially(query, delay=30)
        try:
            page.locator(".md-search-result__item").first.wait_for(timeout=3_000)
            break
        except PlaywrightTimeout:
            continue
    else:
        pytest.fail(f"no search result for {query!r}")
    search.press("Enter")
    page.keyboard.press("Escape")


def test_every_page_has_its_policy_and_no_violation(
    browser: Any, site_server: Any, built_site: Path
) -> None:
    paths = _pages(built_site)
    assert len(paths) >= 50
    assert {"", "en/", "models/glasl/", "en/models/glasl/", "404.html"} <= set(paths)
    # A context of its own, without the shared fixture's request interception (a round trip
    # through Python per request): requests are only watched. A foreign one would also be a
    # violation, since every directive allows 'self' at most.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    foreign: list[str] = []
    context.on(
        "request",
        lambda request: (
            None
            if request.url.startswith((site_server.origin + "/", "data:", "blob:"))
            else foreign.append(request.url)
        ),
    )
    page = context.new_page()
    console = _watch_csp(page)
    failures: dict[str, list[str]] = {}
    try:
        for path in paths:
            open_page(page, site_server.base + path, wait_until="load")
            policies = page.locator('head meta[http-equiv="Content-Security-Policy"]')
            assert policies.count() == 1, path
            assert "style-src 'self';" in (policies.get_attribute("content") or ""), path
            if path in ("", "en/"):
                # What a reader does on every page: search, switch the colour scheme.
                _search(page, "client")
                page.locator("form[data-md-component=palette] label:visible").first.click()
            if path in ("steps/1-describe/", "en/templates/opening-message/"):
                # A glossary tooltip, and a code block's copy button, which Material positions
                # and builds with scripts.
                page.locator("article abbr").first.hover()
                copy = page.locator("article .md-clipboard")
                if copy.count():
                    copy.first.click()
            # Material lays out the sidebars and tooltips after load; let it finish.
            page.wait_for_timeout(100)
            seen = _violations(page) + console
            console.clear()
            if seen:
                failures[path] = seen
    finally:
        context.close()
    assert failures == {}
    assert foreign == []


def _import_and_analyse(page: Any, case: Path, imported: str) -> Any:
    page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(timeout=ENGINE_TIMEOUT_MS)
    page.locator("[data-cc-import]").set_input_files(str(case))
    page.locator("[data-cc-status]").filter(has_text=imported).wait_for(timeout=30_000)
    page.locator("[data-cc-run]").click()
    result = page.locator("[data-cc-result]")
    result.wait_for(state="visible", timeout=60_000)
    return result


# The page's path, its sample case, what the status says once a file is imported, and once a
# file holding a key the format does not know is refused.
DIAGNOSTICS = {
    "fr": ("diagnostic/", "late-payment.json", "importé", "ne contient jamais"),
    "en": ("en/diagnostic/", "en/late-payment.json", "imported", "never holds"),
}
HOSTILE_NAME = "Evil\x1bc Corp\u202egnp.exe\x9b2J <img src=x>"
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_diagnostic_runs_under_the_policy_and_hostile_text_stays_inert(
    page: Any, site_server: Any, tmp_path: Path, lang: str
) -> None:
    path, sample, imported, refused = DIAGNOSTICS[lang]
    case = json.loads((ROOT / "examples" / sample).read_text(encoding="utf-8"))
    case["client"] = HOSTILE_NAME
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(case), encoding="utf-8")
    console = _watch_csp(page)
    open_page(page, site_server.base + path)

    # A sample case whose client's name carries a terminal reset, a bidi override and markup.
    result = _import_and_analyse(page, hostile, imported)
    assert result.locator("section.cc-report").count() == 1
    assert "Evilc Corpgnp.exe2J <img src=x>" in result.inner_text()
    assert result.locator("img").count() == 0
    with page.expect_download() as download:
        page.locator("[data-cc-download-md]").click()
    report = tmp_path / "report.md"
    download.value.save_as(report)
    text = report.read_text(encoding="utf-8")
    assert text.startswith("#")
    assert not CONTROLS.search(text)
    # Markdown writes the "<" that would open a tag as an entity; code blocks (a letter) show text.
    assert "Evilc Corpgnp.exe2J &lt;img src=x>" in text
    assert "<img" not in re.sub(r"```.*?```", "", text, flags=re.S)

    # A key of 900,000 characters: a short status, in plain words.
    case["k" * 900_000] = 1
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps(case), encoding="utf-8")
    page.locator("[data-cc-import]").set_input_files(str(huge))
    status = page.locator("[data-cc-status]")
    status.filter(has_text=refused).wait_for(timeout=30_000)
    assert len(status.inner_text()) < 250
    assert "kkkkkkkk" not in status.inner_text()

    assert _violations(page) == []
    assert console == []
    assert page.watch.foreign == []
    assert page.watch.errors == []


# -- the header policy, as a host that can send headers would ------------------------------


class _HeaderHandler(_SubpathHandler):
    header = ""

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", self.header)
        super().end_headers()


@pytest.fixture(scope="module")
def header_server(built_site: Path) -> Iterator[str]:
    headers = (built_site / "_headers").read_text(encoding="utf-8")
    found = re.search(r"^  Content-Security-Policy: (.+)$", headers, re.M)
    assert found, headers
    handler = type("Handler", (_HeaderHandler,), {"header": found.group(1)})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(built_site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}{SUBPATH}"
    httpd.shutdown()


def test_the_header_policy_is_the_documented_one(built_site: Path) -> None:
    csp = _csp_hooks()
    headers = (built_site / "_headers").read_text(encoding="utf-8")
    header = re.search(r"Content-Security-Policy: (.+)", headers).group(1)  # type: ignore[union-attr]
    assert "script-src 'self' 'wasm-unsafe-eval' 'sha256-" in header
    assert header.endswith("frame-ancestors 'none'")
    assert "'unsafe-inline'" not in header
    assert "'unsafe-eval'" not in header
    without_hashes = re.sub(r" 'sha256-[^']+'", "", header)
    assert without_hashes == csp.policy([], header=True)
    assert without_hashes in (ROOT / "DESIGN.md").read_text(encoding="utf-8")


def test_the_engine_is_ready_under_the_header_policy(browser: Any, header_server: str) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        console = _watch_csp(page)
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))
        response = open_page(page, header_server + "en/diagnostic/")
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        page.locator("[data-cc-engine][data-engine-state=ready]").wait_for(
            timeout=ENGINE_TIMEOUT_MS
        )
        page.locator("[data-cc-run]").click()
        page.locator("[data-cc-result]").wait_for(state="visible", timeout=60_000)
        # Material's search runs in a worker, which takes its policy from this header too.
        page.goto(header_server + "en/")
        _search(page, "client")
        page.goto(header_server + "models/glasl/")
        assert _violations(page) == []
        assert console == []
        assert errors == []
    finally:
        context.close()
