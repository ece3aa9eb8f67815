"""Escalation on Glasl's nine stages, from observed behaviour, and the third party it calls for."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import i18n
from ._facts import Facts
from .model import Level, Reason, ThirdParty

__all__ = [
    "LEVELS",
    "MEDIATOR_STAGES",
    "SIGNIFICANT_AMOUNT",
    "SIGNS",
    "THIRD_PARTIES",
    "EscalationResult",
    "assess_escalation",
    "legal_route",
]

# The stage each observed behaviour (an option of ``escalation_signs``) reveals.
SIGNS: Mapping[str, int] = {
    "positions_harden": 1,
    "polemics": 2,
    "acts_alone": 3,
    "silence": 3,
    "allies": 4,
    "loss_of_face": 5,
    "threats": 6,
    "limited_harm": 7,
    "ruin": 8,
    "abyss": 9,
}
# Highest stage of each of Glasl's three levels.
LEVELS: tuple[tuple[int, Level], ...] = (
    (3, Level.WIN_WIN),
    (6, Level.WIN_LOSE),
    (9, Level.LOSE_LOSE),
)
# Highest stage each kind of outside help still suits.
THIRD_PARTIES: tuple[tuple[int, ThirdParty], ...] = (
    (2, ThirdParty.SELF_HELP),
    (3, ThirdParty.FACILITATION),
    (6, ThirdParty.MEDIATION),
    (7, ThirdParty.ARBITRATION),
    (9, ThirdParty.LEGAL),
)
MEDIATOR_STAGES = range(4, 8)
LAWYER_FROM_STAGE = 7
# From this amount owed (in euros), a broken contract justifies legal advice on its own.
SIGNIFICANT_AMOUNT = 1500


@dataclass(frozen=True, slots=True)
class EscalationResult:
    """The stage reached, why, and which outside help fits it."""

    stage: int
    level: Level
    stage_label: str
    reasons: tuple[Reason, ...]
    third_party: ThirdParty
    third_party_label: str
    time_for_mediator: bool
    time_for_lawyer: bool
    legal_route: bool
    legal_reasons: tuple[Reason, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data."""
        return {
            "stage": self.stage,
            "level": self.level.value,
            "stage_label": self.stage_label,
            "reasons": [reason.to_dict() for reason in self.reasons],
            "third_party": self.third_party.value,
            "third_party_label": self.third_party_label,
            "time_for_mediator": self.time_for_mediator,
            "time_for_lawyer": self.time_for_lawyer,
            "legal_route": self.legal_route,
            "legal_reasons": [reason.to_dict() for reason in self.legal_reasons],
        }


def level_of(stage: int) -> Level:
    """Return Glasl's level (win-win, win-lose, lose-lose) of a stage."""
    return next(level for top, level in LEVELS if stage <= top)


def third_party_for(stage: int) -> ThirdParty:
    """Return the outside help that suits a stage."""
    return next(party for top, party in THIRD_PARTIES if stage <= top)


def legal_route(facts: Facts) -> tuple[bool, tuple[Reason, ...]]:
    """Whether a broken contract calls for legal advice whatever the stage, and why."""
    lang = facts.lang
    # A breach of your own, or a fault you share, calls for talks before lawyers.
    if not facts.yes("breach") or facts.choice("breach_by") == "me":
        return False, ()
    if facts.choice("fault") in ("mostly_me", "shared"):
        return False, ()
    found = facts.money
    owed = None if found is None else found.owed
    reasons = [Reason("legal.breach", i18n.t(lang, "legal.breach"))]
    # The threshold is in euros; other currencies wait for the legal layer's own figures.
    if (
        found is not None
        and owed is not None
        and found.currency == "EUR"
        and owed >= SIGNIFICANT_AMOUNT
    ):
        reasons.append(
            Reason(
                "legal.amount",
                i18n.t(
                    lang,
                    "legal.amount",
                    amount=i18n.format_amount(owed, lang),
                    threshold=i18n.format_amount(SIGNIFICANT_AMOUNT, lang),
                ),
            )
        )
    else:
        return False, ()
    if facts.choice("direct_attempts") in ("one", "several"):
        reasons.append(Reason("legal.attempts", i18n.t(lang, "legal.attempts")))
    elif facts.yes("formal_notice_sent"):
        reasons.append(Reason("legal.notice", i18n.t(lang, "legal.notice")))
    else:
        return False, ()
    return True, tuple(reasons)


def assess_escalation(facts: Facts) -> tuple[EscalationResult | None, Reason | None]:
    """Place the conflict on Glasl's stages, or return why it cannot be placed."""
    lang = facts.lang
    if not facts.answered("escalation_signs"):
        return None, Reason("escalation.missing", i18n.t(lang, "unassessed.escalation"))
    seen = [(SIGNS[sign], sign) for sign in facts.ticked("escalation_signs")]
    if seen:
        stage = max(s for s, _ in seen)
        reasons = tuple(
            Reason(
                f"escalation.sign.{sign}",
                i18n.t(
                    lang, "escalation.seen", sign=i18n.t(lang, f"escalation.sign.{sign}"), stage=s
                ),
                s,
            )
            for s, sign in sorted(seen, reverse=True)
        )
    else:
        stage = 1
        reasons = (Reason("escalation.none", i18n.t(lang, "escalation.none"), 1),)
    legal, legal_reasons = legal_route(facts)
    party = third_party_for(stage)
    if legal and party is not ThirdParty.LEGAL:
        party = ThirdParty.LEGAL
    result = EscalationResult(
        stage=stage,
        level=level_of(stage),
        stage_label=i18n.t(lang, f"escalation.stage.{stage}"),
        reasons=reasons,
        third_party=party,
        third_party_label=i18n.t(lang, f"third_party.{party.value}"),
        time_for_mediator=stage in MEDIATOR_STAGES,
        time_for_lawyer=stage >= LAWYER_FROM_STAGE or legal,
        legal_route=legal,
        legal_reasons=legal_reasons,
    )
    return result, None
