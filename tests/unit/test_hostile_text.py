"""Hostile text in a case file: no control or bidirectional character reaches any writer, and
every error message stays short and plain, whatever the file holds (issue 13, items 10 and 11)."""

from __future__ import annotations

import json
import re

import pytest
from cc_helpers import run_cli

from client_conflict import assess, browser, example_case, i18n
from client_conflict._text import clean_line, clean_text, json_safe, shorten
from client_conflict.case import load_case
from client_conflict.errors import _FAMILY, _PART, CaseError, _reader_key
from client_conflict.render import render_html, render_markdown, render_text

# ESC c resets a terminal; U+202E reverses what follows; U+2066 opens an isolate; U+0085 and
# U+009B are C1 controls (NEL, CSI); U+200F is the right-to-left mark.
HOSTILE_NAME = "Evil\x1bc Corp\u202egnp.exe\u2066x\u2069\x9b2J\u200f<script>alert(1)</script>"
UNSAFE = ["\x1b", "\u202e", "\u2066", "\u2069", "\x9b", "\u200f", "\x85", "\x07", "\r", "\x7f"]


def _unsafe_in(text: str) -> list[str]:
    return [ch for ch in UNSAFE if ch in text]


@pytest.fixture
def hostile_case():
    case = example_case("en")
    case["client"] = HOSTILE_NAME
    case["narrative"] = "Line one\x1b[31m red\r\nline two\u202eowt\u2028three\x07"
    case["timeline"][0]["what"] = "Paid \u202e05 €\u202c, said \x1b]0;pwned\x07 the client"
    return case


# -- the sanitiser ---------------------------------------------------------------------------


def test_clean_text_removes_controls_and_bidi_but_keeps_lines_and_tabs():
    assert clean_text("a\x1bcb\u202ec\r\nd\te\u2028f\x85g\u200e\u061ch\x00i\x7f") == (
        "acbc\nd\te\nf\ngh" + "i"
    )
    assert clean_text("lone \ud800 surrogate") == "lone \ufffd surrogate"


@pytest.mark.parametrize(
    "text",
    [
        "Maison Verdier",
        "Café « Le Zinc » : 6\u202f720\u00a0€ !",
        "שלום עולם and مرحبا",  # right-to-left scripts need no formatting character
        "👩\u200d💻 ZWJ emoji, zero\u200bwidth space",
        "two\nlines\twith a tab",
    ],
)
def test_clean_text_leaves_ordinary_text_alone(text):
    assert clean_text(text) == text
    assert clean_text(clean_text(HOSTILE_NAME)) == clean_text(HOSTILE_NAME)


def test_clean_line_keeps_french_no_break_spaces():
    assert clean_line("  a\n\tb\u00a0: c\u202f;  ") == "a b\u00a0: c\u202f;"


def test_shorten_marks_the_cut():
    assert shorten("abcdef", 4) == "abc…"
    assert shorten("abc", 4) == "abc"


def test_json_safe_escapes_without_changing_the_data():
    data = {"client": HOSTILE_NAME + "\ud800\u2028"}
    text = json.dumps(data, ensure_ascii=False)
    safe = json_safe(text)
    assert not _unsafe_in(safe)
    assert "\ud800" not in safe
    assert json.loads(safe) == data


# -- every writer ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reports_carry_no_control_or_bidi_character(hostile_case, lang):
    assessment = assess(load_case(hostile_case), lang, today=None)
    markdown = render_markdown(assessment)
    text = render_text(assessment)
    html = render_html(assessment)
    for output in (markdown, text, html):
        assert not _unsafe_in(output), _unsafe_in(output)
    # The name is still there, readable, in every format.
    assert "Evilc Corpgnp.exex2J" in text
    assert "Evilc Corpgnp.exex2J" in markdown
    # HTML stays escaped: the name's markup is text, not elements.
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # Outside code blocks (a letter to copy is one, and Markdown shows it as text), no tag opens.
    prose = re.sub(r"```.*?```", "", markdown, flags=re.S)
    assert "&lt;script>" in prose
    assert "<script>" not in prose


@pytest.mark.parametrize("fmt", ["md", "text", "html", "json"])
def test_cli_output_carries_no_control_or_bidi_character(hostile_case, fmt):
    data = json.dumps(hostile_case, ensure_ascii=False).encode()
    result = run_cli("report", "-", "--format", fmt, "--today", "2026-09-14", stdin=data)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert not _unsafe_in(out), _unsafe_in(out)
    if fmt == "json":
        # JSON keeps the data exact, written as escapes a terminal does not act on.
        assert "\\u202e" in out


def test_the_browser_answer_carries_the_clean_report(hostile_case):
    out = json.loads(browser.evaluate(json.dumps(hostile_case), "en", "2026-09-14"))
    assert out["ok"] is True
    assert not _unsafe_in(out["markdown"])
    assert not _unsafe_in(out["html"])


# -- error messages --------------------------------------------------------------------------


def test_a_huge_unknown_key_gives_a_short_message():
    case = example_case("en")
    case["x" * 900_000] = 1
    with pytest.raises(CaseError) as caught:
        load_case(json.dumps(case))
    error = caught.value
    assert len(error.field) <= 60
    assert error.field.endswith("…")
    for lang in i18n.LANGS:
        assert len(error.message(lang)) < 200
        assert len(error.reader_message(lang)) < 200
    out = json.loads(browser.load(json.dumps(case), "fr"))
    assert out["ok"] is False
    assert len(json.dumps(out)) < 600
    assert out["error"]["message"].startswith("Ce fichier contient un élément")


def test_a_hostile_key_is_cleaned_in_every_message():
    case = example_case("en")
    case["\x1b]0;owned\x07\u202ekey"] = 1
    out = json.loads(browser.load(json.dumps(case), "en"))
    assert not _unsafe_in(json.dumps(out, ensure_ascii=False))
    data = json.dumps(case, ensure_ascii=False).encode()
    result = run_cli("validate", "-", stdin=data)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert stderr.count("\n") == 1
    assert not _unsafe_in(stderr)
    assert "owned" in stderr  # the command line still names the field, for developers


def test_a_long_argument_gives_one_short_line():
    result = run_cli("report", "x", "--format", "\x1bc" + "y" * 100_000)
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert stderr.count("\n") == 1
    assert len(stderr) <= 501
    assert "\x1b" not in stderr


def _load_error(text: str, lang: str) -> dict[str, str]:
    out = json.loads(browser.load(text, lang, "2026-09-14"))
    assert out["ok"] is False
    return out["error"]


def _with(**changes: object) -> str:
    case = example_case("en")
    case.update(changes)
    return json.dumps(case)


def _timeline_date(value: str) -> str:
    case = example_case("en")
    case["timeline"][0]["date"] = value
    return json.dumps(case)


@pytest.mark.parametrize(
    ("text", "en", "fr"),
    [
        ('{"format": "something-else"}', "This file is not a case saved by this site.", None),
        ("[1, 2]", "This file is not a case saved by this site.", None),
        ("{", "This file is damaged", "Ce fichier est endommagé"),
        (
            '{"format": "client-conflict-case", "version": 99}',
            "This file was saved by a newer version of the site.",
            "Ce fichier a été enregistré par une version plus récente du site.",
        ),
        (_timeline_date("2026-02-30"), "The date of a fact is not a real date.", None),
        (_timeline_date("2031-01-01"), "The date of a fact is too far in the future", None),
        (_with(client="x" * 10_000), "The client's name is too long.", None),
        (_with(answers={"no_such_question": 1}), "This file answers a question", None),
        (_with(created="yesterday"), "The date this case was created", None),
    ],
)
def test_the_reader_is_told_what_is_wrong_in_plain_words(text, en, fr):
    english = _load_error(text, "en")
    assert english["message"].startswith(en), english
    french = _load_error(text, "fr")
    assert french["message"].startswith(fr or french["message"][:1])
    assert french["message"] != english["message"]
    for message in (english["message"], french["message"]):
        # No internal name: no field path, no format name, no JSON word.
        for internal in ("format", "client-conflict", "JSON", "answers.", "timeline[", "“", "«"):
            assert internal not in message, (internal, message)
    # The detail keeps the technical sentence, for the console.
    assert english["detail"] != english["message"]


_CODES_BY_FIELD = [
    (field, code)
    for code in (*_FAMILY, "wrong_type", "missing", "out_of_range", "bad_option", "not_finite")
    for field in ("", "version", "today", *(f"{part}[0].x" for part in _PART))
]


@pytest.mark.parametrize(("field", "code"), _CODES_BY_FIELD)
def test_every_fault_has_a_reader_message_in_both_languages(field, code):
    key = _reader_key(field, code)
    for lang in i18n.LANGS:
        message = i18n.t(lang, key)
        assert message
        assert "{" not in message


def test_the_french_markdown_report_keeps_its_no_break_spaces(verdier):
    markdown = render_markdown(assess(load_case(verdier), "fr", today=None))
    # Amounts ("6 720 €") and French punctuation use no-break spaces; cleaning keeps them.
    assert "\u00a0€" in markdown
    assert "\u202f" in markdown
