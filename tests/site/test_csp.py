"""The Content-Security-Policy hook: what it puts in every built page, and what it refuses.

The browser side (no violation on any page, the engine under the header policy) is checked in
tests/e2e/test_csp.py; here, the build output and the hook's own rules, without a browser.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest
from mkdocs.exceptions import PluginError

pytestmark = pytest.mark.site

ROOT = Path(__file__).resolve().parents[2]
_INLINE = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S)


def _hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("csp_hook", ROOT / "overrides/hooks/csp.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_built_page_has_one_policy_before_any_script(built_site: Path) -> None:
    csp = _hook()
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) >= 50
    for page in pages:
        html = page.read_text(encoding="utf-8")
        metas = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
        assert len(metas) == 1, page
        assert html.index("Content-Security-Policy") < html.index("<script"), page
        hashes = sorted({csp.script_hash(source) for source in _INLINE.findall(html)})
        assert hashes, page  # Material's scope script, at least
        assert metas[0] == csp.policy(hashes), page
        assert "unsafe" not in metas[0]
        assert not re.search(r"<[a-z][^>]*\sstyle=", html), page


def test_the_header_file_lists_every_pages_hashes(built_site: Path) -> None:
    csp = _hook()
    every = set()
    for page in built_site.rglob("*.html"):
        every |= {csp.script_hash(s) for s in _INLINE.findall(page.read_text(encoding="utf-8"))}
    headers = (built_site / "_headers").read_text(encoding="utf-8")
    assert headers == f"/*\n  Content-Security-Policy: {csp.policy(sorted(every), header=True)}\n"


_PAGE = """<!doctype html><html><head>
<meta charset="utf-8">
<title>t</title>
<script>var a = 1;</script>
<script id="data" type="application/json">{"not": "run"}</script>
<script src="x.js"></script>
</head><body>{body}<script type="module">import "./y.js";</script></body></html>"""


def test_the_hook_hashes_inline_scripts_only_and_is_idempotent() -> None:
    csp = _hook()
    once, hashes = csp.secure_page(_PAGE.replace("{body}", "<p>hi</p>"), "t.html")
    assert hashes == sorted([csp.script_hash("var a = 1;"), csp.script_hash('import "./y.js";')])
    # "var a = 1;" hashed independently: printf "var a = 1;" | openssl dgst -sha256 -binary | base64
    assert "sha256-+dZ6udsWxNVoGfScAq7t5IIF5UJb4F6RhjbN6oe1p4w=" in hashes
    assert once.index("Content-Security-Policy") < once.index("<script")
    twice, _ = csp.secure_page(once, "t.html")
    assert twice == once


@pytest.mark.parametrize(
    "body",
    [
        '<svg style="max-width: 3rem"></svg>',
        "<style>p { color: red }</style>",
        '<button onclick="go()">go</button>',
        '<a href=" javascript:go()">go</a>',
    ],
)
def test_the_hook_refuses_what_the_policy_would_block(body: str) -> None:
    with pytest.raises(PluginError, match="would block"):
        _hook().secure_page(_PAGE.replace("{body}", body), "t.html")


def test_a_script_before_the_policy_is_refused() -> None:
    page = "<html><head><script>x()</script><meta charset=utf-8></head></html>"
    with pytest.raises(PluginError, match="before the Content-Security-Policy"):
        _hook().secure_page(page, "t.html")
