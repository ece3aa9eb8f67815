"""The legal section of the report, as plain sentences, lists and a table in the reader's language.

The report's writers (HTML, Markdown, text) lay it out; this module only decides what it says. Each
figure comes with its rule and source, the calculation is written out period by period, and the
section says how recent the rates are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from client_conflict import i18n

from .applicable import Certainty
from .assess import LawAssessment
from .clocks import ClockStatus
from .messages import t
from .routes import Route
from .routes import totals as totals_of
from .sums import Sums
from .types import Currency, Jurisdiction

__all__ = ["LawSection", "format_day", "format_money", "law_section"]

_MONTHS_US = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class LawSection:
    """What the report says about the law, in one language."""

    heading: str
    law: tuple[str, ...]  # which law, and what to check
    rules: tuple[str, ...]  # each rule the sums follow, with its citation
    table_caption: str
    table_header: tuple[str, ...]
    table_rows: tuple[tuple[str, ...], ...]
    totals: tuple[str, ...]
    steps_heading: str
    steps: tuple[str, ...]
    notes: tuple[str, ...]
    rates: tuple[str, ...]
    clocks_heading: str
    clocks: tuple[str, ...]
    routes_heading: str
    routes: tuple[str, ...]
    lawyer: str


def format_day(day: dt.date, lang: str, us: bool = False) -> str:
    """A date as the reader writes it; US English puts the month first."""
    if us and lang == "en":
        return f"{_MONTHS_US[day.month - 1]} {day.day}, {day.year}"
    return i18n.format_date(day, lang)


def format_money(amount: Decimal, lang: str, currency: Currency) -> str:
    """An amount with its currency, to the cent when it has cents."""
    return i18n.format_amount(float(amount), lang, currency.value)


def _rate(value: Decimal, lang: str) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",") if lang == "fr" else text


def _route_line(route: Route, lang: str) -> str:
    key = f"route.{route.id.value}"
    if route.id.value == "us.small_claims" and route.limit is None:
        key = "route.us.small_claims.unknown"
    limit = (
        format_money(route.limit, lang, route.currency)
        if route.limit is not None and route.currency
        else ""
    )
    annexes = i18n.join(list(route.annexes), lang)
    text = t(lang, key, limit=limit, days=route.days or "", annexes=annexes)
    return text + (t(lang, "verified.no") if not route.verified else "")


def _steps(item: Sums, lang: str, us: bool) -> list[str]:
    out = []
    number = item.invoice.number or t(lang, "table.unknown")
    for period in item.periods:
        line = t(
            lang,
            "steps.line",
            number=number,
            start=format_day(period.start, lang, us),
            end=format_day(period.end, lang, us),
            balance=format_money(period.balance, lang, item.currency),
            rate=_rate(period.basis.rate, lang),
            days=period.days,
            year=period.year_days,
            interest=format_money(period.interest, lang, item.currency),
        )
        basis = period.basis
        if basis.table is not None and basis.reference is not None:
            if basis.multiple != 1:
                line += t(lang, "steps.floor", base=_rate(basis.base, lang))
            else:
                line += t(
                    lang,
                    "steps.basis",
                    base=_rate(basis.base, lang),
                    reference=format_day(basis.reference, lang, us),
                    points=_rate(basis.points, lang),
                )
        out.append(line)
    return out


def _per_currency(values: dict[Currency, Decimal], lang: str) -> str:
    if not values:
        return format_money(Decimal(0), lang, Currency.EUR)
    return " + ".join(format_money(amount, lang, cur) for cur, amount in values.items())


def law_section(law: LawAssessment, lang: str) -> LawSection:
    """The legal section of the report for ``law``, in ``lang``."""
    jurisdiction = law.applicable.jurisdiction
    us = bool(jurisdiction and jurisdiction.us)
    certainty = law.applicable.certainty
    lines = []
    if jurisdiction is not None and certainty is not Certainty.UNKNOWN:
        name = t(lang, f"law.{jurisdiction.value}")
        lines.append(t(lang, f"certainty.{certainty.value}", law=name))
    else:
        lines.append(t(lang, "certainty.unknown"))
    lines += [t(lang, f"check.{check.value}") for check in law.applicable.checks]
    rules = tuple(dict.fromkeys(t(lang, f"rule.{item.rule.value}") for item in law.sums))
    unknown = t(lang, "table.unknown")
    rows = []
    for item in law.sums:
        rows.append(
            (
                item.invoice.number or unknown,
                format_day(item.due, lang, us) if item.due else unknown,
                format_money(item.balance, lang, item.currency)
                if item.balance is not None
                else unknown,
                format_money(item.interest, lang, item.currency),
                format_money(item.fixed, lang, item.fixed_currency),
                format_money(item.claim, lang, item.currency),
            )
        )
    today = format_day(law.today, lang, us)
    totals = [
        t(
            lang,
            "totals",
            date=today,
            claim=_per_currency(law.total("claim"), lang),
            interest=_per_currency(law.total("interest"), lang),
            fixed=_per_currency(law.fixed, lang),
        )
    ]
    aside = {cur: amount for cur, amount in law.total("disputed_aside").items() if amount}
    if aside:
        totals.append(t(lang, "totals.disputed", disputed=_per_currency(aside, lang)))
    claimed = totals_of(
        [(item.currency, item.disputed_open) for item in law.sums if item.disputed_claimed]
    )
    if claimed:
        approved = law.approved_on
        totals.append(
            t(
                lang,
                "totals.disputed_claimed" if approved else "totals.disputed_claimed.undated",
                disputed=_per_currency(claimed, lang),
                date=format_day(approved, lang, us) if approved else "",
            )
        )
    steps = [line for item in law.sums for line in _steps(item, lang, us)]
    # One line per kind of note, naming every invoice it concerns.
    grouped: dict[str, list[str]] = {}
    for item in law.sums:
        for note in item.notes:
            grouped.setdefault(note.value, []).append(item.invoice.number or unknown)
    label = {"fr": ("Facture", "Factures"), "en": ("Invoice", "Invoices")}[lang]
    notes = [
        t(
            lang,
            f"note.{note}",
            invoices=f"{label[len(numbers) > 1]} {i18n.join(numbers, lang)}",
        )
        for note, numbers in grouped.items()
    ]
    rates: list[str] = []
    for used in law.rates:
        rates.append(
            t(
                lang,
                "rates.as_of",
                date=format_day(used.known_through, lang, us),
                title=t(lang, f"rates.title.{used.table}"),
            )
        )
        if used.stale:
            rates.append(t(lang, "rates.stale"))
    clocks: list[str] = []
    for clock in law.clocks:
        number = clock.number or unknown
        if clock.deadline is None or clock.start is None or clock.years is None:
            if clock.jurisdiction is not None:
                clocks.append(t(lang, "clock.unknown", number=number))
            continue
        line = t(
            lang,
            "clock.line",
            number=number,
            deadline=format_day(clock.deadline, lang, us),
            years=clock.years,
            source=clock.source.split(":")[0],
        )
        if clock.restarted_by_payment:
            line += t(lang, "clock.restarted", start=format_day(clock.start, lang, us))
        clocks.append(line)
        if clock.status is ClockStatus.SOON:
            clocks.append(t(lang, "clock.soon", days=clock.days_left, number=number))
        elif clock.status is ClockStatus.PAST:
            past = format_day(clock.deadline, lang, us)
            clocks.append(t(lang, "clock.past", number=number, deadline=past))
    if jurisdiction is not None and any(clock.deadline for clock in law.clocks):
        family = "fr" if jurisdiction is Jurisdiction.FR else ("us" if us else "uk")
        clocks.append(t(lang, f"clock.interrupts.{family}"))
    if law.lawyer.advised:
        reasons = [t(lang, f"lawyer.{reason.value}") for reason in law.lawyer.reasons]
        lawyer = t(lang, "lawyer.yes", reasons=i18n.join(reasons, lang))
    else:
        lawyer = t(lang, "lawyer.no")
    return LawSection(
        heading=t(lang, "section"),
        law=tuple(lines),
        rules=rules,
        table_caption=t(lang, "table.caption", date=today),
        table_header=tuple(
            t(lang, f"table.{key}")
            for key in ("number", "due", "balance", "interest", "fixed", "claim")
        ),
        table_rows=tuple(rows),
        totals=tuple(totals),
        steps_heading=t(lang, "steps.heading"),
        steps=tuple(steps),
        notes=tuple(notes),
        rates=tuple(rates),
        clocks_heading=t(lang, "clock.heading"),
        clocks=tuple(clocks),
        routes_heading=t(lang, "routes.heading"),
        routes=tuple(_route_line(route, lang) for route in law.routes),
        lawyer=lawyer,
    )
