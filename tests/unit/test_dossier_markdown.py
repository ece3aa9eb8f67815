"""The dossier for a mediator or a lawyer, downloaded as Markdown (issue 11, item 5).

Same rule as the report's Markdown: a backslash only where a character would otherwise change
the meaning (a line opening a heading or a list, emphasis, a table cell, a tag).
"""

from __future__ import annotations

import json
import re

import pytest
from cc_helpers import TODAY, load_example

from client_conflict import assess, browser
from client_conflict.case import load_case
from client_conflict.render import render_dossier_markdown, render_dossier_text

BAKERY = {"fr": "bakery-logo.json", "en": "en/bakery-logo.json"}
SECTIONS = {
    "fr": (
        "## Dossier : Maison Bertin",
        "### Les parties",
        "### Les faits datés",
        "### Les montants",
        "### Les positions et les intérêts, tels que je les vois",
        "### Ce qui a été tenté",
        "### Les pièces à apporter",
    ),
    "en": (
        "## Case summary: Maison Bertin",
        "### The parties",
        "### The dated facts",
        "### The amounts",
        "### Positions and interests, as I see them",
        "### What has been tried",
        "### Documents to bring",
    ),
}


def _dossier(case: dict, lang: str) -> str:
    return render_dossier_markdown(assess(case, lang, today=TODAY), load_case(case))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_section_of_the_dossier_is_in_its_markdown_in_order(lang):
    case = load_example(BAKERY[lang])
    md = _dossier(case, lang)
    lines = md.splitlines()
    at = [lines.index(heading.replace(" :", "\u00a0:")) for heading in SECTIONS[lang]]
    assert at == sorted(at)
    # The same sections, in the same order, as the text the page offers beside it.
    text = render_dossier_text(assess(case, lang, today=TODAY), load_case(case))
    for heading in SECTIONS[lang][1:]:
        assert heading[4:] in text
    # Every dated fact, the reader's own account, the sums' table and the invoice to bring.
    for entry in case["timeline"]:
        assert entry["what"] in md
    first_paragraph = case["narrative"].split("\n\n")[0]
    assert first_paragraph in md
    assert "|---|---|---|---|---|---|" in md
    assert re.search(r"^\| 2026-014 \|", md, flags=re.M)
    assert "2026-014" in md.split(SECTIONS[lang][-1])[1]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_bakery_dossier_needs_no_backslash(lang):
    # "n° 2026-014", "3 200 €", "art. 293 B", "(31 juillet)." change nothing in Markdown.
    assert "\\" not in _dossier(load_example(BAKERY[lang]), lang)


def test_the_dossier_escapes_only_what_would_change_the_meaning():
    case = load_example(BAKERY["en"])
    case["client"] = "*Bold* | Pipe_"
    case["narrative"] = (
        "# Not a heading\n\n- not a list\n\n12. not a list either\n\n"
        "Version 4.3 of the logo, 50 % paid, Smith & Sons, a < b."
    )
    case["timeline"][0]["what"] = "Sent <img src=x> and [a link](javascript:alert(1))"
    md = _dossier(case, "en")
    assert "## Case summary: \\*Bold\\* \\| Pipe\\_" in md.splitlines()
    for line in (
        "\\# Not a heading",
        "\\- not a list",
        "12\\. not a list either",
        # Nothing Markdown would act on: no backslash.
        "Version 4.3 of the logo, 50 % paid, Smith & Sons, a < b.",
    ):
        assert line in md.splitlines()
    assert "Sent &lt;img src=x> and \\[a link\\](javascript:alert(1))" in md
    assert "<img" not in md


def test_the_page_gets_the_dossier_markdown_from_the_engine():
    case = load_example(BAKERY["fr"])
    out = json.loads(browser.evaluate(json.dumps(case), "fr", TODAY.isoformat()))
    assert out["dossier_markdown"] == _dossier(case, "fr")
    assert out["dossier_markdown"].startswith("## Dossier\u00a0: Maison Bertin\n")
