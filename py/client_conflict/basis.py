"""How much a result rests on: the questions answered, of those the reader was shown.

A plain statement for the first screen, so a first result from the quick path says it is one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .questionnaire import Question, questionnaire

__all__ = ["Basis", "basis"]


@dataclass(frozen=True, slots=True)
class Basis:
    """Questions answered among those shown, overall and on the quick path."""

    answered: int
    shown: int
    quick_answered: int
    quick_total: int

    @property
    def quick_only(self) -> bool:
        """True when little beyond the quick path has been answered."""
        return self.answered - self.quick_answered < self.quick_total


def _shown(q: Question, answers: Mapping[str, Any]) -> bool:
    if q.shown_when is None:
        return True
    parent, values = q.shown_when
    given = answers.get(parent)
    if isinstance(given, bool):
        given = "true" if given else "false"
    if isinstance(given, list | tuple):
        return any(str(v) in values for v in given)
    return given is not None and str(given) in values


def basis(answers: Mapping[str, Any]) -> Basis:
    """Count the answers a result rests on; a follow-up counts only when it was shown."""
    shown = [q for s in questionnaire() for q in s.questions if _shown(q, answers)]
    answered = [q for q in shown if answers.get(q.id) not in (None, "", [], ())]
    quick = [q for s in questionnaire() for q in s.questions if q.quick]
    return Basis(
        answered=len(answered),
        shown=len(shown),
        quick_answered=sum(1 for q in answered if q.quick),
        quick_total=len(quick),
    )
