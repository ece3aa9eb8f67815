"""Whether to continue, renegotiate or end the relationship, weighed by open rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import i18n
from ._facts import Facts
from .derived import (
    HIGH,
    IN_CLIENT_HIGH,
    IN_CLIENT_LOW,
    LOW,
    STAGE_DESTRUCTIVE,
    STAGE_EARLY_TOP,
    STAGE_LOSS_OF_FACE,
    STAGE_THREATS,
    TRUST_SCALE_TOP,
)
from .model import Band, Decision, Reason
from .rules import HIGH_PARAMS, LOW_PARAMS, Rule, band_floor, fire

__all__ = ["MIN_INPUTS", "RULES", "DecisionScore", "RelationshipResult", "assess_relationship"]

_C, _R, _X = Decision.CONTINUE, Decision.RENEGOTIATE, Decision.EXIT
_MAISTER = "maister-2000"
_FISHER = "fisher-ury-2011"
_GLASL = "glasl-1999"


# Shares of the reader's yearly revenue (%) that make a client big, fair-sized or small.
SHARE_BIG = 30
SHARE_FAIR = 10
SHARE_SMALL = 5
_SOLID, _LOW_TRUST = band_floor(Band.SOLID), band_floor(Band.FRAGILE)


def _share(f: Facts) -> float:
    share = f.number("revenue_share")
    return -1.0 if share is None else share


RULES: tuple[Rule[Decision], ...] = (
    Rule(
        "relationship.big_share",
        lambda f: _share(f) >= SHARE_BIG,
        ((_C, 2), (_R, 1), (_X, -2)),
        _MAISTER,
        (("share", SHARE_BIG),),
    ),
    Rule(
        "relationship.fair_share",
        lambda f: SHARE_FAIR <= _share(f) < SHARE_BIG,
        ((_C, 1),),
        _MAISTER,
        (("low", SHARE_FAIR), ("high", SHARE_BIG)),
    ),
    Rule(
        "relationship.small_share",
        lambda f: 0 <= _share(f) < SHARE_SMALL,
        ((_X, 1),),
        _MAISTER,
        (("share", SHARE_SMALL),),
    ),
    Rule(
        "relationship.strategic",
        lambda f: f.at_least("strategic_value", HIGH),
        ((_C, 2), (_R, 1)),
        _MAISTER,
        HIGH_PARAMS,
    ),
    Rule(
        "relationship.not_strategic",
        lambda f: f.at_most("strategic_value", LOW),
        ((_X, 1),),
        _MAISTER,
        LOW_PARAMS,
    ),
    Rule(
        "relationship.costly",
        lambda f: f.at_least("cost_to_serve", HIGH),
        ((_R, 2), (_X, 1), (_C, -2)),
        _MAISTER,
        HIGH_PARAMS,
    ),
    Rule(
        "relationship.cheap",
        lambda f: f.at_most("cost_to_serve", LOW),
        ((_C, 1),),
        _MAISTER,
        LOW_PARAMS,
    ),
    Rule(
        "relationship.take_again", lambda f: f.choice("take_again") == "yes", ((_C, 2),), _MAISTER
    ),
    Rule(
        "relationship.new_terms",
        lambda f: f.choice("take_again") == "on_new_terms",
        ((_R, 3),),
        _MAISTER,
    ),
    Rule(
        "relationship.never_again",
        lambda f: f.choice("take_again") == "no",
        ((_X, 3), (_C, -2)),
        _MAISTER,
    ),
    Rule(
        "relationship.personality",
        lambda f: f.has("impediments", "disagreeable_personality"),
        ((_X, 2), (_C, -1)),
        _MAISTER,
    ),
    Rule(
        "relationship.distrust",
        lambda f: f.trust_in_client is not None and f.trust_in_client <= IN_CLIENT_LOW,
        ((_X, 2), (_C, -1)),
        _MAISTER,
        (("threshold", IN_CLIENT_LOW), ("top", TRUST_SCALE_TOP)),
    ),
    Rule(
        "relationship.trusting",
        lambda f: f.trust_in_client is not None and f.trust_in_client >= IN_CLIENT_HIGH,
        ((_C, 1),),
        _MAISTER,
        (("threshold", IN_CLIENT_HIGH), ("top", TRUST_SCALE_TOP)),
    ),
    Rule(
        "relationship.trust_low",
        lambda f: f.trust_band is Band.LOW,
        ((_R, 1),),
        _MAISTER,
        (("threshold", _LOW_TRUST),),
    ),
    Rule(
        "relationship.trust_ok",
        lambda f: f.trust_band in (Band.SOLID, Band.STRONG),
        ((_C, 1),),
        _MAISTER,
        (("threshold", _SOLID),),
    ),
    Rule(
        "relationship.destructive_stage",
        lambda f: f.stage is not None and f.stage >= STAGE_DESTRUCTIVE,
        ((_X, 3), (_C, -3)),
        _GLASL,
        (("stage", STAGE_DESTRUCTIVE),),
    ),
    Rule(
        "relationship.win_lose_stage",
        lambda f: f.stage is not None and STAGE_LOSS_OF_FACE <= f.stage <= STAGE_THREATS,
        ((_R, 1), (_C, -1)),
        _GLASL,
        (("low", STAGE_LOSS_OF_FACE), ("high", STAGE_THREATS)),
    ),
    Rule(
        "relationship.early_stage",
        lambda f: f.stage is not None and f.stage <= STAGE_EARLY_TOP,
        ((_C, 1),),
        _GLASL,
        (("stage", STAGE_EARLY_TOP),),
    ),
    Rule("relationship.batna_strong", lambda f: f.choice("batna") == "strong", ((_X, 1),), _FISHER),
    Rule(
        "relationship.batna_weak",
        lambda f: f.choice("batna") == "weak",
        ((_C, 1), (_X, -1)),
        _FISHER,
    ),
    Rule("relationship.scope", lambda f: f.has("sources", "scope"), ((_R, 2),), _MAISTER),
    Rule(
        "relationship.long_standing",
        lambda f: f.choice("relationship_length") in ("one_to_three", "over_three"),
        ((_C, 1),),
        _MAISTER,
    ),
    Rule(
        "relationship.recurring",
        lambda f: f.choice("recurrence") == "repeated",
        ((_R, 1), (_X, 1), (_C, -1)),
        _MAISTER,
    ),
    Rule(
        "relationship.payment_terms",
        lambda f: f.has("sources", "payment"),
        ((_R, 1),),
        _MAISTER,
    ),
)

_INPUTS = ("revenue_share", "strategic_value", "cost_to_serve", "take_again")
# One answer on the client's worth is too little to advise leaving or staying, unless it is the
# direct one: whether you would take the job again.
_DIRECT_INPUT = "take_again"
MIN_INPUTS = 2


@dataclass(frozen=True, slots=True)
class DecisionScore:
    """One possible decision with its total and reasons."""

    decision: Decision
    label: str
    score: int
    reasons_for: tuple[Reason, ...]
    reasons_against: tuple[Reason, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the score as JSON-ready data."""
        return {
            "decision": self.decision.value,
            "label": self.label,
            "score": self.score,
            "for": [reason.to_dict() for reason in self.reasons_for],
            "against": [reason.to_dict() for reason in self.reasons_against],
        }


@dataclass(frozen=True, slots=True)
class RelationshipResult:
    """Continue, renegotiate or exit, with the reasons and whether the law has a say."""

    ranking: tuple[DecisionScore, ...]
    advice: str
    legal_route: bool
    legal_reasons: tuple[Reason, ...]
    # Says when the first decision is tied with another, and why it comes first.
    note: str = ""

    @property
    def decision(self) -> Decision:
        """The decision ranked first."""
        return self.ranking[0].decision

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data."""
        return {
            "decision": self.decision.value,
            "label": self.ranking[0].label,
            "advice": self.advice,
            "note": self.note,
            "ranking": [score.to_dict() for score in self.ranking],
            "legal_route": self.legal_route,
            "legal_reasons": [reason.to_dict() for reason in self.legal_reasons],
        }


def assess_relationship(
    facts: Facts,
) -> tuple[RelationshipResult | None, Reason | None]:
    """Weigh the relationship, or return why it cannot be weighed."""
    lang = facts.lang
    answered = sum(facts.answered(question) for question in _INPUTS)
    if not facts.answered(_DIRECT_INPUT) and answered < MIN_INPUTS:
        return None, Reason("relationship.missing", i18n.t(lang, "unassessed.relationship"))
    fired = fire(RULES, facts)
    # Ties go to the middle course, then to keeping the client.
    order = [_R, _C, _X]
    scores = [
        DecisionScore(
            decision=decision,
            label=i18n.t(lang, f"decision.{decision.value}"),
            score=sum(r.weight for r in fired.get(decision, [])),
            reasons_for=tuple(r for r in fired.get(decision, []) if r.weight > 0),
            reasons_against=tuple(r for r in fired.get(decision, []) if r.weight < 0),
        )
        for decision in order
    ]
    ranking = tuple(sorted(scores, key=lambda s: (-s.score, order.index(s.decision))))
    advice_key = f"decision.advice.{ranking[0].decision.value}"
    first = ranking[0]
    tied = [i18n.lower_first(d.label) for d in ranking[1:] if d.score == first.score]
    note = ""
    if tied:
        others = i18n.join(tied, lang)
        note = i18n.t(
            lang,
            "decision.tie",
            first=first.label,
            others=others,
            score=i18n.format_signed(first.score, lang),
        )
    return (
        RelationshipResult(
            ranking=ranking,
            advice=i18n.t(lang, advice_key),
            legal_route=facts.legal,
            legal_reasons=facts.legal_reasons,
            note=note,
        ),
        None,
    )
