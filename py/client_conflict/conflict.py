"""Kinds of conflict on Moore's circle of conflict, and the interventions that fit each."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import i18n
from ._facts import Facts
from .derived import HIGH, IN_CLIENT_DOUBT, LOW, TRUST_SCALE_TOP
from .model import ConflictType, Reason
from .rules import HIGH_PARAMS, LOW_PARAMS, Rule, fire

__all__ = ["INTERVENTIONS", "RULES", "ConflictResult", "TypeFinding", "assess_conflict"]

_D, _R, _V, _S, _I = (
    ConflictType.DATA,
    ConflictType.RELATIONSHIP,
    ConflictType.VALUE,
    ConflictType.STRUCTURAL,
    ConflictType.INTEREST,
)
_MOORE = "moore-2014"

RULES: tuple[Rule[ConflictType], ...] = (
    Rule(
        "conflict.disputed_facts",
        lambda f: f.has("impediments", "disputed_facts"),
        ((_D, 1),),
        _MOORE,
    ),
    Rule(
        "conflict.missing_information", lambda f: f.yes("missing_information"), ((_D, 1),), _MOORE
    ),
    Rule(
        "conflict.divergent_perceptions",
        lambda f: f.has("impediments", "divergent_perceptions"),
        ((_D, 1), (_R, 1)),
        _MOORE,
    ),
    Rule(
        "conflict.emotions",
        lambda f: f.at_least("emotions", HIGH),
        ((_R, 1),),
        _MOORE,
        HIGH_PARAMS,
    ),
    Rule("conflict.punish", lambda f: f.has("impediments", "desire_to_punish"), ((_R, 1),), _MOORE),
    Rule(
        "conflict.personality",
        lambda f: f.has("impediments", "disagreeable_personality"),
        ((_R, 1),),
        _MOORE,
    ),
    Rule("conflict.communication", lambda f: f.has("sources", "communication"), ((_R, 1),), _MOORE),
    Rule(
        "conflict.distrust",
        lambda f: f.trust_in_client is not None and f.trust_in_client < IN_CLIENT_DOUBT,
        ((_R, 1),),
        _MOORE,
        (("threshold", IN_CLIENT_DOUBT), ("top", TRUST_SCALE_TOP)),
    ),
    Rule(
        "conflict.cultural",
        lambda f: f.has("impediments", "cultural_differences"),
        ((_V, 1),),
        _MOORE,
    ),
    Rule(
        "conflict.quality_standards",
        lambda f: f.yes("quality_standards_differ"),
        ((_V, 1),),
        _MOORE,
    ),
    Rule(
        "conflict.values_apart",
        lambda f: f.at_most("shared_values", LOW),
        ((_V, 1),),
        _MOORE,
        LOW_PARAMS,
    ),
    Rule(
        "conflict.power",
        lambda f: f.choice("power_balance") in ("client_stronger", "me_stronger"),
        ((_S, 1),),
        _MOORE,
    ),
    Rule(
        "conflict.time_pressure",
        lambda f: f.at_least("time_pressure", HIGH),
        ((_S, 1),),
        _MOORE,
        HIGH_PARAMS,
    ),
    Rule("conflict.contract", lambda f: f.yes("breach"), ((_S, 1),), _MOORE),
    Rule(
        "conflict.agreement_read_differently",
        # A breach of the specification or the scope is often two readings of one agreement.
        lambda f: f.breach_side is not None and f.choice("breach_type") in ("quality", "scope"),
        ((_D, 1),),
        _MOORE,
    ),
    Rule("conflict.decision_maker", lambda f: f.no("decision_maker_reached"), ((_S, 1),), _MOORE),
    Rule("conflict.payment", lambda f: f.has("sources", "payment"), ((_I, 1),), _MOORE),
    Rule("conflict.scope", lambda f: f.has("sources", "scope"), ((_I, 1),), _MOORE),
    Rule("conflict.timeliness", lambda f: f.has("sources", "timeliness"), ((_I, 1),), _MOORE),
    Rule("conflict.quality", lambda f: f.has("sources", "quality"), ((_I, 1),), _MOORE),
    Rule(
        "conflict.needs_clash",
        lambda f: f.choice("needs_compatible") in ("no", "partly"),
        ((_I, 1),),
        _MOORE,
    ),
)

# How many catalog sentences ``conflict.intervention.<type>.<n>`` each type has.
INTERVENTIONS: Mapping[ConflictType, int] = dict.fromkeys(ConflictType, 3)

# Questions whose answers the rules read: with none of them, nothing can be said.
_INPUTS = (
    "sources",
    "impediments",
    "missing_information",
    "emotions",
    "trust_in_client_word",
    "trust_in_client_good_faith",
    "quality_standards_differ",
    "shared_values",
    "power_balance",
    "time_pressure",
    "breach",
    "decision_maker_reached",
    "needs_compatible",
)


@dataclass(frozen=True, slots=True)
class TypeFinding:
    """One kind of conflict found, why, and what helps with it."""

    type: ConflictType
    label: str
    reasons: tuple[Reason, ...]
    interventions: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as JSON-ready data."""
        return {
            "type": self.type.value,
            "label": self.label,
            "reasons": [reason.to_dict() for reason in self.reasons],
            "interventions": list(self.interventions),
        }


@dataclass(frozen=True, slots=True)
class ConflictResult:
    """The kinds of conflict present, strongest first."""

    findings: tuple[TypeFinding, ...]

    @property
    def types(self) -> tuple[ConflictType, ...]:
        """The kinds found, strongest first."""
        return tuple(finding.type for finding in self.findings)

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data."""
        return {
            "types": [kind.value for kind in self.types],
            "details": [finding.to_dict() for finding in self.findings],
        }


def assess_conflict(facts: Facts) -> tuple[ConflictResult | None, Reason | None]:
    """Find the kinds of conflict at play, or return why they cannot be found."""
    lang = facts.lang
    if not any(facts.answered(question) for question in _INPUTS):
        return None, Reason("conflict.missing", i18n.t(lang, "unassessed.conflict"))
    fired = fire(RULES, facts)
    order = list(ConflictType)
    # Most reasons first; ties keep the circle's order.
    kinds = sorted(fired, key=lambda kind: (-len(fired[kind]), order.index(kind)))
    findings = tuple(
        TypeFinding(
            type=kind,
            label=i18n.t(lang, f"conflict.type.{kind.value}"),
            reasons=tuple(fired[kind]),
            interventions=tuple(
                i18n.t(lang, f"conflict.intervention.{kind.value}.{n}")
                for n in range(1, INTERVENTIONS[kind] + 1)
            ),
        )
        for kind in kinds
    )
    return ConflictResult(findings), None
