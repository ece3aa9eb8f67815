"""The rules documentation is generated from the very rules the engine applies."""

from __future__ import annotations

import re

import pytest
from cc_helpers import ROOT

from client_conflict import conflict, relationship, tactic
from client_conflict.errors import CaseError
from client_conflict.explain import rules_markdown
from client_conflict.plan import STEPS
from client_conflict.trust import BANDS


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_rule_is_documented(lang):
    text = rules_markdown(lang)
    for rule in (*conflict.RULES, *tactic.RULES, *relationship.RULES):
        assert rule.text(lang) in text, rule.id
        assert f"../sources.md#{rule.source}" in text
    for spec in STEPS.values():
        assert f"`{spec.link}`" in text
    assert "1500" not in text
    assert "1 500" not in text
    assert all(str(int(floor)) in text for floor, _ in BANDS)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_headings_start_at_level_three(lang):
    levels = [len(m) for m in re.findall(r"^(#+) ", rules_markdown(lang), flags=re.M)]
    assert levels
    assert min(levels) == 3


def test_tables_are_well_formed():
    for line in rules_markdown("en").splitlines():
        if line.startswith("|"):
            assert line.endswith("|")


def test_bad_lang():
    with pytest.raises(CaseError):
        rules_markdown("es")


@pytest.mark.parametrize("name", ["how-it-works.md", "how-it-works.en.md"])
def test_docs_pages_carry_the_marker_and_enough_substance(name):
    page = (ROOT / "docs" / "diagnostic" / name).read_text(encoding="utf-8")
    assert page.count("<!-- client-conflict:rules -->") == 1
    assert len(page.split()) >= 400
    for key in ("thomas-1977", "glasl-1999", "moore-2014", "fisher-ury-2011", "maister-2000"):
        assert f"../sources.md#{key}" in page
