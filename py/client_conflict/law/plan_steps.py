"""The legal deadlines the action plan carries: each invoice's limitation date, near or past."""

from __future__ import annotations

from client_conflict import i18n
from client_conflict.plan import STEPS, PlanStep

from .assess import LawAssessment
from .clocks import ClockStatus
from .messages import t

__all__ = ["PLAN_HORIZON_DAYS", "legal_deadline_steps"]

# A limitation deadline joins the plan when it falls within this many days.
PLAN_HORIZON_DAYS = 365


def legal_deadline_steps(law: LawAssessment, lang: str) -> tuple[PlanStep, ...]:
    """Plan steps for the limitation deadlines of the coming year, and for any already past."""
    steps = []
    link = STEPS["formal_notice"].link  # the guide's step on third parties and the courts
    for clock in law.clocks:
        if clock.deadline is None:
            continue
        number = clock.number or t(lang, "table.unknown")
        if clock.status is ClockStatus.PAST:
            day = law.today
            text = t(
                lang,
                "plan.limitation_past",
                number=number,
                date=i18n.format_date(clock.deadline, lang),
            )
        elif (clock.deadline - law.today).days <= PLAN_HORIZON_DAYS:
            day = clock.deadline
            text = t(lang, "plan.limitation", number=number)
        else:
            continue
        steps.append(
            PlanStep(
                key="limitation",
                text=text,
                due=day,
                due_text=i18n.t(lang, "plan.due", date=i18n.format_date(day, lang)),
                link=link,
            )
        )
    return tuple(steps)
