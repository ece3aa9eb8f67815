"""Collects the answer records of every story."""

from __future__ import annotations

from p_accommodate import CASES as ACCOMMODATE
from p_avoid import CASES as AVOID
from p_collaborate import CASES as COLLABORATE
from p_compete import CASES as COMPETE
from p_compromise import CASES as COMPROMISE
from p_extra import CASES as EXTRA

CASES = sorted(
    [*COLLABORATE, *COMPROMISE, *ACCOMMODATE, *COMPETE, *AVOID, *EXTRA], key=lambda c: str(c["id"])
)
