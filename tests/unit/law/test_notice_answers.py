"""The formal notice's date and the other side's lawyer, read from the answers; the plan's notice
sentence in each forum's own terms; the sums to claim kept in the case's analyses.

Sources: art. 1231-6 C. civ. (interest on a sum of money runs from the formal notice); Pre-Action
Protocol for Debt Claims (the letter of claim is posted, and emailed as well where the parties
use email); US demand letters go by certified mail, return receipt requested.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from cc_helpers import TODAY, load_example

from client_conflict import assess
from client_conflict.browser import evaluate
from client_conflict.case import LIMITS, VERSION, load_case
from client_conflict.errors import CaseError
from client_conflict.render import render_text
from client_conflict.verdict import analysis_record, verdict


def _consumer(**answers: Any) -> dict[str, Any]:
    case = load_example("legal-fr-consumer.json")
    case["answers"].update(formal_notice_sent=True, formal_notice_date="2026-06-15")
    case["answers"].update(answers)
    return case


def _invoice(case: dict[str, Any]) -> dict[str, Any]:
    return assess(case, "fr", today=TODAY).to_dict()["law"]["invoices"][0]


# -- formal_notice_date --------------------------------------------------------------------------


def test_a_notice_before_the_due_date_starts_interest_the_day_after_it():
    # Due 31 March 2026; a notice of 1 March cannot make interest run before the sum is due.
    invoice = _invoice(_consumer(formal_notice_date="2026-03-01"))
    assert invoice["interest_from"] == "2026-04-01"
    assert "notice_before_due" in invoice["notes"]


def test_a_notice_dated_a_few_days_ahead_gives_no_interest_yet_and_says_so():
    ahead = (TODAY + dt.timedelta(days=5)).isoformat()
    invoice = _invoice(_consumer(formal_notice_date=ahead))
    assert invoice["interest"] == "0"
    assert invoice["interest_from"] is None
    assert "notice_ahead" in invoice["notes"]


def test_a_notice_dated_further_ahead_than_a_timeline_date_may_be_is_refused():
    far = (TODAY + dt.timedelta(days=LIMITS.future_days + 1)).isoformat()
    with pytest.raises(CaseError) as refused:
        assess(_consumer(formal_notice_date=far), "fr", today=TODAY)
    assert refused.value.code == "future_date"
    assert refused.value.field == "answers.formal_notice_date"


def test_the_date_counts_only_when_a_notice_was_sent():
    invoice = _invoice(_consumer(formal_notice_sent=False))
    assert invoice["interest"] == "0"
    assert "no_formal_notice" in invoice["notes"]


def test_the_notice_date_changes_nothing_for_a_business_client():
    # Between businesses late-payment penalties run from the due date (art. L441-10 C. com.).
    case = load_example("legal-fr-business.json")
    before = assess(case, "fr", today=TODAY).to_dict()["law"]["totals"]
    case["answers"].update(formal_notice_sent=True, formal_notice_date="2026-08-01")
    assert assess(case, "fr", today=TODAY).to_dict()["law"]["totals"] == before


# -- other_side_lawyer ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "reason"),
    [("fr", "le client est assisté d'un avocat"), ("en", "the client has a lawyer")],
)
def test_the_clients_lawyer_is_a_reason_to_take_one(lang, reason):
    case = load_example("legal-fr-business.json" if lang == "fr" else "en/legal-fr-business.json")
    assert not assess(case, lang, today=TODAY).to_dict()["law"]["lawyer"]["advised"]
    case["answers"]["other_side_lawyer"] = True
    a = assess(case, lang, today=TODAY)
    assert a.to_dict()["law"]["lawyer"] == {"advised": True, "reasons": ["other_side_lawyer"]}
    assert reason in render_text(a)


# -- the plan's formal notice, by forum ----------------------------------------------------------

_NOTICE_DUE = {
    "direct_attempts": "several",
    "breach": True,
    "breach_by": "client",
    "formal_notice_sent": False,
}

# (sample, site language, words the step must carry, words it must not)
PLAN_NOTICE = [
    ("legal-fr-business.json", "fr",
     ["mise en demeure par lettre recommandée", "avec avis de réception"], []),
    ("legal-fr-business.json", "en",
     ["registered letter", "lettre recommandée avec avis de réception"], []),
    ("legal-ew-sole-trader.json", "en",
     ["letter before claim", "by post", "by email as well"], ["registered letter"]),
    ("legal-ew-sole-trader.json", "fr",
     ["letter before claim", "par la poste", "par courriel"], ["recommandée"]),
    ("legal-scotland.json", "en",
     ["letter before action", "by post", "recorded delivery"], ["registered letter"]),
    ("legal-northern-ireland.json", "en",
     ["letter before action", "by post"], ["registered letter"]),
    ("legal-new-york.json", "en",
     ["demand letter", "certified mail, return receipt requested"], ["registered letter"]),
    ("legal-new-york.json", "fr",
     ["demand letter", "certified mail"], ["lettre recommandée"]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "lang", "words", "never"), PLAN_NOTICE)
def test_the_plans_formal_notice_is_sent_as_the_forum_expects(name, lang, words, never):
    case = load_example(name if lang == "fr" else f"en/{name}")
    case["answers"].update(_NOTICE_DUE)
    steps = [s for s in assess(case, lang, today=TODAY).plan if s.key == "formal_notice"]
    assert len(steps) == 1
    text = steps[0].text
    for word in words:
        assert word in text, word
    for word in never:
        assert word not in text, word


# -- analyses.claimable --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["legal-fr-consumer.json", "legal-ew-company.json", "legal-new-york.json", "late-payment.json"],
)
def test_the_analysis_kept_in_the_case_carries_the_legal_layers_claim(name):
    case = load_example(name)
    a = assess(case, "fr", today=TODAY)
    claim = a.to_dict()["law"]["totals"]["claim"]
    record = analysis_record(a)
    assert record["claimable"] == {c: float(Decimal(v)) for c, v in claim.items()}
    # What the page keeps is what the worker answers.
    answer = json.loads(evaluate(json.dumps(case), "fr", TODAY.isoformat()))
    assert answer["analysis"]["claimable"] == record["claimable"]


def test_the_claim_is_kept_per_currency():
    case = load_example("legal-fr-business.json")
    extra = copy.deepcopy(case["invoices"][0])
    extra.update(number="F-2026-030", currency="USD", amount=1000, payments=[], disputed=0)
    case["invoices"].append(extra)
    a = assess(case, "fr", today=TODAY)
    claimable = analysis_record(a)["claimable"]
    assert set(claimable) == {"EUR", "USD"}
    claim = a.to_dict()["law"]["totals"]["claim"]
    assert claimable == {c: float(Decimal(v)) for c, v in claim.items()}
    assert claimable["EUR"] == 4079.14  # the sample's own claim, unchanged by the USD invoice


def test_the_consumers_interest_after_a_notice_is_kept_in_the_analysis():
    record = analysis_record(assess(_consumer(), "fr", today=TODAY))
    assert record["claimable"] == {"EUR": 2415.85}


VERDICT_ROUTE = [
    ("legal-fr-business.json", "en", "A formal notice, if your message goes unanswered."),
    ("legal-fr-business.json", "fr", "Mise en demeure, si votre message reste sans réponse."),
    ("legal-ew-sole-trader.json", "en", "A letter before claim, if your message goes unanswered."),
    ("legal-scotland.json", "en", "A letter before action, as Scotland and Northern Ireland"),
    ("legal-new-york.json", "en", "A demand letter, if your message goes unanswered."),
    ("legal-new-york.json", "fr", "Lettre de mise en demeure (demand letter), si votre message"),
]


@pytest.mark.parametrize(("name", "lang", "sentence"), VERDICT_ROUTE)
def test_the_verdict_names_the_notice_as_the_forum_does(name, lang, sentence):
    case = load_example(name if lang == "fr" else f"en/{name}")
    case["answers"].update(_NOTICE_DUE)
    v = verdict(assess(case, lang, today=TODAY))
    assert v.route == "formal_notice"
    assert v.route_text.startswith(sentence)


# -- the case file's format ----------------------------------------------------------------------


def test_the_two_answers_are_optional_in_version_4_without_a_migration() -> None:
    # They are questions, not a change of format (issue 7 owns the format, version 4): a version-4
    # file written before they existed reads as before, and the same file with them is still
    # version 4, read without loss.
    before = load_example("legal-fr-consumer.json")
    assert before["version"] == VERSION == 4
    assert "formal_notice_date" not in before["answers"]
    assert "other_side_lawyer" not in before["answers"]
    read = load_case(copy.deepcopy(before)).answers
    assert {k: list(v) if isinstance(v, tuple) else v for k, v in read.items()} == before["answers"]
    after = copy.deepcopy(before)
    after["answers"].update(
        formal_notice_sent=True, formal_notice_date="2026-06-15", other_side_lawyer=True
    )
    loaded = load_case(after).answers
    assert loaded["formal_notice_date"] == "2026-06-15"
    assert loaded["other_side_lawyer"] is True
