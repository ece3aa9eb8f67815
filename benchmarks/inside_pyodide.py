"""Runs inside Pyodide (see benchmarks/pyodide_bench.mjs): times the engine on every sample case."""

import json
import time

from client_conflict import browser

request = json.loads(ARG)  # noqa: F821  # set by the runner
timings = {}
for name, text in request["cases"].items():
    runs = []
    for _ in range(request["repeat"]):
        start = time.perf_counter()
        browser.evaluate(text, "fr", request["today"], "/")
        runs.append(time.perf_counter() - start)
    timings[name] = runs
print(json.dumps(timings))
