"""After a formal notice already sent: the plan's court step, dated from the notice's deadline.

Once the reader has sent the final notice and the client still owes, the next move is the court
procedure the reader can start alone (France: the injonction de payer, art. 1405 CPC, no lawyer
and no prior amicable attempt needed; England and Wales: Money Claim Online; Scotland: the simple
procedure; Northern Ireland: small claims; the US: small claims), with the amicable way that stays
open beside it. The step falls due the day after the notice's deadline, counted as the letter
counts it (8 days in France, a usual courtesy; the 30 days the Pre-Action Protocol for Debt Claims
gives a debtor who is an individual or a sole trader to reply; the 14 days the Practice Direction on
Pre-Action Conduct gives in a straightforward case, for a company), as `law/letters.py` says.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from client_conflict import assess
from client_conflict.verdict import route_of

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 12, 3)


def _sample(name: str, lang: str, **answers: Any) -> dict[str, Any]:
    folder = ROOT / "examples" / ("en" if lang == "en" else "")
    case: dict[str, Any] = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    case["answers"].update(answers)
    return case


def _notice_sent(name: str, lang: str, day: str | None, **answers: Any) -> dict[str, Any]:
    extra: dict[str, Any] = {"formal_notice_sent": True, "direct_attempts": "several"}
    if day is not None:
        extra["formal_notice_date"] = day
    extra.update(answers)
    return _sample(name, lang, **extra)


def _step(case: dict[str, Any], lang: str, key: str) -> Any:
    steps = {step.key: step for step in assess(case, lang, today=TODAY).plan}
    return steps.get(key)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_in_france_the_injonction_de_payer_follows_the_notice_the_day_after_its_eight_days(
    lang: str,
) -> None:
    case = _notice_sent("bakery-logo", lang, "2026-11-25")
    a = assess(case, lang, today=TODAY)
    court = next(step for step in a.plan if step.key == "court")
    # Sent 25 November, 8 days to pay (the letter's period): due on 4 December.
    assert court.due == dt.date(2026, 12, 4)
    assert "injonction de payer" in court.text
    assert "Médiateur des entreprises" in court.text
    # No notice to send again, and the card's route is the court, as the plan says.
    assert "formal_notice" not in {step.key for step in a.plan}
    assert route_of(a) == "court"


def test_a_deadline_long_past_puts_the_court_step_today() -> None:
    case = _notice_sent("bakery-logo", "fr", "2026-09-01")
    assert _step(case, "fr", "court").due == TODAY


def test_without_the_notice_date_the_court_step_comes_after_two_weeks() -> None:
    case = _notice_sent("bakery-logo", "en", None)
    assert _step(case, "en", "court").due == TODAY + dt.timedelta(days=14)


def test_england_and_wales_a_sole_trader_has_the_debt_protocol_thirty_days() -> None:
    case = _notice_sent("legal-ew-sole-trader", "en", "2026-11-20")
    court = _step(case, "en", "court")
    assert court is not None
    # 20 November + 30 days = 20 December; the step is the next day.
    assert court.due == dt.date(2026, 12, 21)
    assert "Money Claim Online" in court.text


@pytest.mark.parametrize(
    ("answers", "why"),
    [
        ({"fault": "mostly_me"}, "the broken contract is the reader's"),
        ({"formal_notice_sent": False}, "no notice sent yet: the plan sends one"),
    ],
)
def test_no_court_step_when_it_does_not_fit(answers: dict[str, Any], why: str) -> None:
    case = _notice_sent("bakery-logo", "en", "2026-11-25", **answers)
    assert _step(case, "en", "court") is None, why


def test_no_court_step_when_a_lawyer_is_already_in_the_plan() -> None:
    # The hostile client: threats and a notice already sent; the lawyer takes the case to court.
    case = _sample("hostile-client", "en")
    keys = {step.key for step in assess(case, "en", today=TODAY).plan}
    assert "lawyer" in keys
    assert "court" not in keys
