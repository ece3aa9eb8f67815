"""The questionnaire is well formed, bilingual and wired to the analyses."""

from __future__ import annotations

import re

from client_conflict import QuestionKind, questionnaire
from client_conflict.questionnaire import question

FEEDS = re.compile(
    r"^(trust|tactic|escalation|conflict|balance|relationship|plan|timeline)(\.[a-z_]+)?$"
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


def test_every_question_feeds_a_known_analysis():
    for q in _questions():
        assert q.feeds, q.id
        assert all(FEEDS.match(feed) for feed in q.feeds), (q.id, q.feeds)


def test_question_lookup():
    assert question("stake_outcome").kind is QuestionKind.SCALE
