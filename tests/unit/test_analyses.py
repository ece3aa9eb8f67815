"""Balance, conflict types, timeline, relationship and plan."""

from __future__ import annotations

import datetime as dt

import pytest
from cc_helpers import TODAY, facts, load_example, make_case

from client_conflict import assess
from client_conflict.balance import assess_balance
from client_conflict.conflict import assess_conflict
from client_conflict.model import Balance, ConflictType, Decision, Trend
from client_conflict.plan import STEPS, PlanStep
from client_conflict.relationship import assess_relationship
from client_conflict.tactic import rank
from client_conflict.timeline import trend_of


def test_balance_cooperative_mixed_competitive():
    coop, _ = assess_balance(facts({"constructive_signs": ["still_talking", "respectful_tone"]}))
    comp, _ = assess_balance(facts({"escalation_signs": ["threats", "ruin"]}))
    mixed, _ = assess_balance(
        facts({"constructive_signs": ["still_talking"], "escalation_signs": ["threats"]})
    )
    assert coop is not None
    assert coop.label is Balance.COOPERATIVE
    assert coop.value == 1
    assert comp is not None
    assert comp.label is Balance.COMPETITIVE
    assert comp.value == -1
    assert mixed is not None
    assert mixed.label is Balance.MIXED
    assert mixed.value == 0


def test_balance_weights_destruction_by_level():
    result, _ = assess_balance(
        facts({"constructive_signs": ["still_talking"], "escalation_signs": ["abyss"]})
    )
    assert result is not None
    assert result.value == pytest.approx((2 - 3) / 5)


def test_balance_counts_goals_and_punishment():
    result, _ = assess_balance(
        facts({"common_goals": ["keep_working"], "impediments": ["desire_to_punish"]})
    )
    assert result is not None
    assert len(result.common_goals) == 1
    assert len(result.destructive) == 1


def test_balance_unassessed_without_step_4():
    result, missing = assess_balance(facts({"stake_outcome": 3}))
    assert result is None
    assert missing is not None


def test_conflict_types_are_ranked_by_support():
    result, _ = assess_conflict(
        facts(
            {
                "sources": ["payment", "scope"],
                "impediments": ["disputed_facts"],
                "needs_compatible": "no",
            }
        )
    )
    assert result is not None
    assert result.types == (ConflictType.INTEREST, ConflictType.DATA)
    assert all(len(f.interventions) == 3 for f in result.findings)


def test_conflict_unassessed_without_inputs():
    result, missing = assess_conflict(facts({"stake_outcome": 3}))
    assert result is None
    assert missing is not None


@pytest.mark.parametrize(
    ("days", "trend"),
    [
        ([0, 30, 60, 90], Trend.STEADY),
        ([0, 40, 70, 80, 85], Trend.ESCALATING),
        ([0, 5, 15, 60, 120], Trend.CALMING),
        ([0, 10], None),
        ([0, 0, 0], Trend.STEADY),
    ],
)
def test_trend(days, trend):
    start = dt.date(2026, 1, 1)
    assert trend_of([start + dt.timedelta(days=d) for d in days]) is trend


def test_timeline_insights():
    case = make_case(
        timeline=[
            {"date": "2026-07-11", "what": "livraison", "category": "timeliness"},
            {"date": "2026-08-14", "what": "échéance", "category": "payment"},
            {"date": "2026-09-10", "what": "menace", "category": "payment"},
        ]
    )
    result = assess(case, "fr", today=TODAY)
    tl = result.timeline
    assert tl is not None
    assert (tl.duration_days, tl.days_since_last, tl.days_since_first) == (61, 4, 65)
    assert tl.categories[0] == ("payment", 2)
    assert tl.cite[0].date_text == "11 juillet 2026"
    assert tl.per_month == pytest.approx(1.5)
    assert result.to_dict()["timeline"]["trend"] == "steady"


def test_timeline_unassessed_without_facts():
    result = assess(make_case(), "en", today=TODAY)
    assert result.timeline is None
    assert any(u.code == "timeline.missing" for u in result.unassessed)


def test_relationship_decisions():
    keep, _ = assess_relationship(facts({"take_again": "yes", "strategic_value": 5}))
    redo, _ = assess_relationship(facts({"take_again": "on_new_terms", "cost_to_serve": 4}))
    leave, _ = assess_relationship(
        facts({"take_again": "no", "impediments": ["disagreeable_personality"]})
    )
    assert keep is not None
    assert keep.decision is Decision.CONTINUE
    assert redo is not None
    assert redo.decision is Decision.RENEGOTIATE
    assert leave is not None
    assert leave.decision is Decision.EXIT
    none, missing = assess_relationship(facts({"stake_outcome": 3}))
    assert none is None
    assert missing is not None


ALLOWED_LINKS = {
    "steps/1-describe/",
    "steps/2-sources/",
    "steps/3-interests/",
    "steps/4-cooperation/",
    "steps/5-trust/",
    "steps/6-impediments/",
    "steps/7-negotiate/",
    "steps/8-third-party/",
    "models/principled-negotiation/",
    "templates/opening-message/",
    "templates/payment-reminder/",
    "templates/mediation-proposal/",
    "templates/situation/",
    "diagnostic/",
}


def test_plan_links_are_guide_pages():
    assert {spec.link for spec in STEPS.values()} <= ALLOWED_LINKS


def test_plan_is_dated_and_ordered(verdier):
    plan = assess(verdier, "en", today=TODAY).plan
    dues = [step.due for step in plan]
    assert all(due is not None for due in dues)
    assert dues == sorted(dues)  # type: ignore[type-var]
    assert plan[-1].key == "review"
    assert plan[0].due_text.startswith("by ")


def test_plan_respects_the_deadline(verdier):
    verdier["answers"]["deadline"] = "2026-09-18"
    plan = assess(verdier, "en", today=TODAY).plan
    limit = TODAY + dt.timedelta(days=3)
    assert all(step.due <= limit for step in plan if step.key != "review")  # type: ignore[operator]


def test_plan_for_an_empty_case_still_helps():
    keys = [step.key for step in assess(make_case(), "en", today=TODAY).plan]
    assert keys[:2] == ["describe", "summary"]
    assert "review" in keys


def test_destructive_stages_hand_the_pen_to_counsel():
    data = assess(
        make_case(
            {"stake_outcome": 4, "stake_relationship": 1, "escalation_signs": ["ruin"]},
            timeline=[{"date": "2026-09-01", "what": "threat", "who": "client"}],
        ),
        "en",
        today=TODAY,
    ).to_dict()
    keys = [move["key"] for move in data["tactic"]["opening_moves"]]
    assert "options" not in keys
    assert "interests" not in keys
    assert any("lawyer" in item for item in data["tactic"]["opening_moves"][0]["items"])


def test_no_trust_building_step_when_leaving():
    keys = [s.key for s in assess(load_example("late-payment.json"), "en", today=TODAY).plan]
    assert "trust" not in keys
    keys = [s.key for s in assess(load_example("scope-creep.json"), "en", today=TODAY).plan]
    assert "trust" in keys


def test_quoted_facts_prefer_the_clients_actions(verdier):
    moves = assess(verdier, "en", today=TODAY).to_dict()["tactic"]["opening_moves"]
    criteria = next(m for m in moves if m["key"] == "criteria")["items"]
    assert any("10 September 2026" in item for item in criteria)
    assert not any("21 August 2026" in item for item in criteria)


def test_a_long_silence_reads_as_calming():
    tl = assess(load_example("v1-legacy.json"), "en", today=TODAY).timeline
    assert tl is not None
    assert tl.trend is Trend.CALMING
    recent = assess(load_example("v1-legacy.json"), "en", today=dt.date(2025, 11, 5)).timeline
    assert recent is not None
    assert recent.trend is Trend.ESCALATING


def _plan(answers: dict, lang: str = "en") -> dict[str, PlanStep]:
    return {s.key: s for s in assess(make_case(answers), lang, today=TODAY).plan}


_OWED = {"sources": ["payment"], "amount_owed": 5000, "stake_outcome": 4, "stake_relationship": 3}


def test_the_reminder_asks_only_for_the_undisputed_part():
    plan = {s.key: s for s in assess(load_example("quality-dispute.json"), "en", today=TODAY).plan}
    text = plan["reminder"].text
    assert "the undisputed part, €3,600" in text
    assert "disputed €4,464 to the negotiation" in text
    assert "€8,064" not in text


def test_no_reminder_while_everything_is_disputed():
    assert "reminder" in _plan(_OWED)
    assert "reminder" not in _plan({**_OWED, "amount_disputed": 5000})


def test_the_reminder_waits_for_the_fix_when_the_fault_is_yours():
    step = _plan({**_OWED, "fault": "mostly_me", "amount_disputed": 5000})["reminder"]
    assert step.text.startswith("Once you have put right what was yours to put right")
    assert "penalties" not in step.text


def test_stepping_back_does_not_open_the_negotiation():
    answers = {"stake_outcome": 1, "stake_relationship": 2, "emotions": 5, "better_placed": True}
    assert rank(facts(answers))[0].style.value == "avoid"
    step = _plan(answers)["opening"]
    assert step.text.startswith("Do not open the negotiation yet")
    assert "step back" not in step.text


@pytest.mark.parametrize(("sign", "same_day"), [("allies", False), ("loss_of_face", True)])
def test_mediation_comes_with_the_opening_from_loss_of_face(sign, same_day):
    plan = assess(
        make_case({"stake_outcome": 3, "stake_relationship": 3, "escalation_signs": [sign]}),
        "en",
        today=TODAY,
    ).plan
    keys = [s.key for s in plan]
    opening, mediation = plan[keys.index("opening")], plan[keys.index("mediation")]
    assert (opening.due == mediation.due) is same_day
    assert keys.index("opening") < keys.index("mediation")


def test_a_client_who_stopped_answering_is_not_calming_down():
    tl = assess(load_example("late-payment.json"), "en", today=dt.date(2026, 11, 27)).timeline
    assert tl is not None
    assert tl.days_since_last > 60
    assert tl.trend is not Trend.CALMING


def test_a_long_quiet_warns_that_silence_is_not_a_settlement():
    tl = assess(load_example("v1-legacy.json"), "fr", today=TODAY).timeline
    assert tl is not None
    assert tl.trend is Trend.CALMING
    assert "un silence n'est pas un règlement" in tl.trend_text


def test_one_answer_on_worth_is_not_enough_to_decide():
    thin, missing = assess_relationship(facts({"revenue_share": 3}))
    assert thin is None
    assert missing is not None
    assert missing.code == "relationship.missing"
    two, _ = assess_relationship(facts({"revenue_share": 3, "strategic_value": 1}))
    direct, _ = assess_relationship(facts({"take_again": "no"}))
    assert two is not None
    assert direct is not None
    assert direct.decision is Decision.EXIT


def test_a_tied_relationship_decision_says_why():
    result, _ = assess_relationship(facts({"take_again": "yes", "sources": ["scope"]}))
    assert result is not None
    assert [d.score for d in result.ranking[:2]] == [2, 2]
    assert result.decision is Decision.RENEGOTIATE
    assert result.note.startswith("Renegotiate and continue are tied (+2).")
    clear, _ = assess_relationship(facts({"take_again": "no", "strategic_value": 1}))
    assert clear is not None
    assert clear.note == ""


def test_a_breach_without_its_author_is_nobody_s_in_every_analysis():
    answers = {
        "breach": True,
        "sources": ["payment"],
        "amount_owed": 5000,
        "direct_attempts": "several",
        "fault": "mostly_client",
        "stake_outcome": 4,
        "stake_relationship": 2,
        "escalation_signs": ["silence"],
    }
    result = assess(make_case(answers), "en", today=TODAY)
    assert not result.legal_route
    assert result.escalation is not None
    assert not result.escalation.legal_route
    assert result.tactic is not None
    codes = {r.code for s in result.tactic.ranking for r in s.reasons_for + s.reasons_against}
    assert "tactic.client_breached" not in codes
    assert "tactic.money_at_stake" not in codes
    assert "formal_notice" not in {step.key for step in result.plan}
    assert "breach.unattributed" in {r.code for r in result.unassessed}
    named = assess(make_case({**answers, "breach_by": "client"}), "en", today=TODAY)
    assert named.tactic is not None
    named_codes = {r.code for s in named.tactic.ranking for r in s.reasons_for + s.reasons_against}
    assert "tactic.client_breached" in named_codes
    assert "breach.unattributed" not in {r.code for r in named.unassessed}
