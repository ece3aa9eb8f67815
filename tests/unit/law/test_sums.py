"""Each invoice's sums, written out step by step with the rule and source they follow."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from client_conflict.law import (
    ClientStatus,
    Invoice,
    Jurisdiction,
    Note,
    Rule,
    Setting,
    invoice_sums,
)

D = Decimal
COMPANY = Setting(client_status=ClientStatus.COMPANY)


def invoice(**fields: Any) -> Invoice:
    data: dict[str, Any] = {"number": "F-1", "currency": "EUR", "payments": [], "disputed": 0}
    data.update(fields)
    return Invoice.from_dict(data)


def steps(sums: Any) -> list[tuple[str, str, int, str, str]]:
    return [
        (p.start.isoformat(), p.end.isoformat(), p.days, f"{p.basis.rate:.2f}", str(p.interest))
        for p in sums.periods
    ]


def test_uk_statutory_interest_follows_gov_uk_method() -> None:
    # gov.uk "Late commercial payments: charging interest and debt recovery": statutory interest
    # is the reference rate + 8 points; yearly interest = debt x rate; daily = yearly / 365;
    # interest = daily x days late. Its example takes a 0.5% reference rate on a 1,000 GBP debt.
    # A debt late in the first half of 2018 has the Bank Rate of 31 December 2017, 0.50%:
    #   rate 0.50 + 8 = 8.50%; yearly 1,000 x 8.5% = 85.00 GBP; daily 85 / 365 = 0.2329 GBP;
    #   50 days late (2 March to 20 April 2018): 85 x 50 / 365 = 11.6438 -> 11.64 GBP.
    # Fixed compensation: 70 GBP for a debt of 1,000 GBP or more but under 10,000 (s.5A(2)(b)).
    debt = invoice(currency="GBP", amount=1000, due="2018-03-01")
    sums = invoice_sums(debt, Jurisdiction.ENGLAND_WALES, COMPANY, dt.date(2018, 4, 20))
    assert sums.rule is Rule.UK_STATUTORY
    assert steps(sums) == [("2018-03-02", "2018-04-20", 50, "8.50", "11.64")]
    assert sums.periods[0].basis.reference == dt.date(2017, 12, 31)
    assert (sums.fixed, sums.fixed_currency.value) == (D(70), "GBP")
    assert sums.claim == D("1081.64")


def test_uk_rate_is_fixed_for_the_debt_when_bank_rate_changes() -> None:
    # Late on 16 June 2025 (first half-year): reference = Bank Rate on 31 December 2024, 4.75%,
    # so 12.75% for the whole debt, though Bank Rate fell to 4.25, 4.00 then 3.75% since.
    # 5,000 GBP x 12.75% x 200 / 365 (16 June to 1 January 2026) = 349.315 -> 349.32 GBP.
    debt = invoice(currency="GBP", amount=5000, due="2025-06-15")
    sums = invoice_sums(debt, Jurisdiction.SCOTLAND, COMPANY, dt.date(2026, 1, 1))
    assert steps(sums) == [("2025-06-16", "2026-01-01", 200, "12.75", "349.32")]
    assert sums.fixed == D(70)


def test_uk_compensation_tiers() -> None:
    today = dt.date(2025, 3, 1)
    fixed = [
        invoice_sums(
            invoice(currency="GBP", amount=a, due="2025-01-31"),
            Jurisdiction.NORTHERN_IRELAND,
            COMPANY,
            today,
        ).fixed
        for a in ("999.99", "1000", "9999.99", "10000")
    ]
    assert fixed == [D(40), D(70), D(70), D(100)]


def test_uk_contract_remedy_displaces_statutory_interest() -> None:
    setting = Setting(
        client_status=ClientStatus.COMPANY, contract_late_rate=D(4), contract_late_fixed=D(25)
    )
    debt = invoice(currency="GBP", amount=2000, due="2025-01-31")
    sums = invoice_sums(debt, Jurisdiction.ENGLAND_WALES, setting, dt.date(2025, 3, 2))
    # 2,000 x 4% x 30 / 365 = 6.575 -> 6.58 GBP; the contract's 25 GBP, not the Act's 70.
    assert sums.rule is Rule.UK_CONTRACT
    assert steps(sums) == [("2025-02-01", "2025-03-02", 30, "4.00", "6.58")]
    assert sums.fixed == D(25)
    assert Note.SUBSTANTIAL_REMEDY in sums.notes


def test_uk_consumer_gets_no_statutory_interest() -> None:
    setting = Setting(client_status=ClientStatus.CONSUMER)
    debt = invoice(currency="GBP", amount=800, due="2025-01-31")
    sums = invoice_sums(debt, Jurisdiction.ENGLAND_WALES, setting, dt.date(2025, 6, 1))
    assert sums.rule is Rule.UK_CONSUMER
    assert (sums.interest, sums.fixed, sums.claim) == (D(0), D(0), D(800))


def test_france_half_year_change_part_payment_and_disputed_part() -> None:
    # Art. L441-10 II C. com.: ECB rate in force on 1 January (first half-year) or 1 July
    # (second) + 10 points; art. D441-5: 40 EUR per invoice. Légifrance's rule, written out:
    # invoice 3,200 EUR due 31 May 2025, 200 EUR disputed, 1,000 EUR paid on 15 September 2025.
    #   undisputed 3,200 - 200 = 3,000 EUR
    #   1-30 June 2025: ECB on 1 January 2025 = 3.15% -> 13.15%; 3,000 x 13.15% x 30/365 = 32.42
    #   1 July-14 Sept: ECB on 1 July 2025 = 2.15% -> 12.15%; 3,000 x 12.15% x 76/365 = 75.90
    #   15 Sept-31 Dec: balance 2,000; 2,000 x 12.15% x 108/365 = 71.90
    #   1 Jan-31 Mar 2026: ECB on 1 January 2026 = 2.15% -> 12.15%; 2,000 x 12.15% x 90/365 = 59.92
    debt = invoice(
        amount=3200,
        due="2025-05-31",
        disputed=200,
        payments=[{"date": "2025-09-15", "amount": 1000}],
    )
    sums = invoice_sums(debt, Jurisdiction.FR, COMPANY, dt.date(2026, 3, 31))
    assert sums.rule is Rule.FR_PENALTY_DEFAULT
    assert steps(sums) == [
        ("2025-06-01", "2025-06-30", 30, "13.15", "32.42"),
        ("2025-07-01", "2025-09-14", 76, "12.15", "75.90"),
        ("2025-09-15", "2025-12-31", 108, "12.15", "71.90"),
        ("2026-01-01", "2026-03-31", 90, "12.15", "59.92"),
    ]
    assert sums.interest == D("240.14")
    assert (sums.balance, sums.disputed_open, sums.fixed) == (D(2000), D(200), D(40))
    assert sums.claim == D("2280.14")
    assert Note.RATE_ASSUMED not in sums.notes


def test_france_leap_year_counts_366_days() -> None:
    # 2024 has 366 days: 1,000 EUR x 14.50% (ECB 4.50% on 1 January 2024 + 10) x 10 / 366 = 3.96.
    debt = invoice(amount=1000, due="2024-02-29")
    sums = invoice_sums(debt, Jurisdiction.FR, COMPANY, dt.date(2024, 3, 10))
    assert steps(sums) == [("2024-03-01", "2024-03-10", 10, "14.50", "3.96")]


def test_nothing_before_the_due_date() -> None:
    debt = invoice(amount=1200, due="2026-12-31")
    sums = invoice_sums(debt, Jurisdiction.FR, COMPANY, dt.date(2026, 12, 2))
    assert (sums.interest, sums.fixed, sums.days_late) == (D(0), D(0), 0)
    assert Note.NOT_YET_DUE in sums.notes
    on_due = invoice_sums(debt, Jurisdiction.FR, COMPANY, dt.date(2026, 12, 31))
    assert on_due.interest == D(0)


def test_france_public_buyer_rate_fixed_at_the_half_year_interest_began() -> None:
    # Art. R2192-31 CCP: ECB rate on the first day of the half-year in which interest began,
    # + 8 points, for the whole delay. Began 11 June 2024: ECB on 1 January 2024 = 4.50% -> 12.50%
    # even after the ECB cut of 12 June 2024. 10,000 x 12.50% x 30 / 366 = 102.46 EUR.
    setting = Setting(client_status=ClientStatus.PUBLIC_BODY)
    debt = invoice(amount=10000, due="2024-06-10")
    sums = invoice_sums(debt, Jurisdiction.FR, setting, dt.date(2024, 7, 10))
    assert sums.rule is Rule.FR_PUBLIC
    assert steps(sums) == [("2024-06-11", "2024-07-10", 30, "12.50", "102.46")]
    assert sums.fixed == D(40)


def test_france_consumer_legal_rate_from_the_formal_notice_no_indemnity() -> None:
    # Art. 1231-6 C. civ.: interest at the taux légal from the formal notice. The creditor is a
    # professional: the "other cases" rate, 2.76% in the second half of 2025, 2.62% from 2026.
    #   notice 1 December 2025; 2,000 x 2.76% x 31/365 = 4.69; 2,000 x 2.62% x 31/365 = 4.45
    setting = Setting(client_status=ClientStatus.CONSUMER, formal_notice=dt.date(2025, 12, 1))
    debt = invoice(amount=2000, due="2025-10-31")
    sums = invoice_sums(debt, Jurisdiction.FR, setting, dt.date(2026, 1, 31))
    assert sums.rule is Rule.FR_CONSUMER
    assert steps(sums) == [
        ("2025-12-01", "2025-12-31", 31, "2.76", "4.69"),
        ("2026-01-01", "2026-01-31", 31, "2.62", "4.45"),
    ]
    assert sums.fixed == D(0)
    no_notice = invoice_sums(
        debt, Jurisdiction.FR, Setting(client_status=ClientStatus.CONSUMER), dt.date(2026, 1, 31)
    )
    assert no_notice.interest == D(0)
    assert Note.NO_FORMAL_NOTICE in no_notice.notes


def test_france_contract_rate_below_three_times_legal_rate_is_raised_to_the_floor() -> None:
    # Art. L441-10 II: a contract rate may not be below 3 x the taux légal (2.62% in 2026 ->
    # 7.86%). A 5% clause is below it; the engine counts the floor and says so.
    setting = Setting(client_status=ClientStatus.COMPANY, contract_late_rate=D(5))
    debt = invoice(amount=1000, due="2026-01-31")
    sums = invoice_sums(debt, Jurisdiction.FR, setting, dt.date(2026, 3, 2))
    assert steps(sums) == [("2026-02-01", "2026-03-02", 30, "7.86", "6.46")]
    assert Note.CONTRACT_RATE_BELOW_FLOOR in sums.notes
    higher = Setting(client_status=ClientStatus.COMPANY, contract_late_rate=D(15))
    assert steps(invoice_sums(debt, Jurisdiction.FR, higher, dt.date(2026, 3, 2)))[0][3] == "15.00"


def test_rates_past_the_table_are_flagged_as_assumed() -> None:
    debt = invoice(amount=1000, due="2026-11-01")
    sums = invoice_sums(debt, Jurisdiction.FR, COMPANY, dt.date(2026, 12, 2))
    assert Note.RATE_ASSUMED in sums.notes


def test_amount_before_tax_is_never_taken_as_the_debt() -> None:
    debt = invoice(amount=None, amount_excl_tax=1000, vat="unknown", due="2025-01-31")
    sums = invoice_sums(debt, Jurisdiction.FR, COMPANY, dt.date(2025, 6, 1))
    assert sums.owed is None
    assert sums.claim == D(0)
    assert Note.AMOUNT_MISSING in sums.notes
    untaxed = invoice(amount=None, amount_excl_tax=1000, vat="not_charged", due="2025-01-31")
    assert invoice_sums(untaxed, Jurisdiction.FR, COMPANY, dt.date(2025, 6, 1)).owed == D(1000)


def test_us_state_rates() -> None:
    today = dt.date(2025, 3, 2)
    debt = invoice(currency="USD", amount=10000, due="2025-01-31")
    # NY CPLR 5001/5004: 9% from the breach: 10,000 x 9% x 30 / 365 = 73.97 USD.
    ny = invoice_sums(debt, Jurisdiction.US_NY, COMPANY, today)
    assert steps(ny) == [("2025-02-01", "2025-03-02", 30, "9.00", "73.97")]
    assert Note.NY_FREELANCE in ny.notes
    # Texas Fin. Code 302.002: 6% from the 30th day after the due date (2 March): 1 day.
    tx = invoice_sums(debt, Jurisdiction.US_TX, COMPANY, today)
    assert steps(tx) == [("2025-03-02", "2025-03-02", 1, "6.00", "1.64")]
    # California Civ. Code 3289(b): 10%. Illinois 815 ILCS 205/2: 5%.
    assert steps(invoice_sums(debt, Jurisdiction.US_CA, COMPANY, today))[0][3] == "10.00"
    assert steps(invoice_sums(debt, Jurisdiction.US_IL, COMPANY, today))[0][3] == "5.00"
    # Florida's rate changes each quarter and another state is unknown: nothing invented.
    for state in (Jurisdiction.US_FL, Jurisdiction.US_OTHER):
        sums = invoice_sums(debt, state, COMPANY, today)
        assert sums.rule is Rule.US_CHECK_STATE
        assert sums.interest == D(0)
        assert Note.STATE_RATE_UNKNOWN in sums.notes
