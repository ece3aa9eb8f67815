"""Helpers that read the guide's Markdown sources as a reader sees them: prose, headings, lists."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SEED = ROOT.parent / "shared" / "seed" / "000_a588db5ad02e8fa9.txt"
SEED_RUNS = Path(__file__).with_name("seed-runs.txt")

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,}).*?^\1\2\s*$", re.S | re.M)
_SVG = re.compile(r"<svg\b.*?</svg>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_ATTRS = re.compile(r"\{\s*[#.:][^}]*\}")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{\s*#([\w-]+)[^}]*\})?\s*$", re.M)
_TASK = re.compile(r"^\s*[-*]\s+\[[ xX]\]\s+", re.M)
_ADMONITION = re.compile(r"^\s*(!!!|\?\?\?\+?)\s*[\w-]+", re.M)


def french_pages() -> list[Path]:
    """Every French page (the default language), relative to docs/."""
    return sorted(p.relative_to(DOCS) for p in DOCS.rglob("*.md") if not p.name.endswith(".en.md"))


def english_twin(page: Path) -> Path:
    return page.with_name(page.name.removesuffix(".md") + ".en.md")


def source(page: Path) -> str:
    return (DOCS / page).read_text(encoding="utf-8")


def prose(markdown: str) -> str:
    """The text a reader reads: no front matter, code, SVG, tags, attributes or link targets."""
    text = _FRONT_MATTER.sub("", markdown)
    text = _FENCE.sub("", text)
    text = _SVG.sub("", text)
    text = _TAG.sub(" ", text)
    text = _ATTRS.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = re.sub(r"^\s*\*\[[^\]]+\]:.*$", "", text, flags=re.M)  # abbreviation definitions
    text = re.sub(r"^\s*(!!!|\?\?\?\+?)\s*[\w-]+", "", text, flags=re.M)  # admonition types
    text = re.sub(r"^\s*===\s*", "", text, flags=re.M)
    text = re.sub(r":[a-z]+(-[a-z0-9]+)+:", " ", text)  # icon shortcodes
    text = re.sub(r"^[\s|:-]+$", "", text, flags=re.M)  # table rules
    return re.sub(r"[#*_`>|~^=]+", " ", text)


def words(text: str) -> list[str]:
    """Lower-case words with accents and apostrophes folded, for counting and comparing."""
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.findall(r"[a-z0-9]+", folded)


def headings(markdown: str) -> list[tuple[int, str | None]]:
    """(level, explicit id) of every heading outside code blocks."""
    text = _FENCE.sub("", _FRONT_MATTER.sub("", markdown))
    return [(len(m.group(1)), m.group(3)) for m in _HEADING.finditer(text)]


def task_count(markdown: str) -> int:
    return len(_TASK.findall(_FENCE.sub("", markdown)))


def admonition_count(markdown: str) -> int:
    return len(_ADMONITION.findall(_FENCE.sub("", markdown)))


def section(markdown: str, anchor: str) -> str:
    """The Markdown under the level-2 heading whose explicit id is `anchor`, up to the next one."""
    match = re.search(rf"^##\s[^\n]*\{{\s*#{re.escape(anchor)}\b[^\n]*$", markdown, re.M)
    if not match:
        return ""
    rest = markdown[match.end() :]
    following = re.search(r"^##\s", rest, re.M)
    return rest[: following.start()] if following else rest
