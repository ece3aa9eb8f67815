"""Every answer matters: changing it changes something in the assessment.

This replaces a hand-written list of what each question "feeds", which drifted from what the
analyses read. Each question of a complete sample case is changed in turn, to every other value
it can take (and to unanswered); the test fails when none of them changes the assessment of
any sample. Some answers only count together with others (how much more the dispute matters to
the client than to you needs your own stake to be low), hence every sample rather than one.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from cc_helpers import TODAY, load_example

from client_conflict import assess
from client_conflict.errors import CaseError
from client_conflict.questionnaire import NONE, Question, QuestionKind, questionnaire

# Answers no analysis needs to read, each with its reason. The legal setting used to wait here for
# the legal layer; it reads it now, so no answer is excused.
EXEMPT: dict[str, str] = {}

_SAMPLES = [
    load_example(name)
    for name in (
        "quality-dispute.json",
        "late-payment.json",
        "scope-creep.json",
        "hostile-client.json",
        "legal-fr-business.json",
        "legal-fr-consumer.json",
        "legal-ew-sole-trader.json",
        "legal-new-york.json",
    )
]


def _alternatives(q: Question, current: Any) -> list[Any]:
    values: list[Any] = [None]
    if q.kind is QuestionKind.SCALE:
        values += list(range(1, 6))
    elif q.kind is QuestionKind.YESNO:
        values += [True, False]
    elif q.kind is QuestionKind.NUMBER:
        values += [0, 3, 7, 15, 40, 90]
    elif q.kind is QuestionKind.CHOICE:
        values += [o.value for o in q.options]
    elif q.kind is QuestionKind.MULTI:
        values += [[o.value] for o in q.options] + [[]]
        values.append([o.value for o in q.options if o.value != NONE])
    elif q.kind is QuestionKind.DATE:
        values += [(TODAY + dt.timedelta(days=d)).isoformat() for d in (-60, 3, 30, 200)]
    return [v for v in values if v != current]


def _result(case: dict[str, Any]) -> str:
    return json.dumps(assess(case, "en", today=TODAY).to_dict(), sort_keys=True)


def _bases() -> list[dict[str, Any]]:
    """Each sample, and each without its governing-law clause (which hides the parties' places)."""
    bases = [copy.deepcopy(sample) for sample in _SAMPLES]
    for sample in _SAMPLES:
        if "governing_law" in sample["answers"]:
            bare = copy.deepcopy(sample)
            del bare["answers"]["governing_law"]
            bases.append(bare)
    return bases


_QUESTIONS = [q for s in questionnaire() for q in s.questions if q.id not in EXEMPT]


def test_the_exemptions_name_real_questions() -> None:
    ids = {q.id for s in questionnaire() for q in s.questions}
    assert set(EXEMPT) <= ids


@pytest.mark.parametrize("q", _QUESTIONS, ids=lambda q: q.id)
def test_changing_the_answer_changes_the_assessment(q: Question) -> None:
    for base in _bases():
        if q.shown_when is not None:
            parent, values = q.shown_when
            # Ask the follow-up where it is shown.
            base["answers"][parent] = {"true": True, "false": False}.get(values[0], values[0])
        reference = _result(base)
        for value in _alternatives(q, base["answers"].get(q.id)):
            changed = copy.deepcopy(base)
            if value is None:
                changed["answers"].pop(q.id, None)
            else:
                changed["answers"][q.id] = value
            try:
                result = _result(changed)
            except CaseError:
                continue  # a value the case file refuses (a past event dated far ahead)
            if result != reference:
                return
    pytest.fail(f"no answer to {q.id} changes the assessment of any sample")
