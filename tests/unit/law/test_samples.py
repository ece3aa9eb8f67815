"""The legal sample cases: the right law, currency, sums, deadlines and routes, in both languages.

Sums are as of the tests' day, 14 September 2026, written out by hand below.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cc_helpers import TODAY, load_example

from client_conflict import assess
from client_conflict.render import render_text

SAMPLES = sorted(p.name for p in (Path(__file__).parents[3] / "examples").glob("legal-*.json"))


def law(name: str, lang: str) -> dict[str, Any]:
    case = load_example(name if lang == "fr" else f"en/{name}")
    return assess(case, lang, today=TODAY).to_dict()["law"]


def test_the_seven_jurisdictions_are_covered():
    assert SAMPLES == [
        "legal-ew-company.json", "legal-ew-sole-trader.json", "legal-fr-business.json",
        "legal-fr-consumer.json", "legal-new-york.json", "legal-northern-ireland.json",
        "legal-scotland.json",
    ]  # fmt: skip


def _facts(case: dict[str, Any]) -> dict[str, Any]:
    timeline = [{k: v for k, v in entry.items() if k != "what"} for entry in case["timeline"]]
    return {**{k: v for k, v in case.items() if k != "narrative"}, "timeline": timeline}


@pytest.mark.parametrize("name", SAMPLES)
def test_twins_carry_the_same_facts_and_the_same_legal_result(name):
    french, english = load_example(name), load_example(f"en/{name}")
    assert _facts(french) == _facts(english)
    assert french["narrative"] != english["narrative"]
    assert law(name, "fr") == law(name, "en")


def test_france_business_client():
    # F-2026-014: 3,600 EUR due 1 April 2026, 1,000 paid 15 May; ECB 2.15% + 10 = 12.15%:
    #   2 Apr-14 May, 43 days: 3,600 x 12.15% x 43/365 = 51.53
    #   15 May-30 Jun, 47 days: 2,600 x 12.15% x 47/365 = 40.68
    #   1 Jul-14 Sep, 76 days: 2,600 x 12.15% x 76/365 = 65.78 (July's ECB rate assumed)
    # F-2026-022: 1,440 EUR due 3 June, 240 disputed -> 1,200:
    #   4-30 Jun, 27 days: 10.79; 1 Jul-14 Sep, 76 days: 30.36
    # Claim: 2,600 + 157.99 + 40 + 1,200 + 41.15 + 40 = 4,079.14 EUR; 240 EUR left aside.
    found = law("legal-fr-business.json", "fr")
    assert found["applicable"]["jurisdiction"] == "fr"
    assert [i["interest"] for i in found["invoices"]] == ["157.99", "41.15"]
    assert found["totals"] == {
        "balance": {"EUR": "3800"}, "interest": {"EUR": "199.14"}, "fixed": {"EUR": "80"},
        "claim": {"EUR": "4079.14"}, "disputed": {"EUR": "240"},
    }  # fmt: skip
    assert found["clocks"][0]["deadline"] == "2031-05-15"  # restarted by the part payment
    assert "fr.petites_creances" in [r["id"] for r in found["routes"]]
    assert not found["lawyer"]["advised"]


def test_france_consumer_client_after_a_dated_formal_notice():
    # 2026-007: 2,400 EUR due 31 March 2026; a formal notice sent on 15 June 2026 (answers
    # formal_notice_sent and formal_notice_date, set here). Interest at the legal rate from the
    # notice (art. 1231-6 C. civ.), the "autres cas" column since the creditor is a
    # professional: 2.62% for the first half of 2026 (arrêté du 15 décembre 2025, JORF n°0302
    # du 26 décembre 2025; fr_legal_rate.json), kept for the second half (assumed: the table is
    # known through 30 June 2026). Year of 365 days:
    #   15-30 Jun, 16 days: 2,400 x 2.62% x 16/365 = 2.756 -> 2.76
    #   1 Jul-14 Sep, 76 days: 2,400 x 2.62% x 76/365 = 13.093 -> 13.09
    # Interest 15.85 EUR; no 40 EUR indemnity against a consumer. Claim 2,415.85 EUR.
    case = load_example("legal-fr-consumer.json")
    case["answers"].update(formal_notice_sent=True, formal_notice_date="2026-06-15")
    found = assess(case, "fr", today=TODAY).to_dict()["law"]
    invoice = found["invoices"][0]
    assert invoice["rule"] == "fr.consumer"
    assert invoice["interest_from"] == "2026-06-15"
    assert [(p["days"], p["rate"], p["interest"]) for p in invoice["periods"]] == [
        (16, "2.62", "2.76"),
        (76, "2.62", "13.09"),
    ]
    assert invoice["periods"][0]["basis"]["table"] == "fr_legal_rate.other"
    assert found["totals"]["claim"] == {"EUR": "2415.85"}
    assert found["totals"]["fixed"] == {}
    assert "rate_assumed" in invoice["notes"]
    # Two years (art. L218-2 C. conso.) from the invoice of 1 March 2026.
    assert found["clocks"][0]["deadline"] == "2028-03-01"


def test_france_consumer_client_without_a_dated_notice_owes_no_interest_yet():
    found = law("legal-fr-consumer.json", "fr")
    assert found["totals"]["claim"] == {"EUR": "2400"}
    assert "no_formal_notice" in found["invoices"][0]["notes"]
    # A date left behind when the notice is said not to be sent does not count.
    case = load_example("legal-fr-consumer.json")
    case["answers"].update(formal_notice_sent=False, formal_notice_date="2026-06-15")
    found = assess(case, "fr", today=TODAY).to_dict()["law"]
    assert found["totals"]["claim"] == {"EUR": "2400"}


def test_england_sole_trader_debtor():
    # 2,400 GBP late from 30 May 2026: reference = Bank Rate on 31 December 2025, 3.75% -> 11.75%
    #   30 May-14 Sep, 108 days: 2,400 x 11.75% x 108/365 = 83.44; fixed compensation 70 GBP.
    found = law("legal-ew-sole-trader.json", "en")
    assert found["invoices"][0]["periods"][0]["rate"] == "11.75"
    assert found["totals"]["claim"] == {"GBP": "2553.44"}
    assert found["routes"][0]["id"] == "ew.debt_protocol"
    assert found["routes"][0]["days"] == 30
    assert found["clocks"][0]["deadline"] == "2032-05-29"


def test_england_company_above_small_claims():
    # 14,400 GBP late from 1 May 2026 at 11.75%, 2,000 paid 15 June:
    #   1 May-14 Jun, 45 days: 14,400 x 11.75% x 45/365 = 208.60
    #   15 Jun-14 Sep, 92 days: 12,400 x 11.75% x 92/365 = 367.24
    # Fixed compensation 100 GBP (debt of 10,000 GBP or more). Claim 13,075.84 GBP.
    found = law("legal-ew-company.json", "en")
    assert found["totals"]["claim"] == {"GBP": "13075.84"}
    assert found["routes"][0]["id"] == "ew.practice_direction"
    assert "ew.above_small_claims" in [r["id"] for r in found["routes"]]
    assert found["lawyer"] == {"advised": True, "reasons": ["amount"]}


def test_scotland_and_northern_ireland():
    scotland = law("legal-scotland.json", "en")
    # 3,000 GBP late from 1 July 2026: reference = Bank Rate on 30 June 2026, 3.75% (held at the
    # MPC meeting of 18 June 2026, next decision 30 July: boe_bank_rate.json's last row) -> 11.75%
    #   1 Jul-14 Sep, 76 days: 3,000 x 11.75% x 76/365 = 73.40; fixed compensation 70 GBP.
    # Claim 3,143.40 GBP. The reference date is within the table's known_through: not assumed.
    basis = scotland["invoices"][0]["periods"][0]["basis"]
    assert (basis["reference"], basis["base"], basis["rate"]) == ("2026-06-30", "3.75", "11.75")
    assert basis["verified"]
    assert not basis["assumed"]
    assert "rate_assumed" not in scotland["invoices"][0]["notes"]
    assert scotland["totals"]["claim"] == {"GBP": "3143.40"}
    assert "sc.simple_procedure" in [r["id"] for r in scotland["routes"]]
    assert scotland["clocks"][0]["deadline"] == "2031-06-30"
    ni = law("legal-northern-ireland.json", "en")
    assert ni["totals"]["fixed"] == {"GBP": "70"}
    assert "ni.small_claims" in [r["id"] for r in ni["routes"]]


def test_new_york():
    # 6,500 USD due 15 June 2026; CPLR 5004, 9%:
    #   16 Jun-14 Sep, 91 days: 6,500 x 9% x 91/365 = 145.85.
    found = law("legal-new-york.json", "en")
    assert found["totals"]["claim"] == {"USD": "6645.85"}
    assert "us-ny.freelance_isnt_free" in [r["id"] for r in found["routes"]]


TERMS = [
    ("legal-fr-business.json", "fr",
     ["pénalités de retard", "indemnité forfaitaire", "mise en demeure", "injonction de payer"]),
    ("legal-fr-business.json", "en",
     ["late-payment penalties", "formal notice (mise en demeure)",
      "registered letter with acknowledgment of receipt"]),
    ("legal-ew-sole-trader.json", "en",
     ["statutory interest", "fixed compensation", "letter before claim",
      "Information Sheet, Reply Form and Financial Statement"]),
    ("legal-ew-sole-trader.json", "fr", ["statutory interest", "letter before claim"]),
    ("legal-scotland.json", "en", ["letter before action", "Simple procedure"]),
    ("legal-new-york.json", "en",
     ["demand letter", "certified mail", "June 15, 2026", "prejudgment interest"]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "lang", "terms"), TERMS)
def test_each_report_uses_the_jurisdictions_own_terms(name, lang, terms):
    case = load_example(name if lang == "fr" else f"en/{name}")
    text = render_text(assess(case, lang, today=TODAY))
    for term in terms:
        assert term.lower() in text.lower(), term


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_report_names_a_fixed_lawyer_threshold(name, lang):
    case = load_example(name if lang == "fr" else f"en/{name}")
    text = render_text(assess(case, lang, today=TODAY))
    assert "1 500" not in text
    assert "1,500" not in text
    assert json.dumps(assess(case, lang, today=TODAY).to_dict())
