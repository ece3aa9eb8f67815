"""The legal section's catalogs: the same keys and placeholders in both languages, one per value."""

from __future__ import annotations

import pytest

from client_conflict.i18n import placeholders
from client_conflict.law import Certainty, Check, Jurisdiction, LawyerReason, Note, RouteId, Rule
from client_conflict.law.messages import MESSAGES, french_typography


def test_same_keys_and_placeholders():
    assert MESSAGES["fr"].keys() == MESSAGES["en"].keys()
    for key, text in MESSAGES["fr"].items():
        assert placeholders(text) == placeholders(MESSAGES["en"][key]), key


@pytest.mark.parametrize(
    ("prefix", "values"),
    [
        ("rule.", [r.value for r in Rule]),
        ("note.", [n.value for n in Note]),
        ("check.", [c.value for c in Check]),
        ("certainty.", [c.value for c in Certainty]),
        ("route.", [r.value for r in RouteId]),
        ("lawyer.", [r.value for r in LawyerReason]),
        ("law.", [j.value for j in Jurisdiction]),
    ],
)
def test_every_value_has_its_sentence(prefix, values):
    for value in values:
        assert prefix + value in MESSAGES["en"], prefix + value


def test_french_typography():
    assert french_typography("Objet : « oui » ; non ?") == (
        "Objet\u00a0: «\u00a0oui\u00a0»\u202f; non\u202f?"
    )
