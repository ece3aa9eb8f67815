"""What the dated facts say: how long, how often, which way it is going, what to cite."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from dataclasses import dataclass
from typing import Any

from . import i18n
from ._facts import Facts
from .case import Actor, Category, TimelineEntry
from .model import Reason, Trend

__all__ = [
    "CITED_FACTS",
    "DAYS_PER_MONTH",
    "QUIET_DAYS",
    "QUIET_GAPS",
    "TREND_MIN_ENTRIES",
    "TREND_RATIO",
    "Citation",
    "TimelineResult",
    "assess_timeline",
]

DAYS_PER_MONTH = 30.44
TREND_MIN_ENTRIES = 3
# Later gaps this many times shorter (or longer) than earlier ones mean escalating (or calming).
TREND_RATIO = 1.5
CITED_FACTS = 4
# No incident for this many mean gaps (and at least QUIET_DAYS) means the conflict is calming.
QUIET_GAPS = 2
QUIET_DAYS = 30


@dataclass(frozen=True, slots=True)
class Citation:
    """A dated fact worth quoting in the written exchange."""

    date: dt.date
    date_text: str
    what: str
    category: str
    who: str

    def to_dict(self) -> dict[str, Any]:
        """Return the citation as JSON-ready data."""
        return {
            "date": self.date.isoformat(),
            "date_text": self.date_text,
            "what": self.what,
            "category": self.category,
            "who": self.who,
        }


@dataclass(frozen=True, slots=True)
class TimelineResult:
    """Insights drawn from the dated facts."""

    entries: int
    first: dt.date
    last: dt.date
    duration_days: int
    days_since_first: int
    days_since_last: int
    per_month: float | None
    trend: Trend | None
    trend_text: str
    categories: tuple[tuple[str, int], ...]
    cite: tuple[Citation, ...]
    reasons: tuple[Reason, ...]
    # Every dated fact, for the report's strip (figures.timeline_strip); not in to_dict.
    incidents: tuple[TimelineEntry, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the result as JSON-ready data."""
        return {
            "entries": self.entries,
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "duration_days": self.duration_days,
            "days_since_first": self.days_since_first,
            "days_since_last": self.days_since_last,
            "per_month": self.per_month,
            "trend": None if self.trend is None else self.trend.value,
            "trend_text": self.trend_text,
            "categories": [{"category": name, "count": count} for name, count in self.categories],
            "cite": [citation.to_dict() for citation in self.cite],
            "reasons": [reason.to_dict() for reason in self.reasons],
        }


def trend_of(dates: list[dt.date]) -> Trend | None:
    """Compare the mean gap between incidents in the later half with the earlier half."""
    if len(dates) < TREND_MIN_ENTRIES:
        return None
    gaps = [(b - a).days for a, b in itertools.pairwise(dates)]
    half = len(gaps) // 2
    earlier = gaps[:half] if len(gaps) % 2 == 0 else gaps[: half + 1]
    later = gaps[half:]
    # Same-day incidents count as half a day apart, so ratios stay defined.
    early = max(sum(earlier) / len(earlier), 0.5)
    late = max(sum(later) / len(later), 0.5)
    if early / late >= TREND_RATIO:
        return Trend.ESCALATING
    if late / early >= TREND_RATIO:
        return Trend.CALMING
    return Trend.STEADY


def _cited(entries: tuple[TimelineEntry, ...], main: str | None) -> list[TimelineEntry]:
    """The first fact (where it started), facts of the main source, then the latest ones."""
    chosen: list[TimelineEntry] = [entries[0]]
    if main is not None:
        chosen += [e for e in entries if e.category.value == main and e.who is not Actor.ME][-2:]
    chosen += list(entries[-CITED_FACTS:])
    unique: list[TimelineEntry] = []
    for entry in chosen:
        if entry not in unique:
            unique.append(entry)
    latest = sorted(unique, key=lambda e: e.date)
    return latest if len(latest) <= CITED_FACTS else [latest[0], *latest[-(CITED_FACTS - 1) :]]


def assess_timeline(facts: Facts) -> tuple[TimelineResult | None, Reason | None]:
    """Draw insights from the timeline, or return why there are none."""
    lang = facts.lang
    entries = facts.case.timeline
    if not entries:
        return None, Reason("timeline.missing", i18n.t(lang, "unassessed.timeline"))
    dates = [entry.date for entry in entries]
    first, last = dates[0], dates[-1]
    duration = (last - first).days
    per_month = None
    if len(entries) > 1:
        per_month = round(len(entries) / max(duration / DAYS_PER_MONTH, 1.0), 1)
    trend = trend_of(dates)
    since_last = (facts.today - last).days
    quiet = False
    # A client who has stopped answering is not calming down: the quiet is the stalemate itself.
    if trend is not None and len(dates) > 1 and not facts.has("escalation_signs", "silence"):
        mean_gap = duration / (len(dates) - 1)
        if since_last >= max(QUIET_GAPS * mean_gap, QUIET_DAYS):
            trend, quiet = Trend.CALMING, True
    counts = Counter(entry.category.value for entry in entries)
    order = [category.value for category in Category]
    categories = tuple(sorted(counts.items(), key=lambda item: (-item[1], order.index(item[0]))))
    cite = tuple(
        Citation(
            e.date,
            i18n.format_date(e.date, lang),
            e.what,
            i18n.t(lang, f"category.{e.category.value}"),
            i18n.t(lang, f"who.{e.who.value}"),
        )
        for e in _cited(entries, facts.choice("main_source"))
    )
    since_first = (facts.today - first).days
    span = (
        i18n.t(lang, "timeline.single", first=i18n.format_date(first, lang))
        if len(entries) == 1
        else i18n.t(
            lang,
            "timeline.span",
            count=len(entries),
            first=i18n.format_date(first, lang),
            last=i18n.format_date(last, lang),
            days=duration,
        )
    )
    reasons = [Reason("timeline.span", span)]
    if since_last >= 0:
        reasons.append(
            Reason("timeline.since_last", i18n.t(lang, "timeline.since_last", days=since_last))
        )
    if per_month is not None:
        reasons.append(
            Reason(
                "timeline.frequency",
                i18n.t(lang, "timeline.frequency", rate=i18n.format_number(per_month, lang)),
            )
        )
    top, top_count = categories[0]
    reasons.append(
        Reason(
            "timeline.top_category",
            i18n.t(
                lang,
                "timeline.top_category",
                category=i18n.t(lang, f"category.{top}"),
                count=top_count,
            ),
        )
    )
    if quiet:
        trend_key = "timeline.trend.quiet"
    else:
        trend_key = "timeline.trend.none" if trend is None else f"timeline.trend.{trend.value}"
    trend_text = i18n.t(lang, trend_key)
    result = TimelineResult(
        entries=len(entries),
        first=first,
        last=last,
        duration_days=duration,
        days_since_first=since_first,
        days_since_last=since_last,
        per_month=per_month,
        trend=trend,
        trend_text=trend_text,
        categories=categories,
        cite=cite,
        reasons=tuple(reasons),
        incidents=tuple(entries),
    )
    return result, None
