"""The report's own HTML escaping and URL quoting give what the standard library's would.

`render.py` writes them itself so that Pyodide need not compile `html` and `urllib.parse` on every
start (see benchmarks/README.md); these checks hold them to `html.escape(text, quote=True)`,
`urllib.parse.quote(text, safe="/:#?=&%.-_~")` and `urllib.parse.urlsplit(url).scheme`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import random
import string
from urllib.parse import quote, urlsplit

import pytest

from client_conflict.law.clocks import _add_years
from client_conflict.law.sums import Rule, _year_days
from client_conflict.render import _escape, _quote, _safe_base, _scheme

SAMPLES = [
    "",
    "plain",
    "<script>alert('x')</script> & \"quotes\"",
    "Maison Bertin — « logo » d'été",
    "steps/1-describe/#a b?c=d&e=f%20g",
    "ünïcødé/路径/😀",
    "javascript:alert(1)",
    "HTTPS://example.org/x",
    "mailto:a@b",
    "1http:x",
    "./relative/path",
    "c++:x",
]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(20261203)
    alphabet = string.printable + "éàç«»—€£$ü路😀\u00a0"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize("text", SAMPLES + _random_texts(300))
def test_escape_and_quote_match_the_standard_library(text: str) -> None:
    assert _escape(text) == html.escape(text, quote=True)
    assert _quote(text) == quote(text, safe="/:#?=&%.-_~")


@pytest.mark.parametrize("url", SAMPLES + [t.replace(" ", "") for t in _random_texts(300)])
def test_the_scheme_matches_urlsplit_on_a_url_without_spaces(url: str) -> None:
    url = "".join(ch for ch in url if ch.isprintable() and not ch.isspace())
    try:
        expected = urlsplit(url).scheme.lower()
    except ValueError:  # urlsplit refuses some bracketed hosts; the scheme is read before that
        pytest.skip("urlsplit refuses this URL")
    assert _scheme(url) == expected


def test_only_relative_and_web_bases_are_kept() -> None:
    assert _safe_base("javascript:alert(1)") == ""
    assert _safe_base("JavaScript:alert(1)") == ""
    assert _safe_base("https://example.org/guide") == "https://example.org/guide/"
    assert _safe_base("/site/") == "/site/"


# -- the legal layer's own calendar arithmetic (it no longer imports `calendar`) -------------


def test_a_limitation_period_from_29_february_ends_on_28_february() -> None:

    assert _add_years(dt.date(2024, 2, 29), 5) == dt.date(2029, 2, 28)
    assert _add_years(dt.date(2024, 2, 29), 4) == dt.date(2028, 2, 29)
    assert _add_years(dt.date(2025, 3, 31), 6) == dt.date(2031, 3, 31)


def test_french_interest_counts_the_calendar_years_days() -> None:

    french = next(rule for rule in Rule if rule.value.startswith("fr."))
    other = next(rule for rule in Rule if not rule.value.startswith("fr."))
    for year in range(2000, 2031):
        expected = 366 if calendar.isleap(year) else 365
        assert _year_days(french, dt.date(year, 6, 1)) == expected
        assert _year_days(other, dt.date(year, 6, 1)) == 365
