"""Hunspell, shared by the spelling checks of the pages (``tests/site/test_spelling.py``) and of the
engine's words (``tests/unit/test_words.py``): one dictionary per language, one word list per
language in ``tests/site/spelling/<lang>.txt``.

Under ``CI=true`` a missing Hunspell fails the check; elsewhere it is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

DICTIONARIES = {"fr": "fr_FR", "en": "en_GB"}
WORD_LISTS = Path(__file__).parent / "site" / "spelling"


def hunspell() -> str:
    found = shutil.which("hunspell")
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail("hunspell is missing (Debian: hunspell hunspell-fr hunspell-en-gb)")
        pytest.skip("hunspell is not installed")
    return found


def unknown(text: str, lang: str) -> set[str]:
    """The words of ``text`` that Hunspell does not know in ``lang``."""
    done = subprocess.run(
        [hunspell(), "-d", DICTIONARIES[lang], "-l", "-i", "utf-8"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(done.stdout.split())


def allowed(lang: str) -> set[str]:
    """Words the project means that Hunspell does not know: authors, legal terms, names."""
    path = WORD_LISTS / f"{lang}.txt"
    return {
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
