"""The scenario suite's agreement with the literature, computed the same way for tests and docs.

The suite (``tests/scenarios`` in the repository, not shipped with the engine) holds stories
written from the published uses of each style (Thomas 1977, Table 1; Rahim 2002; Lewicki et
al.) and Glasl's stages, each with a case file filled from the story alone, and a manifest that
gives the expected style and stage and splits the suite into a half used to tune the weights and
a half held out. This module assesses every case, in full and on the quick path's answers alone.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .assessment import assess
from .questionnaire import quick_path

__all__ = ["Figures", "Outcome", "figures", "run_suite"]

_FALLBACK_DAY = dt.date(2026, 9, 14)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One scenario: what the literature expects and what the engine says."""

    id: str
    split: str
    style: str
    stage: int
    ranking: tuple[str, ...]
    got_stage: int | None
    quick_ranking: tuple[str, ...]
    quick_stage: int | None

    def agrees(self, quick: bool = False) -> tuple[bool, bool, bool]:
        """(expected style first, expected style in the top two, stage within one)."""
        ranking = self.quick_ranking if quick else self.ranking
        stage = self.quick_stage if quick else self.got_stage
        return (
            bool(ranking) and ranking[0] == self.style,
            self.style in ranking[:2],
            stage is not None and abs(stage - self.stage) <= 1,
        )


@dataclass(frozen=True, slots=True)
class Figures:
    """Agreement over a set of scenarios: counts out of ``size``."""

    size: int
    first: int
    top_two: int
    stage: int

    def to_dict(self) -> dict[str, int]:
        """Return the figures as JSON-ready data."""
        return {
            "size": self.size,
            "first": self.first,
            "top_two": self.top_two,
            "stage": self.stage,
        }


def _day(case: Mapping[str, Any]) -> dt.date:
    """The day the case was last saved, as the reader would have analysed it."""
    for key in ("updated", "created"):
        if isinstance(case.get(key), str):
            return dt.date.fromisoformat(case[key])
    dates = [e["date"] for e in case.get("timeline", []) if isinstance(e, Mapping)]
    return dt.date.fromisoformat(max(dates)) if dates else _FALLBACK_DAY


def _headline(case: Mapping[str, Any], day: dt.date) -> tuple[tuple[str, ...], int | None]:
    result = assess(case, "en", today=day)
    ranking = () if result.tactic is None else tuple(s.style.value for s in result.tactic.ranking)
    return ranking, None if result.escalation is None else result.escalation.stage


def _quick(case: Mapping[str, Any]) -> dict[str, Any]:
    """The case as the quick path alone would have filled it."""
    quick = {q.id for q in quick_path()}
    answers = {k: v for k, v in case.get("answers", {}).items() if k in quick}
    return {**case, "answers": answers}


def run_suite(root: Path, split: str | None = None) -> tuple[Outcome, ...]:
    """Assess every scenario of the suite at ``root`` (or those of one half)."""
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    outcomes = []
    for scenario_id, entry in sorted(manifest["scenarios"].items()):
        if split is not None and entry["split"] != split:
            continue
        case = json.loads((root / entry["case"]).read_text(encoding="utf-8"))
        day = _day(case)
        ranking, stage = _headline(case, day)
        quick_ranking, quick_stage = _headline(_quick(case), day)
        outcomes.append(
            Outcome(
                id=scenario_id,
                split=entry["split"],
                style=entry["style"],
                stage=int(entry["stage"]),
                ranking=ranking,
                got_stage=stage,
                quick_ranking=quick_ranking,
                quick_stage=quick_stage,
            )
        )
    return tuple(outcomes)


def figures(outcomes: Iterable[Outcome], *, quick: bool = False) -> Figures:
    """Count the scenarios whose style comes first, in the top two, and whose stage is close."""
    checks = [o.agrees(quick) for o in outcomes]
    return Figures(
        size=len(checks),
        first=sum(c[0] for c in checks),
        top_two=sum(c[1] for c in checks),
        stage=sum(c[2] for c in checks),
    )
