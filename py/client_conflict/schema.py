"""The JSON Schema of the case file, generated from the questionnaire and the validator's limits."""

from __future__ import annotations

from typing import Any

from .case import (
    ANALYSIS_DECISIONS,
    ANALYSIS_TACTICS,
    CURRENCIES,
    FORMAT,
    LIMITS,
    VAT_STATUSES,
    VERSION,
    Actor,
    Category,
)
from .questionnaire import NONE, Question, QuestionKind, questionnaire

__all__ = ["case_schema"]

_DATE = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}


def _answer_schema(question: Question) -> dict[str, Any]:
    kind = question.kind
    schema: dict[str, Any] = {"title": question.label["en"]}
    if question.help:
        schema["description"] = question.help["en"]
    values = [option.value for option in question.options]
    if kind is QuestionKind.SCALE:
        schema.update({"type": ["integer", "null"], "minimum": 1, "maximum": 5})
    elif kind is QuestionKind.YESNO:
        schema["type"] = ["boolean", "null"]
    elif kind is QuestionKind.NUMBER:
        schema["type"] = ["number", "null"]
        if question.minimum is not None:
            schema["minimum"] = question.minimum
        if question.maximum is not None:
            schema["maximum"] = question.maximum
    elif kind is QuestionKind.CHOICE:
        schema["enum"] = [*values, None]
    elif kind is QuestionKind.MULTI:
        schema.update(
            {
                "type": ["array", "null"],
                "items": {"enum": values},
                "uniqueItems": True,
                "maxItems": len(values),
            }
        )
        if NONE in values:
            # "None of these" is ticked alone.
            schema["anyOf"] = [{"maxItems": 1}, {"not": {"contains": {"const": NONE}}}]
    elif kind is QuestionKind.DATE:
        schema.update({**_DATE, "type": ["string", "null"]})
    else:
        limit = LIMITS.short_text if kind is QuestionKind.TEXT else LIMITS.text
        schema.update({"type": ["string", "null"], "maxLength": limit})
    return schema


def _amount(nullable: bool) -> dict[str, Any]:
    kind: Any = ["number", "null"] if nullable else "number"
    return {"type": kind, "minimum": 0, "maximum": LIMITS.amount}


def _nullable_date() -> dict[str, Any]:
    return {**_DATE, "type": ["string", "null"]}


def _invoice_schema() -> dict[str, Any]:
    payment = {
        "type": "object",
        "required": ["date", "amount"],
        "additionalProperties": False,
        "properties": {"date": dict(_DATE), "amount": _amount(False)},
    }
    return {
        "type": "object",
        "required": ["currency"],
        "additionalProperties": False,
        "properties": {
            "number": {"type": ["string", "null"], "maxLength": LIMITS.invoice_number},
            "issued": _nullable_date(),
            "due": _nullable_date(),
            "currency": {"enum": list(CURRENCIES)},
            "amount": {**_amount(True), "description": "Including tax: what the client owes."},
            "amount_excl_tax": {**_amount(True), "description": "Before tax."},
            "vat": {"enum": list(VAT_STATUSES)},
            "payments": {"type": "array", "maxItems": LIMITS.payments, "items": payment},
            "disputed": _amount(False),
        },
    }


def _analysis_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["date"],
        "additionalProperties": False,
        "properties": {
            "date": dict(_DATE),
            "trust": {"type": ["integer", "null"], "minimum": 0, "maximum": LIMITS.trust},
            "stage": {"type": ["integer", "null"], "minimum": 1, "maximum": LIMITS.stages},
            "tactic": {"enum": [*ANALYSIS_TACTICS, None]},
            "decision": {"enum": [*ANALYSIS_DECISIONS, None]},
            "route": {"type": ["string", "null"], "maxLength": LIMITS.route},
            "claimable": {
                "type": ["object", "null"],
                "additionalProperties": False,
                "properties": {currency: _amount(False) for currency in CURRENCIES},
            },
        },
    }


def case_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of a current case file."""
    answers = {q.id: _answer_schema(q) for section in questionnaire() for q in section.questions}
    entry = {
        "type": "object",
        "required": ["date"],
        "additionalProperties": False,
        "properties": {
            "date": dict(_DATE),
            "what": {"type": "string", "maxLength": LIMITS.text},
            "category": {"enum": [c.value for c in Category]},
            "who": {"enum": [a.value for a in Actor]},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://client-conflict.invalid/case.schema.json",
        "title": "Client conflict case",
        "description": "One case file per client, as saved by the field guide's diagnostic.",
        "type": "object",
        "required": ["format", "version"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "id": {
                "type": "string",
                "minLength": LIMITS.id_min,
                "maxLength": LIMITS.id_max,
                "pattern": r"^[A-Za-z0-9_-]+$",
            },
            "client": {"type": "string", "maxLength": LIMITS.client},
            "created": dict(_DATE),
            "updated": dict(_DATE),
            "narrative": {"type": "string", "maxLength": LIMITS.text},
            "timeline": {"type": "array", "maxItems": LIMITS.timeline, "items": entry},
            "answers": {"type": "object", "additionalProperties": False, "properties": answers},
            "checklists": {
                "type": "object",
                "maxProperties": LIMITS.checklist_pages,
                "additionalProperties": {
                    "type": "array",
                    "maxItems": LIMITS.checklist_items,
                    "items": {"type": "string", "maxLength": LIMITS.checklist_key},
                },
            },
            "invoices": {"type": "array", "maxItems": LIMITS.invoices, "items": _invoice_schema()},
            "analyses": {
                "type": "array",
                "maxItems": LIMITS.analyses,
                "items": _analysis_schema(),
            },
        },
    }
