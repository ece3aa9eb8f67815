"""The legal data files: every row sourced and dated, history back to 2019, shipped in the wheel."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from client_conflict.law.data import TABLES, figure, rate_table

LAW = Path(__file__).resolve().parents[3] / "py" / "client_conflict" / "law"
ROOT = LAW.parents[2]
# The oldest invoice a reader may still claim: five or six years back, and ten in Illinois on a
# written contract; the tables go back to 2019 at least.
OLDEST = dt.date(2019, 1, 1)


@pytest.mark.parametrize("table_id", TABLES)
def test_each_table_covers_the_claimable_past_with_sourced_rows(table_id):
    table = rate_table(table_id)
    assert table.rows[0].start <= OLDEST
    assert [row.start for row in table.rows] == sorted({row.start for row in table.rows})
    for row in table.rows:
        assert row.source.strip()
        assert row.checked <= dt.date(2026, 12, 2)
    assert table.known_through >= table.rows[-1].start


@pytest.mark.parametrize(
    ("table_id", "day", "value"),
    [
        # The values every French half-year and every UK reference date depend on, each
        # verified against a published text (see each row's source).
        ("ecb_mro", dt.date(2019, 1, 1), "0.00"),
        ("ecb_mro", dt.date(2022, 7, 1), "0.00"),
        ("ecb_mro", dt.date(2023, 1, 1), "2.50"),
        ("ecb_mro", dt.date(2023, 7, 1), "4.00"),
        ("ecb_mro", dt.date(2024, 1, 1), "4.50"),
        ("ecb_mro", dt.date(2024, 7, 1), "4.25"),
        ("ecb_mro", dt.date(2025, 1, 1), "3.15"),
        ("ecb_mro", dt.date(2025, 7, 1), "2.15"),
        ("ecb_mro", dt.date(2026, 1, 1), "2.15"),
        ("boe_bank_rate", dt.date(2018, 12, 31), "0.75"),
        ("boe_bank_rate", dt.date(2020, 6, 30), "0.10"),
        ("boe_bank_rate", dt.date(2021, 12, 31), "0.25"),
        ("boe_bank_rate", dt.date(2022, 6, 30), "1.25"),
        ("boe_bank_rate", dt.date(2022, 12, 31), "3.50"),
        ("boe_bank_rate", dt.date(2023, 6, 30), "5.00"),
        ("boe_bank_rate", dt.date(2023, 12, 31), "5.25"),
        ("boe_bank_rate", dt.date(2024, 6, 30), "5.25"),
        ("boe_bank_rate", dt.date(2025, 6, 30), "4.25"),
        ("boe_bank_rate", dt.date(2025, 12, 31), "3.75"),
        ("fr_legal_rate.other", dt.date(2019, 1, 1), "0.86"),
        ("fr_legal_rate.other", dt.date(2024, 7, 1), "4.92"),
        ("fr_legal_rate.other", dt.date(2026, 1, 1), "2.62"),
        ("fr_legal_rate.consumer_creditor", dt.date(2026, 1, 1), "6.67"),
    ],
)
def test_reference_values(table_id, day, value):
    rate = rate_table(table_id).at(day)
    assert rate.value == Decimal(value)
    assert rate.row.verified


def test_a_table_older_than_six_months_is_stale():
    table = rate_table("ecb_mro")
    assert not table.stale(table.known_through + dt.timedelta(days=30))
    assert table.stale(table.known_through + dt.timedelta(days=200))


def test_figures_keep_the_shared_shape():
    raw = json.loads((LAW / "figures.json").read_text(encoding="utf-8"))
    for key, entry in raw["figures"].items():
        assert set(entry) <= {"value", "unit", "jurisdiction", "source", "checked", "verified"}, key
        assert entry["source"].strip(), key
        dt.date.fromisoformat(entry["checked"])
    assert figure("fr.indemnity_fixed").value == 40


def test_the_wheel_ships_the_data_files():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["client_conflict"]
    assert "law/*.json" in patterns
    assert {p.name for p in LAW.glob("*.json")} >= {
        "figures.json",
        "ecb_mro.json",
        "boe_bank_rate.json",
        "fr_legal_rate.json",
    }


# Every change of the ECB main refinancing rate since 2016, as the Eurosystem's central banks
# tabulate them by date of effect: Banque de France, "Key European Central Bank interest rates"
# (https://www.banque-france.fr/en/policy-rates, to October 2024) and Banka Slovenije, "ECB
# Interest Rates" (http://www.bsi.si./en/ecb-interest-rates, to April 2025); June 2025 from the
# decision of 5 June 2025 (see the row's source). Checked on 2 December 2026.
ECB_CHANGES = [
    ("2016-03-16", "0.00"), ("2022-07-27", "0.50"), ("2022-09-14", "1.25"),
    ("2022-11-02", "2.00"), ("2022-12-21", "2.50"), ("2023-02-08", "3.00"),
    ("2023-03-22", "3.50"), ("2023-05-10", "3.75"), ("2023-06-21", "4.00"),
    ("2023-08-02", "4.25"), ("2023-09-20", "4.50"), ("2024-06-12", "4.25"),
    ("2024-09-18", "3.65"), ("2024-10-23", "3.40"), ("2024-12-18", "3.15"),
    ("2025-02-05", "2.90"), ("2025-03-12", "2.65"), ("2025-04-23", "2.40"),
    ("2025-06-11", "2.15"),
]  # fmt: skip


def test_the_ecb_table_is_every_change_each_verified():
    table = rate_table("ecb_mro")
    rows = [(row.start.isoformat(), f"{row.value:.2f}") for row in table.rows]
    assert rows == ECB_CHANGES
    assert all(row.verified for row in table.rows)
    # The day before a change still has the old rate; the day of the change the new one.
    assert table.at(dt.date(2024, 9, 17)).value == Decimal("4.25")
    assert table.at(dt.date(2024, 9, 18)).value == Decimal("3.65")


def test_no_rate_row_or_figure_is_left_unverified():
    """What is still unchecked is listed here, so that adding an unverified value is a choice."""
    unverified_rows = {
        (table_id, row.start.isoformat())
        for table_id in TABLES
        for row in rate_table(table_id).rows
        if not row.verified
    }
    raw = json.loads((LAW / "figures.json").read_text(encoding="utf-8"))
    unverified_figures = {k for k, v in raw["figures"].items() if v.get("verified") is False}
    assert unverified_rows == set()
    assert unverified_figures == set()


# On the day the tables were last checked (2 December 2026), what a report may claim to know.
CHECK_DAY = dt.date(2026, 12, 2)


def test_what_the_tables_know_on_the_check_day():
    ecb, boe = rate_table("ecb_mro"), rate_table("boe_bank_rate")
    legal = rate_table("fr_legal_rate.other")
    # ECB: checked against decisions up to 5 February 2026; no source for the rate of 1 July
    # 2026 was found, so the second half of 2026 rests on the last row, flagged, and the table
    # is 300 days old: the report warns.
    assert ecb.known_through == dt.date(2026, 2, 5)
    assert ecb.at(dt.date(2026, 7, 1)).assumed
    assert ecb.stale(CHECK_DAY)
    # Bank Rate: 3.75% held on 18 June 2026, next decision 30 July 2026, so the reference rate
    # of 30 June 2026 is known, not assumed; that of 31 December 2026 is not known yet.
    assert boe.known_through == dt.date(2026, 6, 30)
    reference = boe.at(dt.date(2026, 6, 30))
    assert (reference.value, reference.assumed, reference.row.verified) == (
        Decimal("3.75"),
        False,
        True,
    )
    assert boe.at(dt.date(2026, 12, 31)).assumed
    assert not boe.stale(CHECK_DAY)
    # Six months after 30 June 2026 is 31 December 2026 (183 days still fresh, 184 stale): the
    # warning starts on the very reference date the table cannot yet give.
    assert not boe.stale(dt.date(2026, 12, 30))
    assert boe.stale(dt.date(2026, 12, 31))
    # Taux de l'intérêt légal: the arrêté for the second half of 2026 was not found; the table
    # knows the first half only, and a period from 1 July 2026 is flagged as assumed.
    assert legal.known_through == dt.date(2026, 6, 30)
    assert legal.rows[-1].start == dt.date(2026, 1, 1)
    assert legal.at(dt.date(2026, 7, 1)).assumed
    assert not legal.stale(CHECK_DAY)
    # No table has a row for 2027: none was published when they were checked.
    for table_id in TABLES:
        assert rate_table(table_id).rows[-1].start < dt.date(2027, 1, 1)


@pytest.mark.parametrize(
    ("figure_id", "value"),
    [
        # Each against the source named in figures.json (court pages, statute texts).
        ("us-ny.small_claims_limit_nyc", 10000),
        ("us-ca.small_claims_limit_business", 6250),
        ("us-tx.small_claims_limit", 20000),
        ("us-fl.small_claims_limit", 8000),
        ("us-il.small_claims_limit", 10000),
        ("us-ny.limitation_contract", 6),
        ("us-ca.limitation_written", 4),
        ("us-ca.limitation_oral", 2),
        ("us-tx.limitation_debt", 4),
        ("us-fl.limitation_written", 5),
        ("us-fl.limitation_oral", 4),
        ("us-il.limitation_written", 10),
        ("us-il.limitation_oral", 5),
        ("eu.small_claims_limit", 5000),
    ],
)
def test_checked_figures(figure_id, value):
    found = figure(figure_id)
    assert found.value == Decimal(value)
    assert found.verified
    assert found.checked == CHECK_DAY
