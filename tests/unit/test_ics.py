"""The plan as a calendar file: RFC 5545, read back by a strict parser (the icalendar package)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from cc_helpers import TODAY, load_example

from client_conflict import assess
from client_conflict.browser import evaluate
from client_conflict.ics import MAX_OCTETS, render_ics

icalendar = pytest.importorskip("icalendar")

STAMP = dt.datetime(2026, 9, 14, 8, 30, tzinfo=dt.UTC)
CASES = [
    "bakery-logo.json",
    "en/bakery-logo.json",
    "legal-fr-business.json",
    "quality-dispute.json",
]


def _calendar(name: str, lang: str) -> tuple[str, object]:
    a = assess(load_example(name), lang, today=TODAY)
    return render_ics(a, "case-id-1", stamp=STAMP), a


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_dated_step_is_an_all_day_event(name, lang):
    text, a = _calendar(name, lang)
    cal = icalendar.Calendar.from_ical(text)
    events = list(cal.walk("VEVENT"))
    dated = [step for step in a.plan if step.due is not None]
    assert len(events) == len(dated) > 0
    for event, step in zip(events, dated, strict=True):
        start = event.decoded("DTSTART")
        assert start == step.due
        assert not isinstance(start, dt.datetime)
        assert event.decoded("DTEND") == step.due + dt.timedelta(days=1)
        assert step.text in str(event["SUMMARY"])
        assert event["UID"]
        assert event.decoded("DTSTAMP") == STAMP
    assert len({str(event["UID"]) for event in events}) == len(events)


def test_legal_deadlines_are_in_the_calendar():
    # Within a year of the invoice's limitation date (31 July 2031), the plan carries it.
    a = assess(load_example("bakery-logo.json"), "fr", today=dt.date(2031, 1, 10))
    deadlines = [step for step in a.plan if step.key == "limitation"]
    assert [step.due for step in deadlines] == [dt.date(2031, 7, 31)]
    cal = icalendar.Calendar.from_ical(render_ics(a, "x", stamp=STAMP))
    starts = {event.decoded("DTSTART") for event in cal.walk("VEVENT")}
    assert dt.date(2031, 7, 31) in starts


def test_the_file_keeps_the_format_rules():
    text, _ = _calendar("bakery-logo.json", "fr")
    assert text.endswith("\r\n")
    lines = text.split("\r\n")[:-1]
    assert all("\n" not in line and "\r" not in line for line in lines)
    assert all(len(line.encode("utf-8")) <= MAX_OCTETS for line in lines)
    assert any(line.startswith(" ") for line in lines), "long French summaries are folded"
    assert lines[0] == "BEGIN:VCALENDAR"
    assert lines[-1] == "END:VCALENDAR"


def test_special_characters_survive_the_round_trip():
    case = load_example("bakery-logo.json")
    case["client"] = "Dupont; Fils, & Cie \\ «\u00a0boulangerie\u00a0» \u202eévil"
    a = assess(case, "fr", today=TODAY)
    cal = icalendar.Calendar.from_ical(render_ics(a, "x", stamp=STAMP))
    summary = str(next(iter(cal.walk("VEVENT")))["SUMMARY"])
    # Escaped and unescaped again; the bidirectional override is dropped by the file sanitiser.
    assert summary.startswith("Dupont; Fils, & Cie \\ «\u00a0boulangerie\u00a0» évil — ")


def test_the_same_case_gives_the_same_uids():
    first, _ = _calendar("bakery-logo.json", "fr")
    again, _ = _calendar("bakery-logo.json", "fr")
    assert first == again


def test_the_page_receives_the_calendar_and_the_text():
    case = json.dumps(load_example("bakery-logo.json"))
    answer = json.loads(evaluate(case, "fr", TODAY.isoformat()))
    assert answer["ok"]
    assert answer["ics"].startswith("BEGIN:VCALENDAR\r\n")
    assert "L'essentiel" in answer["text"]
    assert answer["analysis"]["date"] == TODAY.isoformat()
