"""The legal layer's inputs: the parties' places and status, the governing law and the invoices."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

__all__ = [
    "ClientStatus",
    "Currency",
    "GoverningLaw",
    "Invoice",
    "Jurisdiction",
    "LawInputError",
    "Payment",
    "Place",
    "Setting",
    "Trader",
    "UsState",
    "Vat",
    "cents",
    "money",
]


class LawInputError(ValueError):
    """An invoice or a setting the legal layer cannot read (names the faulty field)."""


class Place(enum.Enum):
    """Where a party works or lives (answers ``reader_place`` and ``client_place``)."""

    FR = "fr"
    ENGLAND_WALES = "england_wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"
    US = "us"
    EU_OTHER = "eu_other"
    OTHER = "other"


class UsState(enum.Enum):
    """The US states whose rules the engine knows; the others are ``OTHER``."""

    NY = "ny"
    CA = "ca"
    TX = "tx"
    FL = "fl"
    IL = "il"
    OTHER = "other"


class GoverningLaw(enum.Enum):
    """The contract's governing-law clause (answer ``governing_law``)."""

    NONE = "none"
    FR = "fr"
    ENGLAND_WALES = "england_wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"
    US = "us"
    OTHER = "other"
    UNKNOWN = "unknown"


class ClientStatus(enum.Enum):
    """Who the client (the debtor) is."""

    COMPANY = "company"
    SOLE_TRADER = "sole_trader"
    CONSUMER = "consumer"
    PUBLIC_BODY = "public_body"


class Trader(enum.Enum):
    """In France, whether the reader is a commerçant or a company (``YES``)."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Currency(enum.Enum):
    """The currencies an invoice may be in."""

    EUR = "EUR"
    GBP = "GBP"
    USD = "USD"


class Vat(enum.Enum):
    """Whether the invoice charged VAT (or sales tax)."""

    CHARGED = "charged"
    NOT_CHARGED = "not_charged"
    UNKNOWN = "unknown"


class Jurisdiction(enum.Enum):
    """A set of rules the engine applies."""

    FR = "fr"
    ENGLAND_WALES = "england_wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"
    US_NY = "us-ny"
    US_CA = "us-ca"
    US_TX = "us-tx"
    US_FL = "us-fl"
    US_IL = "us-il"
    US_OTHER = "us-other"

    @property
    def uk(self) -> bool:
        """One of the United Kingdom's three jurisdictions."""
        return self in _UK

    @property
    def us(self) -> bool:
        """A US state."""
        return self.value.startswith("us-")

    @property
    def currency(self) -> Currency:
        """The currency of its courts."""
        if self is Jurisdiction.FR:
            return Currency.EUR
        return Currency.GBP if self.uk else Currency.USD

    @staticmethod
    def of(place: Place | None, state: UsState | None = None) -> Jurisdiction | None:
        """The jurisdiction of a place (a US place needs its state), or None for other places."""
        if place is None:
            return None
        if place is Place.US:
            return _US_STATES.get(state or UsState.OTHER, Jurisdiction.US_OTHER)
        return _PLACES.get(place)


_UK = frozenset({Jurisdiction.ENGLAND_WALES, Jurisdiction.SCOTLAND, Jurisdiction.NORTHERN_IRELAND})
_PLACES: Mapping[Place, Jurisdiction] = {
    Place.FR: Jurisdiction.FR,
    Place.ENGLAND_WALES: Jurisdiction.ENGLAND_WALES,
    Place.SCOTLAND: Jurisdiction.SCOTLAND,
    Place.NORTHERN_IRELAND: Jurisdiction.NORTHERN_IRELAND,
}
_US_STATES: Mapping[UsState, Jurisdiction] = {
    UsState.NY: Jurisdiction.US_NY,
    UsState.CA: Jurisdiction.US_CA,
    UsState.TX: Jurisdiction.US_TX,
    UsState.FL: Jurisdiction.US_FL,
    UsState.IL: Jurisdiction.US_IL,
    UsState.OTHER: Jurisdiction.US_OTHER,
}

_CENT = Decimal("0.01")
E = TypeVar("E", bound=enum.Enum)


def money(value: object, path: str) -> Decimal:
    """Read an amount (a JSON number or a decimal string) exactly, as a Decimal."""
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise LawInputError(f"{path}: expected a number")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise LawInputError(f"{path}: expected a number") from None
    if not amount.is_finite() or amount < 0:
        raise LawInputError(f"{path}: expected a number of 0 or more")
    return amount


def _day(value: object, path: str) -> dt.date:
    if not isinstance(value, str):
        raise LawInputError(f"{path}: expected a date YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise LawInputError(f"{path}: expected a date YYYY-MM-DD") from None


def _optional_day(value: object, path: str) -> dt.date | None:
    return None if value is None else _day(value, path)


def _yes_no(value: object, path: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise LawInputError(f"{path}: expected true or false")


def _choice(kind: type[E], value: object, path: str) -> E | None:
    if value is None:
        return None
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(str(member.value) for member in kind)
        raise LawInputError(f"{path}: expected one of {allowed}") from None


@dataclass(frozen=True, slots=True)
class Payment:
    """A part payment received on an invoice."""

    date: dt.date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Invoice:
    """One invoice of the case file (version 4), amounts exact."""

    number: str | None
    issued: dt.date | None
    due: dt.date | None
    currency: Currency
    amount: Decimal | None  # including tax: what the client owes
    amount_excl_tax: Decimal | None
    vat: Vat
    payments: tuple[Payment, ...]
    disputed: Decimal

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], path: str = "invoice") -> Invoice:
        """Read an invoice as the case file stores it."""
        number = data.get("number")
        if number is not None and not isinstance(number, str):
            raise LawInputError(f"{path}.number: expected text")
        currency = _choice(Currency, data.get("currency", "EUR"), f"{path}.currency")
        vat = _choice(Vat, data.get("vat", "unknown"), f"{path}.vat")
        raw_payments = data.get("payments", [])
        if not isinstance(raw_payments, Sequence) or isinstance(raw_payments, str):
            raise LawInputError(f"{path}.payments: expected a list")
        payments: list[Payment] = []
        for index, raw in enumerate(raw_payments):
            where = f"{path}.payments[{index}]"
            if not isinstance(raw, Mapping):
                raise LawInputError(f"{where}: expected an object")
            payments.append(
                Payment(_day(raw.get("date"), f"{where}.date"), money(raw.get("amount"), where))
            )
        amount = data.get("amount")
        excl = data.get("amount_excl_tax")
        return cls(
            number=number,
            issued=_optional_day(data.get("issued"), f"{path}.issued"),
            due=_optional_day(data.get("due"), f"{path}.due"),
            currency=currency or Currency.EUR,
            amount=None if amount is None else money(amount, f"{path}.amount"),
            amount_excl_tax=None if excl is None else money(excl, f"{path}.amount_excl_tax"),
            vat=vat or Vat.UNKNOWN,
            payments=tuple(sorted(payments, key=lambda payment: payment.date)),
            disputed=money(data.get("disputed", 0), f"{path}.disputed"),
        )

    @property
    def owed(self) -> Decimal | None:
        """What the client owes, tax included; None when only a before-tax figure is known
        and tax may have been charged (the engine never guesses it)."""
        if self.amount is not None:
            return self.amount
        if self.amount_excl_tax is not None and self.vat is Vat.NOT_CHARGED:
            return self.amount_excl_tax
        return None


@dataclass(frozen=True, slots=True)
class Setting:
    """The legal setting of a case: the answers of the questionnaire's legal questions."""

    reader_place: Place | None = None
    reader_us_state: UsState | None = None
    reader_trader: Trader | None = None
    client_place: Place | None = None
    client_us_state: UsState | None = None
    governing_law: GoverningLaw | None = None
    governing_us_state: UsState | None = None
    client_status: ClientStatus | None = None
    contract_late_rate: Decimal | None = None  # % a year
    contract_late_fixed: Decimal | None = None  # in the invoices' currency
    formal_notice: dt.date | None = None  # the day a formal notice / final demand was sent
    written_contract: bool | None = None  # some US limitation periods depend on it
    other_side_lawyer: bool | None = None
    # The reader holds the client's objection to the disputed part unfounded against what the
    # client approved in writing (``derived.disputed_claimed``): the disputed part is claimed,
    # interest included; ``approved_on`` is the day of that written approval, when dated.
    disputed_unfounded: bool = False
    approved_on: dt.date | None = None

    @classmethod
    def from_answers(
        cls, answers: Mapping[str, object], *, formal_notice: dt.date | None = None
    ) -> Setting:
        """Read the legal answers of a case (version 4 ids); unanswered ones stay None.

        The notice's date (``formal_notice_date``) counts only when ``formal_notice_sent`` is yes,
        as the form shows it; an explicit ``formal_notice`` wins over both.
        """
        rate = answers.get("contract_late_rate")
        fixed = answers.get("contract_late_fixed")
        if formal_notice is None and answers.get("formal_notice_sent") is True:
            formal_notice = _optional_day(answers.get("formal_notice_date"), "formal_notice_date")
        return cls(
            reader_place=_choice(Place, answers.get("reader_place"), "reader_place"),
            reader_us_state=_choice(UsState, answers.get("reader_us_state"), "reader_us_state"),
            reader_trader=_choice(Trader, answers.get("reader_trader"), "reader_trader"),
            client_place=_choice(Place, answers.get("client_place"), "client_place"),
            client_us_state=_choice(UsState, answers.get("client_us_state"), "client_us_state"),
            governing_law=_choice(GoverningLaw, answers.get("governing_law"), "governing_law"),
            governing_us_state=_choice(
                UsState, answers.get("governing_us_state"), "governing_us_state"
            ),
            client_status=_choice(ClientStatus, answers.get("client_status"), "client_status"),
            contract_late_rate=None if rate is None else money(rate, "contract_late_rate"),
            contract_late_fixed=None if fixed is None else money(fixed, "contract_late_fixed"),
            formal_notice=formal_notice,
            other_side_lawyer=_yes_no(answers.get("other_side_lawyer"), "other_side_lawyer"),
        )

    @property
    def reader(self) -> Jurisdiction | None:
        """The reader's own jurisdiction."""
        return Jurisdiction.of(self.reader_place, self.reader_us_state)

    @property
    def client(self) -> Jurisdiction | None:
        """The client's jurisdiction (None for the rest of the EU and elsewhere)."""
        return Jurisdiction.of(self.client_place, self.client_us_state)


def cents(value: Decimal) -> Decimal:
    """Round to the cent, half up, as invoices do."""
    return value.quantize(_CENT, rounding="ROUND_HALF_UP")
