"""Does Material's search slow the diagnostic's warm start? One A/B, side by side in one run.

Each run is a new browser profile per arm: a first visit of the diagnostic (the engine starts, the
service worker caches it), then the warm visit, timed on the page's own clock to the moment the
engine host says "ready" (as in `browser.py`). The arms, in turn, run after run:

- ``bare``: the bare Pyodide page (`bare/`), the reference;
- ``site``: the diagnostic as it is;
- ``no-worker``: the same, but Material's search worker is never started (its `Worker` is a
  stand-in that does nothing); Material still downloads and parses the search index;
- ``no-search``: neither the search worker nor the index download.

The blocking is done in the page (an init script), not by routing requests: Playwright's routing
turns the HTTP cache off, and a warm start is about that cache. Prints medians, ranges and the
ratio to the bare page, and the load average before and after; writes JSON under results/.

Usage: .venv/bin/python benchmarks/search_ab.py [--runs 5] [--site DIR] [--arm NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    ROOT,
    WATCH_ENGINE,
    _engine_ready,
    _wait_engine_cached,
    build_site,
)
from pages_server import BARE_PATH, SUBPATH, PagesServer

RESULTS = Path(__file__).resolve().parent / "results"
NO_WORKER = """
(() => {
  const RealWorker = window.Worker;
  class Idle extends EventTarget {
    postMessage() {}
    terminate() {}
  }
  window.Worker = function Worker(url, options) {
    if (String(url).includes("/workers/search.")) return new Idle();
    return new RealWorker(url, options);
  };
})();
"""
NO_INDEX = """
(() => {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (String(url).includes("search_index.json")) url = "data:application/json,{}";
    return open.call(this, method, url, ...rest);
  };
})();
"""
ARMS = {"bare": "", "site": "", "no-worker": NO_WORKER, "no-search": NO_WORKER + NO_INDEX}


def _s(value: float | None) -> str:
    return "failed" if value is None else f"{value:.2f} s"


def _load() -> list[float]:
    return [round(v, 1) for v in os.getloadavg()]


def _warm(playwright: Any, url: str, blocker: str, site: bool) -> tuple[float | None, dict]:
    profile = Path(tempfile.mkdtemp(prefix="cc-search-ab-"))
    try:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        context.add_init_script(WATCH_ENGINE + blocker)
        page = context.new_page()
        _engine_ready(page, url)  # the first visit fills the caches
        page.wait_for_timeout(1500)
        if site:
            _wait_engine_cached(page)
        page.close()
        page = context.new_page()
        warm, stages = _engine_ready(page, url)
        page.close()
        context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return warm, stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--arm", action="append", choices=list(ARMS), help="default: all four")
    args = parser.parse_args()
    arms = {arm: ARMS[arm] for arm in (args.arm or ARMS)}

    from playwright.sync_api import sync_playwright  # noqa: PLC0415 (only when run)

    tmp = Path(tempfile.mkdtemp(prefix="cc-search-ab-site-"))
    try:
        site = args.site or tmp / "site"
        if not args.site:
            build_site(site)
        pyodide = next((site / "assets" / "pyodide").iterdir()).name
        server = PagesServer({SUBPATH: site, BARE_PATH: ROOT / "benchmarks" / "bare"})
        bare_url = f"{server.origin}{BARE_PATH}?pyodide={SUBPATH}assets/pyodide/{pyodide}/"
        diag_url = f"{server.origin}{SUBPATH}diagnostic/"
        seen: dict[str, list[float | None]] = {arm: [] for arm in arms}
        stages: dict[str, list[dict]] = {arm: [] for arm in arms}
        loads = [_load()]
        with sync_playwright() as playwright:
            for run in range(args.runs):
                for arm, blocker in arms.items():
                    url = bare_url if arm == "bare" else diag_url
                    warm, marks = _warm(playwright, url, blocker, site=arm != "bare")
                    seen[arm].append(warm)
                    stages[arm].append(marks)
                loads.append(_load())
                row = ", ".join(f"{arm} {_s(values[-1])}" for arm, values in seen.items())
                print(f"run {run + 1}/{args.runs}: {row}; load {loads[-1]}", flush=True)
        server.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    summary: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "runs": args.runs,
        "load_average": loads,
        "warm_s": seen,
        "warm_stages_ms": stages,
    }
    bare = statistics.median([v for v in seen.get("bare", []) if v is not None] or [0])
    print(f"\nwarm start, median (min-max), ratio to bare; load average {loads[0]} → {loads[-1]}")
    for arm, values in seen.items():
        ok = [v for v in values if v is not None]
        if not ok:
            print(f"{arm:10} failed")
            continue
        median = statistics.median(ok)
        ratio = f"{median / bare:.2f}×" if bare else "-"
        print(f"{arm:10} {median:6.2f} s ({min(ok):.2f}-{max(ok):.2f})  {ratio}")
        summary[f"{arm}_median_s"] = median
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M")
    (RESULTS / f"search-ab-{stamp}.json").write_text(json.dumps(summary, indent=1) + "\n")


if __name__ == "__main__":
    main()
