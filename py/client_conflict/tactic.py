"""The negotiation tactic: the five styles of the dual concern model, scored by open rules."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import i18n
from ._facts import Facts
from .model import Reason, Style
from .moves import Move
from .rules import Rule, fire

__all__ = [
    "AXIS_RULES",
    "CLOSE_MARGIN",
    "RULES",
    "SITUATION_RULES",
    "StyleScore",
    "TacticResult",
    "assess_tactic",
]

_COL, _COM, _ACC, _CMP, _AVO = (
    Style.COLLABORATE,
    Style.COMPROMISE,
    Style.ACCOMMODATE,
    Style.COMPETE,
    Style.AVOID,
)
_DUAL = "pruitt-rubin-1986"
_THOMAS = "thomas-1977"
_LEWICKI = "lewicki-2015"
_GLASL = "glasl-1999"
_FISHER = "fisher-ury-2011"


def _own(f: Facts) -> int | None:
    return f.scale("stake_outcome")


def _rel(f: Facts) -> int | None:
    return f.scale("stake_relationship")


def _breached_by_client(f: Facts) -> bool:
    return f.yes("breach") and f.choice("breach_by") in ("client", "both")


def _deadline_within(f: Facts, days: int) -> bool:
    deadline = f.days_until("deadline")
    return deadline is not None and deadline <= days


# The two axes of the dual concern model: concern for your outcome, concern for the relationship.
AXIS_RULES: tuple[Rule[Style], ...] = (
    Rule(
        "tactic.own_high",
        lambda f: (_own(f) or 0) >= 4,
        ((_CMP, 2), (_COL, 2), (_ACC, -1), (_AVO, -2)),
        _DUAL,
    ),
    Rule("tactic.own_mid", lambda f: _own(f) == 3, ((_COM, 1),), _DUAL),
    Rule(
        "tactic.own_low",
        lambda f: (_own(f) or 9) <= 2,
        ((_AVO, 2), (_ACC, 1), (_CMP, -2), (_COL, -1)),
        _DUAL,
    ),
    Rule(
        "tactic.rel_high",
        lambda f: (_rel(f) or 0) >= 4,
        ((_COL, 2), (_ACC, 2), (_AVO, -1), (_CMP, -2)),
        _DUAL,
    ),
    Rule("tactic.rel_mid", lambda f: _rel(f) == 3, ((_COM, 1),), _DUAL),
    Rule(
        "tactic.rel_low",
        lambda f: (_rel(f) or 9) <= 2,
        ((_CMP, 1), (_AVO, 1), (_ACC, -2), (_COL, -1)),
        _DUAL,
    ),
)

# When each style fits, after Thomas (1977) and Lewicki, Barry and Saunders (2015).
SITUATION_RULES: tuple[Rule[Style], ...] = (
    # Collaborate
    Rule(
        "tactic.both_vital",
        lambda f: (_own(f) or 0) >= 4 and (_rel(f) or 0) >= 4,
        ((_COL, 2), (_COM, -1)),
        _THOMAS,
    ),
    Rule(
        "tactic.long_term",
        lambda f: f.at_least("strategic_value", 4) or f.choice("take_again") == "yes",
        ((_COL, 1), (_ACC, 1)),
        _THOMAS,
    ),
    Rule("tactic.time_available", lambda f: f.at_most("time_pressure", 2), ((_COL, 1),), _THOMAS),
    Rule(
        "tactic.trust_ok",
        lambda f: f.trust_score is not None and f.trust_score >= 55,
        ((_COL, 1),),
        _LEWICKI,
    ),
    Rule(
        "tactic.trust_low",
        lambda f: f.trust_score is not None and f.trust_score < 35,
        ((_COL, -1),),
        _LEWICKI,
    ),
    Rule(
        "tactic.needs_compatible",
        lambda f: f.choice("needs_compatible") == "yes",
        ((_COL, 2),),
        _LEWICKI,
    ),
    Rule(
        "tactic.needs_exclusive",
        lambda f: f.choice("needs_compatible") == "no",
        ((_COM, 2), (_COL, -1)),
        _THOMAS,
    ),
    Rule(
        "tactic.high_stage",
        lambda f: f.stage is not None and f.stage >= 5,
        ((_COL, -2), (_ACC, -1)),
        _GLASL,
    ),
    # Compete
    Rule(
        "tactic.urgent",
        lambda f: f.at_least("time_pressure", 4),
        ((_CMP, 1), (_COM, 1), (_COL, -1), (_AVO, -1)),
        _THOMAS,
    ),
    Rule(
        "tactic.client_at_fault",
        lambda f: f.choice("fault") == "mostly_client",
        ((_CMP, 2), (_ACC, -2)),
        _THOMAS,
    ),
    Rule(
        "tactic.exploited",
        lambda f: f.yes("concessions_exploited"),
        ((_CMP, 2), (_ACC, -2), (_COL, -1)),
        _THOMAS,
    ),
    Rule("tactic.vital_outcome", lambda f: f.scale("stake_outcome") == 5, ((_CMP, 1),), _THOMAS),
    Rule(
        "tactic.threatened",
        lambda f: f.stage is not None and f.stage >= 6,
        ((_CMP, 1), (_AVO, -1)),
        _GLASL,
    ),
    Rule(
        "tactic.me_stronger",
        lambda f: f.choice("power_balance") == "me_stronger",
        ((_CMP, 1),),
        _LEWICKI,
    ),
    Rule(
        "tactic.client_stronger",
        lambda f: f.choice("power_balance") == "client_stronger",
        ((_CMP, -1), (_ACC, 1)),
        _LEWICKI,
    ),
    Rule("tactic.batna_strong", lambda f: f.choice("batna") == "strong", ((_CMP, 1),), _FISHER),
    Rule(
        "tactic.batna_weak", lambda f: f.choice("batna") == "weak", ((_CMP, -1), (_COM, 1)), _FISHER
    ),
    Rule(
        "tactic.client_breached",
        _breached_by_client,
        ((_CMP, 1), (_ACC, -1), (_AVO, -1)),
        _LEWICKI,
    ),
    # Accommodate
    Rule(
        "tactic.my_fault",
        lambda f: f.choice("fault") == "mostly_me",
        ((_ACC, 3), (_CMP, -3)),
        _THOMAS,
    ),
    Rule(
        "tactic.matters_more_to_client",
        lambda f: (
            f.scale("stake_client") is not None
            and f.scale("stake_outcome") is not None
            and (f.scale("stake_client") or 0) - (f.scale("stake_outcome") or 0) >= 2
        ),
        ((_ACC, 2),),
        _THOMAS,
    ),
    Rule(
        "tactic.harmony",
        lambda f: f.scale("stake_relationship") == 5,
        ((_ACC, 1),),
        _THOMAS,
    ),
    # Compromise
    Rule(
        "tactic.equal_power",
        lambda f: f.choice("power_balance") == "balanced",
        ((_COM, 1),),
        _THOMAS,
    ),
    Rule("tactic.shared_fault", lambda f: f.choice("fault") == "shared", ((_COM, 2),), _LEWICKI),
    Rule(
        "tactic.collaboration_failed",
        lambda f: f.choice("direct_attempts") == "several",
        ((_COM, 1), (_COL, -1)),
        _THOMAS,
    ),
    Rule(
        "tactic.deadline_close",
        lambda f: _deadline_within(f, 14),
        # Collaborating takes time that a close deadline does not leave.
        ((_COM, 1), (_AVO, -2), (_COL, -1)),
        _THOMAS,
    ),
    # Avoid
    Rule("tactic.cool_down", lambda f: f.at_least("emotions", 4), ((_AVO, 2),), _THOMAS),
    Rule(
        "tactic.need_information",
        lambda f: f.yes("missing_information"),
        ((_AVO, 1), (_CMP, -1)),
        _THOMAS,
    ),
    Rule("tactic.better_placed", lambda f: f.yes("better_placed"), ((_AVO, 2),), _THOMAS),
    Rule(
        "tactic.not_worth_it",
        lambda f: f.at_least("cost_to_serve", 4) and f.at_most("stake_outcome", 2),
        ((_AVO, 1),),
        _THOMAS,
    ),
    Rule(
        "tactic.money_at_stake",
        lambda f: _breached_by_client(f) and f.owed() > 0,
        ((_AVO, -2),),
        _LEWICKI,
    ),
)

RULES: tuple[Rule[Style], ...] = AXIS_RULES + SITUATION_RULES
_SITUATION_IDS = frozenset(rule.id for rule in SITUATION_RULES)
# A runner-up this many points behind the first style, or fewer, is worth reading too.
CLOSE_MARGIN = 1


@dataclass(frozen=True, slots=True)
class StyleScore:
    """One style with its total and every reason for and against it."""

    style: Style
    label: str
    score: int
    reasons_for: tuple[Reason, ...]
    reasons_against: tuple[Reason, ...]

    @property
    def fit(self) -> int:
        """The points from the rules on when each style fits: how well it suits the situation."""
        return sum(
            r.weight for r in self.reasons_for + self.reasons_against if r.code in _SITUATION_IDS
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the score as JSON-ready data."""
        return {
            "style": self.style.value,
            "label": self.label,
            "score": self.score,
            "fit": self.fit,
            "for": [reason.to_dict() for reason in self.reasons_for],
            "against": [reason.to_dict() for reason in self.reasons_against],
        }


@dataclass(frozen=True, slots=True)
class TacticResult:
    """The recommended style, the full ranking, and the opening moves of the written exchange."""

    ranking: tuple[StyleScore, ...]
    advice: str
    opening_moves: tuple[Move, ...]
    # Says when the first style is tied with others, or only just ahead, and why it comes first.
    note: str = ""
    tied_with: tuple[Style, ...] = ()

    @property
    def recommended(self) -> Style:
        """The style ranked first."""
        return self.ranking[0].style

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data."""
        return {
            "recommended": self.recommended.value,
            "label": self.ranking[0].label,
            "advice": self.advice,
            "note": self.note,
            "tied_with": [style.value for style in self.tied_with],
            "ranking": [score.to_dict() for score in self.ranking],
            "opening_moves": [move.to_dict() for move in self.opening_moves],
        }


def rank(facts: Facts) -> tuple[StyleScore, ...]:
    """Score the five styles and sort them.

    A tie goes to the style that fits the situation better (the points of SITUATION_RULES),
    then to the enum's order: settling together, then giving ground, then stepping back.
    """
    fired = fire(RULES, facts)
    order = list(Style)
    scores = []
    for style in Style:
        reasons = fired.get(style, [])
        scores.append(
            StyleScore(
                style=style,
                label=i18n.t(facts.lang, f"style.{style.value}"),
                score=sum(reason.weight for reason in reasons),
                reasons_for=tuple(r for r in reasons if r.weight > 0),
                reasons_against=tuple(r for r in reasons if r.weight < 0),
            )
        )
    return tuple(sorted(scores, key=lambda s: (-s.score, -s.fit, order.index(s.style))))


def _note(lang: str, ranking: tuple[StyleScore, ...]) -> tuple[str, tuple[Style, ...]]:
    """Say why the first style comes first when the runner-up is level with it or close."""
    first, second = ranking[0], ranking[1]
    tied = [s for s in ranking[1:] if s.score == first.score]
    if tied:
        others = i18n.join([i18n.lower_first(s.label) for s in tied], lang)
        params = {
            "first": first.label,
            "others": others,
            "score": i18n.format_signed(first.score, lang),
        }
        if first.fit > second.fit:
            text = i18n.t(
                lang,
                "tactic.tie.fit",
                first_fit=i18n.format_signed(first.fit, lang),
                second_fit=i18n.format_signed(second.fit, lang),
                **params,
            )
        else:
            order = i18n.join(
                [i18n.lower_first(i18n.t(lang, f"style.{s.value}")) for s in Style], lang
            )
            text = i18n.t(lang, "tactic.tie.order", order=order, **params)
        return text, tuple(s.style for s in tied)
    if first.score - second.score <= CLOSE_MARGIN:
        text = i18n.t(
            lang,
            "tactic.close",
            second=second.label,
            second_score=i18n.format_signed(second.score, lang),
            first_score=i18n.format_signed(first.score, lang),
        )
        return text, ()
    return "", ()


def assess_tactic(
    facts: Facts, opening_moves: tuple[Move, ...]
) -> tuple[TacticResult | None, Reason | None]:
    """Rank the five styles, or return why the tactic cannot be chosen."""
    lang = facts.lang
    if _own(facts) is None or _rel(facts) is None:
        return None, Reason("tactic.missing", i18n.t(lang, "unassessed.tactic"))
    ranking = rank(facts)
    advice = i18n.t(lang, f"style.advice.{ranking[0].style.value}")
    note, tied_with = _note(lang, ranking)
    return TacticResult(ranking, advice, opening_moves, note, tied_with), None
