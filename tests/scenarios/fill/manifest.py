"""Write ``tests/scenarios/manifest.json``: ids, content hashes, expected style and stage, split.

The expected style and stage are read from each story's header, where they were written from
the literature before any case file existed. The split is fixed by rule, not by choice: within
each style, stories are taken in id order and alternate tune, holdout, tune, holdout...

Run: python3 tests/scenarios/fill/manifest.py
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STYLES = ("collaborate", "compromise", "accommodate", "compete", "avoid")

ABOUT = (
    "Scenario suite for the conflict-handling diagnostic. Each entry names a story "
    "(stories/<id>.md) and its case file (cases/<id>.json) with the SHA-256 of each file's "
    "bytes, the conflict-handling style the literature prescribes for that situation "
    "(Thomas 1977, Table 1; Rahim 2002; Lewicki, Saunders & Barry) and the Glasl (1999) stage "
    "the behaviour in the story shows, both decided from the story alone before its case file "
    "was filled. 'also_fits' names a second style the literature also allows for that story; "
    "'pulls_toward' names the style a secondary factor of the story pulls toward (the expected "
    "style dominates). Split rule: within each style, stories are sorted by id and alternate "
    "tune, holdout, tune, holdout, ... starting with tune; every style has as many stories in "
    "each half. Tune on the 'tune' half only; measure the 'holdout' half once, after tuning, "
    "and report both."
)


def header(path: Path) -> dict[str, str]:
    text = path.read_text(encoding="utf-8")
    _, head, _ = text.split("---\n", 2)
    return dict(line.split(": ", 1) for line in head.strip().splitlines())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    stories = sorted((ROOT / "stories").glob("*.md"))
    by_style: dict[str, list[str]] = defaultdict(list)
    entries: dict[str, dict[str, object]] = {}
    for story in stories:
        meta = header(story)
        case_id = meta["id"]
        assert story.stem == case_id, story
        case = ROOT / "cases" / f"{case_id}.json"
        assert case.is_file(), case
        assert meta["style"] in STYLES, story
        stage = int(meta["stage"])
        assert 1 <= stage <= 9, story
        entry: dict[str, object] = {
            "story": f"stories/{case_id}.md",
            "story_sha256": sha256(story),
            "case": f"cases/{case_id}.json",
            "case_sha256": sha256(case),
            "style": meta["style"],
            "stage": stage,
            "use": meta["use"],
        }
        for key in ("also_fits", "pulls_toward"):
            if key in meta:
                entry[key] = meta[key]
        entries[case_id] = entry
        by_style[meta["style"]].append(case_id)
    for ids in by_style.values():
        for position, case_id in enumerate(sorted(ids)):
            entries[case_id]["split"] = "tune" if position % 2 == 0 else "holdout"
    counts = {
        style: {
            half: sum(1 for i in by_style[style] if entries[i]["split"] == half)
            for half in ("tune", "holdout")
        }
        for style in STYLES
    }
    manifest = {
        "_about": ABOUT,
        "count": len(entries),
        "per_style": counts,
        "scenarios": entries,
    }
    out = ROOT / "manifest.json"
    out.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(entries)} scenarios: {counts}")


if __name__ == "__main__":
    main()
