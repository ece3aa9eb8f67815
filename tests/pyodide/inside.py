"""Runs inside Pyodide (see run.mjs): the engine's answers for every input ARG names, as JSON.

ARG is a JSON object {"today": "YYYY-MM-DD", "cases": {"name": "<case JSON text>"}}; for each
case and language this prints the browser entry point's answer, so the test can compare it with
CPython's, byte for byte.
"""

import json
import sys

already = set(sys.modules)
import client_conflict  # noqa: E402
from client_conflict import browser  # noqa: E402

# The standard library modules the engine's import brought in that Pyodide had not loaded: each
# one is compiled from source on every visit (Pyodide's standard library ships no bytecode).
stdlib_imported = sorted(
    name
    for name in set(sys.modules) - already
    if not name.startswith("client_conflict")
    and str(getattr(sys.modules[name], "__file__", "") or "").endswith(".py")
)

request = json.loads(ARG)  # noqa: F821  # set by run.mjs
out = {
    "python": sys.version.split()[0],
    "platform": sys.platform,
    "version": client_conflict.__version__,
    "stdlib_imported": stdlib_imported,
    "answers": {
        f"{name}/{lang}": browser.evaluate(text, lang, request["today"], "/site/")
        for name, text in request["cases"].items()
        for lang in ("fr", "en")
    },
    "schema": client_conflict.case_schema(),
    "questions": [q.id for s in client_conflict.questionnaire() for q in s.questions],
}
print(json.dumps(out))
