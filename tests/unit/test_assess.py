"""The whole assessment: contract keys, sample cases, determinism and bounds."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from cc_helpers import TODAY, answers_strategy, load_example, make_case
from hypothesis import given, settings

from client_conflict import Assessment, CaseError, assess, load_case

# file: (tactic, stage, mediator, lawyer, decision, conflict type that must be present)
HEADLINES = {
    "late-payment.json": ("compete", 3, False, False, "exit", "interest"),
    "quality-dispute.json": ("compromise", 6, True, False, "renegotiate", "value"),
    "scope-creep.json": ("collaborate", 1, False, False, "renegotiate", "interest"),
    "hostile-client.json": ("compete", 8, False, True, "exit", "relationship"),
    "v1-legacy.json": ("accommodate", 2, False, False, "continue", "interest"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", sorted(HEADLINES))
def test_sample_cases_give_their_headline(name, lang):
    data = assess(load_example(name), lang, today=TODAY).to_dict()
    tactic, stage, mediator, lawyer, decision, kind = HEADLINES[name]
    assert data["tactic"]["recommended"] == tactic
    assert data["escalation"]["stage"] == stage
    assert data["escalation"]["time_for_mediator"] is mediator
    assert data["escalation"]["time_for_lawyer"] is lawyer
    assert data["relationship"]["decision"] == decision
    assert kind in data["conflict"]["types"]


def test_sample_headlines_all_differ():
    heads = {HEADLINES[name][:2] + HEADLINES[name][4:5] for name in HEADLINES}
    assert len(heads) == len(HEADLINES)


def test_hostile_client_sees_a_lawyer_first():
    plan = assess(load_example("hostile-client.json"), "en", today=TODAY).plan
    keys = [step.key for step in plan]
    assert keys.index("lawyer") < keys.index("exit")
    assert keys.index("summary") < keys.index("lawyer")


def test_late_payment_plans_a_formal_notice():
    keys = [s.key for s in assess(load_example("late-payment.json"), "fr", today=TODAY).plan]
    assert "formal_notice" in keys
    assert "reminder" not in keys


def test_contract_keys(verdier):
    data = assess(verdier, "en", today=TODAY).to_dict()
    assert 0 <= data["trust"]["score"] <= 100
    assert data["trust"]["band"] in {"low", "fragile", "solid", "strong"}
    assert len(data["trust"]["factors"]) == 4
    ranking = data["tactic"]["ranking"]
    assert {s["style"] for s in ranking} == {
        "collaborate",
        "compromise",
        "accommodate",
        "compete",
        "avoid",
    }
    assert all("for" in s and "against" in s for s in ranking)
    assert data["tactic"]["recommended"] == ranking[0]["style"]
    assert 1 <= data["escalation"]["stage"] <= 9
    assert data["escalation"]["third_party"]
    assert set(data["conflict"]["types"]) <= {
        "data",
        "relationship",
        "value",
        "structural",
        "interest",
    }
    assert data["relationship"]["decision"] in {"continue", "renegotiate", "exit"}
    assert data["plan"]
    assert all({"text", "due", "link"} <= set(step) for step in data["plan"])
    for key in ("timeline", "balance", "unassessed"):
        assert key in data


def test_empty_case_invents_nothing():
    data = assess(make_case(), "en", today=TODAY).to_dict()
    parts = {"trust", "tactic", "escalation", "conflict", "balance", "relationship", "timeline"}
    for part in parts:
        assert data[part] is None, part
    assert {u["part"] for u in data["unassessed"]} == parts
    assert all(u["reason"] for u in data["unassessed"])


def test_same_case_same_result(verdier):
    first = assess(verdier, "fr", today=TODAY).to_dict()
    second = assess(load_case(verdier), "fr", today=TODAY).to_dict()
    assert first == second


def test_today_defaults_to_the_system_date(verdier):
    assert assess(verdier, "en").today == dt.date.today()  # noqa: DTZ011


def test_bad_lang_is_refused(verdier):
    with pytest.raises(CaseError) as caught:
        assess(verdier, "de")
    assert caught.value.code == "bad_lang"
    assert "de" in caught.value.message("fr")


def test_future_facts_are_refused_relative_to_today(verdier):
    with pytest.raises(CaseError) as caught:
        assess(verdier, "en", today=dt.date(2026, 7, 1))
    assert caught.value.code == "future_date"


@settings(max_examples=150, deadline=None)
@given(answers_strategy())
def test_any_valid_answers_give_bounded_json_ready_results(answers):
    result = assess(make_case(answers), "en", today=TODAY)
    assert isinstance(result, Assessment)
    data = json.loads(json.dumps(result.to_dict(), allow_nan=False))
    if data["trust"] is not None:
        assert 0 <= data["trust"]["score"] <= 100
    if data["escalation"] is not None:
        assert 1 <= data["escalation"]["stage"] <= 9
    if data["balance"] is not None:
        assert -1 <= data["balance"]["value"] <= 1
    if data["tactic"] is not None:
        assert len(data["tactic"]["ranking"]) == 5
    assert data["plan"]
