"""Trust: the bounded trust equation, its bands, levers and monotonicity."""

from __future__ import annotations

from cc_helpers import TODAY, facts, load_example
from hypothesis import given, settings
from hypothesis import strategies as st

from client_conflict import assess
from client_conflict.model import Band
from client_conflict.trust import FACTORS, assess_trust, trust_score

means = st.floats(1, 5, allow_nan=False)


def _answers(c: int, r: int, i: int, s: int) -> dict[str, int]:
    values = {"credibility": c, "reliability": r, "intimacy": i, "self_orientation": s}
    return {item: values[key] for key, items in FACTORS.items() for item in items}


def test_extremes():
    assert trust_score(5, 5, 5, 1) == 100
    assert trust_score(1, 1, 1, 1) == 0
    assert trust_score(5, 5, 5, 5) == 50
    assert trust_score(3, 3, 3, 1) == 50


@settings(max_examples=150, deadline=None)
@given(means, means, means, means)
def test_score_is_bounded(c, r, i, s):
    assert 0 <= trust_score(c, r, i, s) <= 100


@settings(max_examples=150, deadline=None)
@given(means, means, means, means, means)
def test_more_reliability_never_lowers_trust(c, r, i, s, more):
    low, high = sorted((r, more))
    assert trust_score(c, low, i, s) <= trust_score(c, high, i, s)


@settings(max_examples=150, deadline=None)
@given(means, means, means, means, means)
def test_more_self_orientation_never_raises_trust(c, r, i, s, more):
    low, high = sorted((s, more))
    assert trust_score(c, r, i, high) <= trust_score(c, r, i, low)


@settings(max_examples=100, deadline=None)
@given(
    st.integers(1, 5), st.integers(1, 5), st.integers(1, 5), st.integers(1, 5), st.integers(1, 5)
)
def test_more_reliability_answers_never_lower_the_assessed_score(c, r, i, s, more):
    low, high = sorted((r, more))
    a, _ = assess_trust(facts(_answers(c, low, i, s)))
    b, _ = assess_trust(facts(_answers(c, high, i, s)))
    assert a is not None
    assert b is not None
    assert a.score <= b.score


def test_bands():
    strong, _ = assess_trust(facts(_answers(5, 5, 5, 1)))
    low, _ = assess_trust(facts(_answers(1, 2, 1, 5)))
    assert strong is not None
    assert strong.band is Band.STRONG
    assert low is not None
    assert low.band is Band.LOW


def test_weakest_factors_become_levers_with_actions():
    result, _ = assess_trust(facts(_answers(5, 1, 5, 5)))
    assert result is not None
    assert result.levers == ("reliability", "self_orientation")
    assert len(result.actions) == 4
    assert all(a.code.startswith("trust.action.") for a in result.actions)


def test_a_healthy_case_still_gets_one_lever():
    result, _ = assess_trust(facts(_answers(5, 5, 4, 1)))
    assert result is not None
    assert result.levers == ("intimacy",)


def test_missing_factor_is_unassessed_with_reason():
    answers = _answers(3, 3, 3, 3)
    for item in FACTORS["intimacy"]:
        del answers[item]
    result, missing = assess_trust(facts(answers))
    assert result is None
    assert missing is not None
    assert "intimacy" in missing.text


def test_trust_in_client_is_recorded():
    answers = {**_answers(3, 3, 3, 3), "trust_in_client_word": 1, "trust_in_client_good_faith": 3}
    result, _ = assess_trust(facts(answers))
    assert result is not None
    assert result.in_client == 25


def test_trust_building_waits_in_the_destructive_stages():
    answers = _answers(3, 3, 2, 4) | {"trust_in_client_word": 1, "trust_in_client_good_faith": 1}
    early, _ = assess_trust(facts(answers, stage=3))
    late, _ = assess_trust(facts(answers, stage=7))
    assert early is not None
    assert late is not None
    assert early.actions
    assert late.actions == ()
    assert late.levers == early.levers
    codes = {reason.code for reason in late.reasons}
    assert "trust.on_hold" in codes
    assert "trust.lever" not in codes
    assert all("rebuild" not in reason.text for reason in late.reasons)


def test_trust_actions_wait_in_the_sample_hostile_case():
    result = assess(load_example("hostile-client.json"), "en", today=TODAY)
    assert result.trust is not None
    assert result.trust.actions == ()


def test_missing_factors_are_listed_as_a_sentence_does():
    result, missing = assess_trust(facts({"trust_credibility_expertise": 3}, "fr"))
    assert result is None
    assert missing is not None
    assert missing.text.endswith(": fiabilité, proximité et orientation vers soi.")
