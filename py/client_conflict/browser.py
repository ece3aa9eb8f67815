"""The browser's Web Worker calls these: JSON text in, JSON text out, never an exception."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from .assessment import assess
from .case import load_case, parse_day
from .errors import CaseError, check_lang
from .files import clean_file_text
from .i18n import LANGS, t
from .ics import render_ics
from .render import (
    render_dossier_html,
    render_dossier_markdown,
    render_dossier_text,
    render_html,
    render_markdown,
    render_text,
)
from .verdict import analysis_record

__all__ = ["evaluate", "load"]


def _today(text: str) -> dt.date | None:
    return parse_day(text, "today") if text else None


def _answer(lang: str, work: Callable[[], dict[str, Any]]) -> str:
    """Run ``work`` and wrap its result, or the reader-facing error, as ``{"ok": ...}`` JSON."""
    shown_lang = lang if lang in LANGS else "en"
    error: CaseError | None = None
    try:
        check_lang(lang)
        return json.dumps({"ok": True, **work()}, ensure_ascii=False)
    except CaseError as refused:
        error = refused
    except RecursionError:
        error = CaseError("", "too_deep", limit=10)
    except Exception:  # the worker must always get an answer it can show
        internal = {"field": "", "code": "internal", "message": t(shown_lang, "error.internal")}
        return json.dumps({"ok": False, "error": internal}, ensure_ascii=False)
    return json.dumps({"ok": False, "error": error.to_dict(shown_lang)}, ensure_ascii=False)


def evaluate(case_json: str, lang: str, today: str, base_url: str = "") -> str:
    """Assess a case file given as JSON text; return the result, or the error, as JSON text.

    ``today`` is the reader's date as YYYY-MM-DD ("" for the system date); ``base_url`` is the
    URL of the site's language root, which the report's links start from.
    """
    from . import __version__  # noqa: PLC0415  # read at call time: the package sets it last

    def work() -> dict[str, Any]:
        day = _today(today)
        case = load_case(case_json, today=day)
        assessment = assess(case, lang, today=day)
        return {
            "version": __version__,
            "assessment": assessment.to_dict(),
            "html": render_html(assessment, base_url),
            # The files the reader can download: each passes the one file-text call point.
            "markdown": clean_file_text(render_markdown(assessment, base_url)),
            "text": clean_file_text(render_text(assessment)),
            "ics": render_ics(assessment, case.to_dict()["id"]),
            # The dossier for a mediator or a lawyer: printed from HTML, downloaded as text.
            "dossier_html": render_dossier_html(assessment, case),
            "dossier_text": clean_file_text(render_dossier_text(assessment, case)),
            "dossier_markdown": clean_file_text(render_dossier_markdown(assessment, case)),
            # The headline the page keeps in the case's analyses, for "what changed since".
            "analysis": analysis_record(assessment),
        }

    return _answer(lang, work)


def load(case_json: str, lang: str, today: str = "") -> str:
    """Validate and migrate an imported case file; return it in the current format, as JSON text.

    The page stores what this returns, so an import passes the same checks as the CLI.
    """
    return _answer(lang, lambda: {"case": load_case(case_json, today=_today(today)).to_dict()})
