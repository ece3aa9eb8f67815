"""Both catalogs say the same things, with the same placeholders."""

from __future__ import annotations

import datetime as dt

import pytest

from client_conflict import i18n


def test_catalogs_have_identical_keys():
    fr, en = i18n.catalog("fr"), i18n.catalog("en")
    assert set(fr) - set(en) == set()
    assert set(en) - set(fr) == set()


def test_catalogs_have_identical_placeholders():
    fr, en = i18n.catalog("fr"), i18n.catalog("en")
    for key in fr:
        assert i18n.placeholders(fr[key]) == i18n.placeholders(en[key]), key


def test_no_sentence_is_empty_or_padded():
    for lang in i18n.LANGS:
        for key, text in i18n.catalog(lang).items():
            assert text, (lang, key)
            assert text == text.strip(), (lang, key)


@pytest.mark.parametrize(
    ("day", "lang", "expected"),
    [
        (dt.date(2026, 7, 11), "fr", "11 juillet 2026"),
        (dt.date(2026, 7, 1), "fr", "1er juillet 2026"),
        (dt.date(2026, 8, 14), "fr", "14 août 2026"),
        (dt.date(2026, 7, 11), "en", "11 July 2026"),
        (dt.date(2026, 12, 1), "en", "1 December 2026"),
    ],
)
def test_dates_are_written_naturally(day, lang, expected):
    assert i18n.format_date(day, lang) == expected


def test_amounts_are_written_naturally():
    assert i18n.format_amount(6720, "fr") == "6\u202f720\u00a0€"
    assert i18n.format_amount(6720, "en") == "€6,720"
    assert i18n.format_amount(12.5, "fr") == "12,50\u00a0€"


def test_signed_numbers():
    assert i18n.format_signed(0, "fr") == "0"
    assert i18n.format_signed(0.25, "fr") == "+0,25"
    assert i18n.format_signed(-0.5, "en") == "\u22120.5"


@pytest.mark.parametrize(
    ("items", "lang", "expected"),
    [
        ([], "fr", ""),
        (["a"], "en", "a"),
        (["a", "b"], "fr", "a et b"),
        (["a", "b", "c"], "en", "a, b and c"),
    ],
)
def test_lists_are_joined_as_a_sentence_does(items, lang, expected):
    assert i18n.join(items, lang) == expected
