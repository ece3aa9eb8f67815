"""Spelling of every page: Hunspell in French (fr_FR) and British English (en_GB), plus codespell.

Words Hunspell does not know but the guide means (authors, legal terms, names) are listed in
tests/site/spelling/<lang>.txt, one per line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .markdown_text import DOCS, prose

pytestmark = pytest.mark.site

HERE = Path(__file__).parent
DICTIONARIES = {"fr": "fr_FR", "en": "en_GB"}


def _hunspell() -> str:
    found = shutil.which("hunspell")
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail("hunspell is missing (Debian: hunspell hunspell-fr hunspell-en-gb)")
        pytest.skip("hunspell is not installed")
    return found


def _unknown(text: str, lang: str) -> set[str]:
    done = subprocess.run(
        [_hunspell(), "-d", DICTIONARIES[lang], "-l", "-i", "utf-8"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(done.stdout.split())


def _allowed(lang: str) -> set[str]:
    path = HERE / "spelling" / f"{lang}.txt"
    return {
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def _pages(lang: str) -> list[Path]:
    return sorted(p for p in DOCS.rglob("*.md") if p.name.endswith(".en.md") == (lang == "en"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_word_is_spelled_right(lang: str) -> None:
    allowed = _allowed(lang)
    problems = {}
    for page in _pages(lang):
        wrong = _unknown(prose(page.read_text(encoding="utf-8")), lang) - allowed
        if wrong:
            problems[str(page.relative_to(DOCS))] = sorted(wrong)
    assert problems == {}


@pytest.mark.parametrize(("lang", "typo"), [("fr", "négotiation"), ("en", "recieve")])
def test_the_spelling_check_can_fail(lang: str, typo: str) -> None:
    assert typo in _unknown(f"Un texte avec {typo} dedans. A text with {typo} inside.", lang)


def test_codespell_finds_no_common_misspelling() -> None:
    pages = [str(p) for p in _pages("en")]
    done = subprocess.run(
        [sys.executable, "-m", "codespell_lib", *pages],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout
