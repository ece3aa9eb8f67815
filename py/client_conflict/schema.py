"""The JSON Schema of the case file, generated from the questionnaire and the validator's limits."""

from __future__ import annotations

from typing import Any

from .case import FORMAT, LIMITS, VERSION, Actor, Category
from .questionnaire import Question, QuestionKind, questionnaire

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
    elif kind is QuestionKind.DATE:
        schema.update({**_DATE, "type": ["string", "null"]})
    else:
        limit = LIMITS.short_text if kind is QuestionKind.TEXT else LIMITS.text
        schema.update({"type": ["string", "null"], "maxLength": limit})
    return schema


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
        },
    }
