"""Reports are complete, and user text is escaped in every format."""

from __future__ import annotations

import re

import pytest
from cc_helpers import TODAY, load_example, make_case
from hypothesis import given, settings
from hypothesis import strategies as st

from client_conflict import assess, render_html, render_markdown, render_text

NASTY = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</section><script>",
    "[click](javascript:alert(1))",
    "**bold** _it_ `code` # title | pipe",
    "line\nbreak\x1b[31mred",
]


def _hostile_case(text: str) -> dict:
    return make_case(
        {"stake_outcome": 4, "stake_relationship": 2, "escalation_signs": ["threats"]},
        client=text[:200],
        narrative=text,
        timeline=[
            {"date": "2026-07-11", "what": text, "category": "payment"},
            {"date": "2026-08-11", "what": text, "category": "payment"},
        ],
    )


@pytest.mark.parametrize("text", NASTY)
def test_html_escapes_user_text(text):
    html = render_html(assess(_hostile_case(text), "en", today=TODAY))
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "javascript:" not in re.findall(r'href="([^"]*)"', html)


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=80))
def test_html_never_contains_unescaped_markup_from_user_text(text):
    payload = f"<script>{text}"
    html = render_html(assess(_hostile_case(payload), "fr", today=TODAY))
    assert "<script" not in html.lower()
    assert "style=" not in html


def test_html_is_semantic_and_prefixed(verdier):
    html = render_html(assess(verdier, "en", today=TODAY), "/repo/en/")
    assert html.startswith('<section class="cc-report" lang="en">')
    assert '<ol class="cc-plan">' in html
    assert "<h2>" in html
    assert "<table" in html
    assert "<caption>" in html
    assert 'href="/repo/en/steps/5-trust/"' in html
    assert "<time datetime=" in html
    classes = re.findall(r'class="([^"]*)"', html)
    assert all(name.startswith("cc-") for value in classes for name in value.split())


def test_dangerous_base_urls_are_dropped(verdier):
    html = render_html(assess(verdier, "en", today=TODAY), "javascript:alert(1)//")
    assert "javascript" not in html
    assert 'href="steps/5-trust/"' in html


@pytest.mark.parametrize("text", NASTY)
def test_markdown_escapes_user_text(text):
    md = render_markdown(assess(_hostile_case(text), "en", today=TODAY))
    assert "<script" not in md
    # A link needs an unescaped "[...](": every bracket of user text must come escaped.
    assert not re.search(r"(?<!\\)\]\(javascript", md)
    assert not re.search(r"(?<!\\)\[click", md)
    if "**bold**" in text:
        assert "\\*\\*bold\\*\\*" in md


def test_markdown_report_has_headings_and_links(verdier):
    md = render_markdown(assess(verdier, "fr", today=TODAY), "/repo/")
    assert md.startswith("## Diagnostic\u00a0: Maison Verdier")
    assert "### Plan d'action" in md
    assert "(/repo/templates/mediation-proposal/)" in md


def test_text_report_strips_control_characters():
    text = render_text(assess(_hostile_case("a\x1b[31mb"), "en", today=TODAY))
    assert "\x1b" not in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_reports_cover_every_part(verdier, lang):
    text = render_text(assess(verdier, lang, today=TODAY))
    for heading in {
        "fr": [
            "Confiance",
            "Tactique",
            "Escalade",
            "Types de conflit",
            "Chronologie",
            "Plan d'action",
        ],
        "en": ["Trust", "Tactic", "Escalation", "Kinds of conflict", "Timeline", "Action plan"],
    }[lang]:
        assert f"\n{heading}\n" in text


def test_markdown_keeps_the_spaces_between_spans():
    md = render_markdown(assess(load_example("quality-dispute.json"), "en", today=TODAY))
    assert "**Compromise** — Aim for" in md
    assert re.search(r"^1\. \*By [^*]+\* — \S", md, re.MULTILINE)
    assert ". ([see the guide](" in md
    assert "**]" not in md
    assert not re.search(r"\*\*\S[^*]*\s\*\*", md)  # no space just inside a bold span


def test_a_tie_is_shown_next_to_the_suggested_tactic():
    case = load_example("quality-dispute.json")
    # Without these answers, compromising and competing come out level.
    for question in ("situation", "concessions_made", "concessions_exploited"):
        del case["answers"][question]
    text = render_text(assess(case, "fr", today=TODAY))
    tie = "Transiger et s'imposer sont à égalité (+4)."
    # On the verdict card, with the suggested approach, before anything folded.
    assert text.index("Transiger\u00a0: ") < text.index(tie) < text.index("Plan d'action")
    # And again in the tactic's own part, next to the recommendation.
    recommended = text.index("Transiger — ")
    note = text.index(tie, recommended)
    assert recommended < note < text.index("Les cinq styles")


def test_a_small_debt_is_not_sent_to_a_lawyer_by_reflex():
    # 3,200 EUR is well within what a French court hears without a lawyer (issue 9).
    text = render_text(assess(load_example("late-payment.json"), "en", today=TODAY))
    assert "Because of the broken contract, the help suited to this case is a lawyer" not in text
    assert "1,500" not in text


def test_no_trust_actions_are_listed_while_trust_building_waits():
    hostile = render_text(assess(load_example("hostile-client.json"), "en", today=TODAY))
    assert "What to do first" not in hostile
    assert "winning back the client's trust can wait" in hostile
    calm = render_text(assess(load_example("scope-creep.json"), "en", today=TODAY))
    assert "What to do first" in calm


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# not a heading", "\\# not a heading"),
        ("- not a list", "\\- not a list"),
        ("12. not a list", "12\\. not a list"),
        ("a *b* c", "a \\*b\\* c"),
        ("pipe | cell", "pipe \\| cell"),
        ("plain words (and 2.5 %) stay as they are.", "plain words (and 2.5 %) stay as they are."),
    ],
)
def test_markdown_escapes_only_what_markdown_would_act_on(text, escaped):
    from client_conflict.render import _md_escape

    assert _md_escape(text) == escaped
