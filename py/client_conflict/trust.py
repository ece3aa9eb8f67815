"""Trust, from the trust equation (C + R + I) / S, on a bounded 0-100 scale."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import i18n
from ._facts import Facts
from .derived import STAGE_DESTRUCTIVE as LAWYER_FROM_STAGE
from .derived import TRUST_BANDS
from .model import Band, Reason

__all__ = [
    "ACTIONS_PER_LEVER",
    "BANDS",
    "FACTORS",
    "IN_CLIENT_ITEMS",
    "LEVER_THRESHOLD",
    "MAX_LEVERS",
    "Factor",
    "TrustResult",
    "assess_trust",
    "trust_score",
]

# Each factor of the equation and the questions whose mean measures it.
FACTORS: Mapping[str, tuple[str, ...]] = {
    "credibility": ("trust_credibility_expertise", "trust_credibility_accuracy"),
    "reliability": (
        "trust_reliability_deadlines",
        "trust_reliability_consistency",
        "trust_reliability_followthrough",
    ),
    "intimacy": ("trust_intimacy_concerns", "trust_intimacy_safe"),
    "self_orientation": ("trust_self_interest", "trust_self_listening", "trust_self_fees"),
}
IN_CLIENT_ITEMS = ("trust_in_client_word", "trust_in_client_good_faith")

# Lower bound of each band on the 0-100 score, highest first.
BANDS: tuple[tuple[float, Band], ...] = TRUST_BANDS
# A factor whose health (0-1) is below this is a lever to work on.
LEVER_THRESHOLD = 0.6
MAX_LEVERS = 2
ACTIONS_PER_LEVER = 2


@dataclass(frozen=True, slots=True)
class Factor:
    """One factor of the equation: its mean on 1-5, that mean on 0-1, and its health on 0-1."""

    key: str
    label: str
    mean: float
    level: float
    health: float
    answered: int

    def to_dict(self) -> dict[str, Any]:
        """Return the factor as JSON-ready data."""
        return {
            "key": self.key,
            "label": self.label,
            "mean": round(self.mean, 2),
            "level": round(self.level, 3),
            "health": round(self.health, 3),
            "answered": self.answered,
            "asked": len(FACTORS[self.key]),
        }


@dataclass(frozen=True, slots=True)
class TrustResult:
    """The client's trust in you, scored, banded and explained, plus your trust in them."""

    score: float
    band: Band
    band_label: str
    factors: tuple[Factor, ...]
    levers: tuple[str, ...]
    actions: tuple[Reason, ...]
    reasons: tuple[Reason, ...]
    in_client: float | None

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data."""
        return {
            "score": self.score,
            "band": self.band.value,
            "band_label": self.band_label,
            "factors": [factor.to_dict() for factor in self.factors],
            "levers": list(self.levers),
            "actions": [action.to_dict() for action in self.actions],
            "reasons": [reason.to_dict() for reason in self.reasons],
            "in_client": self.in_client,
        }


def trust_score(
    credibility: float, reliability: float, intimacy: float, self_orientation: float
) -> float:
    """Map factor means on 1-5 to a 0-100 score that keeps the shape of (C + R + I) / S.

    The numerator (C + R + I) runs from 3 to 15 and becomes 0..1; the denominator S runs from
    1 to 5 and becomes 1..2, so the worst self-orientation halves the score instead of
    dividing it by five.
    """
    numerator = (credibility + reliability + intimacy - 3) / 12
    denominator = 1 + (self_orientation - 1) / 4
    return round(100 * numerator / denominator, 1)


def _band(score: float) -> Band:
    for floor, band in BANDS:
        if score >= floor:
            return band
    return Band.LOW


def _mean(facts: Facts, items: tuple[str, ...]) -> tuple[float | None, int]:
    values = [v for v in (facts.scale(item) for item in items) if v is not None]
    return (sum(values) / len(values) if values else None), len(values)


# Actions that need a conversation, and what replaces them when the client no longer answers.
_SPOKEN = ("trust.action.intimacy.1", "trust.action.self_orientation.2")
# The action that concedes part of the complaint, and what replaces it when the reader has said
# the complaint is unfounded, or that there is none.
_CONCEDING = "trust.action.intimacy.2"


def _action_key(facts: Facts, key: str) -> str:
    """The action that fits what the reader said: written when the client has gone silent,
    firm when the complaint is unfounded."""
    if key in _SPOKEN and facts.has("escalation_signs", "silence"):
        return f"{key}.silent"
    if key == _CONCEDING and facts.choice("fault") in ("mostly_client", "no_complaint"):
        return f"{key}.unfounded"
    return key


# When you stand firm, step back or leave, "what to do first" keeps to what holds in writing:
# the actions that court the client's confidences wait (they would contradict the tactic).
_COURTING = ("trust.action.intimacy.1", "trust.action.intimacy.1.silent", "trust.action.intimacy.2")
_IN_WRITING = ("trust.action.credibility.1", "trust.action.credibility.2")


def actions_for(trust: TrustResult, lang: str, firm: bool) -> TrustResult:
    """The trust actions that fit the recommended course: all of them, or, when ``firm``, those
    that do not court the client, with the written proof first if nothing else is left."""
    if not firm:
        return trust
    kept = tuple(a for a in trust.actions if a.code not in _COURTING)
    if not kept and trust.actions:
        kept = tuple(Reason(key, i18n.t(lang, key)) for key in _IN_WRITING)
    return dataclasses.replace(trust, actions=kept)


def assess_trust(facts: Facts) -> tuple[TrustResult | None, Reason | None]:
    """Score trust, or return why it cannot be scored."""
    lang = facts.lang
    means: dict[str, float] = {}
    factors = []
    missing = []
    for key, items in FACTORS.items():
        mean, answered = _mean(facts, items)
        if mean is None:
            missing.append(i18n.t(lang, f"trust.factor.{key}"))
            continue
        means[key] = mean
        level = (mean - 1) / 4
        health = 1 - level if key == "self_orientation" else level
        factors.append(
            Factor(key, i18n.t(lang, f"trust.factor.{key}"), mean, level, health, answered)
        )
    in_client_mean, _ = _mean(facts, IN_CLIENT_ITEMS)
    in_client = None if in_client_mean is None else round(100 * (in_client_mean - 1) / 4, 1)
    if missing:
        return None, Reason(
            "trust.missing", i18n.t(lang, "unassessed.trust", factors=i18n.join(missing, lang))
        )
    score = trust_score(
        means["credibility"], means["reliability"], means["intimacy"], means["self_orientation"]
    )
    band = _band(score)
    ranked = sorted(factors, key=lambda factor: factor.health)
    levers = [f for f in ranked if f.health < LEVER_THRESHOLD][:MAX_LEVERS] or ranked[:1]
    # In the destructive stages you talk through counsel: courting the client's trust can wait.
    on_hold = facts.stage is not None and facts.stage >= LAWYER_FROM_STAGE
    keys = [
        _action_key(facts, f"trust.action.{lever.key}.{n}")
        for lever in levers
        for n in range(1, ACTIONS_PER_LEVER + 1)
    ]
    actions = () if on_hold else tuple(Reason(key, i18n.t(lang, key)) for key in keys)
    reasons = [
        Reason(
            f"trust.factor_reading.{factor.key}",
            i18n.t(
                lang,
                f"trust.reading.{factor.key}",
                mean=i18n.format_number(round(factor.mean, 1), lang),
            ),
        )
        for factor in factors
    ]
    lever_names = i18n.join([lever.label for lever in levers], lang)
    if on_hold:
        reasons.append(Reason("trust.on_hold", i18n.t(lang, "trust.on_hold", levers=lever_names)))
    else:
        reasons.append(Reason("trust.lever", i18n.t(lang, "trust.levers", levers=lever_names)))
    if in_client is not None and in_client < 50:
        key = "trust.in_client_low_on_hold" if on_hold else "trust.in_client_low"
        reasons.append(Reason("trust.in_client_low", i18n.t(lang, key)))
    result = TrustResult(
        score=score,
        band=band,
        band_label=i18n.t(lang, f"trust.band.{band.value}"),
        factors=tuple(factors),
        levers=tuple(lever.key for lever in levers),
        actions=actions,
        reasons=tuple(reasons),
        in_client=in_client,
    )
    return result, None
