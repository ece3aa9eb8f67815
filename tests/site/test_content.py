"""The guide's content: both languages complete and parallel, every step page whole, own words."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from .markdown_text import (
    DOCS,
    SEED,
    SEED_RUNS,
    admonition_count,
    english_twin,
    french_pages,
    headings,
    prose,
    section,
    source,
    task_count,
    words,
)

pytestmark = pytest.mark.site

STEPS = [
    "steps/1-describe.md",
    "steps/2-sources.md",
    "steps/3-interests.md",
    "steps/4-cooperation.md",
    "steps/5-trust.md",
    "steps/6-impediments.md",
    "steps/7-negotiate.md",
    "steps/8-third-party.md",
]
STEP_SECTIONS = [
    "why",
    "how",
    "checklist",
    "worked-example",
    "pitfalls",
    "model",
    "diagnostic",
    "next-step",
]
MIN_STEP_WORDS = 600
SEED_RUN = 8


def test_every_page_has_its_twin() -> None:
    french = set(french_pages())
    english = {
        p.with_name(p.name.replace(".en.md", ".md"))
        for p in (q.relative_to(DOCS) for q in DOCS.rglob("*.en.md"))
    }
    assert french == english


@pytest.mark.parametrize("page", french_pages(), ids=str)
def test_twins_share_structure_checklists_and_admonitions(page: Path) -> None:
    fr, en = source(page), source(english_twin(page))
    assert [level for level, _ in headings(fr)] == [level for level, _ in headings(en)]
    assert [anchor for _, anchor in headings(fr)] == [anchor for _, anchor in headings(en)]
    assert task_count(fr) == task_count(en)
    assert admonition_count(fr) == admonition_count(en)


@pytest.mark.parametrize("page", STEPS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_step_pages_are_whole(page: str, lang: str) -> None:
    path = Path(page) if lang == "fr" else english_twin(Path(page))
    text = source(path)
    anchors = [anchor for level, anchor in headings(text) if level == 2]
    assert anchors == STEP_SECTIONS, path
    assert task_count(section(text, "checklist")) >= 4, "a checklist of concrete actions"
    assert len(words(prose(section(text, "worked-example")))) >= 80, "a real worked example"
    number = int(Path(page).name[0])
    following = STEPS[number] if number < len(STEPS) else "../diagnostic/index.md"
    assert Path(following).name in section(text, "next-step"), "a link to the next step"
    body = prose(text.replace(section(text, "checklist"), ""))
    assert len(words(body)) >= MIN_STEP_WORDS, (path, len(words(body)))


def _runs(text: str, size: int = SEED_RUN) -> set[str]:
    """Fingerprints of every run of `size` consecutive words of `text`."""
    tokens = words(text)
    return {
        hashlib.sha256(" ".join(tokens[i : i + size]).encode()).hexdigest()[:16]
        for i in range(len(tokens) - size + 1)
    }


def _seed_runs() -> set[str]:
    lines = SEED_RUNS.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def test_no_sentence_of_the_source_article_is_reused() -> None:
    seed = _seed_runs()
    assert len(seed) > 300
    for path in sorted(DOCS.rglob("*.md")):
        shared = _runs(prose(path.read_text(encoding="utf-8"))) & seed
        assert not shared, (path, f"{len(shared)} run(s) of {SEED_RUN} words from the article")


def test_the_seed_check_can_fail() -> None:
    sentence = "Déterminer le niveau de confiance dans la relation et de prendre des mesures"
    assert _runs(sentence) & _seed_runs()


@pytest.mark.skipif(not SEED.is_file(), reason="shared/ is not beside this checkout")
def test_the_fingerprint_matches_the_source_article() -> None:
    assert _runs(SEED.read_text(encoding="utf-8")) == _seed_runs()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_admonitions_have_titles_in_the_page_language(lang: str) -> None:
    # An untitled admonition shows Material's English default ("Tip") on a French page.
    for page in french_pages():
        path = page if lang == "fr" else english_twin(page)
        for line in source(path).splitlines():
            if re.match(r"^\s*(!!!|\?\?\?\+?)\s", line):
                assert '"' in line, (path, line)
