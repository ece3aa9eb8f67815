"""Opening moves of the written exchange, after the principles of Fisher, Ury and Patton."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import i18n
from ._facts import Facts
from .derived import HIGH, MID, facts_to_quote
from .derived import STAGE_DESTRUCTIVE as LAWYER_STAGE
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


def _quoted(facts: Facts, say: Callable[..., str]) -> list[str]:
    quoted = [
        say("criteria.fact", date=i18n.format_date(e.date, facts.lang), what=e.what.strip())
        for e in facts_to_quote(facts.case, _QUOTED_FACTS)
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
    if facts.at_least("emotions", HIGH):
        items["people"].append(say("people.heated"))
    if facts.at_least("trust_self_listening", HIGH):
        items["people"].append(say("people.listen"))
    # A quality complaint against the client's written approval: quote it, ask for specific
    # objections by a short deadline with a call, and offer changes only once paid or as new work.
    approval = facts.approval_disputed
    if facts.no("client_position_stated"):
        if approval is not None:
            day = i18n.format_date(approval.date, lang)
            items["interests"].append(say("interests.ask_position.deadline", approved=day))
        else:
            items["interests"].append(say("interests.ask_position"))
    if facts.at_least("client_needs_known", HIGH):
        items["interests"].append(say("interests.name_need"))
    else:
        items["interests"].append(say("interests.ask_need"))
    if facts.at_most("own_interests_clear", MID):
        items["interests"].append(say("interests.own"))
    items["options"].append(say("options"))
    # The main issue first: settling it takes the heat out of the rest.
    main = facts.choice("main_source")
    sources = [s for s in OPTION_SOURCES if facts.has("sources", s) or s == main]
    paid_first = approval is not None and facts.owed() > 0
    items["options"] += [
        say("options.quality.paid" if s == "quality" and paid_first else f"options.{s}")
        for s in sorted(sources, key=lambda s: s != main)
    ]
    if facts.yes("contract_signed"):
        items["criteria"].append(say("criteria.contract"))
    if timeline is not None:
        items["criteria"] += _quoted(facts, say)
    if facts.disputed() > 0:
        items["criteria"].append(
            say("criteria.market" if approval is None else "criteria.approval")
        )
    items["criteria"].append(say("criteria.general"))
    items["batna"].append(say(f"batna.{facts.choice('batna') or 'unknown'}"))
    return _moves(items, say)


def _moves(items: dict[str, list[str]], say: Callable[..., str]) -> tuple[Move, ...]:
    return tuple(
        Move(key, say(f"title.{key}"), tuple(texts)) for key, texts in items.items() if texts
    )
