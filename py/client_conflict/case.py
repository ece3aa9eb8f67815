"""The case file: its model, its validation, and the migration of older versions."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from .errors import CaseError
from .questionnaire import NONE, Question, QuestionKind, questionnaire

__all__ = [
    "ANALYSIS_DECISIONS",
    "ANALYSIS_TACTICS",
    "CURRENCIES",
    "FORMAT",
    "LIMITS",
    "VAT_STATUSES",
    "VERSION",
    "Actor",
    "Analysis",
    "Answer",
    "Case",
    "Category",
    "Invoice",
    "Payment",
    "TimelineEntry",
    "content_id",
    "load_case",
]

FORMAT = "client-conflict-case"
VERSION = 4
CURRENCIES = ("EUR", "GBP", "USD")
VAT_STATUSES = ("charged", "not_charged", "unknown")
# The headline results a past analysis may record (the styles and the exit decisions).
ANALYSIS_TACTICS = ("collaborate", "compromise", "accommodate", "compete", "avoid")
ANALYSIS_DECISIONS = ("continue", "renegotiate", "exit")
_ID = re.compile(r"[A-Za-z0-9_-]+")


@dataclass(frozen=True, slots=True)
class _Limits:
    """Sizes beyond which input is refused rather than processed."""

    bytes: int = 1_048_576
    depth: int = 10
    timeline: int = 500
    text: int = 10_000
    short_text: int = 500
    client: int = 200
    checklist_pages: int = 200
    checklist_items: int = 500
    checklist_key: int = 200
    earliest_year: int = 1970
    latest_year: int = 2199
    future_days: int = 31
    id_min: int = 8
    id_max: int = 64
    invoices: int = 200
    payments: int = 200
    invoice_number: int = 100
    amount: int = 100_000_000
    analyses: int = 100
    route: int = 100
    trust: int = 100
    stages: int = 9


LIMITS = _Limits()


class Category(enum.Enum):
    """What an incident of the timeline is about."""

    PAYMENT = "payment"
    QUALITY = "quality"
    TIMELINESS = "timeliness"
    SCOPE = "scope"
    COMMUNICATION = "communication"
    CONTRACT_TERMS = "contract_terms"
    CREATIVE_CHOICES = "creative_choices"
    PROOF_OF_DELIVERY = "proof_of_delivery"
    CLIENT_INTERNAL = "client_internal"
    PRICE_BEFORE_CONTRACT = "price_before_contract"
    OTHER = "other"


class Actor(enum.Enum):
    """Who did what an incident records."""

    ME = "me"
    CLIENT = "client"
    BOTH = "both"
    THIRD_PARTY = "third_party"


Answer = int | float | bool | str | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated fact of the case."""

    date: dt.date
    what: str
    category: Category = Category.OTHER
    who: Actor = Actor.CLIENT

    def to_dict(self) -> dict[str, str]:
        """Return the entry as it is stored in the case file."""
        return {
            "date": self.date.isoformat(),
            "what": self.what,
            "category": self.category.value,
            "who": self.who.value,
        }


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


def _amount_out(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True, slots=True)
class Payment:
    """One payment received against an invoice."""

    date: dt.date
    amount: float

    def to_dict(self) -> dict[str, Any]:
        """Return the payment as it is stored in the case file."""
        return {"date": self.date.isoformat(), "amount": _amount_out(self.amount)}


@dataclass(frozen=True, slots=True)
class Invoice:
    """One invoice: what the client owes, what they paid, and what they dispute.

    ``amount`` includes tax (what the client owes); ``amount_excl_tax`` is before tax. Either may
    be unknown: a migrated version 3 file only knew the amount before tax.
    """

    currency: str = "EUR"
    number: str | None = None
    issued: dt.date | None = None
    due: dt.date | None = None
    amount: float | None = None
    amount_excl_tax: float | None = None
    vat: str = "unknown"
    payments: tuple[Payment, ...] = ()
    disputed: float = 0

    @property
    def paid(self) -> float:
        """The sum of the payments received."""
        return sum(payment.amount for payment in self.payments)

    def to_dict(self) -> dict[str, Any]:
        """Return the invoice as it is stored in the case file."""
        return {
            "number": self.number,
            "issued": None if self.issued is None else self.issued.isoformat(),
            "due": None if self.due is None else self.due.isoformat(),
            "currency": self.currency,
            "amount": _amount_out(self.amount),
            "amount_excl_tax": _amount_out(self.amount_excl_tax),
            "vat": self.vat,
            "payments": [payment.to_dict() for payment in self.payments],
            "disputed": _amount_out(self.disputed),
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """The headline results of a past analysis, kept to say what changed since."""

    date: dt.date
    trust: int | None
    stage: int | None
    tactic: str | None
    decision: str | None
    route: str | None = None
    claimable: Mapping[str, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the analysis as it is stored in the case file."""
        return {
            "date": self.date.isoformat(),
            "trust": self.trust,
            "stage": self.stage,
            "tactic": self.tactic,
            "decision": self.decision,
            "route": self.route,
            "claimable": None
            if self.claimable is None
            else {key: _amount_out(value) for key, value in self.claimable.items()},
        }


def content_id(data: Mapping[str, Any]) -> str:
    """A case id derived from a file's content: the same file always gets the same id."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "case-" + hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Case:
    """A validated case: one client, its facts and the answers to the questionnaire."""

    client: str = ""
    created: dt.date | None = None
    updated: dt.date | None = None
    narrative: str = ""
    timeline: tuple[TimelineEntry, ...] = ()
    answers: Mapping[str, Answer] = field(default_factory=lambda: _frozen({}))
    checklists: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _frozen({}))
    # "" only for a Case built in code: to_dict then derives the id from the content.
    id: str = ""
    invoices: tuple[Invoice, ...] = ()
    analyses: tuple[Analysis, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the case in the current file format."""
        data = self._content()
        return {
            "format": FORMAT,
            "version": VERSION,
            "id": self.id or content_id(data),
            **{key: value for key, value in data.items() if key not in ("format", "version")},
        }

    def _content(self) -> dict[str, Any]:
        data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "client": self.client}
        if self.created:
            data["created"] = self.created.isoformat()
        if self.updated:
            data["updated"] = self.updated.isoformat()
        data["narrative"] = self.narrative
        data["timeline"] = [entry.to_dict() for entry in self.timeline]
        data["answers"] = {
            key: list(value) if isinstance(value, tuple) else value
            for key, value in self.answers.items()
        }
        data["checklists"] = {key: list(items) for key, items in self.checklists.items()}
        data["invoices"] = [invoice.to_dict() for invoice in self.invoices]
        data["analyses"] = [analysis.to_dict() for analysis in self.analyses]
        return data


# -- parsing ----------------------------------------------------------------------------


def _depth(text: str) -> int:
    """Return how deeply brackets nest in a JSON text, so json.loads never recurses too far."""
    deepest = depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _refuse_constant(name: str) -> Any:
    raise CaseError("", "not_finite", found=name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise CaseError("", "not_finite", found=text)
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise CaseError("", "duplicate_key", key=key)
        result[key] = value
    return result


def _parse(data: bytes | str) -> Any:
    """Turn raw bytes or text into JSON values, refusing anything oversized or exotic."""
    if isinstance(data, bytes | bytearray):
        if len(data) > LIMITS.bytes:
            raise CaseError("", "too_large", size=len(data), limit=LIMITS.bytes)
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            raise CaseError("", "not_utf8") from None
    else:
        text = data
        if len(text) > LIMITS.bytes or len(text.encode("utf-8", "surrogatepass")) > LIMITS.bytes:
            raise CaseError(
                "", "too_large", size=len(text.encode("utf-8", "replace")), limit=LIMITS.bytes
            )
    # Editors on Windows like to start UTF-8 files with a byte-order mark.
    text = text.removeprefix("\ufeff")
    if _depth(text) > LIMITS.depth:
        raise CaseError("", "too_deep", limit=LIMITS.depth)
    try:
        return json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as error:
        raise CaseError("", "not_json", line=error.lineno, column=error.colno) from None
    except ValueError:
        # Integers with thousands of digits are refused by int() itself.
        raise CaseError("", "not_json", line=1, column=1) from None


def _check_depth(value: Any, path: str, depth: int = 1) -> None:
    """Refuse Mapping input nested deeper than the limit, as text input is."""
    if depth > LIMITS.depth:
        raise CaseError(path, "too_deep", limit=LIMITS.depth)
    if isinstance(value, Mapping):
        for key, item in value.items():
            _check_depth(item, f"{path}.{key}" if path else str(key), depth + 1)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_depth(item, f"{path}[{index}]", depth + 1)


# -- validation -------------------------------------------------------------------------


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return "unknown"


def _expect(value: Any, kind: type | tuple[type, ...], path: str, expected: str) -> None:
    if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
        raise CaseError(path, "wrong_type", expected=expected, found=_type_name(value))
    if not isinstance(value, kind):
        raise CaseError(path, "wrong_type", expected=expected, found=_type_name(value))


def _text(value: Any, path: str, limit: int) -> str:
    _expect(value, str, path, "string")
    if len(value) > limit:
        raise CaseError(path, "too_long", length=len(value), limit=limit)
    return str(value)


def _date(value: Any, path: str, today: dt.date | None) -> dt.date:
    _expect(value, str, path, "date")
    text = str(value)
    # fromisoformat accepts other shapes too (20260711, 2026-W28-6); only YYYY-MM-DD is ours.
    if len(text) != 10 or text[4] != "-" or text[7] != "-" or not text.replace("-", "").isdigit():
        raise CaseError(path, "bad_date", found=text)
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise CaseError(path, "bad_date", found=text) from None
    if not LIMITS.earliest_year <= day.year <= LIMITS.latest_year:
        raise CaseError(path, "bad_date", found=text)
    if today is not None and (day - today).days > LIMITS.future_days:
        raise CaseError(path, "future_date", found=text)
    return day


def parse_day(text: str, path: str) -> dt.date:
    """Read a YYYY-MM-DD day given outside a case file (``--today``, the page's date)."""
    return _date(text, path, None)


def _enum(value: Any, path: str, allowed: tuple[str, ...]) -> str:
    _expect(value, str, path, "string")
    if value not in allowed:
        raise CaseError(path, "bad_option", found=value, allowed=", ".join(allowed))
    return str(value)


def _answer(question: Question, value: Any, path: str, today: dt.date | None = None) -> Answer:
    """Validate one answer against its question and return it in its canonical form."""
    kind = question.kind
    if kind is QuestionKind.SCALE:
        _expect(value, int, path, "scale")
        if not 1 <= value <= 5:
            raise CaseError(path, "out_of_range", minimum=1, maximum=5, found=value)
        return int(value)
    if kind is QuestionKind.YESNO:
        _expect(value, bool, path, "boolean")
        return bool(value)
    if kind is QuestionKind.NUMBER:
        _expect(value, (int, float), path, "number")
        number = float(value)
        low = question.minimum if question.minimum is not None else -math.inf
        high = question.maximum if question.maximum is not None else math.inf
        if not math.isfinite(number):
            raise CaseError(path, "not_finite", found=value)
        if not low <= number <= high:
            raise CaseError(
                path, "out_of_range", minimum=_num(low), maximum=_num(high), found=value
            )
        return int(number) if number.is_integer() else number
    allowed = tuple(option.value for option in question.options)
    if kind is QuestionKind.CHOICE:
        return _enum(value, path, allowed)
    if kind is QuestionKind.MULTI:
        _expect(value, list, path, "list")
        chosen: list[str] = []
        for index, item in enumerate(value):
            item_path = f"{path}[{index}]"
            choice = _enum(item, item_path, allowed)
            if choice in chosen:
                raise CaseError(item_path, "duplicate_value", found=choice)
            chosen.append(choice)
        if NONE in chosen and len(chosen) > 1:
            raise CaseError(path, "none_with_others", found=NONE)
        # Canonical order: the questionnaire's, so equal answers compare equal.
        return tuple(option for option in allowed if option in chosen)
    if kind is QuestionKind.DATE:
        # A deadline may lie ahead: only the calendar range is checked, not "not in the future";
        # the date of something done (``past``) is refused further ahead, as a timeline date is.
        return _date(value, path, today if question.past else None).isoformat()
    limit = LIMITS.short_text if kind is QuestionKind.TEXT else LIMITS.text
    return _text(value, path, limit)


def _num(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else str(value)


_QUESTIONS: Mapping[str, Question] = {q.id: q for s in questionnaire() for q in s.questions}
_TOP_KEYS = ("format", "version", "id", "client", "created", "updated", "narrative", "timeline",
             "answers", "checklists", "invoices", "analyses")  # fmt: skip
_V3_TOP_KEYS = ("format", "version", "client", "created", "updated", "narrative", "timeline",
                "answers", "checklists")  # fmt: skip
_INVOICE_KEYS = ("number", "issued", "due", "currency", "amount", "amount_excl_tax", "vat",
                 "payments", "disputed")  # fmt: skip
_ANALYSIS_KEYS = ("date", "trust", "stage", "tactic", "decision", "route", "claimable")
_ENTRY_KEYS = ("date", "what", "category", "who")


def _answers(raw: Any, path: str, today: dt.date | None = None) -> Mapping[str, Answer]:
    _expect(raw, Mapping, path, "object")
    answers: dict[str, Answer] = {}
    for key, value in raw.items():
        key_path = f"{path}.{key}"
        question = _QUESTIONS.get(key)
        if question is None:
            raise CaseError(key_path, "unknown_question")
        if value is None:
            continue  # an unanswered question may be saved as null
        answers[key] = _answer(question, value, key_path, today)
    # Canonical order: the questionnaire's.
    return _frozen({key: answers[key] for key in _QUESTIONS if key in answers})


def _timeline(
    raw: Any, path: str, today: dt.date | None, names: Mapping[str, str]
) -> tuple[TimelineEntry, ...]:
    _expect(raw, list, path, "list")
    if len(raw) > LIMITS.timeline:
        raise CaseError(path, "too_many", count=len(raw), limit=LIMITS.timeline)
    entries = []
    categories = tuple(c.value for c in Category)
    actors = tuple(a.value for a in Actor)
    for index, item in enumerate(raw):
        item_path = f"{path}[{index}]"
        _expect(item, Mapping, item_path, "object")
        for key in item:
            if key not in names.values():
                raise CaseError(f"{item_path}.{key}", "unknown_key")
        date_key, what_key = names["date"], names["what"]
        category_key, who_key = names["category"], names["who"]
        if date_key not in item:
            raise CaseError(f"{item_path}.{date_key}", "missing")
        when = _date(item[date_key], f"{item_path}.{date_key}", today)
        what = _text(item.get(what_key, ""), f"{item_path}.{what_key}", LIMITS.text)
        category = _enum(item.get(category_key, "other"), f"{item_path}.{category_key}", categories)
        who = _enum(item.get(who_key, "client"), f"{item_path}.{who_key}", actors)
        entries.append(TimelineEntry(when, what, Category(category), Actor(who)))
    # Sorting keeps the file's order for entries of the same day.
    return tuple(sorted(entries, key=lambda entry: entry.date))


def _checklists(raw: Any, path: str) -> Mapping[str, tuple[str, ...]]:
    _expect(raw, Mapping, path, "object")
    if len(raw) > LIMITS.checklist_pages:
        raise CaseError(path, "too_many", count=len(raw), limit=LIMITS.checklist_pages)
    result: dict[str, tuple[str, ...]] = {}
    for key, items in raw.items():
        key_path = f"{path}.{key}"
        _expect(key, str, key_path, "string")
        if len(key) > LIMITS.checklist_key:
            raise CaseError(key_path, "too_long", length=len(key), limit=LIMITS.checklist_key)
        _expect(items, list, key_path, "list")
        if len(items) > LIMITS.checklist_items:
            raise CaseError(key_path, "too_many", count=len(items), limit=LIMITS.checklist_items)
        result[key] = tuple(
            _text(item, f"{key_path}[{index}]", LIMITS.checklist_key)
            for index, item in enumerate(items)
        )
    return _frozen(result)


_V2_NAMES: Mapping[str, str] = {
    "narrative": "narrative",
    "timeline": "timeline",
    "answers": "answers",
    "date": "date",
    "what": "what",
    "category": "category",
    "who": "who",
}
# Version 1 (2025): "notes", "incidents" with "text" and "kind", answers under "responses".
_V1_NAMES: Mapping[str, str] = {
    "narrative": "notes",
    "timeline": "incidents",
    "answers": "responses",
    "date": "date",
    "what": "text",
    "category": "kind",
    "who": "who",
}
_V1_TOP_KEYS = ("format", "version", "client", "created", "notes", "incidents", "responses")
# Answers renamed since version 1.
_V1_RENAMED: Mapping[str, str] = {"batna_quality": "batna", "urgency": "time_pressure"}


def _dated_deadline(
    answers: Mapping[str, Any], saved: dt.date | None, path: str
) -> Mapping[str, Any]:
    """Version 3 asks for the deadline's date, not for a number of days that ages with the file.

    The days counted from the day the file was last saved give that date; with no such day, the
    answer cannot be dated and is dropped rather than guessed. A date the reader gave explicitly
    always wins: the page may have written it into a version 2 file it had not migrated.
    """
    if "deadline_days" not in answers:
        return answers
    days = answers["deadline_days"]
    rest = {key: value for key, value in answers.items() if key != "deadline_days"}
    if days is None or saved is None or rest.get("deadline") is not None:
        return rest
    field_path = f"{path}.deadline_days"
    _expect(days, (int, float), field_path, "number")
    if not (math.isfinite(days) and 0 <= days <= _MAX_DEADLINE_DAYS):
        raise CaseError(
            field_path, "out_of_range", minimum=0, maximum=_MAX_DEADLINE_DAYS, found=days
        )
    return {**rest, "deadline": (saved + dt.timedelta(days=int(days))).isoformat()}


_MAX_DEADLINE_DAYS = 3650
# Version 3 asked for the amount owed and the amount disputed before tax, in euros.
_V3_AMOUNTS = ("amount_owed", "amount_disputed")


def _keys(item: Mapping[str, Any], path: str, allowed: tuple[str, ...]) -> None:
    for key in item:
        if key not in allowed:
            raise CaseError(f"{path}.{key}", "unknown_key")


def _amount(value: Any, path: str, *, nullable: bool = True) -> float | None:
    if value is None and nullable:
        return None
    _expect(value, (int, float), path, "number")
    number = float(value)
    if not math.isfinite(number):
        raise CaseError(path, "not_finite", found=value)
    if not 0 <= number <= LIMITS.amount:
        raise CaseError(path, "out_of_range", minimum=0, maximum=LIMITS.amount, found=value)
    return int(number) if number.is_integer() else number


def _optional_date(value: Any, path: str, today: dt.date | None) -> dt.date | None:
    return None if value is None else _date(value, path, today)


def _invoices(raw: Any, path: str, today: dt.date | None) -> tuple[Invoice, ...]:
    _expect(raw, list, path, "list")
    if len(raw) > LIMITS.invoices:
        raise CaseError(path, "too_many", count=len(raw), limit=LIMITS.invoices)
    invoices = []
    for index, item in enumerate(raw):
        item_path = f"{path}[{index}]"
        _expect(item, Mapping, item_path, "object")
        _keys(item, item_path, _INVOICE_KEYS)
        number = item.get("number")
        if number is not None:
            number = _text(number, f"{item_path}.number", LIMITS.invoice_number)
        if "currency" not in item:
            raise CaseError(f"{item_path}.currency", "missing")
        payments_raw = item.get("payments", [])
        payments_path = f"{item_path}.payments"
        _expect(payments_raw, list, payments_path, "list")
        if len(payments_raw) > LIMITS.payments:
            raise CaseError(
                payments_path, "too_many", count=len(payments_raw), limit=LIMITS.payments
            )
        payments = []
        for pay_index, pay in enumerate(payments_raw):
            pay_path = f"{payments_path}[{pay_index}]"
            _expect(pay, Mapping, pay_path, "object")
            _keys(pay, pay_path, ("date", "amount"))
            for key in ("date", "amount"):
                if key not in pay:
                    raise CaseError(f"{pay_path}.{key}", "missing")
            amount = _amount(pay["amount"], f"{pay_path}.amount", nullable=False)
            assert amount is not None
            payments.append(Payment(_date(pay["date"], f"{pay_path}.date", today), amount))
        disputed = _amount(item.get("disputed", 0), f"{item_path}.disputed", nullable=False)
        assert disputed is not None
        invoices.append(
            Invoice(
                currency=_enum(item["currency"], f"{item_path}.currency", CURRENCIES),
                number=number,
                issued=_optional_date(item.get("issued"), f"{item_path}.issued", today),
                # A due date may lie ahead: only the calendar range is checked.
                due=_optional_date(item.get("due"), f"{item_path}.due", None),
                amount=_amount(item.get("amount"), f"{item_path}.amount"),
                amount_excl_tax=_amount(
                    item.get("amount_excl_tax"), f"{item_path}.amount_excl_tax"
                ),
                vat=_enum(item.get("vat", "unknown"), f"{item_path}.vat", VAT_STATUSES),
                payments=tuple(sorted(payments, key=lambda p: p.date)),
                disputed=disputed,
            )
        )
    return tuple(invoices)


def _int_in(value: Any, path: str, low: int, high: int) -> int | None:
    if value is None:
        return None
    _expect(value, int, path, "integer")
    if not low <= value <= high:
        raise CaseError(path, "out_of_range", minimum=low, maximum=high, found=value)
    return int(value)


def _analyses(raw: Any, path: str, today: dt.date | None) -> tuple[Analysis, ...]:
    _expect(raw, list, path, "list")
    if len(raw) > LIMITS.analyses:
        raise CaseError(path, "too_many", count=len(raw), limit=LIMITS.analyses)
    analyses = []
    for index, item in enumerate(raw):
        item_path = f"{path}[{index}]"
        _expect(item, Mapping, item_path, "object")
        _keys(item, item_path, _ANALYSIS_KEYS)
        if "date" not in item:
            raise CaseError(f"{item_path}.date", "missing")
        tactic, decision, route = item.get("tactic"), item.get("decision"), item.get("route")
        claimable_raw = item.get("claimable")
        claimable: Mapping[str, float] | None = None
        if claimable_raw is not None:
            claim_path = f"{item_path}.claimable"
            _expect(claimable_raw, Mapping, claim_path, "object")
            amounts: dict[str, float] = {}
            for currency, value in claimable_raw.items():
                _enum(currency, f"{claim_path}.{currency}", CURRENCIES)
                amount = _amount(value, f"{claim_path}.{currency}", nullable=False)
                assert amount is not None
                amounts[currency] = amount
            claimable = _frozen({c: amounts[c] for c in CURRENCIES if c in amounts})
        analyses.append(
            Analysis(
                date=_date(item["date"], f"{item_path}.date", today),
                trust=_int_in(item.get("trust"), f"{item_path}.trust", 0, LIMITS.trust),
                stage=_int_in(item.get("stage"), f"{item_path}.stage", 1, LIMITS.stages),
                tactic=None
                if tactic is None
                else _enum(tactic, f"{item_path}.tactic", ANALYSIS_TACTICS),
                decision=None
                if decision is None
                else _enum(decision, f"{item_path}.decision", ANALYSIS_DECISIONS),
                route=None if route is None else _text(route, f"{item_path}.route", LIMITS.route),
                claimable=claimable,
            )
        )
    # Oldest first; sorting keeps the file's order for analyses of the same day.
    return tuple(sorted(analyses, key=lambda analysis: analysis.date))


def _case_id(value: Any) -> str:
    text = _text(value, "id", LIMITS.id_max)
    if len(text) < LIMITS.id_min or not _ID.fullmatch(text):
        raise CaseError("id", "bad_id", found=text, minimum=LIMITS.id_min, maximum=LIMITS.id_max)
    return text


def _migrated_amounts(
    answers: Mapping[str, Any], path: str
) -> tuple[Mapping[str, Any], tuple[Invoice, ...]]:
    """Version 4 keeps money in invoices: the old amounts become one invoice, nothing guessed.

    Version 3 asked for the amount before tax, in euros; the amount including tax and the VAT
    status stay unknown until the reader gives them.
    """
    rest = {key: value for key, value in answers.items() if key not in _V3_AMOUNTS}
    owed = _amount(answers.get("amount_owed"), f"{path}.amount_owed")
    disputed = _amount(answers.get("amount_disputed"), f"{path}.amount_disputed")
    if owed is None and disputed is None:
        return rest, ()
    return rest, (
        Invoice(currency="EUR", amount=None, amount_excl_tax=owed, vat="unknown",
                disputed=disputed or 0),
    )  # fmt: skip


def _validate(raw: Any, today: dt.date | None) -> Case:
    """Check a parsed case file of any supported version and build the Case."""
    _expect(raw, Mapping, "", "object")
    if raw.get("format") != FORMAT:
        raise CaseError("format", "foreign_format", found=raw.get("format", "—"))
    version = raw.get("version")
    if version is None:
        raise CaseError("version", "missing")
    _expect(version, int, "version", "integer")
    if version > VERSION:
        raise CaseError("version", "newer_version", found=version, supported=VERSION)
    if version < 1:
        raise CaseError("version", "out_of_range", minimum=1, maximum=VERSION, found=version)
    top_keys: tuple[str, ...]
    if version == 1:
        names, top_keys = _V1_NAMES, _V1_TOP_KEYS
    else:
        names, top_keys = _V2_NAMES, (_V3_TOP_KEYS if version < VERSION else _TOP_KEYS)
    for key in raw:
        if key not in top_keys:
            raise CaseError(str(key), "unknown_key")
    answers_raw = raw.get(names["answers"], {})
    if version == 1 and isinstance(answers_raw, Mapping):
        answers_raw = {_V1_RENAMED.get(key, key): value for key, value in answers_raw.items()}
    created = None if raw.get("created") is None else _date(raw["created"], "created", today)
    updated = None if raw.get("updated") is None else _date(raw["updated"], "updated", today)
    if version < 3 and isinstance(answers_raw, Mapping):
        answers_raw = _dated_deadline(answers_raw, updated or created or today, names["answers"])
    if version < VERSION:
        # An older file gets an id derived from its content: importing it twice gives one id.
        case_id = content_id(raw)
        invoices: tuple[Invoice, ...] = ()
        if isinstance(answers_raw, Mapping):
            answers_raw, invoices = _migrated_amounts(answers_raw, names["answers"])
        analyses: tuple[Analysis, ...] = ()
    else:
        # A file written without an id (a new case of the page) gets one the same way.
        case_id = _case_id(raw["id"]) if "id" in raw else content_id(raw)
        invoices = _invoices(raw.get("invoices", []), "invoices", today)
        analyses = _analyses(raw.get("analyses", []), "analyses", today)
    return Case(
        id=case_id,
        invoices=invoices,
        analyses=analyses,
        client=_text(raw.get("client", ""), "client", LIMITS.client),
        created=created,
        updated=updated,
        narrative=_text(raw.get(names["narrative"], ""), names["narrative"], LIMITS.text),
        timeline=_timeline(raw.get(names["timeline"], []), names["timeline"], today, names),
        answers=_answers(answers_raw, names["answers"], today),
        checklists=_checklists(raw.get("checklists", {}), "checklists"),
    )


def load_case(data: bytes | str | Mapping[str, Any], *, today: dt.date | None = None) -> Case:
    """Parse and validate a case file, migrating older versions; raise CaseError if it is bad.

    With ``today``, dates more than a month after it are refused as well.
    """
    if isinstance(data, bytes | bytearray | str):
        raw = _parse(data)
    elif isinstance(data, Mapping):
        _check_depth(data, "")
        raw = data
    else:
        raise CaseError("", "wrong_type", expected="object", found=type(data).__name__)
    return _validate(raw, today)
