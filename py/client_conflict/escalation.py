"""Escalation on Glasl's nine stages, from observed behaviour, and the third party it calls for."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import i18n
from ._facts import Facts
from .derived import STAGE_DESTRUCTIVE, STAGE_EARLY_TOP, STAGE_THREATS
from .model import Level, Reason, ThirdParty

__all__ = [
    "LEVELS",
    "MEDIATOR_STAGES",
    "OWN_SIGNS",
    "SIGNS",
    "THIRD_PARTIES",
    "EscalationResult",
    "assess_escalation",
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
# The stage the reader's own behaviour (an option of ``own_signs``) reveals: Glasl describes
# escalation on both sides, and a stage is reached when either side behaves that way.
OWN_SIGNS: Mapping[str, int] = {
    "digging_in": 1,
    "arguing_to_win": 2,
    "acted_alone": 3,
    "seeking_allies": 4,
    "questioned_integrity": 5,
    "counter_ultimatum": 6,
    "retaliate": 7,
}
# Highest stage of each of Glasl's three levels.
LEVELS: tuple[tuple[int, Level], ...] = (
    (STAGE_EARLY_TOP, Level.WIN_WIN),
    (STAGE_THREATS, Level.WIN_LOSE),
    (9, Level.LOSE_LOSE),
)
# Highest stage each kind of outside help still suits.
THIRD_PARTIES: tuple[tuple[int, ThirdParty], ...] = (
    (2, ThirdParty.SELF_HELP),
    (STAGE_EARLY_TOP, ThirdParty.FACILITATION),
    (STAGE_THREATS, ThirdParty.MEDIATION),
    (STAGE_DESTRUCTIVE, ThirdParty.ARBITRATION),
    (9, ThirdParty.LEGAL),
)
MEDIATOR_STAGES = range(STAGE_EARLY_TOP + 1, STAGE_DESTRUCTIVE + 1)
LAWYER_FROM_STAGE = STAGE_DESTRUCTIVE


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
    # The money at stake is too small for a lawyer's fees: the free routes come first.
    small_stake: bool = False

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
            "small_stake": self.small_stake,
        }


def level_of(stage: int) -> Level:
    """Return Glasl's level (win-win, win-lose, lose-lose) of a stage."""
    return next(level for top, level in LEVELS if stage <= top)


def third_party_for(stage: int) -> ThirdParty:
    """Return the outside help that suits a stage."""
    return next(party for top, party in THIRD_PARTIES if stage <= top)


# A move of your own that the client has not matched starts the next stage, no more: the stage
# belongs to the exchange, and one side's over-reaction does not place it alone.
OWN_LEAD = 1


def _stage(seen: list[tuple[int, str, str]]) -> int:
    theirs = [s for s, side, _ in seen if side == "sign"]
    mine = [s for s, side, _ in seen if side == "own"]
    if not theirs:
        return max(mine)
    top = max(theirs)
    return max(top, min(max(mine, default=top), top + OWN_LEAD))


def assess_escalation(facts: Facts) -> tuple[EscalationResult | None, Reason | None]:
    """Place the conflict on Glasl's stages, or return why it cannot be placed."""
    lang = facts.lang
    if not facts.answered("escalation_signs") and not facts.answered("own_signs"):
        return None, Reason("escalation.missing", i18n.t(lang, "unassessed.escalation"))
    seen = [(SIGNS[sign], "sign", sign) for sign in facts.ticked("escalation_signs")]
    seen += [(OWN_SIGNS[sign], "own", sign) for sign in facts.ticked("own_signs")]
    if seen:
        stage = _stage(seen)
        reasons = tuple(
            Reason(
                f"escalation.{side}.{sign}",
                i18n.t(
                    lang,
                    "escalation.seen" if side == "sign" else "escalation.seen_own",
                    sign=i18n.t(lang, f"escalation.{side}.{sign}"),
                    stage=s,
                ),
                s,
            )
            for s, side, sign in sorted(seen, key=lambda x: (-x[0], x[1], x[2]))
        )
    else:
        stage = 1
        reasons = (Reason("escalation.none", i18n.t(lang, "escalation.none"), 1),)
    legal, legal_reasons = facts.legal, facts.legal_reasons
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
        small_stake=facts.small_stake,
    )
    return result, None
