"""Loading, validating and migrating case files."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from cc_helpers import EXAMPLES, TODAY, load_example, make_case

from client_conflict import CaseError, load_case
from client_conflict.case import LIMITS, VERSION


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_every_example_loads(path):
    case = load_case(path.read_bytes(), today=TODAY)
    assert case.client
    assert case.timeline
    assert case.answers


def test_round_trip_through_to_dict(verdier):
    case = load_case(verdier)
    assert load_case(case.to_dict()) == case
    assert load_case(json.dumps(case.to_dict())) == case


def test_timeline_is_sorted_by_date():
    case = load_case(
        make_case(
            timeline=[
                {"date": "2026-05-02", "what": "b"},
                {"date": "2026-05-01", "what": "a"},
            ]
        )
    )
    assert [e.what for e in case.timeline] == ["a", "b"]


def test_multi_answers_are_canonical():
    case = load_case(make_case({"sources": ["scope", "payment"]}))
    assert case.answers["sources"] == ("payment", "scope")


def test_null_answers_count_as_unanswered():
    case = load_case(make_case({"stake_outcome": None}))
    assert "stake_outcome" not in case.answers


def test_byte_order_mark_is_accepted(verdier):
    assert load_case(b"\xef\xbb\xbf" + json.dumps(verdier).encode()).client == "Maison Verdier"


def test_v1_is_migrated():
    legacy = load_example("v1-legacy.json")
    case = load_case(legacy)
    assert case.narrative.startswith("Traducteur")
    assert [e.category.value for e in case.timeline] == [
        "timeliness",
        "timeliness",
        "communication",
    ]
    assert case.timeline[1].who.value == "me"
    assert case.timeline[0].who.value == "client"
    assert case.answers["batna"] == "acceptable"
    assert case.answers["time_pressure"] == 3
    assert case.to_dict()["version"] == VERSION


def test_v1_errors_name_v1_fields():
    legacy = load_example("v1-legacy.json")
    legacy["incidents"][1]["text"] = 42
    with pytest.raises(CaseError) as caught:
        load_case(legacy)
    assert caught.value.field == "incidents[1].text"


def _bad(mutate):
    def build():
        case = make_case(
            {"stake_outcome": 3},
            timeline=[{"date": "2026-07-11", "what": "x", "category": "payment", "who": "client"}],
        )
        mutate(case)
        return case

    return build


BAD_CASES = [
    ("wrong_type", "", lambda: [1, 2]),
    ("foreign_format", "format", _bad(lambda c: c.update(format="other-app"))),
    ("foreign_format", "format", _bad(lambda c: c.pop("format"))),
    ("newer_version", "version", _bad(lambda c: c.update(version=VERSION + 1))),
    ("out_of_range", "version", _bad(lambda c: c.update(version=0))),
    ("wrong_type", "version", _bad(lambda c: c.update(version="2"))),
    ("wrong_type", "version", _bad(lambda c: c.update(version=True))),
    ("missing", "version", _bad(lambda c: c.pop("version"))),
    ("unknown_key", "answer", _bad(lambda c: c.update(answer={}))),
    ("wrong_type", "client", _bad(lambda c: c.update(client=5))),
    ("too_long", "client", _bad(lambda c: c.update(client="x" * (LIMITS.client + 1)))),
    ("too_long", "narrative", _bad(lambda c: c.update(narrative="x" * (LIMITS.text + 1)))),
    ("bad_date", "created", _bad(lambda c: c.update(created="2026-02-30"))),
    ("bad_date", "created", _bad(lambda c: c.update(created="20260211"))),
    ("bad_date", "created", _bad(lambda c: c.update(created="1066-10-14"))),
    ("wrong_type", "answers", _bad(lambda c: c.update(answers=[]))),
    ("unknown_question", "answers.stake", _bad(lambda c: c["answers"].update(stake=3))),
    ("wrong_type", "answers.stake_outcome", _bad(lambda c: c["answers"].update(stake_outcome="3"))),
    ("wrong_type", "answers.stake_outcome", _bad(lambda c: c["answers"].update(stake_outcome=3.0))),
    (
        "wrong_type",
        "answers.stake_outcome",
        _bad(lambda c: c["answers"].update(stake_outcome=True)),
    ),
    ("out_of_range", "answers.stake_outcome", _bad(lambda c: c["answers"].update(stake_outcome=6))),
    (
        "out_of_range",
        "answers.revenue_share",
        _bad(lambda c: c["answers"].update(revenue_share=101)),
    ),
    (
        "out_of_range",
        "answers.amount_owed",
        _bad(lambda c: c.update(version=3, id=None, answers={"amount_owed": -1}) or c.pop("id")),
    ),
    ("unknown_question", "answers.amount_owed", _bad(lambda c: c["answers"].update(amount_owed=1))),
    (
        "none_with_others",
        "answers.escalation_signs",
        _bad(lambda c: c["answers"].update(escalation_signs=["silence", "none"])),
    ),
    ("bad_id", "id", _bad(lambda c: c.update(id="abc"))),
    ("bad_id", "id", _bad(lambda c: c.update(id="a b c d e f g h"))),
    ("too_long", "id", _bad(lambda c: c.update(id="x" * 65))),
    ("unknown_key", "id", _bad(lambda c: c.update(version=3))),
    ("missing", "invoices[0].currency", _bad(lambda c: c.update(invoices=[{"amount": 5}]))),
    (
        "bad_option",
        "invoices[0].currency",
        _bad(lambda c: c.update(invoices=[{"currency": "CHF"}])),
    ),
    (
        "out_of_range",
        "invoices[0].disputed",
        _bad(lambda c: c.update(invoices=[{"currency": "EUR", "disputed": -5}])),
    ),
    (
        "unknown_key",
        "invoices[0].total",
        _bad(lambda c: c.update(invoices=[{"currency": "EUR", "total": 5}])),
    ),
    (
        "missing",
        "invoices[0].payments[0].amount",
        _bad(
            lambda c: c.update(invoices=[{"currency": "EUR", "payments": [{"date": "2026-01-02"}]}])
        ),
    ),
    (
        "bad_date",
        "invoices[0].due",
        _bad(lambda c: c.update(invoices=[{"currency": "EUR", "due": "2026-13-01"}])),
    ),
    (
        "bad_option",
        "invoices[0].vat",
        _bad(lambda c: c.update(invoices=[{"currency": "EUR", "vat": "yes"}])),
    ),
    (
        "too_many",
        "analyses",
        _bad(lambda c: c.update(analyses=[{"date": "2026-01-01"}] * (LIMITS.analyses + 1))),
    ),
    ("missing", "analyses[0].date", _bad(lambda c: c.update(analyses=[{"trust": 3}]))),
    (
        "out_of_range",
        "analyses[0].trust",
        _bad(lambda c: c.update(analyses=[{"date": "2026-01-01", "trust": 101}])),
    ),
    (
        "wrong_type",
        "analyses[0].stage",
        _bad(lambda c: c.update(analyses=[{"date": "2026-01-01", "stage": 2.5}])),
    ),
    (
        "bad_option",
        "analyses[0].decision",
        _bad(lambda c: c.update(analyses=[{"date": "2026-01-01", "decision": "stay"}])),
    ),
    (
        "bad_option",
        "analyses[0].claimable.CHF",
        _bad(lambda c: c.update(analyses=[{"date": "2026-01-01", "claimable": {"CHF": 1}}])),
    ),
    ("wrong_type", "answers.breach", _bad(lambda c: c["answers"].update(breach="yes"))),
    ("bad_option", "answers.fault", _bad(lambda c: c["answers"].update(fault="me"))),
    ("wrong_type", "answers.sources", _bad(lambda c: c["answers"].update(sources="payment"))),
    (
        "bad_option",
        "answers.sources[1]",
        _bad(lambda c: c["answers"].update(sources=["payment", "money"])),
    ),
    (
        "duplicate_value",
        "answers.sources[1]",
        _bad(lambda c: c["answers"].update(sources=["scope", "scope"])),
    ),
    ("wrong_type", "timeline", _bad(lambda c: c.update(timeline={}))),
    ("too_many", "timeline", _bad(lambda c: c.update(timeline=[{"date": "2026-01-01"}] * 501))),
    ("missing", "timeline[0].date", _bad(lambda c: c["timeline"][0].pop("date"))),
    ("bad_date", "timeline[0].date", _bad(lambda c: c["timeline"][0].update(date="2026-02-30"))),
    (
        "bad_option",
        "timeline[0].category",
        _bad(lambda c: c["timeline"][0].update(category="money")),
    ),
    ("bad_option", "timeline[0].who", _bad(lambda c: c["timeline"][0].update(who="them"))),
    ("unknown_key", "timeline[0].when", _bad(lambda c: c["timeline"][0].update(when="x"))),
    ("wrong_type", "checklists", _bad(lambda c: c.update(checklists=[]))),
    ("wrong_type", "checklists.p", _bad(lambda c: c.update(checklists={"p": "x"}))),
    ("too_many", "checklists.p", _bad(lambda c: c.update(checklists={"p": ["x"] * 501}))),
]


@pytest.mark.parametrize(("code", "field", "build"), BAD_CASES)
def test_bad_cases_are_refused_with_field_and_code(code, field, build):
    with pytest.raises(CaseError) as caught:
        load_case(build())
    assert (caught.value.code, caught.value.field) == (code, field)
    for lang in ("fr", "en"):
        message = caught.value.message(lang)
        assert "\n" not in message
        assert message[0].isupper()
        assert message.endswith(".")
        if field:
            assert field in message


BAD_TEXTS = [
    ("not_json", b"{not json"),
    ("not_json", b""),
    ("not_utf8", b'{"client": "\xff\xfe"}'),
    (
        "not_finite",
        b'{"format": "client-conflict-case", "version": 2, "answers": {"amount_owed": NaN}}',
    ),
    (
        "not_finite",
        b'{"format": "client-conflict-case", "version": 2, "answers": {"amount_owed": Infinity}}',
    ),
    (
        "not_finite",
        b'{"format": "client-conflict-case", "version": 2, "answers": {"amount_owed": 1e999}}',
    ),
    ("duplicate_key", b'{"format": "client-conflict-case", "format": "x", "version": 2}'),
    ("too_deep", b"[" * 50 + b"]" * 50),
    ("too_deep", b"[" * 100_000),
    ("too_large", b" " * (LIMITS.bytes + 1)),
    ("not_json", b"1" * 5000),
]


@pytest.mark.parametrize(("code", "data"), BAD_TEXTS, ids=[c for c, _ in BAD_TEXTS])
def test_bad_texts_are_refused(code, data):
    with pytest.raises(CaseError) as caught:
        load_case(data)
    assert caught.value.code == code


def test_deep_mappings_are_refused():
    deep: dict = {}
    node = deep
    for _ in range(20):
        node["x"] = {}
        node = node["x"]
    with pytest.raises(CaseError) as caught:
        load_case(deep)
    assert caught.value.code == "too_deep"


def test_far_future_dates_are_refused_only_with_today():
    case = make_case(timeline=[{"date": "2027-06-01", "what": "x"}])
    load_case(case)
    with pytest.raises(CaseError) as caught:
        load_case(case, today=TODAY)
    assert (caught.value.code, caught.value.field) == ("future_date", "timeline[0].date")
    load_case(case, today=dt.date(2027, 5, 30))


def test_other_input_types_are_refused():
    with pytest.raises(CaseError) as caught:
        load_case(42)  # type: ignore[arg-type]
    assert caught.value.code == "wrong_type"


def test_error_messages_quote_user_input_briefly():
    error = CaseError("answers.fault", "bad_option", found="x" * 500 + "\x1b[31m", allowed="a, b")
    assert len(error.message("en")) < 200
    assert "\x1b" not in error.message("fr")


def test_quality_dispute_example_is_the_packaged_example():
    from client_conflict import example_case

    assert load_example("quality-dispute.json") == example_case("fr")
    assert example_case("en")["answers"] == example_case("fr")["answers"]


def test_v2_deadline_in_days_becomes_a_date_counted_from_the_last_save():
    case = load_case(
        {
            "format": "client-conflict-case",
            "version": 2,
            "updated": "2026-09-01",
            "answers": {"deadline_days": 10, "stake_outcome": 4},
        }
    )
    assert case.answers["deadline"] == "2026-09-11"
    assert "deadline_days" not in case.answers
    assert case.to_dict()["version"] == VERSION


def test_v2_explicit_deadline_wins_over_the_days_count():
    # A version 3 page may have written the reader's date into a version 2 file it had not
    # migrated, and re-stamped "updated": the date the reader gave is the one that holds.
    case = load_case(
        {
            "format": "client-conflict-case",
            "version": 2,
            "updated": "2026-09-01",
            "answers": {"deadline_days": 10, "deadline": "2026-12-20"},
        },
        today=dt.date(2026, 9, 1),
    )
    assert case.answers["deadline"] == "2026-12-20"
    assert "deadline_days" not in case.answers


def test_v2_deadline_in_days_with_no_date_to_count_from_is_dropped_not_guessed():
    raw = {"format": "client-conflict-case", "version": 2, "answers": {"deadline_days": 10}}
    assert "deadline" not in load_case(raw).answers
    assert load_case(raw, today=dt.date(2026, 9, 1)).answers["deadline"] == "2026-09-11"


def test_v2_deadline_in_days_out_of_range_is_refused():
    raw = {
        "format": "client-conflict-case",
        "version": 2,
        "updated": "2026-09-01",
        "answers": {"deadline_days": -3},
    }
    with pytest.raises(CaseError) as refused:
        load_case(raw)
    assert (refused.value.field, refused.value.code) == ("answers.deadline_days", "out_of_range")


def test_version_3_takes_the_deadline_as_a_date_and_refuses_the_old_question():
    base = {"format": "client-conflict-case", "version": 3}
    case = load_case({**base, "answers": {"deadline": "2027-01-15"}}, today=dt.date(2026, 9, 1))
    assert case.answers["deadline"] == "2027-01-15"
    with pytest.raises(CaseError) as refused:
        load_case({**base, "answers": {"deadline_days": 3}})
    assert refused.value.code == "unknown_question"
    with pytest.raises(CaseError) as refused:
        load_case({**base, "answers": {"deadline": "2027-02-30"}})
    assert refused.value.code == "bad_date"


def _v3(**answers):
    return {"format": "client-conflict-case", "version": 3, "client": "Old", "answers": answers}


def test_v3_amounts_become_one_invoice_without_guessing():
    case = load_case(_v3(amount_owed=4200, amount_disputed=1200, stake_outcome=4))
    assert "amount_owed" not in case.answers
    assert case.answers["stake_outcome"] == 4
    (invoice,) = case.invoices
    assert invoice.to_dict() == {
        "number": None,
        "issued": None,
        "due": None,
        "currency": "EUR",
        "amount": None,
        "amount_excl_tax": 4200,
        "vat": "unknown",
        "payments": [],
        "disputed": 1200,
    }
    assert load_case(_v3(stake_outcome=4)).invoices == ()
    assert load_case(_v3(amount_disputed=300)).invoices[0].amount_excl_tax is None


def test_an_old_file_gets_the_same_id_each_time_it_is_imported():
    text = json.dumps(_v3(amount_owed=10))
    first, second = load_case(text), load_case(json.loads(text))
    assert first.id == second.id
    assert 8 <= len(first.id) <= 64
    assert load_case(_v3(amount_owed=11)).id != first.id
    # The migrated file keeps that id from then on.
    assert load_case(first.to_dict()).id == first.id
    assert first.to_dict()["version"] == VERSION


def test_a_v4_file_keeps_its_id_and_one_without_gets_a_stable_one():
    assert load_case(make_case(id="my-client-01")).id == "my-client-01"
    bare = make_case()
    del bare["id"]
    assert load_case(bare).id == load_case(dict(bare)).id


def test_invoices_and_analyses_round_trip():
    case = make_case(
        invoices=[
            {
                "number": "F-1",
                "issued": "2026-07-01",
                "due": "2026-07-31",
                "currency": "GBP",
                "amount": 1200,
                "amount_excl_tax": 1000,
                "vat": "charged",
                "payments": [{"date": "2026-08-02", "amount": 200.5}],
                "disputed": 0,
            }
        ],
        analyses=[
            {"date": "2026-09-01", "trust": 40, "stage": 3, "tactic": "compete",
             "decision": "exit", "route": "small_claims", "claimable": {"GBP": 1040}},
            {"date": "2026-08-01", "trust": None, "stage": None, "tactic": None,
             "decision": None, "route": None, "claimable": None},
        ],
    )  # fmt: skip
    loaded = load_case(case)
    assert loaded.invoices[0].paid == 200.5
    assert [a.date.isoformat() for a in loaded.analyses] == ["2026-08-01", "2026-09-01"]
    again = loaded.to_dict()
    assert again["invoices"][0] == case["invoices"][0]
    assert again["analyses"][1] == case["analyses"][0]
    assert load_case(again) == loaded


def test_none_of_these_is_kept_alone():
    case = load_case(make_case({"escalation_signs": ["none"]}))
    assert case.answers["escalation_signs"] == ("none",)
