"""The tactic: five styles, transparent scores, and every style reachable."""

from __future__ import annotations

import pytest
from cc_helpers import TODAY, answers_strategy, facts, load_example, make_case
from hypothesis import given, settings

from client_conflict import assess
from client_conflict.model import Style
from client_conflict.tactic import RULES, assess_tactic, rank

STYLE_CASES = {
    Style.COLLABORATE: {
        "stake_outcome": 5,
        "stake_relationship": 5,
        "needs_compatible": "yes",
        "time_pressure": 1,
    },
    Style.COMPROMISE: {
        "stake_outcome": 3,
        "stake_relationship": 3,
        "fault": "shared",
        "power_balance": "balanced",
    },
    Style.ACCOMMODATE: {
        "stake_outcome": 2,
        "stake_relationship": 5,
        "fault": "mostly_me",
        "stake_client": 5,
    },
    Style.COMPETE: {
        "stake_outcome": 5,
        "stake_relationship": 1,
        "fault": "mostly_client",
        "concessions_exploited": True,
    },
    Style.AVOID: {
        "stake_outcome": 1,
        "stake_relationship": 2,
        "emotions": 5,
        "better_placed": True,
    },
}


@pytest.mark.parametrize("style", list(Style), ids=lambda s: s.value)
def test_every_style_is_reachable(style):
    result = assess(make_case(STYLE_CASES[style]), "en", today=TODAY)
    assert result.tactic is not None
    assert result.tactic.recommended is style


def test_tactic_needs_both_axes():
    result, missing = assess_tactic(facts({"stake_outcome": 4}), ())
    assert result is None
    assert missing is not None
    assert missing.code == "tactic.missing"


def test_scores_are_sums_of_their_reasons():
    for score in rank(facts(STYLE_CASES[Style.COMPETE])):
        weights = [r.weight for r in score.reasons_for + score.reasons_against]
        assert score.score == sum(weights)
        assert all(r.weight > 0 for r in score.reasons_for)
        assert all(r.weight < 0 for r in score.reasons_against)


def test_ties_go_to_the_more_cooperative_style():
    ranking = rank(facts({"stake_outcome": 3, "stake_relationship": 4}))
    # Collaborate and accommodate both score 2 from the relationship axis; collaborate wins.
    assert ranking[0].style is Style.COLLABORATE


def test_exploited_concessions_turn_accommodation_into_firmness():
    base = {"stake_outcome": 3, "stake_relationship": 4}
    before = {s.style: s.score for s in rank(facts(base))}
    after = {s.style: s.score for s in rank(facts({**base, "concessions_exploited": True}))}
    assert after[Style.COMPETE] > before[Style.COMPETE]
    assert after[Style.ACCOMMODATE] < before[Style.ACCOMMODATE]


@settings(max_examples=150, deadline=None)
@given(answers_strategy())
def test_ranking_is_complete_and_sorted(answers):
    answers = {**answers, "stake_outcome": 3, "stake_relationship": 3}
    ranking = rank(facts(answers))
    assert {s.style for s in ranking} == set(Style)
    scores = [s.score for s in ranking]
    assert scores == sorted(scores, reverse=True)


def test_rule_sources_are_bibliography_keys():
    keys = {
        "pruitt-rubin-1986",
        "thomas-1976",
        "thomas-1977",
        "deutsch-1973",
        "fisher-ury-2011",
        "maister-2000",
        "glasl-1999",
        "moore-2014",
        "lewicki-2015",
    }
    assert {rule.source for rule in RULES} <= keys


def test_ties_go_to_the_style_that_fits_the_situation():
    # At fault, facing a stronger client: accommodating fits better than collaborating.
    answers = {
        "stake_outcome": 4,
        "stake_relationship": 4,
        "fault": "mostly_me",
        "needs_compatible": "yes",
        "power_balance": "client_stronger",
        "take_again": "yes",
    }
    ranking = rank(facts(answers, trust_score=30))
    assert ranking[0].score == ranking[1].score
    assert ranking[0].style is Style.ACCOMMODATE
    assert ranking[1].style is Style.COLLABORATE
    assert ranking[0].fit > ranking[1].fit


def test_a_tie_is_announced_with_its_reason():
    case = load_example("quality-dispute.json")
    # Without these answers, compromising and competing come out level.
    for question in ("situation", "concessions_made", "concessions_exploited"):
        del case["answers"][question]
    result = assess(case, "en", today=TODAY)
    assert result.tactic is not None
    assert result.tactic.tied_with == (Style.COMPETE,)
    assert "tied" in result.tactic.note
    assert "better fits your situation" in result.tactic.note
    assert "Suggested tactic: compromise, tied with compete." in result.summary
    assert result.tactic.to_dict()["tied_with"] == ["compete"]


def test_a_full_tie_says_the_guides_order_decided():
    result, _ = assess_tactic(facts({"stake_outcome": 3, "stake_relationship": 4}, "fr"), ())
    assert result is not None
    assert result.recommended is Style.COLLABORATE
    assert "uniquement parce qu'en cas d'égalité parfaite" in result.note
    assert "collaborer, transiger, s'accommoder, s'imposer et éviter" in result.note


def test_a_close_second_is_flagged():
    # Both stakes high, but the client is stronger, time is short and the fault is shared.
    answers = {
        "stake_outcome": 4,
        "stake_relationship": 4,
        "strategic_value": 4,
        "fault": "shared",
        "time_pressure": 5,
        "deadline": "2026-09-19",
        "power_balance": "client_stronger",
        "batna": "weak",
    }
    result, _ = assess_tactic(facts(answers), ())
    assert result is not None
    first, second = result.ranking[:2]
    assert first.score - second.score == 1
    assert result.note.startswith(f"{second.label} comes a close second")
    assert result.tied_with == ()


def test_a_clear_lead_needs_no_note():
    result, _ = assess_tactic(facts(STYLE_CASES[Style.COMPETE]), ())
    assert result is not None
    assert result.note == ""


def test_a_close_deadline_counts_against_collaborating():
    base = {"stake_outcome": 4, "stake_relationship": 4}
    before = {s.style: s.score for s in rank(facts(base))}
    after = {s.style: s.score for s in rank(facts({**base, "deadline": "2026-09-19"}))}
    assert after[Style.COLLABORATE] == before[Style.COLLABORATE] - 1
    assert after[Style.COMPROMISE] == before[Style.COMPROMISE] + 1
