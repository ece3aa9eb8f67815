"""What each invoice is worth on a given day: balance, late-payment interest and fixed charges.

Every figure keeps its rule and source, and the interest is kept as its periods (a period ends
where the balance, the rate or the year changes), so the report and the tests can write the
calculation out line by line. Interest is simple and daily: balance x rate x days / days in the
year (365 in the United Kingdom and the United States, as gov.uk's method divides by 365; the
calendar year's 365 or 366 in France). Each period is rounded to the cent, half up.

Part payments go to the undisputed part first. The disputed part is left out of the claim and of
the interest until it is settled, unless the reader holds the client's objection unfounded against
what the client approved in writing (``Setting.disputed_unfounded``, decided by
``derived.disputed_claimed``): a sum is due unless the dispute over it is founded, so the disputed
part is then claimed with the rest and bears interest from the due date (art. L441-10 C. com. in
France: the penalties run on the sums due), and a judge decides if the client maintains it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .data import figure, figure_amount, rate_table
from .types import ClientStatus, Currency, Invoice, Jurisdiction, Setting, cents

__all__ = [
    "Basis",
    "Note",
    "Period",
    "Rule",
    "Sums",
    "invoice_sums",
    "rule_for",
]

_DEFAULT_TERMS_DAYS = 30
_HUNDRED = Decimal(100)
_ZERO = Decimal(0)


class Rule(enum.Enum):
    """The legal basis of an invoice's interest and fixed charge."""

    FR_PENALTY_DEFAULT = "fr.penalty_default"
    FR_PENALTY_CONTRACT = "fr.penalty_contract"
    FR_PUBLIC = "fr.public"
    FR_CONSUMER = "fr.consumer"
    UK_STATUTORY = "uk.statutory"
    UK_CONTRACT = "uk.contract"
    UK_CONSUMER = "uk.consumer"
    US_CONTRACT = "us.contract"
    US_STATUTORY = "us.statutory"
    US_CHECK_STATE = "us.check_state"
    UNKNOWN_LAW = "unknown_law"


SOURCES: dict[Rule, str] = {
    Rule.FR_PENALTY_DEFAULT: "art. L441-10 II C. com. (ECB rate on 1 January / 1 July + 10 points);"
    " art. D441-5 C. com. (40 EUR per invoice)",
    Rule.FR_PENALTY_CONTRACT: "art. L441-10 II C. com. (contract rate, at least 3 x the taux"
    " d'intérêt légal); art. D441-5 C. com. (40 EUR per invoice)",
    Rule.FR_PUBLIC: "art. L2192-13 and R2192-31 code de la commande publique (ECB rate on the first"
    " day of the half-year interest began + 8 points, fixed); 40 EUR per invoice",
    Rule.FR_CONSUMER: "art. 1231-6 C. civ. (taux de l'intérêt légal from the formal notice);"
    " art. L313-2 C. monét. fin.",
    Rule.UK_STATUTORY: "Late Payment of Commercial Debts (Interest) Act 1998 ss.1, 4, 5A, 6;"
    " Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002",
    Rule.UK_CONTRACT: "Late Payment of Commercial Debts (Interest) Act 1998 ss.8-9 (a substantial"
    " contractual remedy displaces statutory interest)",
    Rule.UK_CONSUMER: "Late Payment of Commercial Debts (Interest) Act 1998 s.2 (business debts"
    " only); a court may award interest on a judgment (County Courts Act 1984 s.69 in England"
    " and Wales)",
    Rule.US_CONTRACT: "the contract's late-payment terms",
    Rule.US_STATUTORY: "the state's statutory rate",
    Rule.US_CHECK_STATE: "check your state's statute on prejudgment interest",
    Rule.UNKNOWN_LAW: "the applicable law is not known",
}


class Note(enum.Enum):
    """Something the reader must know about an invoice's figures."""

    AMOUNT_MISSING = "amount_missing"  # no amount including tax
    DUE_ASSUMED = "due_assumed"  # no due date: 30 days after the invoice
    DUE_MISSING = "due_missing"  # neither due nor issue date
    NOT_YET_DUE = "not_yet_due"
    NO_FORMAL_NOTICE = "no_formal_notice"  # French consumer: interest runs from the notice
    NOTICE_AHEAD = "notice_ahead"  # French consumer: the notice is dated after today
    NOTICE_BEFORE_DUE = "notice_before_due"  # French consumer: interest from the due date
    CONTRACT_RATE_BELOW_FLOOR = "contract_rate_below_floor"
    CONTRACT_FIXED_NOT_ADDED = "contract_fixed_not_added"
    CONTRACT_RATE_NOT_USED = "contract_rate_not_used"
    SUBSTANTIAL_REMEDY = "substantial_remedy"
    RATE_ASSUMED = "rate_assumed"  # a period past the table's known_through
    RATE_UNVERIFIED = "rate_unverified"
    STATE_RATE_UNKNOWN = "state_rate_unknown"
    CURRENCY_MISMATCH = "currency_mismatch"
    OVERPAID = "overpaid"
    NY_FREELANCE = "ny_freelance"


@dataclass(frozen=True, slots=True)
class Basis:
    """How a period's rate is made: a reference rate read on a day, plus points."""

    table: str | None  # rate table id, None for a flat rate
    reference: dt.date | None  # the day the reference rate is read
    base: Decimal  # the reference rate (0 for a flat rate)
    points: Decimal  # points added (the whole rate for a flat rate)
    multiple: Decimal = Decimal(1)  # a multiple of the base (the French 3 x floor)
    assumed: bool = False
    verified: bool = True

    @property
    def rate(self) -> Decimal:
        """The yearly rate, in percent."""
        return self.base * self.multiple + self.points

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "table": self.table,
            "reference": self.reference.isoformat() if self.reference else None,
            "base": str(self.base),
            "points": str(self.points),
            "multiple": str(self.multiple),
            "rate": str(self.rate),
            "assumed": self.assumed,
            "verified": self.verified,
        }


@dataclass(frozen=True, slots=True)
class Period:
    """Days with the same balance, rate and year length."""

    start: dt.date
    end: dt.date  # inclusive
    balance: Decimal
    basis: Basis
    year_days: int

    @property
    def days(self) -> int:
        """Number of days, both ends included."""
        return (self.end - self.start).days + 1

    @property
    def interest(self) -> Decimal:
        """balance x rate / 100 x days / year_days, to the cent."""
        return cents(self.balance * self.basis.rate / _HUNDRED * self.days / self.year_days)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "days": self.days,
            "balance": str(self.balance),
            "rate": str(self.basis.rate),
            "year_days": self.year_days,
            "interest": str(self.interest),
            "basis": self.basis.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Sums:
    """One invoice's figures on ``today``, in its currency."""

    invoice: Invoice
    rule: Rule
    today: dt.date
    owed: Decimal | None  # tax included
    paid: Decimal
    disputed_open: Decimal  # the disputed part still unpaid
    balance: Decimal | None  # the balance claimed: undisputed, plus disputed when claimed
    due: dt.date | None  # the due date used (the invoice's, or assumed)
    interest_from: dt.date | None
    periods: tuple[Period, ...]
    fixed: Decimal  # fixed compensation / indemnity
    fixed_currency: Currency
    fixed_source: str | None
    notes: tuple[Note, ...]
    # The disputed part is claimed (in ``balance`` and the interest): the reader holds the
    # client's objection unfounded against a written approval.
    disputed_claimed: bool = False

    @property
    def disputed_aside(self) -> Decimal:
        """The disputed part left out of the claim (0 when it is claimed)."""
        return _ZERO if self.disputed_claimed else self.disputed_open

    @property
    def currency(self) -> Currency:
        """The invoice's currency."""
        return self.invoice.currency

    @property
    def interest(self) -> Decimal:
        """Total interest to ``today``."""
        return sum((period.interest for period in self.periods), _ZERO)

    @property
    def days_late(self) -> int:
        """Days past the due date on ``today`` (0 when not late)."""
        return max(0, (self.today - self.due).days) if self.due else 0

    @property
    def claim(self) -> Decimal:
        """Balance claimed + interest, plus the fixed charge when in the same currency."""
        total = (self.balance or _ZERO) + self.interest
        return total + (self.fixed if self.fixed_currency is self.currency else _ZERO)

    @property
    def source(self) -> str:
        """The rule's source."""
        return SOURCES[self.rule]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (amounts as decimal strings)."""
        return {
            "number": self.invoice.number,
            "currency": self.currency.value,
            "rule": self.rule.value,
            "source": self.source,
            "owed": None if self.owed is None else str(self.owed),
            "paid": str(self.paid),
            "disputed_open": str(self.disputed_open),
            "disputed_claimed": self.disputed_claimed,
            "balance": None if self.balance is None else str(self.balance),
            "due": self.due.isoformat() if self.due else None,
            "days_late": self.days_late,
            "interest_from": self.interest_from.isoformat() if self.interest_from else None,
            "interest": str(self.interest),
            "periods": [period.to_dict() for period in self.periods],
            "fixed": str(self.fixed),
            "fixed_currency": self.fixed_currency.value,
            "fixed_source": self.fixed_source,
            "claim": str(self.claim),
            "notes": [note.value for note in self.notes],
        }


def rule_for(jurisdiction: Jurisdiction | None, setting: Setting) -> Rule:
    """The rule an invoice's sums follow, from the applicable law and the client's status."""
    status = setting.client_status
    contract = setting.contract_late_rate is not None
    if jurisdiction is None:
        return Rule.UNKNOWN_LAW
    if jurisdiction is Jurisdiction.FR:
        if status is ClientStatus.CONSUMER:
            return Rule.FR_CONSUMER
        if status is ClientStatus.PUBLIC_BODY:
            return Rule.FR_PUBLIC
        return Rule.FR_PENALTY_CONTRACT if contract else Rule.FR_PENALTY_DEFAULT
    if jurisdiction.uk:
        if status is ClientStatus.CONSUMER:
            return Rule.UK_CONSUMER
        contract_remedy = contract or setting.contract_late_fixed is not None
        return Rule.UK_CONTRACT if contract_remedy else Rule.UK_STATUTORY
    if contract:
        return Rule.US_CONTRACT
    if _us_rate(jurisdiction, status) is None:
        return Rule.US_CHECK_STATE
    return Rule.US_STATUTORY


def _us_rate(jurisdiction: Jurisdiction, status: ClientStatus | None) -> str | None:
    """The figure id of a US state's statutory rate, None where the engine does not know it."""
    if jurisdiction is Jurisdiction.US_NY:
        return (
            "us-ny.consumer_debt_rate"
            if status is ClientStatus.CONSUMER
            else ("us-ny.prejudgment_rate")
        )
    return {
        Jurisdiction.US_CA: "us-ca.prejudgment_rate",
        Jurisdiction.US_TX: "us-tx.legal_rate",
        Jurisdiction.US_IL: "us-il.prejudgment_rate",
    }.get(jurisdiction)


def _half_year_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 1 if day.month <= 6 else 7, 1)


def _uk_reference_day(day: dt.date) -> dt.date:
    # The Bank Rate on 31 December for debts late from January to June, on 30 June otherwise.
    return dt.date(day.year - 1, 12, 31) if day.month <= 6 else dt.date(day.year, 6, 30)


def _table_basis(table: str, reference: dt.date, points: Decimal, multiple: Decimal) -> Basis:
    rate = rate_table(table).at(reference)
    return Basis(
        table=table,
        reference=reference,
        base=rate.value,
        points=points,
        multiple=multiple,
        assumed=rate.assumed,
        verified=rate.row.verified,
    )


def _flat(rate: Decimal) -> Basis:
    return Basis(table=None, reference=None, base=_ZERO, points=rate)


RateAt = Callable[[dt.date], Basis]


def _rate_at(rule: Rule, jurisdiction: Jurisdiction, setting: Setting, start: dt.date) -> RateAt:
    """The function giving each day's rate basis under ``rule``."""
    one = Decimal(1)
    if rule is Rule.FR_PENALTY_DEFAULT:
        points = figure_amount("fr.penalty_points_business")
        return lambda day: _table_basis("ecb_mro", _half_year_start(day), points, one)
    if rule is Rule.FR_PENALTY_CONTRACT:
        contract = setting.contract_late_rate or _ZERO
        multiple = figure_amount("fr.penalty_min_multiple_legal_rate")

        def contract_or_floor(day: dt.date) -> Basis:
            floor = _table_basis("fr_legal_rate.other", _half_year_start(day), _ZERO, multiple)
            return _flat(contract) if contract >= floor.rate else floor

        return contract_or_floor
    if rule is Rule.FR_PUBLIC:
        # Fixed for the debt: the rate of the half-year in which interest began.
        basis = _table_basis(
            "ecb_mro", _half_year_start(start), figure_amount("fr.penalty_points_public"), one
        )
        return lambda _day: basis
    if rule is Rule.FR_CONSUMER:
        return lambda day: _table_basis("fr_legal_rate.other", _half_year_start(day), _ZERO, one)
    if rule is Rule.UK_STATUTORY:
        basis = _table_basis(
            "boe_bank_rate", _uk_reference_day(start), figure_amount("uk.late_interest_points"), one
        )
        return lambda _day: basis
    if rule in {Rule.UK_CONTRACT, Rule.US_CONTRACT}:
        basis = _flat(setting.contract_late_rate or _ZERO)
        return lambda _day: basis
    if rule is Rule.US_STATUTORY:
        figure_id = _us_rate(jurisdiction, setting.client_status)
        assert figure_id is not None
        basis = _flat(figure_amount(figure_id))
        return lambda _day: basis
    raise ValueError(f"no rate for {rule.value}")


def _year_days(rule: Rule, day: dt.date) -> int:
    if rule.value.startswith("fr."):
        return (dt.date(day.year + 1, 1, 1) - dt.date(day.year, 1, 1)).days
    return 365


def _interest_start(
    rule: Rule, jurisdiction: Jurisdiction, due: dt.date, setting: Setting
) -> dt.date | None:
    if rule is Rule.FR_CONSUMER:
        notice = setting.formal_notice
        return None if notice is None else max(due + dt.timedelta(days=1), notice)
    if rule is Rule.US_STATUTORY and jurisdiction is Jurisdiction.US_TX:
        return due + dt.timedelta(days=int(figure_amount("us-tx.legal_rate_start_days")))
    return due + dt.timedelta(days=1)


def _periods(
    rule: Rule,
    rate_at: RateAt,
    start: dt.date,
    today: dt.date,
    balance_on: Callable[[dt.date], Decimal],
) -> tuple[Period, ...]:
    periods: list[Period] = []
    day = start
    current: tuple[Decimal, Basis, int] | None = None
    first = start
    while day <= today:
        key = (balance_on(day), rate_at(day), _year_days(rule, day))
        if current is not None and key != current:
            periods.append(Period(first, day - dt.timedelta(days=1), *current))
            first = day
        current = key
        day += dt.timedelta(days=1)
    if current is not None:
        periods.append(Period(first, today, *current))
    return tuple(period for period in periods if period.balance > 0)


def _fixed(
    rule: Rule, owed: Decimal, setting: Setting, currency: Currency
) -> tuple[Decimal, Currency, str | None]:
    if rule in {Rule.FR_PENALTY_DEFAULT, Rule.FR_PENALTY_CONTRACT, Rule.FR_PUBLIC}:
        indemnity = figure("fr.indemnity_fixed")
        return figure_amount(indemnity.id), Currency.EUR, indemnity.source
    if rule is Rule.UK_STATUTORY:
        if owed < figure_amount("uk.compensation_band_1_upper"):
            tier = "uk.compensation_tier_1"
        elif owed < figure_amount("uk.compensation_band_2_upper"):
            tier = "uk.compensation_tier_2"
        else:
            tier = "uk.compensation_tier_3"
        return figure_amount(tier), Currency.GBP, figure(tier).source
    if rule in {Rule.UK_CONTRACT, Rule.US_CONTRACT} and setting.contract_late_fixed is not None:
        return setting.contract_late_fixed, currency, "the contract"
    return _ZERO, currency, None


def invoice_sums(
    invoice: Invoice, jurisdiction: Jurisdiction | None, setting: Setting, today: dt.date
) -> Sums:
    """An invoice's balance, interest and fixed charge on ``today`` under ``jurisdiction``."""
    rule = rule_for(jurisdiction, setting)
    notes: list[Note] = []
    owed = invoice.owed
    paid = sum((payment.amount for payment in invoice.payments), _ZERO)
    due = invoice.due
    if due is None and invoice.issued is not None:
        due = invoice.issued + dt.timedelta(days=_DEFAULT_TERMS_DAYS)
        notes.append(Note.DUE_ASSUMED)
    elif due is None:
        notes.append(Note.DUE_MISSING)
    if owed is None:
        notes.append(Note.AMOUNT_MISSING)
        return Sums(
            invoice,
            rule,
            today,
            None,
            paid,
            invoice.disputed,
            None,
            due,
            None,
            (),
            _ZERO,
            invoice.currency,
            None,
            tuple(notes),
        )
    undisputed = max(_ZERO, owed - invoice.disputed)
    if paid > owed:
        notes.append(Note.OVERPAID)
    disputed_open = max(_ZERO, invoice.disputed - max(_ZERO, paid - undisputed))
    claimed = setting.disputed_unfounded and disputed_open > 0
    # What the claim and the interest run on: the undisputed part, or the whole when the
    # disputed part is claimed too.
    base = owed if claimed else undisputed

    def balance_on(day: dt.date) -> Decimal:
        paid_by = sum((p.amount for p in invoice.payments if p.date <= day), _ZERO)
        return max(_ZERO, base - paid_by)

    balance = balance_on(today)
    periods: tuple[Period, ...] = ()
    start: dt.date | None = None
    fixed, fixed_currency, fixed_source = _ZERO, invoice.currency, None
    late = due is not None and (today > due)
    if due is not None and not late:
        notes.append(Note.NOT_YET_DUE)
    if late and due is not None and jurisdiction is not None:
        if rule is Rule.FR_CONSUMER and setting.formal_notice is None:
            notes.append(Note.NO_FORMAL_NOTICE)
        elif rule is Rule.FR_CONSUMER and setting.formal_notice is not None:
            if setting.formal_notice > today:
                notes.append(Note.NOTICE_AHEAD)
            elif setting.formal_notice < due:
                notes.append(Note.NOTICE_BEFORE_DUE)
        if rule is Rule.US_CHECK_STATE:
            notes.append(Note.STATE_RATE_UNKNOWN)
        if rule not in {Rule.UK_CONSUMER, Rule.US_CHECK_STATE, Rule.UNKNOWN_LAW}:
            start = _interest_start(rule, jurisdiction, due, setting)
        if start is not None and start <= today:
            rate_at = _rate_at(rule, jurisdiction, setting, start)
            periods = _periods(rule, rate_at, start, today, balance_on)
        # The fixed charge is due once the invoice is late, whether or not paid since.
        fixed, fixed_currency, fixed_source = _fixed(rule, owed, setting, invoice.currency)
        if fixed and fixed_currency is not invoice.currency:
            notes.append(Note.CURRENCY_MISMATCH)
    if rule is Rule.FR_PENALTY_CONTRACT and any(
        period.basis.table is not None for period in periods
    ):
        notes.append(Note.CONTRACT_RATE_BELOW_FLOOR)
    if rule in {Rule.UK_CONTRACT}:
        notes.append(Note.SUBSTANTIAL_REMEDY)
    if setting.contract_late_fixed is not None and rule.value.startswith("fr."):
        notes.append(Note.CONTRACT_FIXED_NOT_ADDED)
    if setting.contract_late_rate is not None and rule in {
        Rule.FR_PUBLIC,
        Rule.FR_CONSUMER,
        Rule.UK_CONSUMER,
    }:
        notes.append(Note.CONTRACT_RATE_NOT_USED)
    if any(period.basis.assumed for period in periods):
        notes.append(Note.RATE_ASSUMED)
    if any(not period.basis.verified for period in periods):
        notes.append(Note.RATE_UNVERIFIED)
    if jurisdiction is Jurisdiction.US_NY and setting.client_status is not ClientStatus.CONSUMER:
        notes.append(Note.NY_FREELANCE)
    return Sums(
        invoice=invoice,
        rule=rule,
        today=today,
        owed=owed,
        paid=paid,
        disputed_open=disputed_open,
        balance=balance,
        due=due,
        interest_from=start if periods else None,
        periods=periods,
        fixed=fixed,
        fixed_currency=fixed_currency,
        fixed_source=fixed_source,
        notes=tuple(notes),
        disputed_claimed=claimed,
    )
