"""Lighthouse on two builds of the site, side by side: a quick A/B for one change.

Each build is served by its own `pages_server.PagesServer` (as GitHub Pages serves it, under the
same subpath); Lighthouse 12.2.3 (mobile profile, the system's Chromium, as in `browser.py`)
audits each page of each build in turn, run after run, so both builds see the same load. Prints
the medians per build and the ratio, writes the JSON under benchmarks/results/. It asserts
nothing: on a loaded machine, read the medians side by side, not the absolute values.

Usage: .venv/bin/python benchmarks/lighthouse_ab.py A_SITE B_SITE [--runs 3] [--page PATH ...]
(A_SITE, B_SITE: built sites, e.g. `mkdocs build --site-dir /tmp/a` on each commit.)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from browser import _lighthouse
from pages_server import SUBPATH, PagesServer

RESULTS = Path(__file__).resolve().parent / "results"
METRICS = ("performance", "accessibility", "total-blocking-time", "largest-contentful-paint")


def _load() -> str:
    try:
        return " ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--page", action="append", help="a path below the site (default: two)")
    args = parser.parse_args()
    pages = args.page or ["", "steps/1-describe/"]
    servers = {"A": PagesServer({SUBPATH: args.a}), "B": PagesServer({SUBPATH: args.b})}
    seen: dict[str, dict[str, list[dict[str, Any]]]] = {p: {"A": [], "B": []} for p in pages}
    loads = [_load()]
    with tempfile.TemporaryDirectory(prefix="cc-lh-") as tmp:
        for run in range(args.runs):
            for page in pages:
                for name, server in servers.items():  # side by side, run after run
                    out = Path(tmp) / f"{run}-{name}.json"
                    seen[page][name].append(_lighthouse(server.origin + SUBPATH + page, out))
            loads.append(_load())
            print(f"run {run + 1}/{args.runs} done, load average {loads[-1]}", flush=True)
    for server in servers.values():
        server.close()
    summary: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "a": str(args.a),
        "b": str(args.b),
        "runs": args.runs,
        "load_average": loads,
        "pages": {},
    }
    for page, by in seen.items():
        row: dict[str, Any] = {}
        for metric in METRICS:
            a = [r[metric] for r in by["A"] if metric in r]
            b = [r[metric] for r in by["B"] if metric in r]
            if a and b:
                ma, mb = statistics.median(a), statistics.median(b)
                row[metric] = {"A": ma, "B": mb, "A_runs": a, "B_runs": b}
                ratio = f"{mb / ma:.2f}×" if ma else "-"
                print(f"{page or 'home':20} {metric:26} A {ma:8.0f}  B {mb:8.0f}  B/A {ratio}")
        row["failed_audits_B"] = sorted({x for r in by["B"] for x in r.get("failed_audits", [])})
        summary["pages"][page or "home"] = row
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M")
    (RESULTS / f"lighthouse-ab-{stamp}.json").write_text(json.dumps(summary, indent=1) + "\n")


if __name__ == "__main__":
    main()
