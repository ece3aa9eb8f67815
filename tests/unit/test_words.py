"""The engine's words: plurals that agree, French typography, spelling, and the proofread's typos.

Everything the engine writes (the report's catalogs, the questionnaire, a rendered report) in
both languages. The spelling check uses Hunspell as the pages' check does
(``tests/site/test_spelling.py``), with the same word lists.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from typing import Any

import pytest
from cc_helpers import ROOT, TODAY, load_example

from client_conflict import assess
from client_conflict.i18n import PLURAL, catalog, placeholders, t
from client_conflict.questionnaire import questionnaire
from client_conflict.render import render_text

sys.path.insert(0, str(ROOT))

from tests.hunspell import allowed as _allowed
from tests.hunspell import unknown as _unknown

LANGS = ("fr", "en")


def _dummy(template: str) -> dict[str, Any]:
    return dict.fromkeys(placeholders(template), "x") | {
        name: 2 for name, _, _ in PLURAL.findall(template)
    }


def _rendered_catalog(lang: str) -> dict[str, str]:
    return {key: t(lang, key, **_dummy(value)) for key, value in catalog(lang).items()}


def _questionnaire(lang: str) -> list[str]:
    texts = []
    for section in questionnaire():
        texts += [section.title[lang], section.intro[lang]]
        for q in section.questions:
            texts += [q.label[lang], *([q.help[lang]] if q.help else [])]
            texts += [o.label[lang] for o in q.options]
    return texts


# -- plurals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "count", "days", "expected"),
    [
        ("en", 1, 1, "1 dated fact, from a to b, over 1 day."),
        ("en", 2, 0, "2 dated facts, from a to b, over 0 days."),
        ("fr", 1, 0, "1 fait daté, du a au b, soit 0 jour."),
        ("fr", 3, 12, "3 faits datés, du a au b, soit 12 jours."),
    ],
)
def test_counts_agree_with_their_nouns(lang: str, count: int, days: int, expected: str) -> None:
    text = t(lang, "timeline.span", count=count, first="a", last="b", days=days)
    assert text == expected


def test_a_single_fact_is_not_a_span_of_zero_days() -> None:
    case = load_example("late-payment.json")
    case["timeline"] = case["timeline"][:1]
    result = assess(case, "en", today=TODAY)
    assert result.timeline is not None
    assert result.timeline.reasons[0].text == "One dated fact, on 2 June 2026."


def test_both_catalogs_agree_on_the_plural_words() -> None:
    fr, en = catalog("fr"), catalog("en")
    for key, template in en.items():
        names = sorted(name for name, _, _ in PLURAL.findall(template))
        assert names == sorted(name for name, _, _ in PLURAL.findall(fr[key])), key
        assert set(names) <= placeholders(template), key


def test_no_count_is_written_with_a_parenthesised_plural() -> None:
    for lang in LANGS:
        for key, text in catalog(lang).items():
            assert "(s)" not in text, key


# -- French typography -----------------------------------------------------------------

_BAD_SPACING = re.compile(r"(?: [:;!?»]|« |[^\s\u00a0\u202f(][;!?»]|\w:(?=\s))")


def test_french_has_no_break_spaces_before_double_punctuation_and_inside_guillemets() -> None:
    texts = list(_rendered_catalog("fr").items())
    texts += [("questionnaire", text) for text in _questionnaire("fr")]
    report = render_text(assess(load_example("quality-dispute.json"), "fr", today=TODAY))
    texts += [("report", line) for line in report.splitlines()]
    bad = [(where, text) for where, text in texts if _BAD_SPACING.search(text)]
    # The reader's own words (the dated facts quoted in the report) are theirs to punctuate.
    facts = {e["what"] for e in load_example("quality-dispute.json")["timeline"]}
    bad = [
        (w, x) for w, x in bad if not any(f.replace(" ", "") in x.replace(" ", "") for f in facts)
    ]
    assert bad == []


def test_the_spacing_check_can_fail() -> None:
    assert _BAD_SPACING.search("Le client : rien")
    assert _BAD_SPACING.search("« texte »")
    assert not _BAD_SPACING.search("Le client\u00a0: «\u00a0texte\u00a0»")


# -- the proofread's typos -------------------------------------------------------------


def test_the_proofread_typos_are_gone() -> None:
    fr = catalog("fr")
    everything = " ".join(fr.values())
    for wrong in ("Niveaus", "(C + R + P", "plus de orientation", "plus il est élevé"):
        assert wrong not in everything, wrong
    for lang in LANGS:
        words = catalog(lang)
        # One column per thing: the stage, and Glasl's group of stages.
        assert words["explain.escalation.stage"] != words["explain.escalation.level"]
        assert words["report.health"] not in ("Santé", "Health")


# -- spelling ----------------------------------------------------------------------------


# Words of the engine's own that Hunspell does not know, beyond the pages' lists.
ENGINE_WORDS = {
    # Date patterns, the encoding, the file format's name and the command line's words.
    "fr": {
        "AAAA-MM-JJ",
        "UTF-8",
        "UTF-8.",
        "client-conflict",
        "false",
        "true",
        "schema",
        "validate",
        "L110-4",
    },
    "en": {"YYYY", "DD", "UTF", "commerçant", "L110-4", "L110"},
}
SAMPLE = {"fr": "quality-dispute.json", "en": "en/quality-dispute.json"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_engine_spells_every_word_right(lang: str) -> None:
    texts = list(_rendered_catalog(lang).values()) + _questionnaire(lang)
    # Letters are written in their recipient's language, not the report's: they are left out here.
    assessment = dataclasses.replace(
        assess(load_example(SAMPLE[lang]), lang, today=TODAY), letters=()
    )
    texts.append(render_text(assessment))
    text = "\n".join(texts).replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"^[-=]+$", " ", text, flags=re.MULTILINE)  # the text report's underlines
    # Placeholder fillers, engine keys and file paths are not prose.
    text = re.sub(r"`[^`]*`|\b[a-z]+(?:[._/][a-z0-9_]+)+\b", " ", text)
    allowed = _allowed(lang) | ENGINE_WORDS[lang] | {"x"}
    assert sorted(_unknown(text, lang) - allowed) == []
