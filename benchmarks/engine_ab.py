"""Two builds of the site beside the bare Pyodide page: does a change start the engine faster?

Each build is served by the same `pages_server` under its own subpath (`/a/`, `/b/`), the bare
page beside them. Run after run, each arm in turn gets a new browser profile and the three visits
`browser.py` makes (cold, warm, offline), timed on the page's own clock to the moment the engine
host says "ready"; the stages the worker marks (`cc:engine:<stage>`) give the import's share.
Prints medians, ranges and the ratio to the bare page, and the load average before and after;
writes JSON under results/. Nothing here asserts a speed.

Usage: .venv/bin/python benchmarks/engine_ab.py A_SITE B_SITE [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from browser import ROOT, _visits
from pages_server import BARE_PATH, PagesServer

RESULTS = Path(__file__).resolve().parent / "results"
VISITS = ("cold", "warm", "offline")


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def _import_ms(stages: dict[str, float]) -> float | None:
    """The engine's import: from the wheel unpacked to the engine imported, in ms."""
    wheel, imported = stages.get("cc:engine:wheel"), stages.get("cc:engine:import")
    return None if wheel is None or imported is None else imported - wheel


def _at(runs: list[dict[str, float]], name: str) -> float:
    return statistics.median([marks[name] for marks in runs if name in marks] or [0.0])


def _median(values: list[float | None]) -> str:
    ok = [v for v in values if v is not None]
    if not ok:
        return "failed"
    return f"{statistics.median(ok):.2f} ({min(ok):.2f}-{max(ok):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path, help="built site A (the reference)")
    parser.add_argument("b", type=Path, help="built site B (the change)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright  # noqa: PLC0415 (only when run)

    pyodide = next((args.a / "assets" / "pyodide").iterdir()).name
    server = PagesServer({"/a/": args.a, "/b/": args.b, BARE_PATH: ROOT / "benchmarks" / "bare"})
    urls = {
        "bare": f"{server.origin}{BARE_PATH}?pyodide=/a/assets/pyodide/{pyodide}/",
        "A": f"{server.origin}/a/diagnostic/",
        "B": f"{server.origin}/b/diagnostic/",
    }
    seen: dict[str, dict[str, list[float | None]]] = {
        arm: {visit: [] for visit in (*VISITS, "import")} for arm in urls
    }
    stages: dict[str, list[dict[str, float]]] = {arm: [] for arm in urls}
    loads = [_load()]
    with sync_playwright() as playwright:
        for run in range(args.runs):
            for arm, url in urls.items():
                out = _visits(playwright, server, url, answer=False)
                for visit in VISITS:
                    seen[arm][visit].append(out.get(visit))
                seen[arm]["import"].append(_import_ms(out.get("warm_stages", {})))
                stages[arm].append(out.get("warm_stages", {}))
            loads.append(_load())
            row = ", ".join(f"{arm} warm {seen[arm]['warm'][-1]}" for arm in urls)
            print(f"run {run + 1}/{args.runs}: {row}; load {loads[-1]}", flush=True)
    server.close()

    bare = {v: [x for x in seen["bare"][v] if x is not None] for v in VISITS}
    print(f"\nmedian s (min-max), ratio to bare; load average {loads[0]} → {loads[-1]}")
    for visit in VISITS:
        for arm in urls:
            ok = [x for x in seen[arm][visit] if x is not None]
            ratio = (
                f"{statistics.median(ok) / statistics.median(bare[visit]):.2f}×"
                if ok and bare[visit] and arm != "bare"
                else ""
            )
            print(f"{visit:8} {arm:5} {_median(seen[arm][visit]):24} {ratio}")
    for arm in ("A", "B"):
        print(f"import (warm) {arm}: {_median(seen[arm]['import'])} ms")
        names = sorted(
            {name for marks in stages[arm] for name in marks}, key=lambda n: _at(stages[arm], n)
        )
        print(
            "  warm stages, median ms: "
            + ", ".join(f"{n.split(':')[-1]} {_at(stages[arm], n):.0f}" for n in names)
        )
    summary: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "runs": args.runs,
        "sites": {"A": str(args.a), "B": str(args.b)},
        "load_average": loads,
        "seconds": seen,
        "warm_stages_ms": stages,
    }
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M")
    (RESULTS / f"engine-ab-{stamp}.json").write_text(json.dumps(summary, indent=1) + "\n")


if __name__ == "__main__":
    main()
