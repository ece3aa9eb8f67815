"""Which law applies: the clause, the parties' places, the consumer's protection."""

from __future__ import annotations

import pytest

from client_conflict.law import (
    Certainty,
    Check,
    ClientStatus,
    GoverningLaw,
    Jurisdiction,
    Place,
    Setting,
    UsState,
    applicable_law,
)


def test_same_place_is_domestic():
    found = applicable_law(
        Setting(reader_place=Place.FR, client_place=Place.FR, governing_law=GoverningLaw.NONE)
    )
    assert (found.jurisdiction, found.certainty, found.checks) == (
        Jurisdiction.FR,
        Certainty.DOMESTIC,
        (),
    )


def test_unknown_clause_asks_to_read_the_contract():
    found = applicable_law(Setting(reader_place=Place.SCOTLAND, client_place=Place.SCOTLAND))
    assert found.jurisdiction is Jurisdiction.SCOTLAND
    assert Check.READ_CLAUSE in found.checks


def test_clause_wins():
    setting = Setting(
        reader_place=Place.FR,
        client_place=Place.ENGLAND_WALES,
        governing_law=GoverningLaw.ENGLAND_WALES,
    )
    found = applicable_law(setting)
    assert (found.jurisdiction, found.certainty) == (Jurisdiction.ENGLAND_WALES, Certainty.CLAUSE)


def test_cross_border_services_without_clause_is_the_providers_law_likely_not_certain():
    # Rome I art. 4(1)(b): a contract for services is governed by the provider's habitual
    # residence. Likely, not certain: art. 4(3) allows a manifestly closer connection.
    setting = Setting(
        reader_place=Place.FR,
        client_place=Place.EU_OTHER,
        governing_law=GoverningLaw.NONE,
        client_status=ClientStatus.COMPANY,
    )
    found = applicable_law(setting)
    assert (found.jurisdiction, found.certainty) == (Jurisdiction.FR, Certainty.LIKELY)
    assert Check.ROME_I_SERVICES in found.checks


def test_consumer_abroad_keeps_their_own_law():
    setting = Setting(
        reader_place=Place.FR,
        client_place=Place.ENGLAND_WALES,
        governing_law=GoverningLaw.FR,
        client_status=ClientStatus.CONSUMER,
    )
    found = applicable_law(setting)
    assert found.certainty is Certainty.LIKELY
    assert Check.CONSUMER_PROTECTION in found.checks


@pytest.mark.parametrize(
    "setting",
    [
        Setting(),
        Setting(reader_place=Place.FR, client_place=Place.US, governing_law=GoverningLaw.NONE),
        Setting(reader_place=Place.OTHER, client_place=Place.FR),
        Setting(reader_place=Place.FR, client_place=Place.FR, governing_law=GoverningLaw.OTHER),
    ],
)
def test_cannot_tell(setting):
    found = applicable_law(setting)
    assert found.jurisdiction is None
    assert found.certainty is Certainty.UNKNOWN
    assert found.checks


def test_us_states():
    same = Setting(
        reader_place=Place.US,
        reader_us_state=UsState.NY,
        client_place=Place.US,
        client_us_state=UsState.NY,
        governing_law=GoverningLaw.NONE,
    )
    assert applicable_law(same).jurisdiction is Jurisdiction.US_NY
    other = Setting(
        reader_place=Place.US,
        reader_us_state=UsState.CA,
        client_place=Place.US,
        client_us_state=UsState.TX,
        governing_law=GoverningLaw.NONE,
    )
    found = applicable_law(other)
    assert (found.jurisdiction, found.certainty) == (Jurisdiction.US_CA, Certainty.LIKELY)
    assert Check.US_STATE_CONFLICT in found.checks
    clause = Setting(
        reader_place=Place.US,
        client_place=Place.US,
        governing_law=GoverningLaw.US,
        governing_us_state=UsState.OTHER,
    )
    assert Check.US_STATE_UNKNOWN in applicable_law(clause).checks
