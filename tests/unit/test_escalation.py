"""Escalation on Glasl's stages, third parties and the legal route."""

from __future__ import annotations

import pytest
from cc_helpers import facts

from client_conflict.derived import legal_route
from client_conflict.escalation import SIGNS, assess_escalation
from client_conflict.model import Level, ThirdParty


@pytest.mark.parametrize(("sign", "stage"), sorted(SIGNS.items(), key=lambda kv: kv[1]))
def test_each_behaviour_places_its_stage(sign, stage):
    result, _ = assess_escalation(facts({"escalation_signs": [sign]}))
    assert result is not None
    assert result.stage == stage


def test_every_stage_is_reachable():
    assert set(SIGNS.values()) == set(range(1, 10))


def test_highest_stage_wins_and_every_sign_is_a_reason():
    result, _ = assess_escalation(facts({"escalation_signs": ["polemics", "threats", "allies"]}))
    assert result is not None
    assert result.stage == 6
    assert result.level is Level.WIN_LOSE
    assert [r.weight for r in result.reasons] == [6, 4, 2]


def test_nothing_ticked_is_stage_one_and_unanswered_is_unassessed():
    result, _ = assess_escalation(facts({"escalation_signs": []}))
    assert result is not None
    assert result.stage == 1
    assert result.third_party is ThirdParty.SELF_HELP
    none, missing = assess_escalation(facts({}))
    assert none is None
    assert missing is not None


@pytest.mark.parametrize(
    ("sign", "party", "mediator", "lawyer"),
    [
        ("polemics", ThirdParty.SELF_HELP, False, False),
        ("silence", ThirdParty.FACILITATION, False, False),
        ("allies", ThirdParty.MEDIATION, True, False),
        ("threats", ThirdParty.MEDIATION, True, False),
        ("limited_harm", ThirdParty.ARBITRATION, True, True),
        ("ruin", ThirdParty.LEGAL, False, True),
        ("abyss", ThirdParty.LEGAL, False, True),
    ],
)
def test_third_party_and_flags_follow_the_stage(sign, party, mediator, lawyer):
    result, _ = assess_escalation(facts({"escalation_signs": [sign]}))
    assert result is not None
    assert (result.third_party, result.time_for_mediator, result.time_for_lawyer) == (
        party,
        mediator,
        lawyer,
    )


BREACH = {
    "breach": True,
    "breach_by": "client",
    "amount_owed": 12000,
    "reader_place": "fr",
    "client_place": "fr",
    "client_status": "company",
    "direct_attempts": "several",
    "escalation_signs": ["positions_harden"],
}


def test_breach_with_money_and_failed_attempts_calls_for_a_lawyer_at_any_stage():
    result, _ = assess_escalation(facts(BREACH))
    assert result is not None
    assert result.stage == 1
    assert result.legal_route
    assert result.time_for_lawyer
    assert result.third_party is ThirdParty.LEGAL


@pytest.mark.parametrize(
    "change",
    [
        {"breach": False},
        {"breach_by": "me"},
        {"amount_owed": 500},
        # Below what the French courts hear without a lawyer (10,000 EUR): no lawyer reflex.
        {"amount_owed": 4000},
        # The law cannot be told: the amount test has no forum to read.
        {"client_place": "other"},
        {"direct_attempts": "none"},
        {"fault": "shared"},
        {"fault": "mostly_me"},
    ],
)
def test_legal_route_needs_every_condition(change):
    assert legal_route(facts({**BREACH, **change}))[0] is False


def test_a_formal_notice_counts_as_a_failed_attempt():
    answers = {**BREACH, "direct_attempts": "none", "formal_notice_sent": True}
    legal, reasons = legal_route(facts(answers))
    assert legal
    assert reasons[-1].code == "legal.notice"
