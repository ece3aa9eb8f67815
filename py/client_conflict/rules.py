"""Transparent additive rules: a condition on the case and the points it gives or takes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from . import i18n
from ._facts import Facts
from .derived import HIGH, LOW, MID, SCALE_TOP, TRUST_BANDS
from .model import Band, Reason

__all__ = [
    "HIGH_PARAMS",
    "LOW_PARAMS",
    "MID_PARAMS",
    "TOP_PARAMS",
    "Rule",
    "band_floor",
    "fire",
]

K = TypeVar("K")


@dataclass(frozen=True, slots=True)
class Rule(Generic[K]):
    """One rule: ``rule.<id>`` in the catalogs says in words when it fires and why."""

    id: str
    when: Callable[[Facts], bool]
    effects: tuple[tuple[K, int], ...]
    source: str
    # The numbers the condition uses, by name: the sentence takes them from here, never from
    # its own text, so the report and the docs always say what the code does.
    params: tuple[tuple[str, float], ...] = ()

    def text(self, lang: str) -> str:
        """The sentence that states the rule's condition, used both as reason and in the docs."""
        values = {name: i18n.format_number(value, lang) for name, value in self.params}
        return i18n.t(lang, f"rule.{self.id}", **values)


def fire(rules: tuple[Rule[K], ...], facts: Facts) -> dict[K, list[Reason]]:
    """Apply every rule to the case and collect, per target, the weighted reasons that fired."""
    fired: dict[K, list[Reason]] = {}
    for rule in rules:
        if not rule.when(facts):
            continue
        text = rule.text(facts.lang)
        for target, weight in rule.effects:
            fired.setdefault(target, []).append(Reason(rule.id, text, weight))
    return fired


def band_floor(band: Band) -> float:
    """The lowest trust score of a band."""
    return next(floor for floor, b in TRUST_BANDS if b is band)


# The numbers a rule on a 1-5 answer passes to its sentence.
HIGH_PARAMS: tuple[tuple[str, float], ...] = (("low", HIGH), ("top", SCALE_TOP))
MID_PARAMS: tuple[tuple[str, float], ...] = (("value", MID), ("top", SCALE_TOP))
LOW_PARAMS: tuple[tuple[str, float], ...] = (("high", LOW), ("top", SCALE_TOP))
TOP_PARAMS: tuple[tuple[str, float], ...] = (("top", SCALE_TOP),)
