"""The built site served under a subpath, as on GitHub Pages, and Chromium driven by Playwright."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

SUBPATH = "/client-conflict-guide/"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SYSTEM_CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")


class _SubpathHandler(SimpleHTTPRequestHandler):
    """Serve the site only below SUBPATH; anything else is a 404, as on a project site."""

    extensions_map = {  # noqa: RUF012
        **SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".whl": "application/zip",
        ".json": "application/json",
    }

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if not clean.startswith(SUBPATH):
            return str(Path(self.directory) / "__outside_the_subpath__")
        return super().translate_path("/" + clean[len(SUBPATH) :])

    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class Server:
    origin: str
    root: Path

    @property
    def base(self) -> str:
        return self.origin + SUBPATH


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[Server]:
    handler = partial(_SubpathHandler, directory=str(built_site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield Server(origin=f"http://127.0.0.1:{httpd.server_address[1]}", root=built_site)
    httpd.shutdown()


def _pages(site: Path, lang: str) -> list[str]:
    """Every page of the built site in one language, as paths below the site root."""
    root = site if lang == "fr" else site / "en"
    found = []
    for index in sorted(root.rglob("index.html")):
        rel = index.parent.relative_to(site).as_posix()
        parts = rel.split("/")
        if {"assets", "search"} & set(parts) or (lang == "fr" and parts[0] == "en"):
            continue
        found.append("" if rel == "." else rel + "/")
    return [*found, "404.html" if lang == "fr" else "en/404.html"]


@pytest.fixture(scope="session")
def site_pages(site_server: Server) -> dict[str, list[str]]:
    """Every built page, by language, read from the built site (so a new page is never missed)."""
    found = {lang: _pages(site_server.root, lang) for lang in ("fr", "en")}
    assert len(found["fr"]) == len(found["en"]) >= 25, found
    return found


def _chromium() -> str | None:
    for path in SYSTEM_CHROMIUM:
        if Path(path).exists():
            return path
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import Error, sync_playwright

    executable = _chromium()
    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        except Error as error:
            if os.environ.get("CI") == "true":
                pytest.fail(f"no Chromium to run the end-to-end tests: {error}")
            pytest.skip(
                f"no Chromium (install Debian's chromium, or `playwright install`): {error}"
            )
        yield launched
        launched.close()


@dataclass
class Watch:
    """What a page did that a test must check: foreign requests, console errors."""

    origin: str
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def context(browser: Any, site_server: Server) -> Iterator[Any]:
    # The service worker's tests (test_offline.py) make their own contexts; elsewhere it is
    # blocked, so each test does not precache the whole site in the background.
    ctx = browser.new_context(
        viewport={"width": 1280, "height": 900}, accept_downloads=True, service_workers="block"
    )
    watch = Watch(origin=site_server.origin)

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith((site_server.origin + "/", "data:", "blob:")):
            route.continue_()
        else:
            watch.foreign.append(url)
            route.abort()

    ctx.route("**/*", guard)
    ctx.watch = watch
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: Any) -> Any:
    page = context.new_page()
    watch: Watch = context.watch

    def on_console(message: Any) -> None:
        if message.type == "error":
            watch.errors.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: watch.errors.append(str(error)))
    page.watch = watch
    return page
