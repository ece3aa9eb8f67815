"""The legal assessment of a case on a given day: law, sums, clocks, routes and the rates used."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .applicable import Applicable, Certainty, applicable_law
from .clocks import Clock, ClockStatus, limitation
from .data import TABLES, rate_table
from .routes import LawyerAdvice, Route, lawyer_advice, routes, totals
from .sums import Sums, invoice_sums
from .types import Currency, Invoice, Jurisdiction, Place, Setting

__all__ = ["LawAssessment", "RatesUsed", "assess_law"]

_ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class RatesUsed:
    """A rate table the sums relied on, how recent it is and whether it is stale."""

    table: str
    title: str
    known_through: dt.date
    stale: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "table": self.table,
            "title": self.title,
            "known_through": self.known_through.isoformat(),
            "stale": self.stale,
        }


@dataclass(frozen=True, slots=True)
class LawAssessment:
    """Everything the legal layer says about a case on ``today``."""

    today: dt.date
    applicable: Applicable
    forum: Jurisdiction | None
    sums: tuple[Sums, ...]
    clocks: tuple[Clock, ...]
    routes: tuple[Route, ...]
    lawyer: LawyerAdvice
    rates: tuple[RatesUsed, ...]
    # The setting the sums were computed under, so the same invoices can be read on another day.
    setting: Setting = field(default_factory=Setting)

    @property
    def approved_on(self) -> dt.date | None:
        """The day of the client's written approval, when a disputed part is claimed against it."""
        claimed = any(item.disputed_claimed for item in self.sums)
        return self.setting.approved_on if claimed else None

    def total(self, what: str) -> dict[Currency, Decimal]:
        """Per-currency total of ``balance``, ``interest``, ``claim``, ``disputed_open`` or
        ``disputed_aside`` (the disputed part left out of the claim)."""
        pairs: list[tuple[Currency, Decimal]] = []
        for item in self.sums:
            value = getattr(item, what)
            if value is not None:
                pairs.append((item.currency, value))
        return totals(pairs)

    @property
    def fixed(self) -> dict[Currency, Decimal]:
        """Per-currency total of the fixed charges."""
        return totals([(item.fixed_currency, item.fixed) for item in self.sums if item.fixed])

    @property
    def warnings(self) -> tuple[str, ...]:
        """Machine-readable warnings: stale rates, clocks soon or past, assumed rates."""
        out: list[str] = [f"rates_stale:{rates.table}" for rates in self.rates if rates.stale]
        for clock in self.clocks:
            if clock.status in {ClockStatus.SOON, ClockStatus.PAST}:
                out.append(f"limitation_{clock.status.value}:{clock.number or ''}")
        if self.applicable.certainty is Certainty.UNKNOWN:
            out.append("law_unknown")
        return tuple(out)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (amounts as decimal strings, per currency)."""

        def per_currency(values: dict[Currency, Decimal]) -> dict[str, str]:
            return {currency.value: str(amount) for currency, amount in values.items()}

        return {
            "today": self.today.isoformat(),
            "applicable": self.applicable.to_dict(),
            "forum": self.forum.value if self.forum else None,
            "invoices": [item.to_dict() for item in self.sums],
            "totals": {
                "balance": per_currency(self.total("balance")),
                "interest": per_currency(self.total("interest")),
                "fixed": per_currency(self.fixed),
                "claim": per_currency(self.total("claim")),
                "disputed": per_currency(self.total("disputed_open")),
            },
            "approved_on": self.approved_on.isoformat() if self.approved_on else None,
            "clocks": [clock.to_dict() for clock in self.clocks],
            "routes": [route.to_dict() for route in self.routes],
            "lawyer": self.lawyer.to_dict(),
            "rates": [rates.to_dict() for rates in self.rates],
            "warnings": list(self.warnings),
        }


def _forum(setting: Setting, applicable: Applicable) -> Jurisdiction | None:
    # Where the client can be sued: at home, when the engine knows that jurisdiction.
    return setting.client or applicable.jurisdiction


def assess_law(setting: Setting, invoices: Sequence[Invoice], today: dt.date) -> LawAssessment:
    """Assess the case's legal side on ``today``: pure, from typed inputs."""
    applicable = applicable_law(setting)
    law = applicable.jurisdiction
    sums = tuple(invoice_sums(invoice, law, setting, today) for invoice in invoices)
    clocks = tuple(limitation(invoice, law, setting, today) for invoice in invoices)
    forum = _forum(setting, applicable)
    cross_border = setting.reader_place is Place.FR and setting.client_place is Place.EU_OTHER
    if cross_border:
        forum = Jurisdiction.FR
    currency = forum.currency if forum else None
    claim = sum((item.claim for item in sums if item.currency is currency), _ZERO)
    disputed = sum((item.disputed_open for item in sums if item.currency is currency), _ZERO)
    in_claim = sum(
        (
            item.disputed_open
            for item in sums
            if item.currency is currency and item.disputed_claimed
        ),
        _ZERO,
    )
    used = sorted(
        {period.basis.table for item in sums for period in item.periods if period.basis.table}
    )
    rates = tuple(
        RatesUsed(t, rate_table(t).title, rate_table(t).known_through, rate_table(t).stale(today))
        for t in used
        if t in TABLES
    )
    return LawAssessment(
        today=today,
        applicable=applicable,
        forum=forum,
        sums=sums,
        clocks=clocks,
        routes=routes(forum, setting, claim, cross_border=cross_border),
        lawyer=lawyer_advice(
            forum,
            setting,
            claim,
            disputed,
            law_known=applicable.certainty is not Certainty.UNKNOWN,
            in_claim=in_claim,
        ),
        rates=rates,
        setting=setting,
    )
