"""Facts derived from the answers once, which every analysis reads instead of recomputing them."""

from __future__ import annotations

from dataclasses import dataclass

from .case import CURRENCIES, Case, Invoice

__all__ = ["Money", "money"]


@dataclass(frozen=True, slots=True)
class Money:
    """What the client still owes, in the currency that carries most of it.

    ``owed`` is None when no invoice gives an amount. An invoice counts for its amount including
    tax when known, else for its amount before tax (all a migrated version 3 file knew).
    """

    currency: str
    owed: float | None
    disputed: float


def _due(invoice: Invoice) -> float | None:
    total = invoice.amount if invoice.amount is not None else invoice.amount_excl_tax
    if total is None:
        return None
    return max(0.0, total - invoice.paid)


def money(case: Case) -> Money | None:
    """Sum the invoices of the case's main currency; None when the case has no invoice."""
    if not case.invoices:
        return None

    def outstanding(currency: str) -> float:
        return sum(_due(i) or 0 for i in case.invoices if i.currency == currency)

    used = [c for c in CURRENCIES if any(i.currency == c for i in case.invoices)]
    currency = max(used, key=lambda c: (outstanding(c), -used.index(c)))
    mine = [i for i in case.invoices if i.currency == currency]
    known = [d for d in (_due(i) for i in mine) if d is not None]
    return Money(
        currency=currency,
        owed=sum(known) if known else None,
        disputed=sum(i.disputed for i in mine),
    )
