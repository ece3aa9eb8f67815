"""The questionnaire is well formed, bilingual and wired to the analyses."""

from __future__ import annotations

import re

from client_conflict import QuestionKind, questionnaire
from client_conflict.case import Category
from client_conflict.questionnaire import (
    NONE,
    QUICK_MAX_QUESTIONS,
    QUICK_MAX_WORDS,
    TIMELINE_CATEGORIES,
    answer_values,
    question,
    quick_path,
)


def _questions():
    return [q for s in questionnaire() for q in s.questions]


def test_ids_are_unique_snake_case():
    ids = [q.id for q in _questions()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids)


def test_sections_follow_the_guide_steps():
    steps = [s.step for s in questionnaire()]
    assert [s for s in steps if s is not None] == sorted(s for s in steps if s is not None)
    assert set(steps) == {1, 2, 3, 4, 5, 6, 7, 8, None}


def test_every_text_exists_in_both_languages():
    for section in questionnaire():
        for text in (section.title, section.intro):
            assert set(text) == {"fr", "en"}
            assert all(text.values())
        for q in section.questions:
            assert set(q.label) == {"fr", "en"}
            assert all(q.label.values())
            assert not q.help or (set(q.help) == {"fr", "en"} and all(q.help.values()))
            for option in q.options:
                assert set(option.label) == {"fr", "en"}
                assert all(option.label.values())


def test_kinds_carry_what_they_need():
    for q in _questions():
        if q.kind in (QuestionKind.CHOICE, QuestionKind.MULTI):
            assert len(q.options) >= 2, q.id
            values = [o.value for o in q.options]
            assert len(values) == len(set(values)), q.id
        else:
            assert not q.options, q.id
        assert (q.scale is not None) == (q.kind is QuestionKind.SCALE), q.id
        if q.kind is QuestionKind.NUMBER:
            assert q.minimum is not None
            assert q.maximum is not None
            assert q.minimum < q.maximum
            assert q.unit is not None


def test_question_lookup():
    assert question("stake_outcome").kind is QuestionKind.SCALE


def test_the_quick_path_is_short():
    quick = quick_path()
    assert 0 < len(quick) <= QUICK_MAX_QUESTIONS
    for lang in ("fr", "en"):
        # The words the reader reads to answer: each question's label and its help.
        words = sum(len(f"{q.label[lang]} {q.help.get(lang, '')}".split()) for q in quick)
        assert words <= QUICK_MAX_WORDS, (lang, words)


def test_the_quick_path_can_place_style_and_stage():
    ids = {q.id for q in quick_path()}
    # The tactic needs both axes of the dual concern model; the stage needs the signs.
    assert {"stake_outcome", "stake_relationship", "escalation_signs"} <= ids
    assert not any(q.shown_when for q in quick_path())


def test_every_follow_up_names_a_real_parent_and_its_values():
    for q in _questions():
        if q.shown_when is None:
            continue
        parent_id, values = q.shown_when
        parent = question(parent_id)
        assert values, q.id
        assert set(values) <= set(answer_values(parent)), (q.id, values)
        assert parent.kind in (QuestionKind.CHOICE, QuestionKind.MULTI, QuestionKind.YESNO)
        order = [x.id for x in _questions()]
        assert order.index(parent_id) < order.index(q.id), q.id


def test_follow_ups_named_by_the_format():
    assert question("breach_by").shown_when == ("breach", ("true",))
    assert question("reader_us_state").shown_when == ("reader_place", ("us",))
    assert question("reader_trader").shown_when == ("reader_place", ("fr",))
    assert question("client_us_state").shown_when == ("client_place", ("us",))
    assert question("governing_us_state").shown_when == ("governing_law", ("us",))


def test_none_of_these_is_offered_last_on_sign_lists():
    for qid in ("constructive_signs", "escalation_signs", "own_signs", "impediments", "situation"):
        assert question(qid).options[-1].value == NONE, qid


def test_legal_setting_options_are_the_format_s():
    places = ["fr", "england_wales", "scotland", "northern_ireland", "us", "other"]
    assert [o.value for o in question("reader_place").options] == places
    client = {o.value for o in question("client_place").options}
    assert client == {*places, "eu_other"}
    states = ["ny", "ca", "tx", "fl", "il", "other"]
    for qid in ("reader_us_state", "client_us_state", "governing_us_state"):
        assert [o.value for o in question(qid).options] == states
    assert [o.value for o in question("governing_law").options] == [
        "none",
        *places[:-1],
        "other",
        "unknown",
    ]
    assert [o.value for o in question("client_status").options] == [
        "company",
        "sole_trader",
        "consumer",
        "public_body",
    ]
    assert [o.value for o in question("reader_trader").options] == ["yes", "no", "unknown"]
    for qid in ("contract_late_rate", "contract_late_fixed"):
        assert question(qid).kind is QuestionKind.NUMBER


def test_timeline_categories_are_the_dispute_subjects():
    assert [c.value for c in Category] == list(TIMELINE_CATEGORIES)
    assert [o.value for o in question("sources").options] == list(TIMELINE_CATEGORIES)
