"""The plan's dated steps and the legal deadlines as an iCalendar file (RFC 5545).

One all-day event per dated step, so a reader's own calendar reminds them. Written by hand to
keep the engine on the standard library: CRLF line ends (3.1), lines folded at 75 octets
without splitting a UTF-8 character (3.1), TEXT escaped (3.3.11), a UID and a DTSTAMP per
event (3.8.4.7, 3.8.7.2), DATE values for all-day events with DTEND the day after (3.6.1).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from .assessment import Assessment
from .files import clean_file_text

__all__ = ["MAX_OCTETS", "render_ics"]

MAX_OCTETS = 75  # a content line's length, CRLF excluded (RFC 5545, 3.1)
_PRODID = "-//client-conflict//diagnostic//FR-EN"


def _escape(text: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line: str) -> list[str]:
    """Split a content line into lines of at most 75 octets, continuations opening with a space."""
    out: list[str] = []
    current = b""
    limit = MAX_OCTETS
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current = b""
            limit = MAX_OCTETS - 1  # the leading space of a continuation counts
        current += encoded
    out.append(current.decode("utf-8"))
    return [out[0], *(" " + part for part in out[1:])]


def _uid(case_key: str, kind: str, day: dt.date, text: str) -> str:
    # Stable for the same step of the same case, so importing again updates rather than repeats.
    digest = hashlib.sha256(f"{case_key}|{kind}|{day.isoformat()}|{text}".encode()).hexdigest()
    return f"{digest[:32]}@client-conflict"


def render_ics(a: Assessment, case_key: str, *, stamp: dt.datetime | None = None) -> str:
    """Return the plan's dated steps (legal deadlines included) as an iCalendar file.

    ``case_key`` (the case id) makes each event's UID stable; ``stamp`` is the DTSTAMP, in UTC
    (None means the start of the assessment's day: a pure function gives the same file for the
    same case and day, on CPython and in the browser alike).
    """
    start = dt.datetime.combine(a.today, dt.time(0), tzinfo=dt.UTC)
    when = (stamp or start).astimezone(dt.UTC)
    dtstamp = when.strftime("%Y%m%dT%H%M%SZ")
    title = a.client or ""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{_PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for step in a.plan:
        if step.due is None:
            continue
        summary = f"{title} — {step.text}" if title else step.text
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(case_key, step.key, step.due, step.text)}",
            f"DTSTAMP:{dtstamp}",
            f"DTSTART;VALUE=DATE:{step.due.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(step.due + dt.timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{_escape(clean_file_text(summary))}",
            f"DESCRIPTION:{_escape(clean_file_text(step.due_text + ' — ' + step.text))}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in _fold(line))
