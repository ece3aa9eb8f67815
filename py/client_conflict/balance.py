"""Deutsch's reading of the relationship: cooperative or competitive processes, and shared goals."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import i18n
from ._facts import Facts
from .escalation import SIGNS
from .model import Balance, Reason

__all__ = [
    "CONSTRUCTIVE_WEIGHT",
    "DESTRUCTIVE_IMPEDIMENTS",
    "GOAL_WEIGHT",
    "LABELS",
    "BalanceResult",
    "assess_balance",
    "sign_weight",
]

CONSTRUCTIVE_WEIGHT = 2
GOAL_WEIGHT = 1
# Obstacles of step 6 that feed a destructive process.
DESTRUCTIVE_IMPEDIMENTS: Mapping[str, int] = {"desire_to_punish": 2, "no_motivation": 1}
# Lower bound of each label on the -1..+1 balance, highest first.
LABELS: tuple[tuple[float, Balance], ...] = (
    (0.33, Balance.COOPERATIVE),
    (-0.33, Balance.MIXED),
    (-1.0, Balance.COMPETITIVE),
)


def sign_weight(stage: int) -> int:
    """Weight of a destructive behaviour: 1 on stages 1-3, 2 on 4-6, 3 on 7-9."""
    return (stage - 1) // 3 + 1


def _sentence(fragment: str) -> str:
    """Turn a catalog fragment ("threats or ultimatums") into a sentence for a list."""
    return fragment[:1].upper() + fragment[1:] + "."


@dataclass(frozen=True, slots=True)
class BalanceResult:
    """The balance between constructive and destructive signs, from -1 to +1."""

    value: float
    label: Balance
    label_text: str
    constructive: tuple[Reason, ...]
    destructive: tuple[Reason, ...]
    common_goals: tuple[Reason, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data."""
        return {
            "value": self.value,
            "label": self.label.value,
            "label_text": self.label_text,
            "constructive": [reason.to_dict() for reason in self.constructive],
            "destructive": [reason.to_dict() for reason in self.destructive],
            "common_goals": [reason.to_dict() for reason in self.common_goals],
        }


def assess_balance(facts: Facts) -> tuple[BalanceResult | None, Reason | None]:
    """Weigh constructive against destructive signs, or return why it cannot be done."""
    lang = facts.lang
    asked = ("constructive_signs", "escalation_signs", "common_goals")
    if not any(facts.answered(question) for question in asked):
        return None, Reason("balance.missing", i18n.t(lang, "unassessed.balance"))
    constructive = tuple(
        Reason(f"balance.sign.{sign}", i18n.t(lang, f"balance.sign.{sign}"), CONSTRUCTIVE_WEIGHT)
        for sign in facts.ticked("constructive_signs")
    )
    goals = tuple(
        Reason(f"balance.goal.{goal}", i18n.t(lang, f"balance.goal.{goal}"), GOAL_WEIGHT)
        for goal in facts.ticked("common_goals")
    )
    destructive = tuple(
        Reason(
            f"escalation.sign.{sign}",
            _sentence(i18n.t(lang, f"escalation.sign.{sign}")),
            -sign_weight(SIGNS[sign]),
        )
        for sign in facts.ticked("escalation_signs")
    ) + tuple(
        Reason(f"impediment.{name}", i18n.t(lang, f"impediment.{name}"), -weight)
        for name, weight in DESTRUCTIVE_IMPEDIMENTS.items()
        if facts.has("impediments", name)
    )
    positive = sum(r.weight for r in constructive + goals)
    negative = -sum(r.weight for r in destructive)
    value = (
        0.0 if positive + negative == 0 else round((positive - negative) / (positive + negative), 2)
    )
    label = next(label for floor, label in LABELS if value >= floor)
    result = BalanceResult(
        value=value,
        label=label,
        label_text=i18n.t(lang, f"balance.label.{label.value}"),
        constructive=constructive,
        destructive=destructive,
        common_goals=goals,
    )
    return result, None
