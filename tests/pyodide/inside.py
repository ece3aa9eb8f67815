"""Runs inside Pyodide (see run.mjs): the engine's answers for every input ARG names, as JSON.

ARG is a JSON object {"today": "YYYY-MM-DD", "cases": {"name": "<case JSON text>"}}; for each
case and language this prints the browser entry point's answer, so the test can compare it with
CPython's, byte for byte.
"""

import json
import sys

import client_conflict
from client_conflict import browser

request = json.loads(ARG)  # noqa: F821  # set by run.mjs
out = {
    "python": sys.version.split()[0],
    "platform": sys.platform,
    "version": client_conflict.__version__,
    "answers": {
        f"{name}/{lang}": browser.evaluate(text, lang, request["today"], "/site/")
        for name, text in request["cases"].items()
        for lang in ("fr", "en")
    },
    "schema": client_conflict.case_schema(),
    "questions": [q.id for s in client_conflict.questionnaire() for q in s.questions],
}
print(json.dumps(out))
