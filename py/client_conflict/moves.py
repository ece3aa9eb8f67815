"""Opening moves of the written exchange, after the principles of Fisher, Ury and Patton."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import i18n
from ._facts import Facts
from .case import Actor, TimelineEntry
from .escalation import LAWYER_FROM_STAGE as LAWYER_STAGE
from .timeline import TimelineResult

__all__ = ["MOVES", "OPTION_SOURCES", "Move", "opening_moves"]

# The five principles, plus the shared goal to open with when there is one.
MOVES = ("shared_goal", "people", "interests", "options", "criteria", "batna")
OPTION_SOURCES = ("payment", "quality", "timeliness", "scope", "communication")
_QUOTED_FACTS = 2


@dataclass(frozen=True, slots=True)
class Move:
    """One principle of the exchange and what it means for this case, in full sentences."""

    key: str
    title: str
    items: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the move as JSON-ready data."""
        return {"key": self.key, "title": self.title, "items": list(self.items)}


def _facts_to_quote(facts: Facts) -> list[TimelineEntry]:
    """The latest facts that involve the client: your own reminders prove little by themselves."""
    described = [e for e in facts.case.timeline if e.what.strip()]
    theirs = [e for e in described if e.who is not Actor.ME]
    return (theirs or described)[-_QUOTED_FACTS:]


def _quoted(facts: Facts, say: Callable[..., str]) -> list[str]:
    quoted = [
        say("criteria.fact", date=i18n.format_date(e.date, facts.lang), what=e.what.strip())
        for e in _facts_to_quote(facts)
    ]
    return [say("criteria.facts"), *quoted] if quoted else []


def opening_moves(facts: Facts, timeline: TimelineResult | None) -> tuple[Move, ...]:
    """Tailor the principles of principled negotiation to the case."""
    lang = facts.lang

    def say(key: str, **params: object) -> str:
        return i18n.t(lang, f"moves.{key}", **params)

    items: dict[str, list[str]] = {key: [] for key in MOVES}
    goals = facts.ticked("common_goals")
    if goals:
        labels = i18n.join([i18n.t(lang, f"moves.goal.{goal}") for goal in goals], lang)
        items["shared_goal"].append(say("shared_goal", goals=labels))
    if (facts.stage or 0) >= LAWYER_STAGE:
        # In the destructive stages, negotiating alone does more harm than good.
        items["people"].append(say("people.counsel"))
        if timeline is not None:
            items["criteria"] += _quoted(facts, say)
        items["criteria"].append(
            say("criteria.contract") if facts.yes("contract_signed") else say("criteria.general")
        )
        items["batna"].append(say(f"batna.{facts.choice('batna') or 'unknown'}"))
        return _moves(items, say)
    items["people"].append(say("people"))
    if facts.at_least("emotions", 4):
        items["people"].append(say("people.heated"))
    if facts.at_least("trust_self_listening", 4):
        items["people"].append(say("people.listen"))
    if facts.no("client_position_stated"):
        items["interests"].append(say("interests.ask_position"))
    if facts.at_least("client_needs_known", 4):
        items["interests"].append(say("interests.name_need"))
    else:
        items["interests"].append(say("interests.ask_need"))
    if facts.at_most("own_interests_clear", 3):
        items["interests"].append(say("interests.own"))
    items["options"].append(say("options"))
    items["options"] += [say(f"options.{s}") for s in OPTION_SOURCES if facts.has("sources", s)]
    if facts.yes("contract_signed"):
        items["criteria"].append(say("criteria.contract"))
    if timeline is not None:
        items["criteria"] += _quoted(facts, say)
    if facts.disputed() > 0:
        items["criteria"].append(say("criteria.market"))
    items["criteria"].append(say("criteria.general"))
    items["batna"].append(say(f"batna.{facts.choice('batna') or 'unknown'}"))
    return _moves(items, say)


def _moves(items: dict[str, list[str]], say: Callable[..., str]) -> tuple[Move, ...]:
    return tuple(
        Move(key, say(f"title.{key}"), tuple(texts)) for key, texts in items.items() if texts
    )
