"""The routes: the steps and procedures open to the reader in the forum, with their thresholds.

The forum is where the client can be sued: the client's own jurisdiction when the engine knows it,
else the applicable law's. A lawyer is advised when the amount, the complexity or the other side's
lawyer calls for one, never as a reflex.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .data import figure, figure_amount
from .types import ClientStatus, Currency, Jurisdiction, Setting, Trader

__all__ = [
    "AMICABLE_ROUTES",
    "COURT_ROUTES",
    "LawyerAdvice",
    "LawyerReason",
    "Route",
    "RouteId",
    "lawyer_advice",
    "routes",
]

_ZERO = Decimal(0)


class RouteId(enum.Enum):
    """Every step or procedure the engine may propose."""

    FR_FORMAL_NOTICE = "fr.formal_notice"
    FR_MEDIATEUR_ENTREPRISES = "fr.mediateur_entreprises"
    FR_CONCILIATEUR = "fr.conciliateur"
    FR_PETITES_CREANCES = "fr.petites_creances"
    FR_INJONCTION_TC = "fr.injonction_de_payer.commerce"
    FR_INJONCTION_TJ = "fr.injonction_de_payer.judiciaire"
    FR_AMICABLE_FIRST = "fr.amicable_attempt_first"
    FR_PUBLIC_REFERE = "fr.public.refere_provision"
    EU_ORDER_FOR_PAYMENT = "eu.order_for_payment"
    EU_SMALL_CLAIMS = "eu.small_claims"
    EW_DEBT_PROTOCOL = "ew.debt_protocol"
    EW_PRACTICE_DIRECTION = "ew.practice_direction"
    EW_SMALL_CLAIMS = "ew.small_claims"
    EW_MONEY_CLAIM_ONLINE = "ew.money_claim_online"
    EW_SMALL_CLAIMS_MEDIATION = "ew.small_claims_mediation"
    EW_SMALL_BUSINESS_COMMISSIONER = "ew.small_business_commissioner"
    EW_FAST_TRACK = "ew.above_small_claims"
    SC_LETTER = "sc.letter_before_action"
    SC_SIMPLE_PROCEDURE = "sc.simple_procedure"
    SC_ORDINARY_CAUSE = "sc.above_simple_procedure"
    NI_LETTER = "ni.letter_before_action"
    NI_SMALL_CLAIMS = "ni.small_claims"
    NI_COUNTY_COURT = "ni.above_small_claims"
    US_DEMAND_LETTER = "us.demand_letter"
    US_SMALL_CLAIMS = "us.small_claims"
    US_NY_FREELANCE = "us-ny.freelance_isnt_free"
    US_IL_FREELANCE = "us-il.freelance_worker_protection"
    US_COMMUNITY_MEDIATION = "us.community_mediation"


# The amicable ways out with a third party (the verdict card and the plan name the first that
# applies after a formal notice), and the court procedures a reader can start alone.
AMICABLE_ROUTES: frozenset[RouteId] = frozenset(
    {
        RouteId.FR_MEDIATEUR_ENTREPRISES,
        RouteId.FR_CONCILIATEUR,
        RouteId.EW_SMALL_CLAIMS_MEDIATION,
        RouteId.EW_SMALL_BUSINESS_COMMISSIONER,
        RouteId.US_COMMUNITY_MEDIATION,
    }
)
# Court procedures in order of preference: those the reader starts alone, without the client's
# consent, first (the French small-debt procedure needs the client to agree, so it comes late).
COURT_ROUTES: tuple[RouteId, ...] = (
    RouteId.FR_INJONCTION_TC,
    RouteId.FR_INJONCTION_TJ,
    RouteId.FR_PUBLIC_REFERE,
    RouteId.EU_ORDER_FOR_PAYMENT,
    RouteId.EW_MONEY_CLAIM_ONLINE,
    RouteId.EW_SMALL_CLAIMS,
    RouteId.SC_SIMPLE_PROCEDURE,
    RouteId.NI_SMALL_CLAIMS,
    RouteId.US_SMALL_CLAIMS,
    RouteId.EU_SMALL_CLAIMS,
    RouteId.FR_PETITES_CREANCES,
)


@dataclass(frozen=True, slots=True)
class Route:
    """A step or procedure, with its threshold or period where it has one."""

    id: RouteId
    source: str
    limit: Decimal | None = None
    currency: Currency | None = None
    days: int | None = None
    annexes: tuple[str, ...] = field(default_factory=tuple)
    verified: bool = True

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "id": self.id.value,
            "source": self.source,
            "limit": None if self.limit is None else str(self.limit),
            "currency": self.currency.value if self.currency else None,
            "days": self.days,
            "annexes": list(self.annexes),
            "verified": self.verified,
        }


class LawyerReason(enum.Enum):
    """Why a lawyer is advised."""

    AMOUNT = "amount"  # above the forum's small-claims route
    DISPUTE = "dispute"  # a large disputed part
    UNKNOWN_LAW = "unknown_law"  # cross-border, law unclear
    OTHER_SIDE_LAWYER = "other_side_lawyer"


@dataclass(frozen=True, slots=True)
class LawyerAdvice:
    """Whether a lawyer is advised, and why."""

    advised: bool
    reasons: tuple[LawyerReason, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"advised": self.advised, "reasons": [reason.value for reason in self.reasons]}


def _figure_route(route: RouteId, figure_id: str, currency: Currency, **extra: Any) -> Route:
    fig = figure(figure_id)
    return Route(
        route,
        fig.source,
        limit=figure_amount(figure_id),
        currency=currency,
        verified=fig.verified,
        **extra,
    )


_BUSINESS = {ClientStatus.COMPANY, ClientStatus.SOLE_TRADER, ClientStatus.PUBLIC_BODY}
_INDIVIDUAL = {ClientStatus.SOLE_TRADER, ClientStatus.CONSUMER}
_EUR, _GBP, _USD = Currency.EUR, Currency.GBP, Currency.USD

_US_SMALL_CLAIMS = {
    Jurisdiction.US_NY: "us-ny.small_claims_limit_nyc",
    Jurisdiction.US_TX: "us-tx.small_claims_limit",
    Jurisdiction.US_FL: "us-fl.small_claims_limit",
    Jurisdiction.US_IL: "us-il.small_claims_limit",
}


def small_claims_limit(forum: Jurisdiction) -> Decimal | None:
    """The forum's small-claims ceiling (what a reader can claim without a lawyer as a rule)."""
    if forum is Jurisdiction.FR:
        return figure_amount("fr.no_lawyer_limit")
    if forum is Jurisdiction.ENGLAND_WALES:
        return figure_amount("ew.small_claims_limit")
    if forum is Jurisdiction.SCOTLAND:
        return figure_amount("sc.simple_procedure_limit")
    if forum is Jurisdiction.NORTHERN_IRELAND:
        return figure_amount("ni.small_claims_limit")
    if forum is Jurisdiction.US_CA:
        # The reader claims as a business unless they are a natural person: take the lower.
        return figure_amount("us-ca.small_claims_limit_business")
    figure_id = _US_SMALL_CLAIMS.get(forum)
    return None if figure_id is None else figure_amount(figure_id)


def _france(setting: Setting, total: Decimal, cross_border: bool) -> list[Route]:
    status = setting.client_status
    out = [
        Route(
            RouteId.FR_FORMAL_NOTICE,
            "art. 1344 C. civ. (mise en demeure); art. 1231-6 C. civ."
            " (interest from it, for a consumer)",
        ),
    ]
    if cross_border:
        out.append(
            Route(
                RouteId.EU_ORDER_FOR_PAYMENT,
                "Regulation (EC) 1896/2006 (European order"
                " for payment, uncontested cross-border claims, no lawyer required)",
            )
        )
        if total <= figure_amount("eu.small_claims_limit"):
            out.append(_figure_route(RouteId.EU_SMALL_CLAIMS, "eu.small_claims_limit", _EUR))
        return out
    if status is ClientStatus.PUBLIC_BODY:
        out.append(
            Route(
                RouteId.FR_MEDIATEUR_ENTREPRISES,
                "Médiateur des entreprises (free,"
                " confidential; also for disputes with public buyers)",
            )
        )
        out.append(
            Route(
                RouteId.FR_PUBLIC_REFERE,
                "art. R541-1 code de justice administrative"
                " (référé-provision before the tribunal administratif)",
                verified=False,
            )
        )
        return out
    if status in _BUSINESS:
        out.append(
            Route(
                RouteId.FR_MEDIATEUR_ENTREPRISES,
                "Médiateur des entreprises (free, confidential, between businesses)",
            )
        )
    out.append(
        Route(
            RouteId.FR_CONCILIATEUR,
            "conciliateur de justice (free; décret 78-381);"
            " one of the attempts art. 750-1 CPC accepts",
        )
    )
    if total <= figure_amount("fr.small_claims_recovery_limit"):
        out.append(
            _figure_route(RouteId.FR_PETITES_CREANCES, "fr.small_claims_recovery_limit", _EUR)
        )
    both_traders = setting.reader_trader is Trader.YES and status is ClientStatus.COMPANY
    out.append(
        Route(
            RouteId.FR_INJONCTION_TC if both_traders else RouteId.FR_INJONCTION_TJ,
            "art. 1405 et seq. CPC (injonction de payer: on request, no prior amicable"
            " attempt; no lawyer up to 10,000 EUR, art. 761 and 853 CPC); tribunal de commerce"
            " between traders (art. L721-3 C. com.), else the tribunal judiciaire",
        )
    )
    if not both_traders and total <= figure_amount("fr.amicable_attempt_threshold"):
        out.append(_figure_route(RouteId.FR_AMICABLE_FIRST, "fr.amicable_attempt_threshold", _EUR))
    return out


def _england_wales(setting: Setting, total: Decimal) -> list[Route]:
    status = setting.client_status
    out: list[Route] = []
    if status in _INDIVIDUAL:
        protocol = figure("ew.debt_protocol_reply_days")
        out.append(
            Route(
                RouteId.EW_DEBT_PROTOCOL,
                protocol.source,
                days=int(figure_amount(protocol.id)),
                annexes=("Information Sheet", "Reply Form", "Financial Statement"),
            )
        )
    else:
        pd = figure("ew.pd_pre_action_reply_days")
        out.append(Route(RouteId.EW_PRACTICE_DIRECTION, pd.source, days=int(figure_amount(pd.id))))
    if status is ClientStatus.COMPANY:
        out.append(
            Route(
                RouteId.EW_SMALL_BUSINESS_COMMISSIONER,
                "Small Business Commissioner"
                " (Enterprise Act 2016 Part 1): complaints by a small business (fewer than"
                " 50 staff) about payment by a larger one",
                verified=False,
            )
        )
    out.append(
        Route(
            RouteId.EW_MONEY_CLAIM_ONLINE,
            "HM Courts & Tribunals Service, Money Claim Online (fixed sums under 100,000 GBP)",
            verified=False,
        )
    )
    if total <= figure_amount("ew.small_claims_limit"):
        out.append(_figure_route(RouteId.EW_SMALL_CLAIMS, "ew.small_claims_limit", _GBP))
        out.append(
            Route(
                RouteId.EW_SMALL_CLAIMS_MEDIATION,
                "Practice Direction 51ZE (pilot from 22 May 2024): specified money claims of"
                " £10,000 or less issued on paper or through Money Claim Online are referred"
                " to the free Small Claims Mediation Service, and attending is compulsory;"
                " check that the pilot still runs",
            )
        )
    else:
        out.append(_figure_route(RouteId.EW_FAST_TRACK, "ew.small_claims_limit", _GBP))
    return out


def _scotland(total: Decimal) -> list[Route]:
    out = [
        Route(
            RouteId.SC_LETTER,
            "Simple Procedure Rules: the claim form asks what was done to settle first",
        )
    ]
    route = (
        RouteId.SC_SIMPLE_PROCEDURE
        if total <= figure_amount("sc.simple_procedure_limit")
        else (RouteId.SC_ORDINARY_CAUSE)
    )
    out.append(_figure_route(route, "sc.simple_procedure_limit", _GBP))
    return out


def _northern_ireland(total: Decimal) -> list[Route]:
    out = [
        Route(
            RouteId.NI_LETTER,
            "no pre-action protocol for debts in Northern Ireland; a"
            " letter before action is expected before a claim",
        )
    ]
    route = (
        RouteId.NI_SMALL_CLAIMS
        if total <= figure_amount("ni.small_claims_limit")
        else (RouteId.NI_COUNTY_COURT)
    )
    out.append(_figure_route(route, "ni.small_claims_limit", _GBP))
    return out


def _united_states(forum: Jurisdiction, setting: Setting) -> list[Route]:
    out = [
        Route(
            RouteId.US_DEMAND_LETTER,
            "a written demand before suit; sent by certified mail, return receipt requested",
        )
    ]
    figure_id = (
        "us-ca.small_claims_limit_business"
        if forum is Jurisdiction.US_CA
        else (_US_SMALL_CLAIMS.get(forum))
    )
    if figure_id is None:
        out.append(
            Route(RouteId.US_SMALL_CLAIMS, "check your state's small claims limit", verified=False)
        )
    else:
        out.append(_figure_route(RouteId.US_SMALL_CLAIMS, figure_id, _USD))
    if forum is Jurisdiction.US_NY and setting.client_status is not ClientStatus.CONSUMER:
        out.append(
            _figure_route(
                RouteId.US_NY_FREELANCE,
                "us-ny.freelance_threshold",
                _USD,
                days=int(figure_amount("us-ny.freelance_payment_days")),
            )
        )
    if forum is Jurisdiction.US_IL and setting.client_status is not ClientStatus.CONSUMER:
        out.append(_figure_route(RouteId.US_IL_FREELANCE, "us-il.freelance_threshold", _USD))
    out.append(
        Route(
            RouteId.US_COMMUNITY_MEDIATION,
            "community dispute resolution centres (New"
            " York: the Community Dispute Resolution Centers Program of the courts);"
            " free or low-cost",
            verified=False,
        )
    )
    return out


def routes(
    forum: Jurisdiction | None, setting: Setting, total: Decimal, *, cross_border: bool
) -> tuple[Route, ...]:
    """The routes open in ``forum`` for a claim of ``total`` (in the forum's currency)."""
    if forum is None:
        return ()
    if forum is Jurisdiction.FR:
        return tuple(_france(setting, total, cross_border))
    if forum is Jurisdiction.ENGLAND_WALES:
        return tuple(_england_wales(setting, total))
    if forum is Jurisdiction.SCOTLAND:
        return tuple(_scotland(total))
    if forum is Jurisdiction.NORTHERN_IRELAND:
        return tuple(_northern_ireland(total))
    return tuple(_united_states(forum, setting))


def lawyer_advice(
    forum: Jurisdiction | None,
    setting: Setting,
    total: Decimal,
    disputed: Decimal,
    *,
    law_known: bool,
    in_claim: Decimal = _ZERO,
) -> LawyerAdvice:
    """Advise a lawyer only for a reason: the amount, the dispute, the law, the other side.

    ``total`` is the claim; ``disputed`` the disputed part, of which ``in_claim`` is claimed
    (already in ``total``) and the rest left out of it.
    """
    reasons: list[LawyerReason] = []
    limit = small_claims_limit(forum) if forum else None
    if limit is not None and total > limit:
        reasons.append(LawyerReason.AMOUNT)
    # Everything at stake: the claim, and the disputed part left out of it.
    whole = total + disputed - in_claim
    if disputed > 0 and disputed * 5 >= whole and (limit is None or whole > limit):
        # A fifth or more of the claim is disputed: the facts will be argued. Within the forum's
        # small-claims route they are argued without a lawyer, which is what that route is for.
        reasons.append(LawyerReason.DISPUTE)
    if not law_known:
        reasons.append(LawyerReason.UNKNOWN_LAW)
    if setting.other_side_lawyer:
        reasons.append(LawyerReason.OTHER_SIDE_LAWYER)
    return LawyerAdvice(bool(reasons), tuple(reasons))


def totals(amounts: Sequence[tuple[Currency, Decimal]]) -> dict[Currency, Decimal]:
    """Sum amounts per currency."""
    out: dict[Currency, Decimal] = {}
    for currency, amount in amounts:
        out[currency] = out.get(currency, _ZERO) + amount
    return out
