"""The one exception the engine raises for bad input, with its messages in both languages.

A ``CaseError`` speaks to two people. The technical message (``message``, ``detail`` in the
JSON) names the field and the fault, for the command line and the console. The reader's message
(``reader_message``, ``message`` in the JSON the page shows) says what is wrong in plain words and
never names an internal field: it is chosen from the fault and the part of the file it is in.
Every piece of the file echoed in either message is cleaned and shortened, so no message can
grow with its input or carry control characters.
"""

from __future__ import annotations

import re

from . import i18n
from ._text import clean_line, shorten

__all__ = ["CaseError", "check_lang"]

_MAX_SHOWN = 40  # characters of a value quoted in a message
_MAX_FIELD = 60  # characters of a field path named in a message


def _shown(value: object, limit: int = _MAX_SHOWN) -> str:
    """Quote a piece of user input briefly, cleaned, on one line, so a message stays readable."""
    # Cut before cleaning too, so a huge value costs no more than a short one.
    return shorten(clean_line(str(value)[: limit * 4]), limit)


# The reader's message: the fault's family, then the part of the file it is in. A key
# "reader.<family>.<part>" is used when the catalogs have it, else "reader.<family>".
_FAMILY: dict[str, str] = {
    "not_json": "damaged",
    "not_utf8": "encoding",
    "too_deep": "damaged",
    "duplicate_key": "damaged",
    "too_large": "too_large",
    "foreign_format": "not_a_case",
    "newer_version": "newer",
    "unknown_key": "unknown",
    "unknown_question": "unknown",
    "bad_date": "date",
    "future_date": "future",
    "too_long": "long",
    "too_many": "many",
    "bad_lang": "internal",
    "unreadable": "unreadable",
    "internal": "internal",
}
# Version 1 named some parts differently; an invoice's payments belong to the invoices.
_PART: dict[str, str] = {
    "client": "client",
    "narrative": "narrative",
    "notes": "narrative",
    "timeline": "timeline",
    "incidents": "timeline",
    "answers": "answers",
    "responses": "answers",
    "checklists": "checklists",
    "created": "dates",
    "updated": "dates",
    "invoices": "invoices",
    "analyses": "analyses",
}


def _reader_key(field: str, code: str) -> str:
    part = _PART.get(re.split(r"[.\[]", field, maxsplit=1)[0], "file")
    if code == "wrong_type" and not field:
        family = "not_a_case"  # the file is JSON, but not an object
    elif field == "version" and code != "newer_version":
        family = "damaged"  # a case saved by the site always says its version
    elif not field and code == "not_finite":
        family = "damaged"
    else:
        family = _FAMILY.get(code, "value")
    if family == "internal":
        return "error.internal"
    catalog = i18n.catalog("en")
    specific = f"reader.{family}.{part}"
    return specific if specific in catalog else f"reader.{family}"


class CaseError(Exception):
    """Bad input: ``field`` is a JSON path (``""`` for the whole file), ``code`` is stable."""

    field: str
    code: str
    params: dict[str, str]
    reader_key: str

    def __init__(self, field: str, code: str, **params: object) -> None:
        self.reader_key = _reader_key(field, code)
        self.field = _shown(field, _MAX_FIELD)
        self.code = code
        self.params = {name: _shown(value) for name, value in params.items()}
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        """Return the technical sentence, in ``lang`` (English if unknown): field and fault."""
        lang = lang if lang in i18n.LANGS else "en"
        if self.field:
            where = i18n.t(lang, "error.where.field", field=self.field)
        else:
            where = i18n.t(lang, "error.where.file")
        params = dict(self.params)
        if "expected" in params:
            params["expected"] = i18n.t(lang, f"type.{params['expected']}")
        text = i18n.t(lang, f"error.{self.code}", where=where, **params)
        return text[0].upper() + text[1:]

    def reader_message(self, lang: str = "en") -> str:
        """Return the reader's sentence, in ``lang``: what is wrong, in plain words."""
        return i18n.t(lang if lang in i18n.LANGS else "en", self.reader_key)

    def to_dict(self, lang: str = "en") -> dict[str, str]:
        """Return the error as the JSON the browser shows: the reader's message, then detail."""
        return {
            "field": self.field,
            "code": self.code,
            "message": self.reader_message(lang),
            "detail": self.message(lang),
        }


def check_lang(lang: object) -> str:
    """Return ``lang`` if the engine speaks it, else raise CaseError ``bad_lang``."""
    if not isinstance(lang, str) or lang not in i18n.LANGS:
        raise CaseError("lang", "bad_lang", found=lang)
    return lang
