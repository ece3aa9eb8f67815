"""The legal data shipped with the engine: rate tables with their history, and the figures file.

Each rate table is a JSON file of this package (``ecb_mro.json``, ``boe_bank_rate.json``,
``fr_legal_rate.json``): one row per change with its effective date, value, source, check date and
whether the value was verified against a published text. ``known_through`` is the last date the
table was checked against its publisher; past it the last row is assumed to hold, and every
computation that relies on that assumption says so.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

__all__ = [
    "STALE_AFTER_DAYS",
    "Figure",
    "Rate",
    "RateRow",
    "RateTable",
    "figure",
    "figure_amount",
    "figures_checked",
    "rate_table",
]

# "Older than six months on the day of use": 183 days covers any six calendar months.
STALE_AFTER_DAYS = 183
TABLES = ("ecb_mro", "boe_bank_rate", "fr_legal_rate.other", "fr_legal_rate.consumer_creditor")


def _load(name: str) -> Any:
    # Beside this module, in the package (``importlib.resources`` would cost Pyodide ~10 ms more).
    text = Path(__file__).with_name(name).read_text(encoding="utf-8")
    return json.loads(text)


@dataclass(frozen=True, slots=True)
class RateRow:
    """A rate in force from ``start`` until the next row."""

    start: dt.date
    value: Decimal  # percent a year
    source: str
    checked: dt.date
    verified: bool


@dataclass(frozen=True, slots=True)
class Rate:
    """The rate a table gives for one day, and whether it rests on the table's last known row."""

    value: Decimal
    row: RateRow
    assumed: bool  # the day is past known_through: the last row is assumed to still hold


@dataclass(frozen=True, slots=True)
class RateTable:
    """A history of rates, oldest first."""

    id: str
    title: str
    checked: dt.date
    known_through: dt.date
    rows: tuple[RateRow, ...]

    def at(self, day: dt.date) -> Rate:
        """The rate in force on ``day`` (which must not be before the first row)."""
        found = None
        for row in self.rows:
            if row.start <= day:
                found = row
            else:
                break
        if found is None:
            raise LookupError(f"{self.id}: no rate before {self.rows[0].start.isoformat()}")
        return Rate(found.value, found, assumed=day > self.known_through)

    def stale(self, today: dt.date) -> bool:
        """Whether the table is older than six months on ``today``."""
        return (today - self.known_through).days > STALE_AFTER_DAYS


@functools.cache
def rate_table(table_id: str) -> RateTable:
    """Load a rate table by id; ``fr_legal_rate.other`` picks one column of a two-rate table."""
    name, _, column = table_id.partition(".")
    raw = _load(f"{name}.json")
    rows = []
    for row in raw["rows"]:
        value = row["value"][column] if column else row["value"]
        rows.append(
            RateRow(
                start=dt.date.fromisoformat(row["from"]),
                value=Decimal(str(value)),
                source=row["source"],
                checked=dt.date.fromisoformat(row["checked"]),
                verified=bool(row["verified"]),
            )
        )
    rows.sort(key=lambda row: row.start)
    return RateTable(
        id=table_id,
        title=raw["title"],
        checked=dt.date.fromisoformat(raw["checked"]),
        known_through=dt.date.fromisoformat(raw["known_through"]),
        rows=tuple(rows),
    )


@dataclass(frozen=True, slots=True)
class Figure:
    """A fixed legal figure (sum, threshold, period) from ``figures.json``."""

    id: str
    value: Decimal | str
    unit: str
    jurisdiction: str
    source: str
    checked: dt.date
    verified: bool


@functools.cache
def _figures() -> Mapping[str, Figure]:
    raw = _load("figures.json")
    out: dict[str, Figure] = {}
    for key, entry in raw["figures"].items():
        value = entry["value"]
        out[key] = Figure(
            id=key,
            value=value if isinstance(value, str) else Decimal(str(value)),
            unit=entry["unit"],
            jurisdiction=entry["jurisdiction"],
            source=entry["source"],
            checked=dt.date.fromisoformat(entry["checked"]),
            verified=bool(entry.get("verified", True)),
        )
    return out


def figure(figure_id: str) -> Figure:
    """One figure by id (KeyError names a missing id)."""
    return _figures()[figure_id]


def figure_amount(figure_id: str) -> Decimal:
    """A numeric figure's value."""
    value = figure(figure_id).value
    if isinstance(value, str):
        raise TypeError(f"{figure_id} is not a number: {value}")
    return value


def figures_checked() -> dt.date:
    """The date the figures file was last checked as a whole."""
    return dt.date.fromisoformat(_load("figures.json")["checked"])
