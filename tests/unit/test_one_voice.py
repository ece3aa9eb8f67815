"""One voice per report: no report of the samples or the scenario suite contradicts itself.

The pairs checked are the ones a careful reader caught: standing firm while "acknowledging
what is legitimate" in a complaint the reader called unfounded; repairing trust through
conversations with a client who no longer answers; sending the reader to a lawyer, next to "a
mediator is not called for", over an amount too small to pay for one.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest
from cc_helpers import EXAMPLES, ROOT, TODAY

from client_conflict import assess
from client_conflict.calibration import _day
from client_conflict.i18n import t
from client_conflict.render import render_text

SUITE = ROOT / "tests" / "scenarios"


def _cases() -> list[tuple[str, dict[str, Any], Any]]:
    found = [
        (path.name, json.loads(path.read_text(encoding="utf-8")), TODAY)
        for path in sorted(EXAMPLES.glob("*.json")) + sorted(EXAMPLES.glob("en/*.json"))
    ]
    manifest = json.loads((SUITE / "manifest.json").read_text(encoding="utf-8"))
    for scenario_id, entry in sorted(manifest["scenarios"].items()):
        case = json.loads((SUITE / entry["case"]).read_text(encoding="utf-8"))
        found.append((scenario_id, case, _day(case)))
    return found


CASES = _cases()


@cache
def _report(index: int, lang: str) -> tuple[Any, str]:
    _, case, day = CASES[index]
    result = assess(case, lang, today=day)
    return result, render_text(result)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[0] for c in CASES])
def test_the_report_speaks_with_one_voice(index: int, lang: str) -> None:
    _, case, _ = CASES[index]
    answers = case.get("answers", {})
    result, text = _report(index, lang)
    fault = answers.get("fault")
    if fault in ("mostly_client", "no_complaint"):
        assert t(lang, "trust.action.intimacy.2") not in text
    if result.tactic is not None and result.tactic.recommended.value in ("compete", "avoid"):
        # Standing firm or stepping back: no courting the client's confidences first.
        for key in ("intimacy.1", "intimacy.1.silent", "intimacy.2"):
            assert t(lang, f"trust.action.{key}") not in text, key
    if "silence" in answers.get("escalation_signs", []):
        for key in ("trust.action.intimacy.1", "trust.action.self_orientation.2"):
            assert t(lang, key) not in text, key
    if result.escalation is not None and result.escalation.small_stake:
        assert t(lang, "report.lawyer_yes") not in text
        assert t(lang, "summary.lawyer") not in text
        assert t(lang, "plan.lawyer") not in text


def test_the_suite_holds_the_situations_the_checks_are_about() -> None:
    """The checks above would pass vacuously without cases that raise each question."""
    answers = [c[1].get("answers", {}) for c in CASES]
    assert sum(a.get("fault") in ("mostly_client", "no_complaint") for a in answers) >= 5
    assert sum("silence" in a.get("escalation_signs", []) for a in answers) >= 3
    small = [
        i for i in range(len(CASES)) if (e := _report(i, "en")[0].escalation) and e.small_stake
    ]
    assert len(small) >= 3
