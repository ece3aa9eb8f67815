"""The verdict: where the dispute stands, the approach, the route and the next dated actions.

Also the headline record of an analysis (what the page keeps in the case's ``analyses``) and
what changed since the last one. Everything here is read from the assessment: no new judgement.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from . import i18n
from .assessment import Assessment
from .case import Analysis
from .law.assess import assess_law
from .law.routes import AMICABLE_ROUTES, COURT_ROUTES
from .messages_verdict import t
from .plan import PlanStep, notice_terms

__all__ = [
    "ROUTES",
    "STEP_LETTER",
    "Change",
    "Verdict",
    "analysis_record",
    "changes_since",
    "headline",
    "route_of",
    "verdict",
]

# The four places a dispute can be on its way out, in the order a reader goes through them.
ROUTES = ("talk", "mediation", "formal_notice", "court")
NEXT_ACTIONS = 3
# A second style this close to the first (in points) is named with it on the first screen.
CLOSE = 1

# Plan steps whose link is better a letter the engine wrote than a guide page.
STEP_LETTER = {"formal_notice": "final_notice", "reminder": "reminder"}


def headline(text: str) -> str:
    """A plan step's first sentence, for the card; the plan just below keeps the whole step."""
    for mark in (" ; ", "; ", ". "):
        cut = text.find(mark)
        if cut > 0:
            return text[:cut].rstrip() + "."
    return text


@dataclass(frozen=True, slots=True)
class Verdict:
    """The first screen of the report, as sentences and the next dated steps."""

    stage: str | None
    trust: str | None
    approach: str | None
    route: str
    route_text: str
    then_text: str | None
    lawyer_text: str | None
    actions: tuple[PlanStep, ...]
    letters: dict[str, str]  # plan step key -> letter kind, where the engine wrote that letter


def route_of(a: Assessment) -> str:
    """Where the dispute is heading next: keep talking, mediation, formal notice or court.

    Read from the plan the engine already made, so the card and the plan never disagree: a
    formal notice in the plan means that route; a plan that only sends a lawyer or the legal
    route (a notice already sent, a broken contract to enforce), or the court procedure after a
    notice, means court; a mediation step
    means mediation; otherwise the reader keeps talking.
    """
    keys = {step.key for step in a.plan}
    if "formal_notice" in keys:
        return "formal_notice"
    if a.legal_route or keys & {"lawyer", "court"}:
        return "court"
    if "mediation" in keys:
        return "mediation"
    return "talk"


def _then(a: Assessment, route: str) -> str | None:
    """After a formal notice: the first amicable way out and the first court procedure."""
    if a.law is None or route not in ("formal_notice", "court"):
        return None
    amicable = next((r.id for r in a.law.routes if r.id in AMICABLE_ROUTES), None)
    open_ids = {r.id for r in a.law.routes}
    court = next((rid for rid in COURT_ROUTES if rid in open_ids), None)
    names = [t(a.lang, f"route.short.{rid.value}") for rid in (amicable, court) if rid is not None]
    if not names:
        return None
    key = "verdict.then_court" if route == "court" else "verdict.then"
    return t(a.lang, key, routes=t(a.lang, "verdict.or").join(names))


def _route_key(a: Assessment, route: str) -> str:
    """The route's sentence; a formal notice, and court after it, in the forum's own words
    (a letter before claim, a letter before action, a demand letter); France's is the default."""
    terms = notice_terms(a.law.forum) if a.law is not None else None
    if route in ("formal_notice", "court") and terms not in (None, "fr"):
        return f"verdict.route.{route}.{terms}"
    return f"verdict.route.{route}"


def verdict(a: Assessment) -> Verdict:
    """Compose the verdict card from the assessment."""
    lang = a.lang
    stage = None
    if a.escalation is not None:
        es = a.escalation
        stage = t(lang, "verdict.stage", stage=es.stage, label=es.stage_label)
    trust = None
    if a.trust is not None:
        score = i18n.format_number(round(a.trust.score), lang)
        trust = t(lang, "verdict.trust", score=score, band=a.trust.band_label)
    approach = None
    if a.tactic is not None:
        tc = a.tactic
        # The advice's first clause: the rest is in the tactic's part, folded below.
        advice = headline(tc.advice)
        advice = advice if lang == "en" else i18n.lower_first(advice)
        approach = t(lang, "verdict.approach", style=tc.ranking[0].label, advice=advice)
        if tc.tied_with and tc.note:
            approach += " " + tc.note  # a tie: the engine's own sentence names every style
        elif len(tc.ranking) > 1 and tc.ranking[0].score - tc.ranking[1].score <= CLOSE:
            # A close second style is part of the approach: say so on the first screen.
            second = tc.ranking[1]
            approach += " " + t(
                lang,
                "verdict.close_second",
                style=i18n.lower_first(second.label),
                score=i18n.format_signed(second.score, lang),
                first=i18n.format_signed(tc.ranking[0].score, lang),
            )
    route = route_of(a)
    # The legal layer's advice on a lawyer is about going to law: said only on that route.
    formal = route in ("formal_notice", "court")
    law_says = a.law is not None and bool(a.law.sums) and a.law.lawyer.advised
    lawyer = None
    if (a.escalation is not None and a.escalation.time_for_lawyer) or (formal and law_says):
        lawyer = t(lang, "verdict.lawyer_advised")
    elif formal:
        lawyer = t(lang, "verdict.lawyer_optional")
    kinds = {letter.kind.value for letter in a.letters}
    dated = tuple(step for step in a.plan if step.due is not None)
    actions = dated[:NEXT_ACTIONS]
    letters = {
        step.key: STEP_LETTER[step.key] for step in actions if STEP_LETTER.get(step.key) in kinds
    }
    return Verdict(
        stage=stage,
        trust=trust,
        approach=approach,
        route=route,
        route_text=t(lang, _route_key(a, route)),
        then_text=_then(a, route),
        lawyer_text=lawyer,
        actions=actions,
        letters=letters,
    )


# -- over time -----------------------------------------------------------------------------


def _claimable(a: Assessment) -> dict[str, float] | None:
    if a.law is None or not a.law.sums:
        return None
    return {currency.value: float(amount) for currency, amount in a.law.total("claim").items()}


def analysis_record(a: Assessment) -> dict[str, Any]:
    """The headline of this analysis, as the case file's ``analyses`` keeps it (version 4)."""
    return {
        "date": a.today.isoformat(),
        "trust": None if a.trust is None else round(a.trust.score),
        "stage": None if a.escalation is None else a.escalation.stage,
        "tactic": None if a.tactic is None else a.tactic.recommended.value,
        "decision": None if a.relationship is None else a.relationship.decision.value,
        "route": route_of(a),
        "claimable": _claimable(a),
    }


@dataclass(frozen=True, slots=True)
class Change:
    """One thing that changed since the last analysis, as a sentence."""

    what: str  # trust, stage, tactic, decision, route, claimable, deadline
    text: str


def _amounts(values: dict[str, float] | None, lang: str) -> str:
    if not values or not any(values.values()):
        return t(lang, "changes.nothing_claimable")
    return i18n.join(
        [i18n.format_amount(amount, lang, currency) for currency, amount in sorted(values.items())],
        lang,
    )


def changes_since(previous: Analysis, a: Assessment) -> tuple[str, tuple[Change, ...]]:
    """Say what changed between ``previous`` and this analysis: a heading and the changes.

    Trust moves are reported from 5 points, as smaller moves are within the noise of the scales.
    """
    lang = a.lang
    now = analysis_record(a)
    changes: list[Change] = []
    if previous.trust is not None and now["trust"] is not None:
        delta = int(now["trust"]) - previous.trust
        if abs(delta) >= TRUST_STEP:
            key = "changes.trust_up" if delta > 0 else "changes.trust_down"
            changes.append(Change("trust", t(lang, key, before=previous.trust, now=now["trust"])))
    if previous.stage is not None and now["stage"] is not None and now["stage"] != previous.stage:
        key = "changes.stage_up" if now["stage"] > previous.stage else "changes.stage_down"
        changes.append(Change("stage", t(lang, key, before=previous.stage, now=now["stage"])))
    if previous.tactic and now["tactic"] and previous.tactic != now["tactic"]:
        before = i18n.lower_first(i18n.t(lang, f"style.{previous.tactic}"))
        after = i18n.lower_first(i18n.t(lang, f"style.{now['tactic']}"))
        changes.append(Change("tactic", t(lang, "changes.tactic", before=before, now=after)))
    if previous.decision and now["decision"] and previous.decision != now["decision"]:
        before = i18n.lower_first(i18n.t(lang, f"decision.{previous.decision}"))
        after = i18n.lower_first(i18n.t(lang, f"decision.{now['decision']}"))
        changes.append(Change("decision", t(lang, "changes.decision", before=before, now=after)))
    if previous.route and previous.route in ROUTES and previous.route != now["route"]:
        before = t(lang, f"verdict.route_name.{previous.route}")
        after = t(lang, f"verdict.route_name.{now['route']}")
        changes.append(Change("route", t(lang, "changes.route", before=before, now=after)))
    old_claim = dict(previous.claimable) if previous.claimable is not None else None
    if _differs(old_claim, now["claimable"]) and not _days_only(old_claim, previous.date, a):
        changes.append(
            Change(
                "claimable",
                t(
                    lang,
                    "changes.claimable",
                    before=_amounts(old_claim, lang),
                    now=_amounts(now["claimable"], lang),
                ),
            )
        )
    changes += _deadlines(previous.date, a)
    when = i18n.format_date(previous.date, lang)
    heading = t(lang, "changes.heading", date=when)
    if not changes:
        changes.append(Change("none", t(lang, "changes.none")))
    return heading, tuple(changes)


TRUST_STEP = 5


def _differs(old: dict[str, float] | None, new: dict[str, float] | None) -> bool:
    old_values = {k: round(Decimal(str(v)), 2) for k, v in (old or {}).items() if v}
    new_values = {k: round(Decimal(str(v)), 2) for k, v in (new or {}).items() if v}
    return old_values != new_values


def _days_only(old: dict[str, float] | None, since: dt.date, a: Assessment) -> bool:
    """Whether the sum to claim moved only with the days: the same invoices, read on the last
    analysis's day, give the figure kept then (interest accruing day by day is not news)."""
    if a.law is None or not a.law.sums or not since < a.today:
        return False
    then = assess_law(a.law.setting, [item.invoice for item in a.law.sums], since)
    return not _differs(old, {c.value: float(v) for c, v in then.total("claim").items()})


def _deadlines(since: dt.date, a: Assessment) -> list[Change]:
    """Legal deadlines that fell between the last analysis and today."""
    if a.law is None:
        return []
    out = []
    for clock in a.law.clocks:
        if clock.deadline is not None and since < clock.deadline <= a.today:
            out.append(
                Change(
                    "deadline",
                    t(
                        a.lang,
                        "changes.deadline_passed",
                        number=clock.number or "",
                        date=i18n.format_date(clock.deadline, a.lang),
                    ),
                )
            )
    return out
