"""Typed read access to a case's answers, shared by the analyses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import derived
from .case import Case, TimelineEntry
from .derived import Money, money
from .law.assess import LawAssessment
from .law.engine import case_law
from .model import Band, Reason
from .questionnaire import NONE

__all__ = ["Facts"]


@dataclass(frozen=True, slots=True)
class Facts:
    """A case seen through the questions: each accessor returns None when unanswered."""

    case: Case
    lang: str
    today: dt.date
    # Results of earlier analyses that later rules read; None until computed or if unassessed.
    trust_score: float | None = None
    trust_in_client: float | None = None
    stage: int | None = None
    balance: float | None = None
    # The legal layer's reading of the case, computed once (see ``build``); the route and the
    # small stake below are decided from it once too.
    law: LawAssessment | None = None
    legal: bool = False
    legal_reasons: tuple[Reason, ...] = ()
    stake_small: bool = False

    @classmethod
    def build(cls, case: Case, lang: str, today: dt.date) -> Facts:
        """The facts of a case, with the facts derived from its answers alone."""
        plain = cls(case, lang, today, law=case_law(case, today))
        legal, reasons = derived.legal_route(plain)
        small = derived.small_stake(plain)
        return cls(
            case,
            lang,
            today,
            law=plain.law,
            legal=legal,
            legal_reasons=reasons,
            stake_small=small,
        )

    @property
    def legal_reading(self) -> LawAssessment:
        """The legal layer's reading of the case (computed here if the facts were not built)."""
        return self.law if self.law is not None else case_law(self.case, self.today)

    @property
    def client_breached(self) -> bool:
        """Whether the client broke a contractual commitment (see ``derived.breach_side``)."""
        return derived.client_breached(self)

    @property
    def breach_side(self) -> str | None:
        """Who broke a commitment: client, me, both, unknown, or None without a breach."""
        return derived.breach_side(self)

    @property
    def approval_disputed(self) -> TimelineEntry | None:
        """The client's written approval a quality complaint goes against (see
        ``derived.approval_disputed``), or None."""
        return derived.approval_disputed(self)

    @property
    def disputed_claimed(self) -> bool:
        """Whether the disputed part is claimed with the rest (see ``derived.disputed_claimed``)."""
        return derived.disputed_claimed(self.case)

    @property
    def small_stake(self) -> bool:
        """Whether the money at stake is too small to pay for a lawyer (decided in ``build``)."""
        return self.stake_small if self.law is not None else derived.small_stake(self)

    @property
    def own_stake(self) -> str | None:
        """How much the outcome matters to the reader: high, mid, low (None if unanswered)."""
        return derived.stake_band(self.scale("stake_outcome"))

    @property
    def rel_stake(self) -> str | None:
        """How much the relationship matters to the reader: high, mid, low."""
        return derived.stake_band(self.scale("stake_relationship"))

    @property
    def trust_band(self) -> Band | None:
        """The band of the client's trust in the reader, once trust is scored."""
        return derived.trust_band(self.trust_score)

    @property
    def money(self) -> Money | None:
        """What the invoices say the client still owes (None without invoices)."""
        return money(self.case)

    def owed(self) -> float:
        """The amount still owed in the main currency (0 when unknown)."""
        found = self.money
        return 0 if found is None or found.owed is None else found.owed

    def disputed(self) -> float:
        """The part of the invoices the client disputes, in the main currency."""
        found = self.money
        return 0 if found is None else found.disputed

    def currency(self) -> str:
        """The currency of the invoices that carry most of the debt (EUR without invoices)."""
        found = self.money
        return "EUR" if found is None else found.currency

    def answered(self, question_id: str) -> bool:
        """Whether the question has an answer."""
        return question_id in self.case.answers

    def scale(self, question_id: str) -> int | None:
        """The 1-5 answer of a SCALE question."""
        value = self.case.answers.get(question_id)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def number(self, question_id: str) -> float | None:
        """The answer of a NUMBER question."""
        value = self.case.answers.get(question_id)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return float(value)

    def days_until(self, question_id: str) -> int | None:
        """Days from today to the date answered to a DATE question; None if unanswered or past."""
        value = self.case.answers.get(question_id)
        if not isinstance(value, str):
            return None
        days = (dt.date.fromisoformat(value) - self.today).days
        return days if days >= 0 else None

    def choice(self, question_id: str) -> str | None:
        """The option chosen for a CHOICE question."""
        value = self.case.answers.get(question_id)
        return value if isinstance(value, str) else None

    def yes(self, question_id: str) -> bool:
        """Whether a YESNO question was answered yes (unanswered counts as no)."""
        return self.case.answers.get(question_id) is True

    def no(self, question_id: str) -> bool:
        """Whether a YESNO question was answered no (unanswered counts as not no)."""
        return self.case.answers.get(question_id) is False

    def ticked(self, question_id: str) -> tuple[str, ...]:
        """The options ticked for a MULTI question (empty when unanswered or "none of these")."""
        value = self.case.answers.get(question_id)
        return tuple(v for v in value if v != NONE) if isinstance(value, tuple) else ()

    def has(self, question_id: str, option: str) -> bool:
        """Whether ``option`` is ticked for a MULTI question."""
        return option in self.ticked(question_id)

    def at_least(self, question_id: str, threshold: int) -> bool:
        """Whether a SCALE answer is at least ``threshold``."""
        value = self.scale(question_id)
        return value is not None and value >= threshold

    def at_most(self, question_id: str, threshold: int) -> bool:
        """Whether a SCALE answer is at most ``threshold``."""
        value = self.scale(question_id)
        return value is not None and value <= threshold
