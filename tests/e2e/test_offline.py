"""The site offline after one visit, never stale, and only this site's caches touched.

These tests use their own server: it sends `Cache-Control: no-store`, so nothing can come from the
browser's HTTP cache, and it can be stopped (offline for real) or switched to another build (a new
deployment). Each test uses its own browser context with the service worker allowed (the shared
`context` fixture blocks it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import ROOT
from tests.e2e.conftest import SUBPATH, _SubpathHandler
from tests.e2e.ready import open_page, wait_ready

pytestmark = pytest.mark.e2e

ENGINE_TIMEOUT_MS = 90_000
ENGINE_PATHS = ("/assets/pyodide/", "/assets/engine/")
# The diagnostic's own modules: its parts, the engine's client and worker, its file helpers.
DIAGNOSTIC_MODULE = re.compile(
    r"/assets/javascripts/(diagnostic[\w-]*|engine[\w-]*|delete-everything|clean-text)\.js$"
)


PORTAL_PAGE = (
    b"<!doctype html><html lang=en><title>Wi-Fi</title><h1>Sign in to the Wi-Fi</h1></html>"
)


@dataclass
class _Line:
    """What the network does: "up" (the site answers), "portal" (a captive portal redirects
    every request to its sign-in page, on another origin), "silent" (connected, no answer)."""

    mode: str = "up"
    portal: str = ""
    released: threading.Event = field(default_factory=threading.Event)


class _NoStoreHandler(_SubpathHandler):
    """The site under SUBPATH, never cacheable by HTTP, with every path asked for logged."""

    asked: list[str]
    line: _Line

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def translate_path(self, path: str) -> str:
        self.asked.append(path)
        return super().translate_path(path)

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path.startswith("/portal"):
            self._answer(200, PORTAL_PAGE)
        elif self.line.mode == "portal":
            self._answer(302, b"", location=self.line.portal)
        elif self.line.mode == "silent":
            self.line.released.wait(30)
            self.close_connection = True  # and no answer at all
        else:
            super().do_GET()

    def _answer(self, status: int, body: bytes, location: str = "") -> None:
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server:
    def __init__(self, root: Path) -> None:
        self.asked: list[str] = []
        self.line = _Line()
        handler = type("Handler", (_NoStoreHandler,), {"asked": self.asked, "line": self.line})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()
        port = self._httpd.server_address[1]
        self.origin = f"http://127.0.0.1:{port}"
        self.base = self.origin + SUBPATH
        # The same server under another name is another origin: the portal's sign-in page.
        self.line.portal = f"http://localhost:{port}/portal/sign-in"

    def stop(self) -> None:
        self.line.released.set()
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def served(built_site: Path, tmp_path: Path) -> Iterator[tuple[_Server, Path]]:
    """A server of the built site through a link, so a test can point it at another build."""
    link = tmp_path / "current"
    link.symlink_to(built_site, target_is_directory=True)
    server = _Server(link)
    yield server, link
    server.stop()


@pytest.fixture
def sw_context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="allow")
    yield ctx
    ctx.close()


def _wait_engine(page: Any, state: str = "ready") -> None:
    page.locator(f'[data-cc-engine][data-engine-state="{state}"]').wait_for(
        timeout=ENGINE_TIMEOUT_MS
    )


CACHES = """
async () => {
  const out = {};
  for (const name of await caches.keys()) {
    out[name] = (await (await caches.open(name)).keys()).length;
  }
  return out;
}
"""


def _caches(page: Any) -> dict[str, int]:
    found: dict[str, int] = page.evaluate(CACHES)
    return found


def _wait_offline_copy(page: Any, wheel_folder: str) -> dict[str, int]:
    """Wait until the service worker is active and holds the whole engine; return the caches."""
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    for _ in range(150):
        found = _caches(page)
        pyodide = [n for n in found if "cc-engine-pyodide-" in n]
        wheel = [n for n in found if n.endswith(f"cc-engine-wheel-{wheel_folder}")]
        if pyodide and wheel and found[pyodide[0]] >= 5 and found[wheel[0]] == 1:
            return found
        page.wait_for_timeout(200)
    pytest.fail(f"the engine was not cached for offline use: {found}")


def _wheel_folder(site: Path) -> str:
    return next((site / "assets" / "engine").iterdir()).name


def _analyse(page: Any) -> None:
    page.locator("[data-cc-run]").click()
    result = page.locator("[data-cc-result]")
    result.wait_for(state="visible", timeout=30_000)
    assert result.inner_text().strip()


def _first_visit(sw_context: Any, server: _Server, built_site: Path) -> tuple[Any, Any]:
    """One visit of the diagnostic, until the engine is ready and its offline copy is kept."""
    page = sw_context.new_page()
    open_page(page, server.base + "diagnostic/")
    _wait_engine(page)
    return page, _wait_offline_copy(page, _wheel_folder(built_site))


def test_offline_after_one_visit_pages_and_engine_in_both_languages(
    sw_context: Any, served: tuple[_Server, Path], built_site: Path
) -> None:
    server, _ = served
    page, found = _first_visit(sw_context, server, built_site)
    site = SUBPATH.rstrip("/")
    assert all(name.startswith(f"{site}/cc-") for name in found), found
    assert any("precache" in name for name in found), found

    # Offline, for real: nothing answers any more, and the browser knows it (navigator.onLine,
    # which the service worker reads to serve the engine from its cache).
    server.stop()
    sw_context.set_offline(True)
    for path, heading in (
        ("steps/1-describe/", "Décrire"),
        ("en/steps/1-describe/", "Describe"),
    ):
        response = page.goto(server.base + path)
        assert response is not None
        assert response.from_service_worker
        assert heading in page.locator("h1").first.inner_text()
    for path in ("diagnostic/", "en/diagnostic/"):
        open_page(page, server.base + path)
        _wait_engine(page)
        _analyse(page)


# A step page in each language: its path, its language, its heading.
STEP_2 = {
    "fr": ("steps/2-sources/", "fr", "Trouver la source"),
    "en": ("en/steps/2-sources/", "en", "Find the source"),
}


@pytest.mark.parametrize(("line", "which"), [("portal", "fr"), ("portal", "en"), ("silent", "en")])
def test_a_captive_portal_or_a_silent_line_gets_the_offline_copy(
    sw_context: Any, served: tuple[_Server, Path], line: str, which: str
) -> None:
    server, _ = served
    path, lang, heading = STEP_2[which]
    page = sw_context.new_page()
    page.goto(server.base + ("en/" if lang == "en" else "") + "steps/1-describe/")  # one visit
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")  # its precache is complete

    # The line is up, but a captive portal answers every request with a redirect to its own
    # sign-in page on another origin, or nothing answers at all (the service worker gives up
    # after a few seconds).
    server.line.mode = line
    response = page.goto(server.base + path, timeout=20_000)
    assert response is not None
    assert response.from_service_worker
    assert page.url == server.base + path, "not sent to the portal"
    assert page.locator("html").get_attribute("lang") == lang
    assert heading in page.locator("h1").first.inner_text()
    # The copy came with its styles and scripts: Material's header, the site's checklists.
    assert page.locator(".md-header").evaluate("(e) => getComputedStyle(e).position") == "sticky"
    page.locator(".cc-checklist__progress").first.wait_for(timeout=10_000)


def test_behind_a_captive_portal_the_diagnostic_opens_and_computes(
    sw_context: Any, served: tuple[_Server, Path], built_site: Path
) -> None:
    server, _ = served
    page, _found = _first_visit(sw_context, server, built_site)
    server.line.mode = "portal"  # the engine's files too are redirected, and the line is "up"
    open_page(page, server.base + "en/diagnostic/")
    assert page.url == server.base + "en/diagnostic/", "not sent to the portal"
    assert page.locator("html").get_attribute("lang") == "en"
    _wait_engine(page)
    _analyse(page)


def test_content_pages_fetch_no_engine_file(sw_context: Any, served: tuple[_Server, Path]) -> None:
    server, _ = served
    page = sw_context.new_page()
    scripts: list[str] = []  # what the page itself asks for (the service worker's precache aside)
    page.on("request", lambda request: scripts.append(request.url.split("?", 1)[0]))
    for path in ("", "steps/5-trust/", "en/", "en/models/glasl/"):
        page.goto(server.base + path)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")  # its precache is complete
    page.goto(server.base + "en/steps/2-sources/")
    page.wait_for_load_state("networkidle")
    engine = [p for p in server.asked if any(e in p for e in ENGINE_PATHS)]
    assert engine == [], engine
    assert any(p.endswith("/sw.js") for p in server.asked), "the service worker was installed"
    # Nor any of the diagnostic's modules: site.js imports them on the diagnostic page only.
    assert any(url.endswith("/site.js") for url in scripts), "the page scripts ran"
    diagnostic = [url for url in scripts if DIAGNOSTIC_MODULE.search(url)]
    assert diagnostic == [], diagnostic

    # On the diagnostic page they do load, and the form is bound: the pattern above is not vacuous.
    scripts.clear()
    open_page(page, server.base + "en/diagnostic/")
    assert any(url.endswith("/diagnostic-form.js") for url in scripts), scripts


@pytest.fixture(scope="module")
def changed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second build whose engine differs by one comment: another wheel, another hash."""
    work = tmp_path_factory.mktemp("changed")
    src = work / "src"
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in ("docs", "overrides", "py", "includes", "service-worker"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    for name in ("mkdocs.yml", "pyproject.toml", "package.json", "README.md"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, src / name)
    (src / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    init = src / "py" / "client_conflict" / "__init__.py"
    init.write_text(init.read_text(encoding="utf-8") + "# a new build\n", encoding="utf-8")
    out = work / "site"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=src,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.fail(f"second build failed:\n{done.stderr[-3000:]}")
    return out


def test_a_new_wheel_replaces_the_cached_engine_and_other_sites_keep_theirs(
    sw_context: Any, served: tuple[_Server, Path], built_site: Path, changed_site: Path
) -> None:
    server, link = served
    old, new = _wheel_folder(built_site), _wheel_folder(changed_site)
    assert old != new
    page = sw_context.new_page()
    open_page(page, server.base + "en/diagnostic/")
    _wait_engine(page)
    _wait_offline_copy(page, old)
    # Another project site of the same owner shares the origin, and has caches of its own.
    other = "/other-site/cc-engine-wheel-" + old
    page.evaluate(
        "async (name) => (await caches.open(name)).put('/other-site/x', new Response('kept'))",
        other,
    )

    link.unlink()
    link.symlink_to(changed_site, target_is_directory=True)  # the new deployment
    page.reload()
    wait_ready(page)
    notice = page.locator("[data-cc-update]")
    notice.wait_for(timeout=60_000)
    assert "new version" in notice.inner_text()
    with page.expect_navigation(timeout=60_000):
        notice.locator("button").click()
    _wait_engine(page)
    found = _wait_offline_copy(page, new)
    assert not [n for n in found if n.endswith(f"cc-engine-wheel-{old}") and n != other], found
    assert found.get(other) == 1, "another site's cache is untouched"
    assert re.search(new, page.content()), "the page is the new build's"
