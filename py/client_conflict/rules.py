"""Transparent additive rules: a condition on the case and the points it gives or takes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from . import i18n
from ._facts import Facts
from .model import Reason

__all__ = ["Rule", "fire"]

K = TypeVar("K")


@dataclass(frozen=True, slots=True)
class Rule(Generic[K]):
    """One rule: ``rule.<id>`` in the catalogs says in words when it fires and why."""

    id: str
    when: Callable[[Facts], bool]
    effects: tuple[tuple[K, int], ...]
    source: str

    def text(self, lang: str) -> str:
        """The sentence that states the rule's condition, used both as reason and in the docs."""
        return i18n.t(lang, f"rule.{self.id}")


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
