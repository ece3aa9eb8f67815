"""The bridge from the engine's case (version 4) to the legal layer's typed inputs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from client_conflict import derived
from client_conflict.case import Case
from client_conflict.case import Invoice as CaseInvoice

from .assess import LawAssessment, assess_law
from .letters import Letter, letters
from .types import Currency, Invoice, LawInputError, Payment, Setting, Vat

__all__ = ["case_invoices", "case_law", "case_letters", "case_setting"]


def _exact(value: float) -> Decimal:
    # The case file stores JSON numbers; their shortest repr is what the reader typed.
    return Decimal(repr(value))


def _invoice(invoice: CaseInvoice) -> Invoice:
    return Invoice(
        number=invoice.number,
        issued=invoice.issued,
        due=invoice.due,
        currency=Currency(invoice.currency),
        amount=None if invoice.amount is None else _exact(invoice.amount),
        amount_excl_tax=None
        if invoice.amount_excl_tax is None
        else _exact(invoice.amount_excl_tax),
        vat=Vat(invoice.vat),
        payments=tuple(
            sorted(
                (Payment(p.date, _exact(p.amount)) for p in invoice.payments),
                key=lambda payment: payment.date,
            )
        ),
        disputed=_exact(invoice.disputed),
    )


def case_invoices(case: Case) -> tuple[Invoice, ...]:
    """The case's invoices, amounts exact."""
    return tuple(_invoice(invoice) for invoice in case.invoices)


def case_setting(case: Case) -> Setting:
    """The case's legal setting, from its answers; an answer the layer cannot read is left out
    (the case was validated already: this only keeps a future option from breaking the report)."""
    answers: dict[str, object] = {}
    for key, value in case.answers.items():
        try:
            Setting.from_answers({key: value})
        except LawInputError:
            continue
        answers[key] = value
    setting = Setting.from_answers(answers)
    if not derived.disputed_claimed(case):
        return setting
    approval = derived.written_approval(case)
    return dataclasses.replace(
        setting, disputed_unfounded=True, approved_on=approval.date if approval else None
    )


def case_law(case: Case, today: dt.date) -> LawAssessment:
    """The legal assessment of a validated case on ``today``."""
    return assess_law(case_setting(case), case_invoices(case), today)


def case_letters(case: Case, law: LawAssessment) -> tuple[Letter, ...]:
    """The reminder and final notice for the case, with the dates of the reader's reminders."""
    dues = [item.due for item in law.sums if item.due is not None and item.days_late > 0]
    first_due = min(dues) if dues else None
    reminders = sorted(
        {
            entry.date
            for entry in case.timeline
            if entry.category.value == "payment"
            and entry.who.value == "me"
            and first_due is not None
            and first_due < entry.date <= law.today
        }
    )
    return letters(law, client=case.client, reminders=reminders)
