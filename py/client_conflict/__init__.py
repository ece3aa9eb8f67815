"""Assessment engine of the difficult-client field guide.

From a case file (dated facts and answers to the questionnaire) it scores trust, suggests a
negotiation tactic, places the escalation on Glasl's stages and writes a dated action plan.
Pure Python, standard library only; it runs on CPython and in Pyodide.
"""

from __future__ import annotations

from .assessment import Assessment, assess
from .case import Case, TimelineEntry, load_case
from .errors import CaseError
from .examples import example_case
from .questionnaire import Option, Question, QuestionKind, Section, questionnaire
from .render import render_html, render_markdown, render_text
from .schema import case_schema

__version__ = "0.1.0"

__all__ = [
    "Assessment",
    "Case",
    "CaseError",
    "Option",
    "Question",
    "QuestionKind",
    "Section",
    "TimelineEntry",
    "__version__",
    "assess",
    "case_schema",
    "example_case",
    "load_case",
    "questionnaire",
    "render_html",
    "render_markdown",
    "render_text",
]
