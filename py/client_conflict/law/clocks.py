"""The clocks: by when each invoice must be claimed in court before it is time-barred.

The period runs from the due date (or, for a French consumer, from the invoice, the earlier and
safer start) and starts again from the last part payment, which acknowledges the debt everywhere
the engine covers. A formal notice does not stop it in France (art. 2240-2244 C. civ. list what
does: acknowledgment, a claim in court, an enforcement measure).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from .data import figure, figure_amount
from .types import ClientStatus, Invoice, Jurisdiction, Setting

__all__ = ["WARN_DAYS", "Clock", "ClockStatus", "limitation"]

WARN_DAYS = 90


class ClockStatus(enum.Enum):
    """Where an invoice stands against its clock."""

    RUNNING = "running"
    SOON = "soon"  # WARN_DAYS or fewer left
    PAST = "past"
    UNKNOWN = "unknown"


INTERRUPTS = {
    "fr": "art. 2240 C. civ. (the debtor's acknowledgment, a part payment included), art. 2241"
    " (a claim in court, an injonction de payer included), art. 2244 (an enforcement measure);"
    " a mise en demeure does not interrupt it; a new period of the same length then starts"
    " (art. 2231)",
    "england_wales": "Limitation Act 1980 ss.29(5) and 30: a written, signed acknowledgment or a"
    " part payment starts the period again; issuing the claim stops it",
    "northern_ireland": "Limitation (Northern Ireland) Order 1989: a written acknowledgment or a"
    " part payment starts the period again; issuing the claim stops it",
    "scotland": "Prescription and Limitation (Scotland) Act 1973 ss.9-10: a relevant claim (court"
    " action) or a relevant acknowledgment (part payment, or an unequivocal written admission)"
    " interrupts it and a new five years starts",
    "us": "in most states a written acknowledgment or a part payment restarts the period (New"
    " York: General Obligations Law §17-101, written acknowledgment); filing suit stops it;"
    " check your state",
}


@dataclass(frozen=True, slots=True)
class Clock:
    """An invoice's limitation period."""

    number: str | None
    jurisdiction: Jurisdiction | None
    years: int | None
    start: dt.date | None
    deadline: dt.date | None
    status: ClockStatus
    days_left: int | None
    source: str
    interrupts: str
    restarted_by_payment: bool
    verified: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "number": self.number,
            "jurisdiction": self.jurisdiction.value if self.jurisdiction else None,
            "years": self.years,
            "start": self.start.isoformat() if self.start else None,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "status": self.status.value,
            "days_left": self.days_left,
            "source": self.source,
            "interrupts": self.interrupts,
            "restarted_by_payment": self.restarted_by_payment,
            "verified": self.verified,
        }


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February, in a year that has none
        return dt.date(day.year + years, 2, 28)


def _period_figure(jurisdiction: Jurisdiction, setting: Setting) -> str | None:
    status = setting.client_status
    oral = setting.written_contract is not True  # unknown: the shorter, safer period
    if jurisdiction is Jurisdiction.FR:
        if status is ClientStatus.CONSUMER:
            return "fr.limitation_consumer"
        return "fr.limitation_commercial" if status is not None else "fr.limitation_general"
    return {
        Jurisdiction.ENGLAND_WALES: "ew.limitation_contract",
        Jurisdiction.NORTHERN_IRELAND: "ni.limitation_contract",
        Jurisdiction.SCOTLAND: "sc.prescription_contract",
        Jurisdiction.US_NY: "us-ny.limitation_contract",
        Jurisdiction.US_CA: "us-ca.limitation_oral" if oral else "us-ca.limitation_written",
        Jurisdiction.US_TX: "us-tx.limitation_debt",
        Jurisdiction.US_FL: "us-fl.limitation_oral" if oral else "us-fl.limitation_written",
        Jurisdiction.US_IL: "us-il.limitation_oral" if oral else "us-il.limitation_written",
    }.get(jurisdiction)


def _interrupts(jurisdiction: Jurisdiction) -> str:
    return INTERRUPTS["us" if jurisdiction.us else jurisdiction.value]


def limitation(
    invoice: Invoice, jurisdiction: Jurisdiction | None, setting: Setting, today: dt.date
) -> Clock:
    """The invoice's limitation period under ``jurisdiction`` and where it stands on ``today``."""
    due = invoice.due or invoice.issued
    figure_id = _period_figure(jurisdiction, setting) if jurisdiction else None
    if jurisdiction is None or figure_id is None or due is None:
        interrupts = _interrupts(jurisdiction) if jurisdiction else ""
        return Clock(
            invoice.number,
            jurisdiction,
            None,
            None,
            None,
            ClockStatus.UNKNOWN,
            None,
            "check your state" if jurisdiction else "",
            interrupts,
            False,
            False,
        )
    period = figure(figure_id)
    years = int(figure_amount(figure_id))
    start = due
    if jurisdiction is Jurisdiction.FR and setting.client_status is ClientStatus.CONSUMER:
        # Courts may count from the invoice or the end of the work: the earlier date is safer.
        start = min(due, invoice.issued or due)
    later = [payment.date for payment in invoice.payments if payment.date > start]
    restarted = bool(later)
    if later:
        start = max(later)
    deadline = _add_years(start, years)
    source = period.source
    verified = period.verified
    if jurisdiction is Jurisdiction.FR and setting.client_status is ClientStatus.PUBLIC_BODY:
        # Loi 68-1250: four years from 1 January after the year the right arose (déchéance).
        deadline = min(deadline, dt.date(start.year + 4, 12, 31))
        source = (
            f"{source}; loi n° 68-1250 du 31 décembre 1968 (prescription quadriennale of debts"
            " owed by public bodies: four years from 1 January of the year after the one in"
            " which the right arose)"
        )
        verified = False
    days_left = (deadline - today).days
    if days_left < 0:
        status = ClockStatus.PAST
    elif days_left <= WARN_DAYS:
        status = ClockStatus.SOON
    else:
        status = ClockStatus.RUNNING
    return Clock(
        number=invoice.number,
        jurisdiction=jurisdiction,
        years=years,
        start=start,
        deadline=deadline,
        status=status,
        days_left=days_left,
        source=source,
        interrupts=_interrupts(jurisdiction),
        restarted_by_payment=restarted,
        verified=verified,
    )
