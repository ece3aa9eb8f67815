"""The clocks (limitation periods) and the routes, with their thresholds and sources."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest

from client_conflict.law import (
    ClientStatus,
    ClockStatus,
    GoverningLaw,
    Invoice,
    Jurisdiction,
    LawyerReason,
    Place,
    RouteId,
    Setting,
    Trader,
    UsState,
    assess_law,
    limitation,
)


def invoice(**fields: Any) -> Invoice:
    data: dict[str, Any] = {"number": "1", "currency": "EUR", "payments": [], "disputed": 0}
    data.update(fields)
    return Invoice.from_dict(data)


def setting(place: Place, status: ClientStatus, **more: Any) -> Setting:
    return Setting(
        reader_place=place,
        client_place=place,
        governing_law=GoverningLaw.NONE,
        client_status=status,
        **more,
    )


@pytest.mark.parametrize(
    ("jurisdiction", "status", "years"),
    [
        # art. L110-4 C. com.; art. L218-2 C. conso.; Limitation Act 1980 s.5;
        # Limitation (NI) Order 1989 art. 4; Prescription and Limitation (Scotland) Act 1973 s.6.
        (Jurisdiction.FR, ClientStatus.COMPANY, 5),
        (Jurisdiction.FR, ClientStatus.CONSUMER, 2),
        (Jurisdiction.ENGLAND_WALES, ClientStatus.SOLE_TRADER, 6),
        (Jurisdiction.NORTHERN_IRELAND, ClientStatus.COMPANY, 6),
        (Jurisdiction.SCOTLAND, ClientStatus.COMPANY, 5),
        (Jurisdiction.US_NY, ClientStatus.COMPANY, 6),
    ],
)
def test_limitation_periods(jurisdiction, status, years):
    debt = invoice(amount=100, issued="2023-02-01", due="2023-03-03")
    clock = limitation(debt, jurisdiction, Setting(client_status=status), dt.date(2024, 1, 1))
    assert clock.years == years
    assert clock.deadline is not None
    assert clock.deadline.year == clock.start.year + years


def test_part_payment_restarts_the_clock_and_a_formal_notice_does_not():
    debt = invoice(amount=1000, due="2021-01-15", payments=[{"date": "2022-06-01", "amount": 100}])
    clock = limitation(
        debt, Jurisdiction.FR, Setting(client_status=ClientStatus.COMPANY), dt.date(2026, 12, 2)
    )
    assert clock.start == dt.date(2022, 6, 1)
    assert clock.deadline == dt.date(2027, 6, 1)
    assert clock.restarted_by_payment
    assert "mise en demeure does not interrupt" in clock.interrupts


def test_warns_under_ninety_days_and_when_past():
    debt = invoice(amount=500, issued="2024-12-01", due="2025-01-10")
    consumer = Setting(client_status=ClientStatus.CONSUMER)
    # Two years from the invoice (1 December 2024, the safer start): 1 December 2026.
    soon = limitation(debt, Jurisdiction.FR, consumer, dt.date(2026, 10, 1))
    assert (soon.deadline, soon.status, soon.days_left) == (
        dt.date(2026, 12, 1),
        ClockStatus.SOON,
        61,
    )
    past = limitation(debt, Jurisdiction.FR, consumer, dt.date(2026, 12, 2))
    assert past.status is ClockStatus.PAST


def test_unknown_state_has_no_invented_period():
    debt = invoice(currency="USD", amount=500, due="2025-01-10")
    clock = limitation(debt, Jurisdiction.US_OTHER, Setting(), dt.date(2026, 1, 1))
    assert clock.status is ClockStatus.UNKNOWN
    assert clock.deadline is None


def ids(found: Any) -> list[str]:
    return [route.id.value for route in found.routes]


TODAY = dt.date(2026, 12, 2)


def test_england_sole_trader_debtor_gets_the_debt_protocol_with_its_annexes():
    found = assess_law(
        setting(Place.ENGLAND_WALES, ClientStatus.SOLE_TRADER),
        [invoice(currency="GBP", amount=2400, due="2026-10-01")],
        TODAY,
    )
    protocol = found.routes[0]
    assert protocol.id is RouteId.EW_DEBT_PROTOCOL
    assert protocol.days == 30
    assert protocol.annexes == ("Information Sheet", "Reply Form", "Financial Statement")
    assert "ew.small_claims" in ids(found)
    assert not found.lawyer.advised


def test_england_company_above_small_claims():
    found = assess_law(
        setting(Place.ENGLAND_WALES, ClientStatus.COMPANY),
        [invoice(currency="GBP", amount=14000, due="2026-10-01")],
        TODAY,
    )
    assert found.routes[0].id is RouteId.EW_PRACTICE_DIRECTION
    assert found.routes[0].days == 14
    assert "ew.above_small_claims" in ids(found)
    assert "ew.small_claims" not in ids(found)
    assert found.lawyer.reasons == (LawyerReason.AMOUNT,)


def test_scotland_and_northern_ireland_thresholds():
    sc = assess_law(
        setting(Place.SCOTLAND, ClientStatus.COMPANY),
        [invoice(currency="GBP", amount=4800, due="2026-11-01")],
        TODAY,
    )
    assert "sc.simple_procedure" in ids(sc)
    ni = assess_law(
        setting(Place.NORTHERN_IRELAND, ClientStatus.COMPANY),
        [invoice(currency="GBP", amount=6000, due="2026-11-01")],
        TODAY,
    )
    assert "ni.above_small_claims" in ids(ni)
    assert ni.lawyer.advised


def test_france_small_debt_routes_without_a_lawyer():
    found = assess_law(
        setting(Place.FR, ClientStatus.COMPANY, reader_trader=Trader.NO),
        [invoice(amount=3200, due="2026-09-30")],
        TODAY,
    )
    assert ids(found) == [
        "fr.formal_notice",
        "fr.mediateur_entreprises",
        "fr.conciliateur",
        "fr.petites_creances",
        "fr.injonction_de_payer.judiciaire",
        "fr.amicable_attempt_first",
    ]
    assert not found.lawyer.advised


def test_france_between_traders_goes_to_the_tribunal_de_commerce():
    found = assess_law(
        setting(Place.FR, ClientStatus.COMPANY, reader_trader=Trader.YES),
        [invoice(amount=8000, due="2026-09-30")],
        TODAY,
    )
    assert "fr.injonction_de_payer.commerce" in ids(found)
    assert "fr.amicable_attempt_first" not in ids(found)


def test_a_large_disputed_part_or_the_other_sides_lawyer_calls_for_a_lawyer():
    # A third of 12,000 EUR disputed: arguing it goes beyond the 10,000 EUR that French courts
    # hear without a lawyer (art. 761 and 853 CPC), though the undisputed 8,000 EUR does not.
    disputed = assess_law(
        setting(Place.FR, ClientStatus.COMPANY),
        [invoice(amount=12000, disputed=4000, due="2026-09-30")],
        TODAY,
    )
    assert disputed.lawyer.reasons == (LawyerReason.DISPUTE,)
    # The same share of 3,000 EUR is argued in a court that needs no lawyer: none is advised.
    small = assess_law(
        setting(Place.FR, ClientStatus.COMPANY),
        [invoice(amount=3000, disputed=1000, due="2026-09-30")],
        TODAY,
    )
    assert not small.lawyer.advised
    other = assess_law(
        setting(Place.FR, ClientStatus.COMPANY, other_side_lawyer=True),
        [invoice(amount=3000, due="2026-09-30")],
        TODAY,
    )
    assert other.lawyer.reasons == (LawyerReason.OTHER_SIDE_LAWYER,)


def test_new_york_freelance_law_and_small_claims():
    ny = Setting(
        reader_place=Place.US,
        reader_us_state=UsState.NY,
        client_place=Place.US,
        client_us_state=UsState.NY,
        governing_law=GoverningLaw.NONE,
        client_status=ClientStatus.COMPANY,
    )
    found = assess_law(ny, [invoice(currency="USD", amount=4500, due="2026-10-15")], TODAY)
    assert ids(found)[:3] == ["us.demand_letter", "us.small_claims", "us-ny.freelance_isnt_free"]
    assert found.routes[1].limit == Decimal(10000)


def test_assessment_is_json_and_names_its_rates():
    found = assess_law(
        setting(Place.FR, ClientStatus.COMPANY), [invoice(amount=1200, due="2026-01-31")], TODAY
    )
    data = json.loads(json.dumps(found.to_dict()))
    assert data["totals"]["claim"] == {"EUR": str(found.sums[0].claim)}
    assert [rates["table"] for rates in data["rates"]] == ["ecb_mro"]
    # The ECB table was last checked against a decision of February 2026: stale in December.
    assert "rates_stale:ecb_mro" in data["warnings"]
