"""Letters written from the case: the letter's own language and formats, blanks left visible."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from cc_helpers import TODAY, load_example

from client_conflict import assess
from client_conflict.law import ClientStatus, GoverningLaw, Invoice, Place, Setting, assess_law
from client_conflict.law.letters import BLANK
from client_conflict.law.letters import letters as law_letters


def letters(name: str, lang: str) -> list[dict[str, Any]]:
    case = load_example(name if lang == "fr" else f"en/{name}")
    return assess(case, lang, today=TODAY).to_dict()["law"]["letters"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_french_formal_notice_whatever_the_site_language(lang):
    reminder, notice = letters("legal-fr-business.json", lang)
    assert (reminder["kind"], notice["kind"]) == ("reminder", "final_notice")
    assert notice["lang"] == "fr"
    text = notice["text"]
    assert "Lettre recommandée avec avis de réception" in text
    assert "mise en demeure" in text
    assert "Malgré ma relance du 20\u00a0juillet 2026" not in text  # dates use plain spaces
    assert "Malgré ma relance du 20 juillet 2026" in text
    assert "4\u202f079,14\u00a0€" in text
    # The disputed 240 EUR is named and left out; the deadline is 8 days on.
    assert "La somme de 240\u00a0€, que vous contestez, n'est pas comprise" in text
    assert notice["deadline"] == "2026-09-22"
    # Nothing invented: the reader's name and addresses are not in the case.
    assert text.startswith(f"{BLANK}\n{BLANK}\n")


def test_letter_before_claim_names_the_debt_protocol_annexes():
    _, claim = letters("legal-ew-sole-trader.json", "en")
    text = claim["text"]
    assert claim["title"] == "Letter before claim"
    assert "Pre-Action Protocol for Debt Claims" in text
    assert "Information Sheet, the Reply Form and the Financial Statement" in text
    assert "By post and by email" in text
    assert "recorded delivery" not in text
    assert "£2,553.44" in text
    assert claim["deadline"] == "2026-10-14"  # 30 days


def test_company_debtor_gets_fourteen_days():
    _, claim = letters("legal-ew-company.json", "en")
    assert "Practice Direction on Pre-Action Conduct" in claim["text"]
    assert claim["deadline"] == "2026-09-28"


def test_scotland_letter_before_action():
    _, claim = letters("legal-scotland.json", "fr")
    assert claim["title"] == "Letter before action"
    assert claim["lang"] == "en"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_new_york_demand_letter_in_us_english_even_on_the_french_site(lang):
    _, demand = letters("legal-new-york.json", lang)
    text = demand["text"]
    assert demand["lang"] == "en"
    assert "September 14, 2026" in text
    assert "Via certified mail, return receipt requested" in text
    assert "$6,645.85" in text
    assert "Freelance Isn't Free Act" in text
    assert "Sincerely," in text


def test_no_letter_when_the_law_is_unknown_or_nothing_is_late():
    invoice = Invoice.from_dict(
        {
            "number": "1",
            "currency": "EUR",
            "amount": 900,
            "due": "2026-08-31",
            "payments": [],
            "disputed": 0,
        }
    )
    unknown = assess_law(Setting(), [invoice], TODAY)
    assert law_letters(unknown, client="X") == ()
    france = Setting(
        reader_place=Place.FR,
        client_place=Place.FR,
        governing_law=GoverningLaw.NONE,
        client_status=ClientStatus.COMPANY,
    )
    assert len(law_letters(assess_law(france, [invoice], TODAY), client="X")) == 2
    early = assess_law(france, [invoice], dt.date(2026, 8, 31))
    assert law_letters(early, client="X") == ()


def test_an_answer_the_legal_layer_cannot_read_does_not_break_the_report():
    from client_conflict.case import load_case
    from client_conflict.law.engine import case_setting

    case = load_case(load_example("legal-fr-business.json"))
    odd = dataclasses.replace(case, answers={**case.answers, "client_place": "mars"})
    setting = case_setting(odd)
    assert setting.client_place is None
    assert setting.reader_place is not None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_report_carries_the_letters_in_their_own_language(lang):
    from client_conflict.render import render_html, render_text

    case = load_example(
        "legal-ew-sole-trader.json" if lang == "fr" else "en/legal-ew-sole-trader.json"
    )
    assessment = assess(case, lang, today=TODAY)
    text = render_text(assessment)
    assert "Letter before claim" in text
    assert "I enclose the Information Sheet, the Reply Form and the Financial Statement." in text
    if lang == "fr":
        assert "(en anglais, la langue du destinataire)" in text
    html = render_html(assessment)
    assert '<pre class="cc-letter cc-letter-final_notice"' in html
    # A letter in another language than the page says so, for screen readers.
    letter = html.split('<pre class="cc-letter cc-letter-final_notice"', 1)[1][:20]
    assert ('lang="en"' in letter) is (lang == "fr")
