"""The whole assessment of a case: every analysis, its reasons, and what could not be assessed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import i18n
from ._facts import Facts
from .balance import BalanceResult, assess_balance
from .basis import Basis, basis
from .case import Analysis, Case, load_case
from .conflict import ConflictResult, assess_conflict
from .errors import CaseError, check_lang
from .escalation import EscalationResult, assess_escalation
from .law.assess import LawAssessment
from .law.engine import case_letters
from .law.letters import Letter
from .law.plan_steps import legal_deadline_steps
from .model import Decision, Reason, Style
from .moves import opening_moves
from .plan import PlanStep, make_plan
from .relationship import RelationshipResult, assess_relationship
from .tactic import TacticResult, assess_tactic
from .timeline import TimelineResult, assess_timeline
from .trust import TrustResult, actions_for, assess_trust

__all__ = ["Assessment", "assess"]


@dataclass(frozen=True, slots=True)
class Assessment:
    """Every result for one case, in one language; a part is None when it could not be assessed."""

    lang: str
    today: dt.date
    client: str
    engine_version: str
    summary: tuple[str, ...]
    trust: TrustResult | None
    tactic: TacticResult | None
    escalation: EscalationResult | None
    conflict: ConflictResult | None
    balance: BalanceResult | None
    relationship: RelationshipResult | None
    timeline: TimelineResult | None
    plan: tuple[PlanStep, ...]
    legal_route: bool
    unassessed: tuple[Reason, ...]
    law: LawAssessment | None = None
    letters: tuple[Letter, ...] = ()
    # The case's last kept analysis, for "what changed since"; None on a first analysis.
    previous: Analysis | None = None
    # How many questions the result rests on (answered of shown, and on the quick path).
    basis: Basis | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the assessment as JSON-ready data (dates as ISO strings, enums as values)."""
        return {
            "engine_version": self.engine_version,
            "lang": self.lang,
            "today": self.today.isoformat(),
            "client": self.client,
            "summary": list(self.summary),
            "trust": None if self.trust is None else self.trust.to_dict(),
            "tactic": None if self.tactic is None else self.tactic.to_dict(),
            "escalation": None if self.escalation is None else self.escalation.to_dict(),
            "conflict": None if self.conflict is None else self.conflict.to_dict(),
            "balance": None if self.balance is None else self.balance.to_dict(),
            "relationship": None if self.relationship is None else self.relationship.to_dict(),
            "timeline": None if self.timeline is None else self.timeline.to_dict(),
            "plan": [step.to_dict() for step in self.plan],
            "legal_route": self.legal_route,
            "law": None
            if self.law is None
            else {**self.law.to_dict(), "letters": [letter.to_dict() for letter in self.letters]},
            "unassessed": [
                {"part": reason.code.split(".")[0], "code": reason.code, "reason": reason.text}
                for reason in self.unassessed
            ],
        }


def _summary(
    lang: str,
    trust: TrustResult | None,
    tactic: TacticResult | None,
    escalation: EscalationResult | None,
    relationship: RelationshipResult | None,
) -> tuple[str, ...]:
    lines = []
    if trust is not None:
        score = i18n.format_number(round(trust.score), lang)
        lines.append(i18n.t(lang, "summary.trust", score=score, band=trust.band_label))
    if tactic is not None:
        style = i18n.lower_first(tactic.ranking[0].label)
        if tactic.tied_with:
            others = i18n.join(
                [i18n.lower_first(i18n.t(lang, f"style.{s.value}")) for s in tactic.tied_with],
                lang,
            )
            lines.append(i18n.t(lang, "summary.tactic_tied", style=style, others=others))
        else:
            lines.append(i18n.t(lang, "summary.tactic", style=style))
    if escalation is not None:
        lines.append(
            i18n.t(
                lang,
                "summary.escalation",
                stage=escalation.stage,
                label=escalation.stage_label,
                help=escalation.third_party_label,
            )
        )
    if relationship is not None:
        lines.append(
            i18n.t(
                lang,
                "summary.relationship",
                decision=i18n.lower_first(relationship.ranking[0].label),
            )
        )
    if (escalation is not None and escalation.time_for_lawyer) or (
        relationship is not None and relationship.legal_route
    ):
        small = escalation is not None and escalation.small_stake
        lines.append(i18n.t(lang, "summary.lawyer_small" if small else "summary.lawyer"))
    elif escalation is not None and escalation.time_for_mediator:
        lines.append(i18n.t(lang, "summary.mediator"))
    return tuple(lines)


def _with_legal_deadlines(
    plan: tuple[PlanStep, ...], law: LawAssessment, lang: str
) -> tuple[PlanStep, ...]:
    """Put each invoice's limitation deadline among the plan's dates, where its date falls."""
    steps = list(plan)
    for step in legal_deadline_steps(law, lang):
        day = step.due or law.today
        later = [i for i, old in enumerate(steps) if old.due is not None and old.due > day]
        steps.insert(later[0] if later else len(steps), step)
    return tuple(steps)


def assess(
    case: Mapping[str, Any] | Case, lang: str = "fr", *, today: dt.date | None = None
) -> Assessment:
    """Assess a case (a Case or the parsed JSON of a case file) in ``lang``.

    ``today`` dates the plan and the timeline; None means the system date. Raises CaseError.
    """
    from . import __version__  # noqa: PLC0415  # read at call time: the package sets it last

    lang = check_lang(lang)
    if today is None:
        today = dt.date.today()  # noqa: DTZ011  # the reader's own calendar day is what they mean
    elif not isinstance(today, dt.date):
        raise CaseError("today", "wrong_type", expected="date", found=type(today).__name__)
    # Validate again with today: it also refuses timeline dates too far in the future.
    data = case.to_dict() if isinstance(case, Case) else case
    checked = load_case(data, today=today)

    facts = Facts.build(checked, lang, today)
    unassessed: list[Reason] = []

    def keep(result: tuple[Any, Reason | None]) -> Any:
        value, missing = result
        if missing is not None:
            unassessed.append(missing)
        return value

    if facts.breach_side == "unknown":
        # Nobody's breach until the reader says whose: the analyses leave it aside alike.
        unassessed.append(Reason("breach.unattributed", i18n.t(lang, "unassessed.breach_by")))
    timeline: TimelineResult | None = keep(assess_timeline(facts))
    # Escalation comes first because trust reads the stage; the parts are still reported in order.
    placed = assess_escalation(facts)
    staged = facts if placed[0] is None else dataclasses.replace(facts, stage=placed[0].stage)
    trust: TrustResult | None = keep(assess_trust(staged))
    escalation: EscalationResult | None = keep(placed)
    balance: BalanceResult | None = keep(assess_balance(facts))
    in_client = None if trust is None else trust.in_client
    facts = dataclasses.replace(
        facts,
        trust_score=None if trust is None else trust.score,
        trust_in_client=in_client,
        stage=None if escalation is None else escalation.stage,
        balance=None if balance is None else balance.value,
    )
    conflict: ConflictResult | None = keep(assess_conflict(facts))
    moves = opening_moves(facts, timeline)
    tactic: TacticResult | None = keep(assess_tactic(facts, moves))
    relationship: RelationshipResult | None = keep(assess_relationship(facts))
    style = None if tactic is None else tactic.recommended
    leaving = relationship is not None and relationship.decision is Decision.EXIT
    if trust is not None:
        # "What to do first" follows the tactic: no courting a client you stand firm against.
        trust = actions_for(trust, lang, style in (Style.COMPETE, Style.AVOID) or leaving)
    plan = make_plan(facts, trust, escalation, style, relationship)
    law = facts.legal_reading
    return Assessment(
        lang=lang,
        today=today,
        client=checked.client,
        engine_version=__version__,
        summary=_summary(lang, trust, tactic, escalation, relationship),
        trust=trust,
        tactic=tactic,
        escalation=escalation,
        conflict=conflict,
        balance=balance,
        relationship=relationship,
        timeline=timeline,
        plan=_with_legal_deadlines(plan, law, lang),
        legal_route=facts.legal,
        unassessed=tuple(unassessed),
        law=law,
        letters=case_letters(checked, law),
        previous=checked.analyses[-1] if checked.analyses else None,
        basis=basis(checked.answers),
    )
