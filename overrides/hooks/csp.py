"""Give every page a Content-Security-Policy, and write the same policy as a header for hosts.

GitHub Pages cannot send headers, so each HTML file gets a
``<meta http-equiv="Content-Security-Policy">`` as the first element after its charset, before
any script. Its ``script-src`` lists the SHA-256 hashes of that page's own inline scripts
(Material's scope script differs with the page's depth, and the 404 page uses absolute paths),
so no other inline script can run. ``style-src 'self'`` forbids inline styles: the pages style
their diagrams with classes from ``guide.css``.

The hook runs once, after everything else has written the site: at the very end of the outer
build (the i18n plugin builds English inside French's ``on_post_build``, and the search split
runs after it), it rewrites every HTML file in ``site_dir``. It is idempotent: a policy already
there is replaced. It refuses to build a page the policy would break: a ``style`` attribute, a
``<style>`` element, an event-handler attribute or a ``javascript:`` URL.

A meta policy governs neither the Web Worker nor framing, so the build also writes ``_headers``
(the format Netlify and Cloudflare Pages read) with the policy for hosts that can send headers:
the same directives, the hashes of every page, ``'wasm-unsafe-eval'`` for Pyodide in the worker
and ``frame-ancestors 'none'``. DESIGN.md, "Content-Security-Policy", says why.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.csp")

# The policy every page gets; script-src gains the page's own hashes.
DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'self'"),
    ("script-src", "'self'"),
    ("style-src", "'self'"),
    ("worker-src", "'self'"),
    ("connect-src", "'self'"),
    ("img-src", "'self' data:"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'none'"),
)
# What only a header can add: WebAssembly in the worker (whose policy comes from its own
# response, never from the page's meta), and a ban on framing, which a meta policy ignores.
HEADER_ONLY: dict[str, str] = {"script-src": "'wasm-unsafe-eval'"}
HEADER_EXTRA: tuple[tuple[str, str], ...] = (("frame-ancestors", "'none'"),)
HEADERS_FILE = "_headers"

_META = re.compile(r'[ \t]*<meta http-equiv="Content-Security-Policy"[^>]*>\n?', re.I)
_CHARSET = re.compile(r"<meta charset=[^>]*>", re.I)
_HEAD = re.compile(r"<head(\s[^>]*)?>", re.I)
_JS_TYPES = {"", "module", "text/javascript", "application/javascript"}

_command = "build"


def policy(hashes: list[str], *, header: bool = False) -> str:
    """Return the policy text: the page's (``hashes`` of its inline scripts) or the header's."""
    parts = []
    for name, value in DIRECTIVES:
        sources = [value]
        if header and name in HEADER_ONLY:
            sources.append(HEADER_ONLY[name])
        if name == "script-src":
            sources += [f"'{digest}'" for digest in hashes]
        parts.append(f"{name} {' '.join(sources)}")
    if header:
        parts += [f"{name} {value}" for name, value in HEADER_EXTRA]
    return "; ".join(parts)


def script_hash(source: str) -> str:
    """Return the CSP hash of an inline script, as the browser computes it (line ends as LF)."""
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


class _Scan(HTMLParser):
    """Collect a page's inline scripts and anything the policy would block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self.blocked: list[str] = []
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        for name, value in attrs:
            if name == "style":
                self.blocked.append(f"line {line}: a style attribute on <{tag}>")
            elif name.startswith("on"):
                self.blocked.append(f"line {line}: an event handler {name} on <{tag}>")
            elif name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.blocked.append(f"line {line}: a javascript: URL on <{tag}>")
        if tag == "style":
            self.blocked.append(f"line {line}: a <style> element")
        if tag == "script":
            found = dict(attrs)
            kind = (found.get("type") or "").strip().lower()
            # Data blocks (JSON) are not run, and CSP does not check them.
            if "src" not in found and kind in _JS_TYPES:
                self._script = []

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None


def secure_page(html: str, where: str) -> tuple[str, list[str]]:
    """Return the page with its policy in the head, and the hashes of its inline scripts."""
    html = _META.sub("", html)
    scan = _Scan()
    scan.feed(html)
    scan.close()
    if scan.blocked:
        raise PluginError(
            f"{where}: the Content-Security-Policy would block "
            + "; ".join(scan.blocked[:5])
            + " (move styles into guide.css, scripts into a file)"
        )
    hashes = sorted({script_hash(source) for source in scan.scripts})
    anchor = _CHARSET.search(html) or _HEAD.search(html)
    if anchor is None:
        raise PluginError(f"{where}: no <head> to put the Content-Security-Policy in")
    if "<script" in html[: anchor.end()].lower():
        raise PluginError(f"{where}: a script comes before the Content-Security-Policy")
    meta = f'\n    <meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    return html[: anchor.end()] + meta + html[anchor.end() :], hashes


def on_startup(command: str, dirty: bool) -> None:  # MkDocs' signature
    global _command  # noqa: PLW0603  # one build command per process
    _command = command


@event_priority(-1000)  # last: after the i18n plugin (-100) and the search split (-200)
def on_post_build(config: Any) -> None:
    i18n = config["plugins"].get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # a language built inside the outer build; the outer build's turn comes last
    if _command == "serve":
        # The live-reload script that `mkdocs serve` injects is inline; a policy would block it.
        log.info("Content-Security-Policy left out under `mkdocs serve` (live reload is inline)")
        return
    site = Path(config["site_dir"])
    every_hash: set[str] = set()
    pages = sorted(site.rglob("*.html"))
    for path in pages:
        where = path.relative_to(site).as_posix()
        secured, hashes = secure_page(path.read_text(encoding="utf-8"), where)
        path.write_text(secured, encoding="utf-8")
        every_hash.update(hashes)
    header = policy(sorted(every_hash), header=True)
    (site / HEADERS_FILE).write_text(
        f"/*\n  Content-Security-Policy: {header}\n", encoding="utf-8", newline="\n"
    )
    log.debug("Content-Security-Policy added to %d pages", len(pages))
