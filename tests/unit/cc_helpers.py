"""Shared helpers for the engine's unit tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from client_conflict._facts import Facts
from client_conflict.case import load_case
from client_conflict.questionnaire import NONE, Question, QuestionKind, questionnaire

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TODAY = dt.date(2026, 9, 14)


# Shorthands the tests may use among the answers: the money a case file keeps in its invoices.
OWED, DISPUTED = "amount_owed", "amount_disputed"


def make_case(answers: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """A minimal valid case file with the given answers.

    ``amount_owed`` and ``amount_disputed`` become one invoice in euros, amount including tax.
    """
    answers = dict(answers or {})
    owed, disputed = answers.pop(OWED, None), answers.pop(DISPUTED, None)
    case: dict[str, Any] = {
        "format": "client-conflict-case",
        "version": 4,
        "id": "test-case",
        "client": "Test",
        "answers": answers,
    }
    if owed is not None or disputed is not None:
        case["invoices"] = [{"currency": "EUR", "amount": owed, "disputed": disputed or 0}]
    case.update(extra)
    return case


def facts(answers: dict[str, Any] | None = None, lang: str = "en", **derived: Any) -> Facts:
    """Facts for a case with these answers and these results of earlier analyses."""
    base = Facts.build(load_case(make_case(answers)), lang, TODAY)
    return dataclasses.replace(base, **derived)


def load_example(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m client_conflict`` as a reader would."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "py")}
    return subprocess.run(
        [sys.executable, "-m", "client_conflict", *args],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def _answer_strategy(question: Question) -> st.SearchStrategy[Any]:
    kind = question.kind
    values = [option.value for option in question.options]
    if kind is QuestionKind.SCALE:
        return st.integers(1, 5)
    if kind is QuestionKind.YESNO:
        return st.booleans()
    if kind is QuestionKind.NUMBER:
        low = question.minimum or 0
        high = question.maximum or 1000
        return st.one_of(st.integers(int(low), int(high)), st.floats(low, high, allow_nan=False))
    if kind is QuestionKind.CHOICE:
        return st.sampled_from(values)
    if kind is QuestionKind.MULTI:
        # "none of these" is ticked alone or not at all.
        others = st.lists(st.sampled_from([v for v in values if v != NONE]), unique=True)
        return st.one_of(st.just([NONE]), others) if NONE in values else others
    if kind is QuestionKind.DATE:
        # The date of something done may not lie far ahead (``Question.past``).
        days = st.dates(dt.date(2020, 1, 1), TODAY if question.past else dt.date(2030, 12, 31))
        return days.map(dt.date.isoformat)
    return st.text(max_size=50)


QUESTIONS = [q for section in questionnaire() for q in section.questions]


@st.composite
def answers_strategy(draw: st.DrawFn) -> dict[str, Any]:
    """Any valid set of answers, each question answered or not."""
    answers: dict[str, Any] = {}
    for question in QUESTIONS:
        if draw(st.booleans()):
            answers[question.id] = draw(_answer_strategy(question))
    return answers
