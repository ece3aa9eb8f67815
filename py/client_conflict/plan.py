"""The action plan: ordered, dated steps, each linked to the page of the guide that helps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from . import i18n
from ._facts import Facts
from .derived import HIGH, OBJECTIONS_DAYS, STAGE_DESTRUCTIVE, STAGE_LOSS_OF_FACE, STAGE_THREATS
from .escalation import EscalationResult
from .law.letters import notice_days
from .law.routes import AMICABLE_ROUTES, COURT_ROUTES
from .law.types import Jurisdiction
from .messages_verdict import t as route_name
from .model import Decision, Style
from .relationship import RelationshipResult
from .trust import TrustResult

__all__ = ["MEDIATION_FIRST_STAGE", "STEPS", "PlanStep", "StepSpec", "make_plan"]


@dataclass(frozen=True, slots=True)
class StepSpec:
    """A kind of step: when it is due (days after today), its rank on a tie, and its page."""

    key: str
    offset: int
    rank: int
    link: str


STEPS: Mapping[str, StepSpec] = {
    spec.key: spec
    for spec in (
        StepSpec("cool_down", 1, 0, "steps/4-cooperation/"),
        StepSpec("describe", 2, 1, "steps/1-describe/"),
        StepSpec("summary", 3, 2, "templates/situation/"),
        StepSpec("batna", 3, 3, "models/principled-negotiation/"),
        StepSpec("information", 4, 3, "steps/2-sources/"),
        StepSpec("decision_maker", 5, 3, "steps/6-impediments/"),
        StepSpec("opening", 5, 4, "templates/opening-message/"),
        StepSpec("trust", 7, 5, "steps/5-trust/"),
        StepSpec("reminder", 7, 6, "templates/payment-reminder/"),
        StepSpec("lawyer", 7, 6, "steps/8-third-party/"),
        StepSpec("formal_notice", 10, 7, "steps/8-third-party/"),
        StepSpec("court", 14, 7, "steps/8-third-party/"),
        StepSpec("mediation", 14, 7, "templates/mediation-proposal/"),
        StepSpec("renegotiate", 21, 8, "steps/7-negotiate/"),
        StepSpec("exit", 30, 8, "steps/7-negotiate/"),
        StepSpec("review", 30, 9, "diagnostic/"),
    )
}
# In the last stages, from this one, the lawyer comes first.
LAWYER_FIRST_STAGE = 8
URGENT_LAWYER_OFFSET = 2
# From this stage (loss of face), mediation is proposed with the opening message, not after it.
MEDIATION_FIRST_STAGE = 5
# A step's parameters may name the catalog sentence to use instead of ``plan.<key>``.
_TEXT = "_text"
# The opening step's parameter that asks for specific objections by a date: that date is the
# step's own due date plus ``OBJECTIONS_DAYS``, and a formal notice waits until it has passed.
_OBJECTIONS = "_objections"
# A step's own offset in days from today, when the case dates it (the court step, from the day the
# formal notice was sent).
_OFFSET = "_offset"


@dataclass(frozen=True, slots=True)
class PlanStep:
    """One step of the plan."""

    key: str
    text: str
    due: dt.date | None
    due_text: str
    link: str

    def to_dict(self) -> dict[str, Any]:
        """Return the step as JSON-ready data."""
        return {
            "key": self.key,
            "text": self.text,
            "due": None if self.due is None else self.due.isoformat(),
            "due_text": self.due_text,
            "link": self.link,
        }


def make_plan(
    facts: Facts,
    trust: TrustResult | None,
    escalation: EscalationResult | None,
    style: Style | None,
    relationship: RelationshipResult | None,
) -> tuple[PlanStep, ...]:
    """Choose the steps that fit the case, date them from today, and order them."""
    lang = facts.lang
    chosen: dict[str, dict[str, object]] = {}
    stage = escalation.stage if escalation else None
    owed = facts.owed()
    client_breached = facts.client_breached

    if facts.at_least("emotions", HIGH) or (stage or 0) >= STAGE_LOSS_OF_FACE:
        chosen["cool_down"] = {}
    if len(facts.case.timeline) < 3 or not facts.case.narrative.strip():
        chosen["describe"] = {}
    chosen["summary"] = {}
    if facts.choice("batna") in (None, "weak", "unknown"):
        chosen["batna"] = {}
    if facts.yes("missing_information"):
        chosen["information"] = {}
    if facts.no("decision_maker_reached"):
        chosen["decision_maker"] = {}
    if style is not None and (stage or 0) <= STAGE_THREATS and not facts.yes("formal_notice_sent"):
        if style is Style.AVOID:
            # Stepping back means not opening the negotiation yet, only saying when you will.
            chosen["opening"] = {_TEXT: "plan.hold_off"}
        else:
            chosen["opening"] = {"style": i18n.lower_first(i18n.t(lang, f"style.{style.value}"))}
            approval = facts.approval_disputed
            if approval is not None and facts.no("client_position_stated"):
                # A vague complaint against a written approval: quote it and ask for specific
                # objections by a date, with a call (the opening moves say the same).
                chosen["opening"].update(
                    {
                        _TEXT: "plan.opening.objections",
                        _OBJECTIONS: True,
                        "approved": i18n.format_date(approval.date, lang),
                    }
                )
    leaving = relationship is not None and relationship.decision is Decision.EXIT
    # Rebuilding trust is pointless once you have decided to leave or the fight turns destructive.
    if trust is not None and not leaving and (stage or 0) < STAGE_DESTRUCTIVE:
        first_action = trust.actions[0].text if trust.actions else ""
        levers = i18n.join([i18n.t(lang, f"trust.lever.{key}") for key in trust.levers], lang)
        chosen["trust"] = {"levers": levers, "action": first_action}
    if facts.has("sources", "payment") and owed > 0 and not facts.yes("formal_notice_sent"):
        _chase_payment(facts, owed, client_breached, chosen)
    if escalation is not None and escalation.time_for_mediator:
        chosen["mediation"] = {}
    if (escalation is not None and escalation.time_for_lawyer) or facts.legal:
        chosen["lawyer"] = {_TEXT: "plan.lawyer_small"} if facts.small_stake else {}
    if facts.has("sources", "payment") and owed > 0 and facts.yes("formal_notice_sent"):
        _after_notice(facts, owed, client_breached, chosen)
    if relationship is not None and relationship.decision is Decision.RENEGOTIATE:
        chosen["renegotiate"] = {}
    if relationship is not None and relationship.decision is Decision.EXIT:
        chosen["exit"] = {}
    chosen["review"] = {}

    deadline = facts.days_until("deadline")
    objections = chosen.get("opening", {}).get(_OBJECTIONS) is True
    steps = []
    for key, params in chosen.items():
        spec = STEPS[key]
        dated = params.pop(_OFFSET, None)
        offset, rank = dated if isinstance(dated, int) else spec.offset, spec.rank
        if key == "formal_notice" and objections:
            # The notice waits for the date given to the client to name their objections.
            offset = max(offset, STEPS["opening"].offset + OBJECTIONS_DAYS + 1)
        if key == "lawyer" and (stage or 0) >= LAWYER_FIRST_STAGE:
            offset = URGENT_LAWYER_OFFSET
        if key == "summary" and (stage or 0) >= LAWYER_FIRST_STAGE:
            # The lawyer will need the summary, so it comes first.
            offset = URGENT_LAWYER_OFFSET - 1
        if key == "mediation" and (stage or 0) >= MEDIATION_FIRST_STAGE:
            # From loss of face on, talks alone rarely work: propose mediation with the opening.
            offset, rank = STEPS["opening"].offset, STEPS["opening"].rank + 1
        if deadline is not None and key != "review":
            # Everything but the review must happen before the deadline.
            offset = max(0, min(offset, int(deadline) - 1))
        due = facts.today + dt.timedelta(days=offset)
        text_key = str(params.pop(_TEXT, f"plan.{key}"))
        if params.pop(_OBJECTIONS, False):
            params["date"] = i18n.format_date(due + dt.timedelta(days=OBJECTIONS_DAYS), lang)
        steps.append((offset, rank, key, due, i18n.t(lang, text_key, **params)))
    steps.sort(key=lambda item: (item[0], item[1], item[2]))
    return tuple(
        PlanStep(
            key=key,
            text=text,
            due=due,
            due_text=i18n.t(lang, "plan.due", date=i18n.format_date(due, lang)),
            link=STEPS[key].link,
        )
        for _, _, key, due, text in steps
    )


def _after_notice(
    facts: Facts, owed: float, client_breached: bool, chosen: dict[str, dict[str, object]]
) -> None:
    """After a formal notice: the court procedure the reader can start alone, once its deadline
    has passed, and the amicable way out that stays open; none when a lawyer is already in the
    plan, the contract broken is the reader's, or all that is owed is disputed and not claimed."""
    if not client_breached or "lawyer" in chosen:
        return
    disputed = 0.0 if facts.disputed_claimed else min(facts.disputed(), owed)
    if disputed >= owed:
        return
    law, lang = facts.legal_reading, facts.lang
    params: dict[str, object] = {
        "amount": i18n.format_amount(owed - disputed, lang, facts.currency()),
    }
    open_ids = {route.id for route in law.routes}
    court = next((rid for rid in COURT_ROUTES if rid in open_ids), None)
    amicable = next((route.id for route in law.routes if route.id in AMICABLE_ROUTES), None)
    if court is None:
        params[_TEXT] = "plan.court.unknown"
    else:
        params["court"] = route_name(lang, f"route.short.{court.value}")
        params[_TEXT] = "plan.court"
        if amicable is not None:
            params[_TEXT] = "plan.court.amicable"
            params["amicable"] = route_name(lang, f"route.short.{amicable.value}")
    sent = law.setting.formal_notice
    if sent is not None:
        # The day after the notice's deadline, or today when it has passed.
        expiry = sent + dt.timedelta(days=notice_days(law) + 1)
        params[_OFFSET] = max(0, (expiry - facts.today).days)
    chosen["court"] = params


def _chase_payment(
    facts: Facts, owed: float, client_breached: bool, chosen: dict[str, dict[str, object]]
) -> None:
    """Choose how to ask for the money: formal notice, reminder, or none while all is disputed."""
    lang = facts.lang
    # The disputed part is chased with the rest when the reader holds the objection unfounded
    # against a written approval (``derived.disputed_claimed``), as the legal layer's letters do;
    # otherwise the notice names the undisputed part, and when all of it is disputed and the
    # reader concedes some ground, there is no notice to send: it belongs to the negotiation.
    disputed = 0.0 if facts.disputed_claimed else min(facts.disputed(), owed)
    conceded = facts.choice("fault") in ("mostly_me", "shared")
    several = facts.choice("direct_attempts") == "several"
    if several and client_breached and (disputed < owed or not conceded):
        claim = owed - disputed if disputed < owed else owed
        chosen["formal_notice"] = {
            _TEXT: notice_text(facts.legal_reading.forum),
            "amount": i18n.format_amount(claim, lang, facts.currency()),
        }
        return
    if facts.choice("fault") == "mostly_me":
        # When the fault is yours, chasing with penalties before putting it right backfires.
        chosen["reminder"] = {
            _TEXT: "plan.reminder_after_fix",
            "amount": i18n.format_amount(owed, lang, facts.currency()),
        }
        return
    if disputed >= owed:
        return  # Everything is disputed: the money belongs to the negotiation, not to a reminder.
    if disputed > 0:
        chosen["reminder"] = {
            _TEXT: "plan.reminder_undisputed",
            "amount": i18n.format_amount(owed - disputed, lang, facts.currency()),
            "disputed": i18n.format_amount(disputed, lang, facts.currency()),
        }
        return
    chosen["reminder"] = {"amount": i18n.format_amount(owed, lang, facts.currency())}


def notice_terms(forum: Jurisdiction | None) -> str | None:
    """Whose words name the formal notice where the client can be sued: ``fr`` (mise en
    demeure), ``england_wales`` (letter before claim), ``uk`` (Scotland and Northern Ireland:
    letter before action), ``us`` (demand letter), or None when the forum is unknown."""
    if forum is None:
        return None
    if forum is Jurisdiction.FR:
        return "fr"
    if forum is Jurisdiction.ENGLAND_WALES:
        return "england_wales"
    return "uk" if forum.uk else "us"


def notice_text(forum: Jurisdiction | None) -> str:
    """The plan's formal-notice sentence for where the client can be sued: a French mise en
    demeure goes by lettre recommandée avec avis de réception; an English letter before claim by
    post, and by email as well where the parties write by email (Pre-Action Protocol for Debt
    Claims); a Scottish or Northern Irish letter before action by post; a US demand letter by
    certified mail, return receipt requested. Unknown: a way that proves it arrived."""
    terms = notice_terms(forum)
    return "plan.formal_notice" if terms is None else f"plan.formal_notice.{terms}"
