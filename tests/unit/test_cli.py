"""The command line: success paths, and one line plus status 2 for every bad input."""

from __future__ import annotations

import json

import pytest
from cc_helpers import EXAMPLES, ROOT, run_cli

LATE = str(EXAMPLES / "late-payment.json")


@pytest.mark.parametrize("fmt", ["md", "html", "json", "text"])
def test_report_formats(fmt):
    result = run_cli("report", LATE, "--lang", "en", "--format", fmt, "--today", "2026-09-14")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
    if fmt == "json":
        assert json.loads(result.stdout)["tactic"]["recommended"] == "compete"


def test_report_reads_stdin():
    data = (EXAMPLES / "scope-creep.json").read_bytes()
    result = run_cli("report", "-", "--lang", "fr", "--today", "2026-09-14", stdin=data)
    assert result.returncode == 0
    assert "Collaborer" in result.stdout.decode()


def test_validate_schema_example():
    valid = run_cli("validate", str(EXAMPLES / "v1-legacy.json"))
    assert valid.returncode == 0
    assert valid.stdout.decode().startswith("OK")
    schema = run_cli("schema")
    assert json.loads(schema.stdout)["$schema"].endswith("2020-12/schema")
    example = run_cli("example", "--lang", "en")
    assert json.loads(example.stdout)["client"] == "Maison Verdier"


def _case(**changes) -> bytes:
    case = {"format": "client-conflict-case", "version": 2, "answers": {}}
    case.update(changes)
    return json.dumps(case).encode()


BAD_INPUTS = [
    ("missing file", ["report", str(ROOT / "nope.json")], None),
    ("not json", ["report", "-"], b"{oops"),
    ("not utf-8", ["report", "-"], b'{"client": "\xe9"}'),
    ("top-level list", ["validate", "-"], b"[1, 2, 3]"),
    ("foreign format", ["validate", "-"], b'{"format": "other", "version": 1}'),
    ("newer version", ["validate", "-"], _case(version=5)),
    ("wrong type", ["validate", "-"], _case(answers={"stake_outcome": "high"})),
    ("out of range", ["validate", "-"], _case(answers={"stake_outcome": 12})),
    ("unknown question", ["validate", "-"], _case(answers={"mood": 3})),
    (
        "NaN",
        ["validate", "-"],
        b'{"format": "client-conflict-case", "version": 2, "answers": {"amount_owed": NaN}}',
    ),
    ("impossible date", ["validate", "-"], _case(created="2026-02-30")),
    ("far future", ["validate", "-"], _case(timeline=[{"date": "2199-01-01"}])),
    ("too large", ["validate", "-"], b" " * (1_048_576 + 10)),
    ("too deep", ["validate", "-"], b"[" * 200_000),
    ("too many entries", ["validate", "-"], _case(timeline=[{"date": "2026-01-01"}] * 501)),
    ("long text", ["validate", "-"], _case(narrative="x" * 10_001)),
    ("bad --today", ["report", LATE, "--today", "2026-13-01"], None),
    ("bad --lang", ["report", LATE, "--lang", "de"], None),
    ("bad --format", ["report", LATE, "--format", "pdf"], None),
    ("no command", [], None),
    ("unknown command", ["frobnicate"], None),
]


@pytest.mark.parametrize(("label", "args", "stdin"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_gives_one_line_and_status_2(label, args, stdin):
    result = run_cli(*args, stdin=stdin)
    err = result.stderr.decode()
    assert result.returncode == 2, (label, err)
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert result.stdout == b""


def test_errors_follow_lang():
    result = run_cli("report", "-", "--lang", "fr", stdin=_case(answers={"stake_outcome": 12}))
    assert result.stderr.decode().startswith("Le champ « answers.stake_outcome »")
    english = run_cli("report", "-", stdin=_case(answers={"stake_outcome": 12}))
    assert english.stderr.decode().startswith("The field “answers.stake_outcome”")
