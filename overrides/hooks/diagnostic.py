"""Render the case file and diagnostic form, and the scoring tables, from client_conflict itself.

The questionnaire and the scoring rules are defined once, in Python; this hook hands them to:
- the Jinja templates under ``overrides/partials/diagnostic/`` (autoescaped), whose output
  replaces ``<!-- client-conflict:diagnostic -->`` on a page;
- ``explain.rules_markdown``, whose tables replace ``<!-- client-conflict:rules -->``.
It also puts the engine's limits and the interface strings in the page settings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "py"))

from client_conflict.case import LIMITS, Actor, Category  # noqa: E402
from client_conflict.i18n import format_date  # noqa: E402
from client_conflict.questionnaire import Question, questionnaire, quick_path  # noqa: E402

DIAGNOSTIC_MARKER = "<!-- client-conflict:diagnostic -->"
RULES_MARKER = "<!-- client-conflict:rules -->"
UI_STRINGS: dict[str, dict[str, str]] = json.loads(
    (ROOT / "overrides" / "ui-strings.json").read_text(encoding="utf-8")
)
STEP_PAGES = {
    1: "steps/1-describe/",
    2: "steps/2-sources/",
    3: "steps/3-interests/",
    4: "steps/4-cooperation/",
    5: "steps/5-trust/",
    6: "steps/6-impediments/",
    7: "steps/7-negotiate/",
    8: "steps/8-third-party/",
}
# The case bar's buttons: the action the page script runs, and its label's key.
ACTIONS = (
    ("new", "case.new"),
    ("rename", "case.rename"),
    ("export", "case.export"),
    ("import", "case.import"),
    ("delete", "case.delete"),
    ("backup", "case.backup"),
    ("delete-all", "case.delete_all"),
)
# Every page gets the strings its checklists may need; the diagnostic page carries all of them.
_EVERY_PAGE = ("checklist.", "store.", "locale", "offline.")

_TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(ROOT / "overrides" / "partials" / "diagnostic"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_TEMPLATES.filters["num"] = lambda value: f"{value:.15g}"


def _locale(page: Any, config: Any) -> str:
    locale = getattr(page.file, "locale", None) or config["theme"]["language"]
    return locale if locale in UI_STRINGS else "fr"


def page_limits() -> dict[str, Any]:
    """The engine's limits and enumerations the page scripts enforce before the engine does."""
    return {
        **dataclasses.asdict(LIMITS),
        "categories": [c.value for c in Category],
        "actors": [a.value for a in Actor],
    }


def on_config(config: Any) -> Any:
    config["extra"]["ui_strings"] = {
        lang: {key: text for key, text in strings.items() if key.startswith(_EVERY_PAGE)}
        for lang, strings in UI_STRINGS.items()
    }
    config["extra"]["case_limits"] = page_limits()
    return config


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    if RULES_MARKER in markdown:
        from client_conflict.explain import rules_markdown  # noqa: PLC0415

        markdown = markdown.replace(RULES_MARKER, rules_markdown(_locale(page, config)))
    return markdown


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    if DIAGNOSTIC_MARKER not in html:
        return html
    lang = _locale(page, config)
    # The diagnostic page may sit at any depth; guide links are relative to the language root.
    depth = page.url.removeprefix(f"{lang}/").count("/")
    return html.replace(DIAGNOSTIC_MARKER, render_app(lang, "../" * depth))


# --- rendering -------------------------------------------------------------------------------

# Each question kind has its macro in questions.html; "text" is taken by the language helper.
_MACRO_NAMES = {"text": "text_"}


def _macro_for(question: Question) -> str:
    kind = question.kind.value
    return _MACRO_NAMES.get(kind, kind)


def _minutes(questions: int, extra: int = 0) -> int:
    """Roughly how long a part of the form takes: about 25 seconds a question (the 50 questions
    took a new reader 15 to 25 minutes), at least a minute, and `extra` minutes more."""
    return max(1, math.ceil(questions * 25 / 60)) + extra


def _months(lang: str) -> list[str]:
    """The month names as the engine's reports write them."""
    return [format_date(dt.date(2001, month, 2), lang).split()[1] for month in range(1, 13)]


def render_app(lang: str, to_root: str = "") -> str:
    """Return the whole case-file and diagnostic application for one language, as HTML."""
    ui = UI_STRINGS[lang]

    def text(mapping: Mapping[str, str] | None) -> str:
        mapping = mapping or {}
        return str(mapping.get(lang) or mapping.get("fr") or "")

    def say(key: str, **values: object) -> str:
        return ui[key].format(**values)

    sections = questionnaire()

    # Questions gain these with case file version 4; older questionnaires lack them.
    def quick(q: Question) -> bool:
        return bool(getattr(q, "quick", False))

    # One home per question: the quick path opens the form, in its own order; each section then
    # holds only its other questions, and a section left with none is not shown (but the first,
    # which carries the account and the dated timeline).
    quick_questions = [q for q in quick_path() if quick(q)]
    deeper = [
        (s, rest)
        for s in sections
        if (rest := [q for q in s.questions if not quick(q)]) or s is sections[0]
    ]
    # The timeline's categories are the disagreement's sources; their labels come from there.
    sources = {o.value: o.label for s in sections for q in s.questions if q.id == "sources"
               for o in q.options}  # fmt: skip
    return _TEMPLATES.get_template("app.html").render(
        ui=ui,
        text=text,
        say=say,
        quick_questions=quick_questions,
        sections=deeper,
        minutes=_minutes,
        macro_for=_macro_for,
        quick=quick,
        shown_when=lambda q: getattr(q, "shown_when", None),
        step_pages=STEP_PAGES,
        to_root=to_root,
        actions=ACTIONS,
        limits=LIMITS,
        months=_months(lang),
        categories=[(c.value, text(sources.get(c.value)) or c.value) for c in Category],
        actors=[(a.value, ui[f"timeline.who.{a.value}"]) for a in Actor],
    )
