"""Message catalogs: one sentence per key, with named placeholders, in French and English."""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping, Sequence

from . import messages_en, messages_fr

__all__ = [
    "LANGS",
    "catalog",
    "format_amount",
    "format_date",
    "format_number",
    "format_signed",
    "join",
    "lower_first",
    "placeholders",
    "t",
]

LANGS: tuple[str, ...] = ("fr", "en")

_CATALOGS: Mapping[str, Mapping[str, str]] = {
    "fr": messages_fr.MESSAGES,
    "en": messages_en.MESSAGES,
}

_AND = {"fr": "et", "en": "and"}

_MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def catalog(lang: str) -> Mapping[str, str]:
    """Return the whole catalog of a supported language."""
    return _CATALOGS[lang]


def t(lang: str, key: str, /, **params: object) -> str:
    """Return the sentence ``key`` in ``lang`` with its placeholders filled in."""
    return _CATALOGS[lang][key].format_map(params)


def placeholders(template: str) -> frozenset[str]:
    """Return the names of the placeholders of a catalog sentence."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def format_date(day: dt.date, lang: str) -> str:
    """Write a date as people do in ``lang``: "1er juillet 2026", "1 July 2026"."""
    month = _MONTHS[lang][day.month - 1]
    if lang == "fr":
        # French writes the first day of a month as an ordinal.
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first} {month} {day.year}"
    return f"{day.day} {month} {day.year}"


_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}


def format_amount(amount: float, lang: str, currency: str = "EUR") -> str:
    """Write an amount as people do in ``lang``: "6 720 €", "€6,720", "1 200 £", "£1,200"."""
    whole = round(amount, 2)
    text = f"{whole:,.0f}" if whole == int(whole) else f"{whole:,.2f}"
    symbol = _SYMBOLS[currency]
    if lang == "fr":
        # French groups thousands with a narrow no-break space and uses a decimal comma.
        text = text.replace(",", "\u202f").replace(".", ",")
        return f"{text}\u00a0{symbol}"
    return f"{symbol}{text}"


def format_number(value: float, lang: str) -> str:
    """Write a plain number with at most one decimal, with the decimal mark of ``lang``."""
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", ",") if lang == "fr" else text


def format_signed(value: float, lang: str) -> str:
    """Write a number with its sign and up to two decimals: "+0,25", "−0.5", "0"."""
    if value == 0:
        return "0"
    text = f"{abs(value):.2f}".rstrip("0").rstrip(".")
    text = text.replace(".", ",") if lang == "fr" else text
    return ("+" if value > 0 else "\u2212") + text


def lower_first(text: str) -> str:
    """Lower the first letter of a label used inside a sentence ("Transiger" -> "transiger")."""
    return text[:1].lower() + text[1:]


def join(items: Sequence[str], lang: str) -> str:
    """Join items as a sentence does: "a, b et c", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    # No serial comma: neither French nor British usage wants one.
    return f"{', '.join(items[:-1])} {_AND[lang]} {items[-1]}"
