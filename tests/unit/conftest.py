"""Fixtures of the engine's unit tests."""

from __future__ import annotations

from typing import Any

import pytest

from client_conflict import example_case


@pytest.fixture
def verdier() -> dict[str, Any]:
    """The guide's running example, Léa and Maison Verdier, in French."""
    return example_case("fr")
