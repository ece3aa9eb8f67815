"""The engine's legal layer: which law applies, the sums it gives, its clocks and its routes.

Pure functions over typed inputs (``types``) and the data files of this package (``data``).
"""

from __future__ import annotations

from .applicable import Applicable, Certainty, Check, applicable_law
from .assess import LawAssessment, RatesUsed, assess_law
from .clocks import Clock, ClockStatus, limitation
from .routes import LawyerAdvice, LawyerReason, Route, RouteId, lawyer_advice, routes
from .sums import Basis, Note, Period, Rule, Sums, invoice_sums
from .types import (
    ClientStatus,
    Currency,
    GoverningLaw,
    Invoice,
    Jurisdiction,
    LawInputError,
    Payment,
    Place,
    Setting,
    Trader,
    UsState,
    Vat,
)

__all__ = [
    "Applicable",
    "Basis",
    "Certainty",
    "Check",
    "ClientStatus",
    "Clock",
    "ClockStatus",
    "Currency",
    "GoverningLaw",
    "Invoice",
    "Jurisdiction",
    "LawAssessment",
    "LawInputError",
    "LawyerAdvice",
    "LawyerReason",
    "Note",
    "Payment",
    "Period",
    "Place",
    "RatesUsed",
    "Route",
    "RouteId",
    "Rule",
    "Setting",
    "Sums",
    "Trader",
    "UsState",
    "Vat",
    "applicable_law",
    "assess_law",
    "invoice_sums",
    "lawyer_advice",
    "limitation",
    "routes",
]
