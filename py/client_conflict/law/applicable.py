"""Which law applies: from the governing-law clause, the parties' places and the client's status."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from .types import ClientStatus, GoverningLaw, Jurisdiction, Place, Setting, UsState

__all__ = ["Applicable", "Certainty", "Check", "applicable_law"]


class Certainty(enum.Enum):
    """How sure the engine is of the applicable law."""

    CLAUSE = "clause"  # the contract chooses it
    DOMESTIC = "domestic"  # both parties in the same jurisdiction
    LIKELY = "likely"  # the usual default, not certain
    UNKNOWN = "unknown"  # cannot tell


class Check(enum.Enum):
    """What the reader should check about the applicable law."""

    ANSWER_PLACES = "answer_places"  # where the reader and client are
    READ_CLAUSE = "read_clause"  # look for a governing-law clause
    CONSUMER_PROTECTION = "consumer_protection"  # Rome I art. 6
    ROME_I_SERVICES = "rome_i_services"  # art. 4(1)(b): the provider's habitual residence
    US_STATE_CONFLICT = "us_state_conflict"  # most significant relationship
    US_STATE_UNKNOWN = "us_state_unknown"  # a state whose rules the engine does not know
    OUTSIDE_SCOPE = "outside_scope"  # a law the engine does not cover
    LOCAL_ADVICE = "local_advice"  # ask someone who knows that law


@dataclass(frozen=True, slots=True)
class Applicable:
    """The jurisdiction whose rules the engine applies, how sure it is and what to check."""

    jurisdiction: Jurisdiction | None
    certainty: Certainty
    checks: tuple[Check, ...]
    source: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "jurisdiction": self.jurisdiction.value if self.jurisdiction else None,
            "certainty": self.certainty.value,
            "checks": [check.value for check in self.checks],
            "source": self.source,
        }


_CLAUSE_PLACES = {
    GoverningLaw.FR: Place.FR,
    GoverningLaw.ENGLAND_WALES: Place.ENGLAND_WALES,
    GoverningLaw.SCOTLAND: Place.SCOTLAND,
    GoverningLaw.NORTHERN_IRELAND: Place.NORTHERN_IRELAND,
    GoverningLaw.US: Place.US,
}
_EUROPE = frozenset(
    {Place.FR, Place.ENGLAND_WALES, Place.SCOTLAND, Place.NORTHERN_IRELAND, Place.EU_OTHER}
)
ROME_I = (
    "Regulation (EC) 593/2008 (Rome I) art. 3 (choice), art. 4(1)(b) (services: the provider's"
    " habitual residence), art. 6 (consumers); retained in UK law"
)
US_CONFLICT = (
    "US conflict of laws: a choice-of-law clause is usually honoured; without one, courts look"
    " for the state with the most significant relationship (Restatement (Second) of Conflict of"
    " Laws §188)"
)


def applicable_law(setting: Setting) -> Applicable:
    """The law whose rules the engine applies to the debt, or UNKNOWN with what to check."""
    reader, client = setting.reader_place, setting.client_place
    consumer = setting.client_status is ClientStatus.CONSUMER
    if (reader is None or client is None) and setting.governing_law not in _CLAUSE_PLACES:
        return Applicable(None, Certainty.UNKNOWN, (Check.ANSWER_PLACES,), ROME_I)
    clause = _CLAUSE_PLACES.get(setting.governing_law) if setting.governing_law else None
    if clause is not None:
        state = setting.governing_us_state if clause is Place.US else None
        chosen = Jurisdiction.of(clause, state)
        checks: list[Check] = []
        if chosen is Jurisdiction.US_OTHER:
            checks.append(Check.US_STATE_UNKNOWN)
        if consumer and client is not None and client is not clause:
            # A chosen law cannot take away the protection of the consumer's own law.
            checks.append(Check.CONSUMER_PROTECTION)
        certainty = Certainty.LIKELY if checks else Certainty.CLAUSE
        return Applicable(chosen, certainty, tuple(checks), US_CONFLICT if state else ROME_I)
    if setting.governing_law is GoverningLaw.OTHER:
        return Applicable(
            None, Certainty.UNKNOWN, (Check.OUTSIDE_SCOPE, Check.LOCAL_ADVICE), ROME_I
        )
    unknown_clause = setting.governing_law in {None, GoverningLaw.UNKNOWN}
    first_check = (Check.READ_CLAUSE,) if unknown_clause else ()
    assert reader is not None
    assert client is not None
    if reader is Place.US and client is Place.US:
        reader_state = setting.reader_us_state or UsState.OTHER
        client_state = setting.client_us_state or UsState.OTHER
        own = Jurisdiction.of(Place.US, reader_state)
        if reader_state is client_state and reader_state is not UsState.OTHER:
            return Applicable(own, Certainty.DOMESTIC, first_check, US_CONFLICT)
        checks = [*first_check, Check.US_STATE_CONFLICT]
        if own is Jurisdiction.US_OTHER:
            checks.append(Check.US_STATE_UNKNOWN)
        return Applicable(own, Certainty.LIKELY, tuple(checks), US_CONFLICT)
    if reader == client and reader in _EUROPE and reader is not Place.EU_OTHER:
        return Applicable(Jurisdiction.of(reader), Certainty.DOMESTIC, first_check, ROME_I)
    if reader in _EUROPE and client in _EUROPE and reader is not Place.EU_OTHER:
        if consumer:
            # Rome I art. 6: a consumer's own law applies when the trader directs work there.
            home = Jurisdiction.of(client)
            if home is None:
                unknown = (*first_check, Check.CONSUMER_PROTECTION, Check.LOCAL_ADVICE)
                return Applicable(None, Certainty.UNKNOWN, unknown, ROME_I)
            return Applicable(
                home, Certainty.LIKELY, (*first_check, Check.CONSUMER_PROTECTION), ROME_I
            )
        return Applicable(
            Jurisdiction.of(reader), Certainty.LIKELY, (*first_check, Check.ROME_I_SERVICES), ROME_I
        )
    return Applicable(
        None, Certainty.UNKNOWN, (*first_check, Check.OUTSIDE_SCOPE, Check.LOCAL_ADVICE), ROME_I
    )
