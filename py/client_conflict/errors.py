"""The one exception the engine raises for bad input, with its message in both languages."""

from __future__ import annotations

from . import i18n

__all__ = ["CaseError", "check_lang"]

_MAX_SHOWN = 40


def _shown(value: object) -> str:
    """Quote a piece of user input briefly, on one line, so a message stays readable."""
    text = str(value)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


class CaseError(Exception):
    """Bad input: ``field`` is a JSON path (``""`` for the whole file), ``code`` is stable."""

    field: str
    code: str
    params: dict[str, str]

    def __init__(self, field: str, code: str, **params: object) -> None:
        self.field = field
        self.code = code
        self.params = {name: _shown(value) for name, value in params.items()}
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        """Return one natural sentence, in ``lang`` (English if unknown), naming field and fault."""
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

    def to_dict(self, lang: str = "en") -> dict[str, str]:
        """Return the error as the JSON the browser shows."""
        return {"field": self.field, "code": self.code, "message": self.message(lang)}


def check_lang(lang: object) -> str:
    """Return ``lang`` if the engine speaks it, else raise CaseError ``bad_lang``."""
    if not isinstance(lang, str) or lang not in i18n.LANGS:
        raise CaseError("lang", "bad_lang", found=lang)
    return lang
