"""The English sample cases are the French ones translated: same facts, answers and result."""

from __future__ import annotations

from typing import Any

import pytest
from cc_helpers import TODAY, load_example

from client_conflict import assess

SAMPLES = ["late-payment.json", "quality-dispute.json", "scope-creep.json", "hostile-client.json"]


def _without_texts(case: dict[str, Any]) -> dict[str, Any]:
    timeline = [{k: v for k, v in entry.items() if k != "what"} for entry in case["timeline"]]
    return {
        **{k: v for k, v in case.items() if k not in ("narrative", "client")},
        "timeline": timeline,
    }


@pytest.mark.parametrize("name", SAMPLES)
def test_the_english_sample_translates_the_french_one(name: str) -> None:
    french, english = load_example(name), load_example(f"en/{name}")
    assert _without_texts(english) == _without_texts(french)
    assert english["narrative"] != french["narrative"]
    assert [e["what"] for e in english["timeline"]] != [e["what"] for e in french["timeline"]]


@pytest.mark.parametrize("name", SAMPLES)
def test_the_english_sample_gives_the_same_assessment(name: str) -> None:
    def headline(case: dict[str, Any]) -> tuple[Any, ...]:
        result = assess(case, "en", today=TODAY).to_dict()
        return (
            result["trust"] and result["trust"]["score"],
            result["tactic"]["recommended"],
            result["escalation"]["stage"],
            result["relationship"] and result["relationship"]["decision"],
            result["conflict"]["types"],
            [step["key"] for step in result["plan"]],
        )

    assert headline(load_example(f"en/{name}")) == headline(load_example(name))
