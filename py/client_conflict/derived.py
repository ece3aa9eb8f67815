"""Facts derived from the answers once, with their thresholds; every analysis reads them here.

Who broke the contract, how much each side's stake weighs, the trust and stage bands, what is
owed and whether the law has a say: each is decided by one function below, so an analysis never
recomputes a fact in its own way. The thresholds are named constants, which the rules pass to
their sentences, so the report and "How the diagnostic works" say what the code does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import i18n
from .case import CURRENCIES, Actor, Case, Category, Invoice, TimelineEntry
from .law.routes import LawyerReason, small_claims_limit
from .model import Band, Reason

if TYPE_CHECKING:
    from ._facts import Facts

__all__ = [
    "HIGH",
    "IN_CLIENT_DOUBT",
    "IN_CLIENT_HIGH",
    "IN_CLIENT_LOW",
    "LOW",
    "MATTERS_MORE_GAP",
    "MID",
    "OBJECTIONS_DAYS",
    "SCALE_TOP",
    "STAGE_DESTRUCTIVE",
    "STAGE_EARLY_TOP",
    "STAGE_LOSS_OF_FACE",
    "STAGE_THREATS",
    "TRUST_BANDS",
    "TRUST_SCALE_TOP",
    "Money",
    "approval_disputed",
    "breach_side",
    "client_breached",
    "disputed_claimed",
    "evidence_weight",
    "facts_to_quote",
    "legal_route",
    "money",
    "small_stake",
    "stake_band",
    "trust_band",
    "written_approval",
]

# The 1-5 answers: 4 or more is high, 2 or less is low, 3 is the middle.
SCALE_TOP = 5
HIGH = 4
MID = 3
LOW = 2
# The issue matters "much more" to one side when its 1-5 stake is at least this far above.
MATTERS_MORE_GAP = 2

# Trust scores run from 0 to 100; lower bound of each band, highest first.
TRUST_SCALE_TOP = 100
TRUST_BANDS: tuple[tuple[float, Band], ...] = (
    (75.0, Band.STRONG),
    (55.0, Band.SOLID),
    (35.0, Band.FRAGILE),
    (0.0, Band.LOW),
)
# The reader's own trust in the client (0-100): low at or below, doubtful below, high from.
IN_CLIENT_LOW = 25
IN_CLIENT_DOUBT = 50
IN_CLIENT_HIGH = 75

# Glasl's stages that change the advice: the last stage of the win-win level, loss of face,
# threats, and the destructive stages where talking goes through counsel.
STAGE_EARLY_TOP = 3
STAGE_LOSS_OF_FACE = 5
STAGE_THREATS = 6
STAGE_DESTRUCTIVE = 7


# What makes a dated fact weigh as evidence, strongest first, as the words that name it in either
# language: a written agreement or approval, then the formal steps and the proof of delivery.
EVIDENCE: tuple[tuple[int, tuple[str, ...]], ...] = (
    (
        3,
        (
            "signé", "signed", "accepté", "accepted", "approuvé", "approved", "validé",
            "validated", "bon pour accord", "bon de commande", "purchase order", "devis", "quote",
            "parfait", "perfect", "sans réserve", "no reservations", "confirmé", "confirmed",
            "feu vert", "go-ahead", "d'accord", "agreed",
        ),
    ),
    (
        2,
        (
            "mise en demeure", "formal notice", "letter before action", "relance", "reminder",
            "recommandé", "registered", "livr", "deliver", "facture", "invoice",
        ),
    ),
)  # fmt: skip
# A fact of the client's own doing weighs more than one of yours.
CLIENT_FACT_WEIGHT = 1


def evidence_weight(entry: TimelineEntry) -> int:
    """How much a dated fact weighs as evidence: written approvals and acceptances, signed quotes
    and orders first, then formal notices, reminders, invoices and deliveries; the client's own
    acts count a little more than yours."""
    text = entry.what.lower()
    found = next((weight for weight, words in EVIDENCE if any(w in text for w in words)), 0)
    return found + (CLIENT_FACT_WEIGHT if entry.who is not Actor.ME else 0)


def facts_to_quote(case: Case, count: int) -> list[TimelineEntry]:
    """The ``count`` weightiest dated facts, in date order; recency only breaks ties."""
    described = [e for e in case.timeline if e.what.strip()]
    ranked = sorted(
        range(len(described)), key=lambda i: (evidence_weight(described[i]), i), reverse=True
    )
    return [described[i] for i in sorted(ranked[:count])]


# A written approval of the work, as opposed to a signed quote or contract (which fixes the terms
# but not whether the delivered work meets them): the words that say the client approved or
# accepted what was delivered, in either language, and the subjects such a fact is filed under.
APPROVAL = re.compile(
    r"\b(?:valid(?:e|é|ée|és|ées|ation)|approuv\w*|approv\w*|accept\w*|bon pour accord"
    r"|bon à tirer|sign(?:ed)?[- ]off|sans réserve|no reservations)\b"
)
WORK_CATEGORIES = (
    Category.QUALITY, Category.SCOPE, Category.CREATIVE_CHOICES, Category.PROOF_OF_DELIVERY,
)  # fmt: skip
# Words that turn a fact into its opposite: "not approved", "n'a jamais validé", "refused".
NEGATIONS = re.compile(
    r"\b(?:not|never|nothing|refus\w*|reject\w*|declin\w*|pas|jamais|rien|rejet\w*)\b|n't"
)


def written_approval(case: Case) -> TimelineEntry | None:
    """The client's latest written approval of the work: a dated fact of the client's doing
    (alone or with the reader), filed under the work (quality, scope, creative choices, proof of
    delivery), that says the client approved, validated or accepted it (``APPROVAL``), and that
    no word negates (``NEGATIONS``)."""
    found = [
        entry
        for entry in case.timeline
        if entry.who in (Actor.CLIENT, Actor.BOTH)
        and entry.category in WORK_CATEGORIES
        and APPROVAL.search(entry.what.lower())
        and not NEGATIONS.search(entry.what.lower())
    ]
    return max(found, key=lambda entry: entry.date) if found else None


def approval_disputed(facts: Facts) -> TimelineEntry | None:
    """The written approval a quality complaint goes against, or None.

    The client disputes the quality of the work (a source of the dispute), the reader does not
    concede the complaint (the fault is neither theirs nor shared), and the timeline holds the
    client's written approval (``written_approval``). The moves then ask for specific objections
    by a date, and offer changes only once paid or as new paid work.
    """
    if not facts.has("sources", "quality") and facts.choice("main_source") != "quality":
        return None
    if facts.choice("fault") in ("mostly_me", "shared"):
        return None
    return written_approval(facts.case)


# Days the client is given to name their objections, in the request the opening moves make
# (the moves' sentence says "eight days"; the plan dates it).
OBJECTIONS_DAYS = 8


def disputed_claimed(case: Case) -> bool:
    """Whether the disputed part of the invoices is claimed with the rest, interest included.

    A sum is due unless the dispute over it is founded: when the reader holds the client's
    complaint unfounded (``fault`` "mostly_client") against what the client approved in writing
    (``written_approval``), and their footing before a judge strong (written terms and evidence
    back them), the disputed part is claimed and a judge decides if the client maintains the
    objection. When the reader concedes some ground, cannot say, doubts their footing or has no
    written approval to hold against the complaint, only the undisputed part is claimed.
    """
    answers = case.answers
    return (
        answers.get("fault") == "mostly_client"
        and answers.get("legal_footing") == "strong"
        and written_approval(case) is not None
    )


def small_stake(facts: Facts) -> bool:
    """Whether the money at stake is too small to pay for a lawyer: the reader says pursuing it
    costs more, or the claim is within what the forum's small-claims route hears without one."""
    if facts.choice("costs_vs_stake") == "more":
        return True
    law = facts.legal_reading
    if law.forum is None:
        return False
    limit = small_claims_limit(law.forum)
    claim = law.total("claim").get(law.forum.currency)
    return limit is not None and claim is not None and 0 < claim <= limit


def stake_band(value: int | None) -> str | None:
    """A 1-5 answer as "high", "mid" or "low" (None when unanswered)."""
    if value is None:
        return None
    if value >= HIGH:
        return "high"
    if value <= LOW:
        return "low"
    return "mid"


def trust_band(score: float | None) -> Band | None:
    """The band of a 0-100 trust score."""
    if score is None:
        return None
    return next(band for floor, band in TRUST_BANDS if score >= floor)


def breach_side(facts: Facts) -> str | None:
    """Who broke a contractual commitment: client, me, both, "unknown" (not said), or None.

    A breach whose author is not given is nobody's in every analysis: it is not counted as the
    client's, and the report asks who it was.
    """
    if not facts.yes("breach"):
        return None
    return facts.choice("breach_by") or "unknown"


def client_breached(facts: Facts) -> bool:
    """Whether the client broke a commitment (alone or with the reader)."""
    return breach_side(facts) in ("client", "both")


@dataclass(frozen=True, slots=True)
class Money:
    """What the client still owes, in the currency that carries most of it.

    ``owed`` is None when no invoice gives an amount. An invoice counts for its amount including
    tax when known, else for its amount before tax (all a migrated version 3 file knew).
    """

    currency: str
    owed: float | None
    disputed: float


def _due(invoice: Invoice) -> float | None:
    total = invoice.amount if invoice.amount is not None else invoice.amount_excl_tax
    if total is None:
        return None
    return max(0.0, total - invoice.paid)


def money(case: Case) -> Money | None:
    """Sum the invoices of the case's main currency; None when the case has no invoice."""
    if not case.invoices:
        return None

    def outstanding(currency: str) -> float:
        return sum(_due(i) or 0 for i in case.invoices if i.currency == currency)

    used = [c for c in CURRENCIES if any(i.currency == c for i in case.invoices)]
    currency = max(used, key=lambda c: (outstanding(c), -used.index(c)))
    mine = [i for i in case.invoices if i.currency == currency]
    known = [d for d in (_due(i) for i in mine) if d is not None]
    return Money(
        currency=currency,
        owed=sum(known) if known else None,
        disputed=sum(i.disputed for i in mine),
    )


def legal_route(facts: Facts) -> tuple[bool, tuple[Reason, ...]]:
    """Whether the client's broken contract calls for legal advice whatever the stage, and why.

    The one place this is decided: escalation, the relationship and the plan read the result.
    """
    lang = facts.lang
    # A breach of your own, one not attributed, or a fault you share calls for talks first.
    if not client_breached(facts):
        return False, ()
    if facts.choice("fault") in ("mostly_me", "shared"):
        return False, ()
    # The legal layer decides: the amount calls for a lawyer only when the claim exceeds what the
    # forum's own simple route hears without one (no fixed threshold across jurisdictions).
    law = facts.legal_reading
    claim = law.total("claim")
    currency = law.forum.currency if law.forum else None
    limit = small_claims_limit(law.forum) if law.forum else None
    if currency is None or limit is None or LawyerReason.AMOUNT not in law.lawyer.reasons:
        return False, ()
    reasons = [
        Reason("legal.breach", i18n.t(lang, "legal.breach")),
        Reason(
            "legal.amount",
            i18n.t(
                lang,
                "legal.amount",
                amount=i18n.format_amount(float(claim[currency]), lang, currency.value),
                threshold=i18n.format_amount(float(limit), lang, currency.value),
            ),
        ),
    ]
    if facts.choice("direct_attempts") in ("one", "several"):
        reasons.append(Reason("legal.attempts", i18n.t(lang, "legal.attempts")))
    elif facts.yes("formal_notice_sent"):
        reasons.append(Reason("legal.notice", i18n.t(lang, "legal.notice")))
    else:
        return False, ()
    return True, tuple(reasons)
