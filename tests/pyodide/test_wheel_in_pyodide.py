"""The built wheel, imported and run inside real Pyodide (Python 3.14) under Node.

Every sample case, and a corpus of bad input, goes through the browser's entry point in Pyodide
and on CPython; the answers must be identical, so the browser shows what the CLI prints.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from client_conflict import browser, case_schema, questionnaire

pytestmark = pytest.mark.pyodide

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
TODAY = "2026-11-27"
BAD_INPUT = {
    "not-json": "{not json",
    "wrong-top-level": "[1, 2, 3]",
    "foreign-format": json.dumps({"format": "something-else", "version": 1}),
    "newer-version": json.dumps({"format": "client-conflict-case", "version": 999}),
    "nan": '{"format": "client-conflict-case", "version": 2, "client": "x", "answers": {"x": NaN}}',
    "deep": "[" * 5000 + "]" * 5000,
}


@pytest.fixture(scope="module")
def pyodide_answers(built_site: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    wheels = list((built_site / "assets" / "engine").glob("*/client_conflict-*.whl"))
    assert len(wheels) == 1, wheels
    cases = {
        p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.json"))
    }
    assert len(cases) >= 4
    cases.update(BAD_INPUT)
    request = tmp_path_factory.mktemp("pyodide") / "request.json"
    request.write_text(json.dumps({"today": TODAY, "cases": cases}), encoding="utf-8")
    done = subprocess.run(
        ["node", str(HERE / "run.mjs"), str(wheels[0]), str(HERE / "inside.py"), str(request)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["cases"] = cases
    return result


def test_runs_on_pyodides_own_python(pyodide_answers: dict[str, Any]) -> None:
    assert pyodide_answers["platform"] == "emscripten"
    assert pyodide_answers["python"].startswith("3.")


def test_every_answer_matches_cpython(pyodide_answers: dict[str, Any]) -> None:
    for key, answer in pyodide_answers["answers"].items():
        name, lang = key.split("/")
        expected = browser.evaluate(pyodide_answers["cases"][name], lang, TODAY, "/site/")
        assert json.loads(answer) == json.loads(expected), key


def test_samples_assess_and_bad_input_is_refused(pyodide_answers: dict[str, Any]) -> None:
    for key, answer in pyodide_answers["answers"].items():
        name = key.split("/")[0]
        parsed = json.loads(answer)
        if name in BAD_INPUT:
            assert parsed["ok"] is False, key
            assert parsed["error"]["message"], key
            assert parsed["error"]["code"] != "internal", key
        else:
            assert parsed["ok"] is True, (key, parsed.get("error"))
            assessment = parsed["assessment"]
            assert parsed["html"].startswith("<")
            assert assessment["tactic"]["recommended"] in {
                "collaborate",
                "compromise",
                "accommodate",
                "compete",
                "avoid",
            }


def test_schema_and_questionnaire_are_the_same(pyodide_answers: dict[str, Any]) -> None:
    assert pyodide_answers["schema"] == case_schema()
    assert pyodide_answers["questions"] == [q.id for s in questionnaire() for q in s.questions]


def test_the_engine_brings_in_little_of_the_standard_library(
    pyodide_answers: dict[str, Any],
) -> None:
    # Pyodide's standard library ships as source: each module it has not loaded yet is compiled on
    # every start. `html`, `urllib.parse` (with `ipaddress`), `calendar` and `importlib.resources`
    # cost about 130 ms together in Pyodide under Node; the engine writes the few lines it used.
    allowed = {"datetime", "decimal", "numbers", "hashlib"}
    assert set(pyodide_answers["stdlib_imported"]) <= allowed
