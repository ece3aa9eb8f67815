"""Closed sets and small value types shared by every analysis."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

__all__ = [
    "Balance",
    "Band",
    "ConflictType",
    "Decision",
    "Level",
    "Reason",
    "Style",
    "ThirdParty",
    "Trend",
]


class Style(enum.Enum):
    """The five conflict-handling styles of the dual concern model."""

    COLLABORATE = "collaborate"
    COMPROMISE = "compromise"
    ACCOMMODATE = "accommodate"
    COMPETE = "compete"
    AVOID = "avoid"


class ConflictType(enum.Enum):
    """The five kinds of conflict of Moore's circle of conflict."""

    DATA = "data"
    RELATIONSHIP = "relationship"
    VALUE = "value"
    STRUCTURAL = "structural"
    INTEREST = "interest"


class Band(enum.Enum):
    """Bands of the 0-100 trust score."""

    LOW = "low"
    FRAGILE = "fragile"
    SOLID = "solid"
    STRONG = "strong"


class Balance(enum.Enum):
    """Deutsch's reading of a relationship: which process dominates."""

    COOPERATIVE = "cooperative"
    MIXED = "mixed"
    COMPETITIVE = "competitive"


class Level(enum.Enum):
    """Glasl's three levels of escalation."""

    WIN_WIN = "win_win"
    WIN_LOSE = "win_lose"
    LOSE_LOSE = "lose_lose"


class ThirdParty(enum.Enum):
    """Which outside help fits the escalation, from none to the courts."""

    SELF_HELP = "self_help"
    FACILITATION = "facilitation"
    MEDIATION = "mediation"
    ARBITRATION = "arbitration"
    LEGAL = "legal"


class Decision(enum.Enum):
    """What to do with the relationship itself."""

    CONTINUE = "continue"
    RENEGOTIATE = "renegotiate"
    EXIT = "exit"


class Trend(enum.Enum):
    """Whether incidents are coming closer together or further apart."""

    ESCALATING = "escalating"
    STEADY = "steady"
    CALMING = "calming"


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason behind a result: a stable code, its sentence, and its weight if it scores."""

    code: str
    text: str
    weight: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return the reason as JSON-ready data."""
        return {"code": self.code, "text": self.text, "weight": self.weight}
