"""Spelling of every page: Hunspell in French (fr_FR) and British English (en_GB), plus codespell.

Words Hunspell does not know but the guide means (authors, legal terms, names) are listed in
tests/site/spelling/<lang>.txt, one per line.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.hunspell import allowed as _allowed
from tests.hunspell import unknown as _unknown

from .markdown_text import DOCS, prose

pytestmark = pytest.mark.site


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
