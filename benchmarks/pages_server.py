"""A static server that answers as GitHub Pages does, for the browser benchmark.

GitHub Pages cannot be given headers by the site, so the benchmark must see what Pages sends:
`Cache-Control: max-age=600`, a strong `ETag` answered with 304 on `If-None-Match`, gzip for text
when the browser accepts it, and `application/wasm` for WebAssembly. The built site is served
under SUBPATH (a project site), and the bare Pyodide page under BARE_PATH, outside the site's
service worker scope. The server counts requests and bytes sent, so the benchmark can say what a
page cost, its service worker included.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

SUBPATH = "/client-conflict-guide/"
BARE_PATH = "/bench/"

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "application/javascript; charset=utf-8",
    ".mjs": "application/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".webmanifest": "application/manifest+json; charset=utf-8",
    ".svg": "image/svg+xml",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".wasm": "application/wasm",
    ".whl": "application/zip",
    ".zip": "application/zip",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".gz": "application/gzip",
}
COMPRESSED = (".html", ".css", ".js", ".mjs", ".json", ".webmanifest", ".svg", ".xml", ".txt")


@dataclass
class Traffic:
    """Requests and bytes sent since the last reset, by path."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: list[tuple[str, int, int]] = field(default_factory=list)  # path, status, bytes

    def add(self, path: str, status: int, size: int) -> None:
        with self.lock:
            self.requests.append((path, status, size))

    def take(self) -> list[tuple[str, int, int]]:
        with self.lock:
            taken, self.requests = self.requests, []
        return taken


class _Handler(BaseHTTPRequestHandler):
    roots: dict[str, Path]
    traffic: Traffic
    _cache: dict[tuple[str, int, int], tuple[bytes, bytes, str]] = {}  # noqa: RUF012

    def _file(self) -> Path | None:
        path = unquote(urlsplit(self.path).path)
        for prefix, root in self.roots.items():
            if path.startswith(prefix):
                target = (root / path[len(prefix) :]).resolve()
                if not target.is_relative_to(root.resolve()):
                    return None
                if target.is_dir():
                    target = target / "index.html"
                return target if target.is_file() else None
        return None

    def _send(self, status: int, body: bytes, headers: dict[str, str], head: bool) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                return  # the browser went away (a page closed mid-download)
        self.traffic.add(urlsplit(self.path).path, status, len(body) if not head else 0)

    def _answer(self, head: bool) -> None:
        path = urlsplit(self.path).path
        target = self._file()
        if target is None:
            if path.endswith("/") or "." in path.rsplit("/", 1)[-1]:
                self._send(404, b"Not found", {"Content-Type": "text/plain"}, head)
            else:  # GitHub Pages redirects a folder without its slash
                self._send(301, b"", {"Location": path + "/"}, head)
            return
        stat = target.stat()
        key = (str(target), stat.st_mtime_ns, stat.st_size)
        if key not in self._cache:
            raw = target.read_bytes()
            etag = '"' + hashlib.sha1(raw).hexdigest()[:16] + '"'
            self._cache[key] = (raw, gzip.compress(raw, 6), etag)
        raw, packed, etag = self._cache[key]
        headers = {
            "Content-Type": TYPES.get(target.suffix, "application/octet-stream"),
            "Cache-Control": "max-age=600",
            "ETag": etag,
            "Access-Control-Allow-Origin": "*",
        }
        if self.headers.get("If-None-Match") == etag:
            self._send(304, b"", {k: v for k, v in headers.items() if k != "Content-Type"}, head)
            return
        body = raw
        if target.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = packed
            headers["Content-Encoding"] = "gzip"
            headers["Vary"] = "Accept-Encoding"
        self._send(200, body, headers, head)

    def do_GET(self) -> None:
        self._answer(head=False)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class PagesServer:
    """Serve ``roots`` ({url prefix: folder}) on 127.0.0.1, in a thread, until ``close()``."""

    def __init__(self, roots: dict[str, Path]) -> None:
        self.traffic = Traffic()
        handler = type("Handler", (_Handler,), {"roots": roots, "traffic": self.traffic})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        self.origin = f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
