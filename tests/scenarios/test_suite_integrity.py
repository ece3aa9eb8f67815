"""The scenario suite is intact: the files the manifest names, unchanged since it was written.

This test scores nothing. It checks that every story and case file is the one whose hash the
manifest recorded before any weight was tuned, that each case file still loads, that its
account is its story's own words, and that the split keeps each style evenly divided.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from client_conflict.case import load_case

HERE = Path(__file__).resolve().parent
MANIFEST = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
SCENARIOS: dict[str, dict[str, object]] = MANIFEST["scenarios"]
STYLES = {"collaborate", "compromise", "accommodate", "compete", "avoid"}


def _header_and_body(path: Path) -> tuple[dict[str, str], str]:
    _, head, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return dict(line.split(": ", 1) for line in head.strip().splitlines()), body


def test_manifest_names_every_file_and_only_them() -> None:
    stories = {p.stem for p in (HERE / "stories").glob("*.md")}
    cases = {p.stem for p in (HERE / "cases").glob("*.json")}
    assert stories == set(SCENARIOS)
    assert cases == set(SCENARIOS)


@pytest.mark.parametrize("case_id", sorted(SCENARIOS))
def test_files_unchanged_since_the_manifest(case_id: str) -> None:
    entry = SCENARIOS[case_id]
    for key in ("story", "case"):
        data = (HERE / str(entry[key])).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry[f"{key}_sha256"], entry[key]


@pytest.mark.parametrize("case_id", sorted(SCENARIOS))
def test_case_loads_and_tells_its_story(case_id: str) -> None:
    entry = SCENARIOS[case_id]
    meta, body = _header_and_body(HERE / str(entry["story"]))
    assert meta["style"] == entry["style"]
    assert int(meta["stage"]) == entry["stage"]
    assert 120 <= len(body.split()) <= 250
    raw = (HERE / str(entry["case"])).read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["version"] == 4
    assert data["narrative"].split() == body.split()
    case = load_case(raw)
    assert case.answers


def test_split_halves_each_style() -> None:
    halves = Counter((e["style"], e["split"]) for e in SCENARIOS.values())
    assert {e["style"] for e in SCENARIOS.values()} == STYLES
    for style in STYLES:
        assert halves[style, "tune"] == halves[style, "holdout"] > 0


def test_every_glasl_stage_has_two_scenarios() -> None:
    stages = Counter(int(str(e["stage"])) for e in SCENARIOS.values())
    assert all(stages[stage] >= 2 for stage in range(1, 10))
