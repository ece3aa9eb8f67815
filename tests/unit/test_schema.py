"""The generated JSON Schema agrees with the validator."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest
from cc_helpers import EXAMPLES, make_case

from client_conflict import CaseError, case_schema, load_case
from client_conflict.questionnaire import questionnaire

_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "boolean": bool,
    "null": type(None),
}


def _is_type(value: Any, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, _TYPES[name])


def check(value: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """A small checker for the subset of JSON Schema that case_schema emits."""
    errors: list[str] = []
    if "const" in schema and value != schema["const"]:
        errors.append(f"{path}: const")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: enum")
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, n) for n in names):
            return [*errors, f"{path}: type"]
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: minimum")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{path}: maximum")
    for option in schema.get("anyOf", []):
        if not check(value, option, path):
            break
    else:
        if "anyOf" in schema:
            errors.append(f"{path}: anyOf")
    if "not" in schema and not check(value, schema["not"], path):
        errors.append(f"{path}: not")
    if "contains" in schema and not (
        isinstance(value, list) and any(not check(v, schema["contains"], path) for v in value)
    ):
        errors.append(f"{path}: contains")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            errors.append(f"{path}: minLength")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{path}: maxLength")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: pattern")
    if isinstance(value, list):
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            errors.append(f"{path}: maxItems")
        if schema.get("uniqueItems") and len({json.dumps(v) for v in value}) != len(value):
            errors.append(f"{path}: uniqueItems")
        for i, item in enumerate(value):
            errors += check(item, schema.get("items", {}), f"{path}[{i}]")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}.{key}: required")
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            errors.append(f"{path}: maxProperties")
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in props:
                errors += check(item, props[key], f"{path}.{key}")
            elif extra is False:
                errors.append(f"{path}.{key}: additionalProperties")
            elif isinstance(extra, dict):
                errors += check(item, extra, f"{path}.{key}")
    return errors


def test_schema_is_draft_2020_12_and_json():
    schema = case_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    json.dumps(schema)


def test_schema_lists_every_question():
    answers = case_schema()["properties"]["answers"]["properties"]
    ids = {q.id for s in questionnaire() for q in s.questions}
    assert set(answers) == ids


@pytest.mark.parametrize(
    "path",
    [p for p in sorted(EXAMPLES.glob("*.json")) if p.name != "v1-legacy.json"],
    ids=lambda p: p.name,
)
def test_examples_validate_against_schema(path):
    assert check(json.loads(path.read_text(encoding="utf-8")), case_schema()) == []


def test_migrated_v1_validates_against_schema():
    case = load_case((EXAMPLES / "v1-legacy.json").read_bytes())
    assert check(case.to_dict(), case_schema()) == []


MUTATIONS = [
    lambda c: c["answers"].update(stake_outcome=0),
    lambda c: c["answers"].update(stake_outcome="3"),
    lambda c: c["answers"].update(fault="nobody"),
    lambda c: c["answers"].update(sources=["payment", "payment"]),
    lambda c: c["answers"].update(revenue_share=150),
    lambda c: c["answers"].update(breach="no"),
    lambda c: c["answers"].update(unknown=1),
    lambda c: c.update(extra=True),
    lambda c: c.update(version=5),
    lambda c: c.update(id="short"),
    lambda c: c.update(id="has space in it"),
    lambda c: c["answers"].update(escalation_signs=["none", "silence"]),
    lambda c: c["invoices"].append({"currency": "CHF"}),
    lambda c: c["invoices"].append({"currency": "EUR", "amount": -1}),
    lambda c: c["invoices"].append({"currency": "EUR", "payments": [{"date": "2026-01-01"}]}),
    lambda c: c["invoices"].append({"amount": 10}),
    lambda c: c["analyses"].append({"date": "2026-01-01", "stage": 10}),
    lambda c: c["analyses"].append({"date": "2026-01-01", "tactic": "fight"}),
    lambda c: c["analyses"].append({"date": "2026-01-01", "claimable": {"CHF": 1}}),
    lambda c: c["analyses"].append({"trust": 40}),
    lambda c: c["timeline"].append({"what": "no date"}),
    lambda c: c["timeline"].append({"date": "2026-01-01", "who": "nobody"}),
    lambda c: c.update(client="x" * 201),
]


@pytest.mark.parametrize("mutate", MUTATIONS)
def test_schema_and_validator_refuse_the_same_mistakes(mutate, verdier):
    case = copy.deepcopy(verdier)
    mutate(case)
    assert check(case, case_schema()) != []
    with pytest.raises(CaseError):
        load_case(case)


def test_minimal_case_passes_both():
    case = make_case()
    assert check(case, case_schema()) == []
    load_case(case)
