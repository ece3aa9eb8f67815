"""The page's text cleaner (clean-text.js) does exactly what the engine's (_text.py) does, on
every character of the Basic Multilingual Plane and on hostile samples."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from client_conflict._text import clean_line, clean_text

pytestmark = pytest.mark.site

ROOT = Path(__file__).resolve().parents[2]
MODULE = (ROOT / "docs" / "assets" / "javascripts" / "clean-text.js").as_uri()
SAMPLES = [
    "Evil\x1bc Corp\u202egnp.exe\u2066x\u2069\x9b2J\u200f",
    "a\r\nb\rc\x85d\u2028e\u2029f",
    "  Café\u00a0:  «\u202fici\u202f»\t\n ",
    "\ufeffbom\ufeff",
    "👩\u200d💻 \U0001f600",
]


def _node(texts: list[str]) -> list[list[str]]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = (
        f"const {{ cleanText, cleanLine }} = await import({json.dumps(MODULE)});"
        "const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "process.stdout.write(JSON.stringify(texts.map((t) => [cleanText(t), cleanLine(t)])));"
    )
    done = subprocess.run(
        [node, "--input-type=commonjs", "-e", f"(async () => {{ {script} }})()"],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def test_the_page_and_the_engine_clean_text_alike() -> None:
    every = [chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF]
    # Each character alone, between letters, and between spaces; then the samples.
    texts = ["".join(every), *(f"a{c}b" for c in every), *(f" {c} " for c in every), *SAMPLES]
    got = _node(texts)
    expected = [[clean_text(t), clean_line(t)] for t in texts]
    mismatches = [(t, g, e) for t, g, e in zip(texts, got, expected, strict=True) if g != e]
    assert mismatches[:5] == []


def test_lone_surrogates_become_replacement_characters() -> None:
    # JSON carries lone surrogates as escapes; both sides must turn them into U+FFFD.
    assert _node(["a\ud800b"]) == [["a\ufffdb", "a\ufffdb"]]
    assert clean_text("a\ud800b") == "a\ufffdb"
