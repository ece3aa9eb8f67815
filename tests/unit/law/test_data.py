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
