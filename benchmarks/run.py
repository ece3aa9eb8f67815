"""Benchmark of the diagnostic engine: CPython and Pyodide side by side, in one run.

It measures what a reader waits for: starting Pyodide and loading the wheel (once per page), then
one full evaluation of a case (JSON in, assessment, HTML and Markdown out). Each evaluation runs
REPEAT times on both interpreters; the report gives medians and the Pyodide/CPython ratio, which
is what stays meaningful on a shared, noisy machine. Nothing here asserts a speed.

Usage: make bench   (or: .venv/bin/python benchmarks/run.py [--repeat N] [--starts N])
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "py"))

from client_conflict import browser  # noqa: E402

TODAY = "2026-11-27"


def _wheel(out: Path) -> Path:
    """Build the wheel exactly as the site build does, with the build hook's own function."""
    spec = importlib.util.spec_from_file_location(
        "engine_assets", ROOT / "overrides" / "hooks" / "engine_assets.py"
    )
    assert spec is not None
    assert spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = hook  # its dataclasses look their module up there
    spec.loader.exec_module(hook)
    wheel: Path = hook.build_wheel(out)
    return wheel


def _cpython(cases: dict[str, str], repeat: int) -> dict[str, list[float]]:
    timings: dict[str, list[float]] = {}
    for name, text in cases.items():
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            browser.evaluate(text, "fr", TODAY, "/")
            runs.append(time.perf_counter() - start)
        timings[name] = runs
    return timings


def _pyodide(wheel: Path, cases: dict[str, str], repeat: int) -> dict[str, object]:
    arg = wheel.with_name("request.json")
    arg.write_text(json.dumps({"cases": cases, "repeat": repeat, "today": TODAY}), encoding="utf-8")
    done = subprocess.run(
        [
            "node",
            str(ROOT / "benchmarks" / "pyodide_bench.mjs"),
            str(wheel),
            str(ROOT / "benchmarks" / "inside_pyodide.py"),
            str(arg),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"Pyodide run failed:\n{done.stderr[-2000:]}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="evaluations per case (default 30)")
    parser.add_argument("--starts", type=int, default=3, help="Pyodide cold starts (default 3)")
    args = parser.parse_args()

    cases = {
        p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.json"))
    }
    with tempfile.TemporaryDirectory() as tmp:
        wheel = _wheel(Path(tmp))
        print(f"wheel: {wheel.name}, {wheel.stat().st_size / 1024:.1f} KiB")
        runs = [_pyodide(wheel, cases, args.repeat) for _ in range(args.starts)]
    cpython = _cpython(cases, args.repeat)

    starts = [float(run["start_pyodide"]) for run in runs]  # type: ignore[arg-type]
    loads = [float(run["load_engine"]) for run in runs]  # type: ignore[arg-type]

    def spread(values: list[float]) -> str:
        low, high = _ms(min(values)).strip(), _ms(max(values)).strip()
        return f"{_ms(statistics.median(values))}  ({low} to {high})"

    print(f"\nPyodide under Node, {args.starts} cold starts: median (min to max)")
    print(f"  start Pyodide        {spread(starts)}")
    print(f"  load the engine      {spread(loads)}")
    runs_each = f"{args.repeat * args.starts} runs on Pyodide, {args.repeat} on CPython"
    print(f"\nOne evaluation: median of {runs_each}")
    print(f"  {'case':<18}{'CPython':>12}{'Pyodide':>12}{'ratio':>8}")
    ratios = []
    for name in cases:
        py = statistics.median(cpython[name])
        pyo = statistics.median([t for run in runs for t in run["evaluate"][name]])  # type: ignore[index]
        ratios.append(pyo / py)
        print(f"  {name:<18}{_ms(py):>12}{_ms(pyo):>12}{pyo / py:>7.1f}x")
    print(f"\nmedian ratio Pyodide/CPython: {statistics.median(ratios):.1f}x")


if __name__ == "__main__":
    main()
