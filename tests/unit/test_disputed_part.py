"""A disputed part: claimed when the reader holds the objection baseless against the client's
written approval, left aside when the reader concedes some ground (issue 11, the bakery case).

A sum is due unless the dispute over it is founded: late-payment penalties run on the sums due
from the day after the due date (art. L441-10 II C. com.). Whether the dispute is founded is the
reader's judgement; the engine reads it from the answers (``fault``, ``legal_footing``) and the
timeline (a dated written approval of the work), in ``derived``, and a judge decides if the client
maintains the objection.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from cc_helpers import TODAY, make_case

from client_conflict import assess
from client_conflict.case import load_case
from client_conflict.derived import disputed_claimed, written_approval
from client_conflict.law import (
    ClientStatus,
    Invoice,
    Jurisdiction,
    Place,
    Setting,
    assess_law,
    invoice_sums,
)
from client_conflict.law.letters import letters

D = Decimal
FR_COMPANY = Setting(
    reader_place=Place.FR, client_place=Place.FR, client_status=ClientStatus.COMPANY
)
APPROVAL_FR = {
    "date": "2026-06-23",
    "what": "Mme Lemaire valide le logo final par écrit : « Validé, on part sur celui-ci. »",
    "category": "quality",
    "who": "client",
}
BASELESS = {"fault": "mostly_client", "legal_footing": "strong"}


def _invoice(**fields: Any) -> Invoice:
    data: dict[str, Any] = {"number": "F-1", "currency": "EUR", "payments": [], "disputed": 0}
    data.update(fields)
    return Invoice.from_dict(data)


def _case(answers: dict[str, Any], timeline: list[dict[str, str]]) -> Any:
    return load_case(make_case(answers, timeline=timeline))


# -- the legal layer ------------------------------------------------------------------------


def test_a_disputed_part_held_baseless_bears_interest_from_the_due_date() -> None:
    # The invoice of test_sums.py's half-year test, its 200 EUR disputed part now claimed.
    # Art. L441-10 II C. com.: ECB rate on 1 January / 1 July + 10 points; art. D441-5: 40 EUR.
    #   1-30 June 2025: 3,200 x 13.15 % x 30/365 = 34.59 (ECB 3.15 % on 1 January 2025)
    #   1 July-14 September: 3,200 x 12.15 % x 76/365 = 80.96 (ECB 2.15 % on 1 July 2025)
    #   15 September-31 December: 2,200 x 12.15 % x 108/365 = 79.09 (1,000 paid on 15 September)
    #   1 January-31 March 2026: 2,200 x 12.15 % x 90/365 = 65.91
    #   interest 260.55; claim 2,200 + 260.55 + 40 = 2,500.55 EUR.
    debt = _invoice(
        amount=3200,
        due="2025-05-31",
        disputed=200,
        payments=[{"date": "2025-09-15", "amount": 1000}],
    )
    held = Setting(client_status=ClientStatus.COMPANY, disputed_unfounded=True)
    sums = invoice_sums(debt, Jurisdiction.FR, held, dt.date(2026, 3, 31))
    assert [str(p.interest) for p in sums.periods] == ["34.59", "80.96", "79.09", "65.91"]
    assert (sums.interest, sums.balance, sums.claim) == (D("260.55"), D(2200), D("2500.55"))
    assert sums.disputed_claimed
    assert (sums.disputed_open, sums.disputed_aside) == (D(200), D(0))
    # Conceded (the default): the same invoice claims the undisputed part only (test_sums.py).
    aside = invoice_sums(debt, Jurisdiction.FR, Setting(), dt.date(2026, 3, 31))
    assert not aside.disputed_claimed
    assert (aside.balance, aside.claim, aside.disputed_aside) == (D(2000), D("2280.14"), D(200))


def test_a_claimed_disputed_part_is_not_counted_twice_for_the_lawyer() -> None:
    # 6,000 EUR, all disputed and claimed: about 6,050 EUR at stake, within the 10,000 EUR French
    # courts hear without a lawyer (art. 761 and 853 CPC). Counted twice it would exceed it.
    debt = [_invoice(amount=6000, disputed=6000, due="2026-07-31")]
    held = assess_law(
        Setting(
            reader_place=Place.FR,
            client_place=Place.FR,
            client_status=ClientStatus.COMPANY,
            disputed_unfounded=True,
        ),
        debt,
        TODAY,
    )
    assert held.total("claim")
    assert not held.lawyer.advised


def test_the_final_notice_says_why_a_disputed_part_is_claimed() -> None:
    debt = [_invoice(amount=3200, disputed=3200, due="2026-07-31", issued="2026-07-01")]
    dated = Setting(
        reader_place=Place.FR,
        client_place=Place.FR,
        client_status=ClientStatus.COMPANY,
        disputed_unfounded=True,
        approved_on=dt.date(2026, 6, 23),
    )
    notice = letters(assess_law(dated, debt, TODAY), client="Maison Bertin")[1].text
    assert "comprend les 3\u202f200\u00a0€ que vous contestez" in notice
    assert "vous avez donné votre accord écrit le 23 juin 2026" in notice
    assert "n'est pas comprise" not in notice
    # The law layer used on its own, with no approval date: the sentence keeps to the terms.
    undated = Setting(
        reader_place=Place.FR,
        client_place=Place.FR,
        client_status=ClientStatus.COMPANY,
        disputed_unfounded=True,
    )
    notice = letters(assess_law(undated, debt, TODAY), client="Maison Bertin")[1].text
    assert "contestation que je tiens pour infondée au regard de nos engagements écrits" in notice
    # Nothing claimed on a wholly disputed invoice the reader concedes: no letter at all.
    assert letters(assess_law(FR_COMPANY, debt, TODAY), client="Maison Bertin") == ()


# -- what the case says ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "found"),
    [
        (APPROVAL_FR, True),
        ({**APPROVAL_FR, "what": "Mrs Lemaire approves the final logo in writing."}, True),
        ({**APPROVAL_FR, "what": "Acceptance form signed after two weeks of testing."}, True),
        # A signed quote fixes the terms, not whether the work meets them.
        ({**APPROVAL_FR, "what": "Devis signé : logo, 3 200 €.", "category": "scope"}, False),
        # Negated, or filed under another subject than the work.
        ({**APPROVAL_FR, "what": "Mme Lemaire n'a jamais validé le logo."}, False),
        ({**APPROVAL_FR, "what": "The client has not approved the proofs."}, False),
        (
            {**APPROVAL_FR, "what": "He posts about campaigns he approved.", "category": "other"},
            False,
        ),
        # The reader's own act is no approval by the client.
        ({**APPROVAL_FR, "who": "me"}, False),
    ],
)
def test_a_written_approval_is_the_clients_approval_of_the_work(entry, found) -> None:
    assert (written_approval(_case({}, [entry])) is not None) is found


@pytest.mark.parametrize(
    ("answers", "timeline", "claimed"),
    [
        (BASELESS, [APPROVAL_FR], True),
        # The reader concedes some ground, cannot say, or doubts their footing: left aside.
        ({**BASELESS, "fault": "shared"}, [APPROVAL_FR], False),
        ({**BASELESS, "fault": "unclear"}, [APPROVAL_FR], False),
        ({**BASELESS, "legal_footing": "fair"}, [APPROVAL_FR], False),
        ({"fault": "mostly_client"}, [APPROVAL_FR], False),
        # No written approval to hold against the complaint.
        (BASELESS, [], False),
    ],
)
def test_the_disputed_part_is_claimed_only_when_held_baseless_against_an_approval(
    answers, timeline, claimed
) -> None:
    assert disputed_claimed(_case(answers, timeline)) is claimed


# -- the plan and the moves agree with the letters ------------------------------------------

_DISPUTE = {
    "sources": ["payment", "quality"],
    "main_source": "payment",
    "direct_attempts": "several",
    "breach": True,
    "breach_by": "client",
    "breach_type": "non_payment",
    "client_position_stated": False,
    "reader_place": "fr",
    "client_place": "fr",
    "client_status": "company",
    "stake_outcome": 4,
    "stake_relationship": 4,
}


def _assess(answers: dict[str, Any], disputed: float, lang: str = "en") -> Any:
    case = make_case(
        answers,
        timeline=[APPROVAL_FR],
        invoices=[{"currency": "EUR", "amount": 3200, "due": "2026-07-31", "disputed": disputed}],
    )
    return assess(case, lang, today=TODAY)


def _step(a: Any, key: str) -> Any:
    return next((step for step in a.plan if step.key == key), None)


def test_the_formal_notice_names_what_the_letter_claims() -> None:
    held = _assess({**_DISPUTE, **BASELESS}, 3200)
    assert "for €3,200" in _step(held, "formal_notice").text
    # Conceded ground: the notice is for the undisputed part, as the letter is.
    shared = _assess({**_DISPUTE, **BASELESS, "fault": "shared"}, 1200)
    assert "for €2,000" in _step(shared, "formal_notice").text
    assert "La somme de 1\u202f200\u00a0€, que vous contestez" in shared.letters[1].text
    # All of it disputed and some ground conceded: no notice; it belongs to the negotiation.
    assert (
        _step(_assess({**_DISPUTE, **BASELESS, "fault": "shared"}, 3200), "formal_notice") is None
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_conceded_ground_keeps_a_round_of_changes_and_no_deadline_on_objections(lang) -> None:
    held = _assess({**_DISPUTE, **BASELESS}, 3200, lang)
    shared = _assess({**_DISPUTE, **BASELESS, "fault": "shared"}, 3200, lang)

    def moves(a: Any) -> str:
        return " ".join(item for move in a.tactic.opening_moves for item in move.items)

    free_round = {"fr": "une dernière série de retouches", "en": "one final round of changes"}
    paid_first = {"fr": "une fois la facture réglée", "en": "once the invoice is paid"}
    deadline = {"fr": "sous huit jours", "en": "within eight days"}
    assert paid_first[lang] in moves(held)
    assert deadline[lang] in moves(held)
    assert free_round[lang] not in moves(held)
    # The fault is partly the reader's: a round of changes, no deadline on the objections.
    assert free_round[lang] in moves(shared)
    assert deadline[lang] not in moves(shared)
    objections = {"fr": "objections précises", "en": "specific objections"}
    assert objections[lang] in _step(held, "opening").text
    assert objections[lang] not in _step(shared, "opening").text
