"""Every tactic, conflict-type and relationship rule fires when, and only when, it should."""

from __future__ import annotations

from typing import Any

import pytest
from cc_helpers import facts

from client_conflict import conflict, relationship, tactic
from client_conflict.rules import Rule

# For each rule: answers (and results of earlier analyses) that make it fire.
TRIGGERS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    # conflict types
    "conflict.disputed_facts": ({"impediments": ["disputed_facts"]}, {}),
    "conflict.missing_information": ({"missing_information": True}, {}),
    "conflict.divergent_perceptions": ({"impediments": ["divergent_perceptions"]}, {}),
    "conflict.emotions": ({"emotions": 4}, {}),
    "conflict.punish": ({"impediments": ["desire_to_punish"]}, {}),
    "conflict.personality": ({"impediments": ["disagreeable_personality"]}, {}),
    "conflict.communication": ({"sources": ["communication"]}, {}),
    "conflict.distrust": ({}, {"trust_in_client": 40.0}),
    "conflict.cultural": ({"impediments": ["cultural_differences"]}, {}),
    "conflict.quality_standards": ({"quality_standards_differ": True}, {}),
    "conflict.values_apart": ({"shared_values": 2}, {}),
    "conflict.power": ({"power_balance": "client_stronger"}, {}),
    "conflict.time_pressure": ({"time_pressure": 5}, {}),
    "conflict.contract": ({"breach": True}, {}),
    "conflict.decision_maker": ({"decision_maker_reached": False}, {}),
    "conflict.payment": ({"sources": ["payment"]}, {}),
    "conflict.scope": ({"sources": ["scope"]}, {}),
    "conflict.timeliness": ({"sources": ["timeliness"]}, {}),
    "conflict.quality": ({"sources": ["quality"]}, {}),
    "conflict.needs_clash": ({"needs_compatible": "no"}, {}),
    # tactic: axes
    "tactic.own_high": ({"stake_outcome": 4}, {}),
    "tactic.own_mid": ({"stake_outcome": 3}, {}),
    "tactic.own_low": ({"stake_outcome": 2}, {}),
    "tactic.rel_high": ({"stake_relationship": 5}, {}),
    "tactic.rel_mid": ({"stake_relationship": 3}, {}),
    "tactic.rel_low": ({"stake_relationship": 1}, {}),
    # tactic: situations
    "tactic.both_vital": ({"stake_outcome": 4, "stake_relationship": 4}, {}),
    "tactic.long_term": ({"strategic_value": 4}, {}),
    "tactic.time_available": ({"time_pressure": 2}, {}),
    "tactic.trust_ok": ({}, {"trust_score": 55.0}),
    "tactic.trust_low": ({}, {"trust_score": 34.9}),
    "tactic.needs_compatible": ({"needs_compatible": "yes"}, {}),
    "tactic.needs_exclusive": ({"needs_compatible": "no"}, {}),
    "tactic.high_stage": ({}, {"stage": 5}),
    "tactic.urgent": ({"time_pressure": 4}, {}),
    "tactic.client_at_fault": ({"fault": "mostly_client"}, {}),
    "tactic.exploited": ({"concessions_exploited": True}, {}),
    "tactic.vital_outcome": ({"stake_outcome": 5}, {}),
    "tactic.threatened": ({}, {"stage": 6}),
    "tactic.me_stronger": ({"power_balance": "me_stronger"}, {}),
    "tactic.client_stronger": ({"power_balance": "client_stronger"}, {}),
    "tactic.batna_strong": ({"batna": "strong"}, {}),
    "tactic.batna_weak": ({"batna": "weak"}, {}),
    "tactic.client_breached": ({"breach": True, "breach_by": "client"}, {}),
    "tactic.both_breached": ({"breach": True, "breach_by": "both"}, {}),
    "tactic.equal_and_exclusive": ({"needs_compatible": "no", "power_balance": "balanced"}, {}),
    "tactic.my_fault": ({"fault": "mostly_me"}, {}),
    "tactic.matters_more_to_client": ({"stake_client": 5, "stake_outcome": 3}, {}),
    "tactic.harmony": ({"stake_relationship": 5}, {}),
    "tactic.equal_power": ({"power_balance": "balanced"}, {}),
    "tactic.shared_fault": ({"fault": "shared"}, {}),
    "tactic.collaboration_failed": ({"direct_attempts": "several"}, {}),
    "tactic.deadline_close": ({"deadline": "2026-09-14"}, {}),
    "tactic.cool_down": ({"emotions": 5}, {}),
    "tactic.need_information": ({"missing_information": True}, {}),
    "tactic.better_placed": ({"better_placed": True}, {}),
    "tactic.not_worth_it": ({"cost_to_serve": 4, "stake_outcome": 2}, {}),
    "tactic.money_at_stake": ({"breach": True, "breach_by": "client", "amount_owed": 10}, {}),
    "tactic.matters_less_to_client": ({"stake_client": 1, "stake_outcome": 3}, {}),
    "tactic.footing_strong": ({"legal_footing": "strong"}, {}),
    "tactic.footing_weak": ({"legal_footing": "weak"}, {}),
    "tactic.costs_exceed_stake": ({"costs_vs_stake": "more"}, {}),
    "tactic.long_standing": ({"relationship_length": "over_three"}, {}),
    "tactic.recurring": ({"recurrence": "repeated"}, {}),
    "tactic.already_conceded": ({"concessions_made": True}, {}),
    "tactic.negotiation": ({"fault": "no_complaint"}, {}),
    **{rule.id: ({"situation": [rule.id.rsplit(".", 1)[1]]}, {}) for rule in tactic.USE_RULES},
    "conflict.agreement_read_differently": ({"breach": True, "breach_type": "scope"}, {}),
    # relationship
    "relationship.long_standing": ({"relationship_length": "one_to_three"}, {}),
    "relationship.recurring": ({"recurrence": "repeated"}, {}),
    "relationship.big_share": ({"revenue_share": 30}, {}),
    "relationship.fair_share": ({"revenue_share": 10}, {}),
    "relationship.small_share": ({"revenue_share": 0}, {}),
    "relationship.strategic": ({"strategic_value": 5}, {}),
    "relationship.not_strategic": ({"strategic_value": 1}, {}),
    "relationship.costly": ({"cost_to_serve": 4}, {}),
    "relationship.cheap": ({"cost_to_serve": 2}, {}),
    "relationship.take_again": ({"take_again": "yes"}, {}),
    "relationship.new_terms": ({"take_again": "on_new_terms"}, {}),
    "relationship.never_again": ({"take_again": "no"}, {}),
    "relationship.personality": ({"impediments": ["disagreeable_personality"]}, {}),
    "relationship.distrust": ({}, {"trust_in_client": 25.0}),
    "relationship.trusting": ({}, {"trust_in_client": 75.0}),
    "relationship.trust_low": ({}, {"trust_score": 20.0}),
    "relationship.trust_ok": ({}, {"trust_score": 80.0}),
    "relationship.destructive_stage": ({}, {"stage": 7}),
    "relationship.win_lose_stage": ({}, {"stage": 5}),
    "relationship.early_stage": ({}, {"stage": 3}),
    "relationship.batna_strong": ({"batna": "strong"}, {}),
    "relationship.batna_weak": ({"batna": "weak"}, {}),
    "relationship.scope": ({"sources": ["scope"]}, {}),
    "relationship.payment_terms": ({"sources": ["payment"]}, {}),
}

ALL_RULES: list[Rule[Any]] = [*conflict.RULES, *tactic.RULES, *relationship.RULES]


def test_every_rule_has_a_trigger_and_ids_are_unique():
    ids = [rule.id for rule in ALL_RULES]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(TRIGGERS)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_fires_on_its_trigger(rule):
    answers, derived = TRIGGERS[rule.id]
    assert rule.when(facts(answers, **derived))


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_stays_silent_without_answers(rule):
    assert not rule.when(facts({}))


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_rule_has_effects_a_source_and_a_sentence(rule):
    assert rule.effects
    assert all(weight != 0 for _, weight in rule.effects)
    assert rule.source
    for lang in ("fr", "en"):
        assert rule.text(lang).endswith(".")


@pytest.mark.parametrize(
    ("rule_id", "answers", "derived"),
    [
        ("tactic.own_high", {"stake_outcome": 3}, {}),
        ("tactic.own_low", {"stake_outcome": 3}, {}),
        ("tactic.trust_ok", {}, {"trust_score": 54.9}),
        ("tactic.trust_low", {}, {"trust_score": 35.0}),
        ("tactic.high_stage", {}, {"stage": 4}),
        ("tactic.deadline_close", {"deadline": "2026-09-29"}, {}),
        ("tactic.deadline_close", {"deadline": "2026-09-13"}, {}),
        ("tactic.matters_more_to_client", {"stake_client": 4, "stake_outcome": 3}, {}),
        ("tactic.client_breached", {"breach": True, "breach_by": "me"}, {}),
        ("tactic.money_at_stake", {"breach": True, "breach_by": "client", "amount_owed": 0}, {}),
        ("relationship.fair_share", {"revenue_share": 30}, {}),
        ("relationship.small_share", {"revenue_share": 5}, {}),
        ("relationship.win_lose_stage", {}, {"stage": 7}),
        ("conflict.distrust", {}, {"trust_in_client": 50.0}),
        ("tactic.already_conceded", {"concessions_made": True, "concessions_exploited": True}, {}),
        ("tactic.long_standing", {"relationship_length": "under_year"}, {}),
        ("conflict.agreement_read_differently", {"breach": False, "breach_type": "scope"}, {}),
        ("tactic.client_breached", {"breach": True}, {}),
        ("tactic.money_at_stake", {"breach": True, "amount_owed": 5000}, {}),
    ],
)
def test_rule_boundaries(rule_id, answers, derived):
    rule = next(r for r in ALL_RULES if r.id == rule_id)
    assert not rule.when(facts(answers, **derived))


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.id)
def test_a_rule_sentence_takes_its_numbers_from_the_rule(rule):
    """No figure is written into a rule's sentence: it comes from the rule's own parameters."""
    from client_conflict.i18n import catalog

    for lang in ("fr", "en"):
        template = catalog(lang)[f"rule.{rule.id}"]
        assert not any(ch.isdigit() for ch in template), (lang, template)
