"""Whether to continue, renegotiate or end the relationship, weighed by open rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import i18n
from ._facts import Facts
from .model import Decision, Reason
from .rules import Rule, fire

__all__ = ["MIN_INPUTS", "RULES", "DecisionScore", "RelationshipResult", "assess_relationship"]

_C, _R, _X = Decision.CONTINUE, Decision.RENEGOTIATE, Decision.EXIT
_MAISTER = "maister-2000"
_FISHER = "fisher-ury-2011"
_GLASL = "glasl-1999"


def _share(f: Facts) -> float:
    share = f.number("revenue_share")
    return -1.0 if share is None else share


RULES: tuple[Rule[Decision], ...] = (
    Rule(
        "relationship.big_share", lambda f: _share(f) >= 30, ((_C, 2), (_R, 1), (_X, -2)), _MAISTER
    ),
    Rule("relationship.fair_share", lambda f: 10 <= _share(f) < 30, ((_C, 1),), _MAISTER),
    Rule("relationship.small_share", lambda f: 0 <= _share(f) < 5, ((_X, 1),), _MAISTER),
    Rule(
        "relationship.strategic",
        lambda f: f.at_least("strategic_value", 4),
        ((_C, 2), (_R, 1)),
        _MAISTER,
    ),
    Rule(
        "relationship.not_strategic",
        lambda f: f.at_most("strategic_value", 2),
        ((_X, 1),),
        _MAISTER,
    ),
    Rule(
        "relationship.costly",
        lambda f: f.at_least("cost_to_serve", 4),
        ((_R, 2), (_X, 1), (_C, -2)),
        _MAISTER,
    ),
    Rule("relationship.cheap", lambda f: f.at_most("cost_to_serve", 2), ((_C, 1),), _MAISTER),
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
        lambda f: f.trust_in_client is not None and f.trust_in_client <= 25,
        ((_X, 2), (_C, -1)),
        _MAISTER,
    ),
    Rule(
        "relationship.trusting",
        lambda f: f.trust_in_client is not None and f.trust_in_client >= 75,
        ((_C, 1),),
        _MAISTER,
    ),
    Rule(
        "relationship.trust_low",
        lambda f: f.trust_score is not None and f.trust_score < 35,
        ((_R, 1),),
        _MAISTER,
    ),
    Rule(
        "relationship.trust_ok",
        lambda f: f.trust_score is not None and f.trust_score >= 55,
        ((_C, 1),),
        _MAISTER,
    ),
    Rule(
        "relationship.destructive_stage",
        lambda f: f.stage is not None and f.stage >= 7,
        ((_X, 3), (_C, -3)),
        _GLASL,
    ),
    Rule(
        "relationship.win_lose_stage",
        lambda f: f.stage is not None and 5 <= f.stage <= 6,
        ((_R, 1), (_C, -1)),
        _GLASL,
    ),
    Rule(
        "relationship.early_stage",
        lambda f: f.stage is not None and f.stage <= 3,
        ((_C, 1),),
        _GLASL,
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
    facts: Facts, legal_reasons: tuple[Reason, ...]
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
            legal_reasons=legal_reasons,
            note=note,
        ),
        None,
    )
