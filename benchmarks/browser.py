"""Browser benchmark: the built site against a bare Pyodide page, side by side, in one run.

Chromium (the system's, through Playwright) visits the site served as GitHub Pages serves it
(`pages_server.py`, under a subpath) and a bare page that only starts the same Pyodide files in a
module worker (`benchmarks/bare/`, outside the site's service worker scope). Each run uses a new
browser profile on disk and measures, for the bare page and for the diagnostic page in turn:

- engine ready, cold: the first visit of a new profile;
- engine ready, warm: a second visit in the same profile;
- engine ready, offline: a third visit with the network cut;

then, on the diagnostic page, answer to result (a click on "Analyse" to the report on screen,
after one answer changed), and on a step page in a new profile, the bytes and requests the page
costs (the page itself, then what its service worker fetches in the background; any engine file
is named). Times are read from the page's own clock (navigation start to the moment the engine
host says "ready"), medians and spreads over the runs. Lighthouse 12.2.3 (npm, pinned) then audits
the home page, a step page and the diagnostic with its mobile profile.

Nothing here asserts a speed: it prints a table and writes JSON under benchmarks/results/.

Usage: make bench   (or: .venv/bin/python benchmarks/browser.py [--runs N] [--no-lighthouse])
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages_server import BARE_PATH, SUBPATH, PagesServer  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 180_000
STEP_PAGE = "steps/1-describe/"
ENGINE_PATHS = ("assets/pyodide/", "assets/engine/")
# Records, on the page's own clock, the first time the engine host leaves "loading".
WATCH_ENGINE = """
(() => {
  const seen = () => {
    const host = document.querySelector("[data-engine-state]");
    const state = host && host.getAttribute("data-engine-state");
    if (state && state !== "loading" && !window.__ccEngine) {
      window.__ccEngine = { state, at: performance.now() };
    }
  };
  new MutationObserver(seen).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ["data-engine-state"],
  });
})();
"""
# Changes one answer, clicks "Analyse" and resolves with the time until the report changes.
ANSWER_TO_RESULT = """
async () => {
  const result = document.querySelector("[data-cc-result]");
  const run = document.querySelector("[data-cc-run]");
  const field = document.querySelector("#cc-narrative");
  field.value = field.value + " " + Math.random().toString(36).slice(2);
  field.dispatchEvent(new Event("input", { bubbles: true }));
  await new Promise((resolve) => setTimeout(resolve, 600));
  return await new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!result.hidden && result.childElementCount) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    });
    observer.observe(result, { childList: true, subtree: true, attributes: true });
    run.click();
  });
}
"""
STAGES = """
() => performance.getEntriesByType("mark")
  .filter((mark) => mark.name.startsWith("cc:"))
  .map((mark) => [mark.name, mark.startTime])
"""


def build_site(out: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SITE_URL", None)
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)]
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"mkdocs build failed:\n{done.stderr[-3000:]}")


def _engine_ready(page: Any, url: str) -> tuple[float | None, dict[str, float]]:
    """Visit ``url``; return seconds from navigation start to "ready" (None if it failed)."""
    try:
        page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        page.wait_for_function("() => window.__ccEngine", timeout=TIMEOUT_MS)
    except Exception:
        return None, {}
    seen = page.evaluate("() => window.__ccEngine")
    stages = dict(page.evaluate(STAGES))
    if seen["state"] != "ready":
        return None, stages
    return seen["at"] / 1000, stages


ENGINE_CACHED = """
async () => {
  if (!navigator.serviceWorker || !navigator.serviceWorker.controller && !(await
      navigator.serviceWorker.getRegistration())) return true;
  const names = (await caches.keys()).filter((name) => name.includes("cc-engine-"));
  let files = 0;
  for (const name of names) files += (await (await caches.open(name)).keys()).length;
  return names.length >= 2 && files >= 6;
}
"""


def _wait_engine_cached(page: Any) -> None:
    """On the site, wait (at most a minute) until its service worker holds the engine."""
    for _ in range(120):
        if page.evaluate(ENGINE_CACHED):
            return
        page.wait_for_timeout(500)


def _visits(playwright: Any, server: PagesServer, url: str, answer: bool) -> dict[str, Any]:
    """Cold, warm and offline visits of ``url`` in one new profile."""
    profile = Path(tempfile.mkdtemp(prefix="cc-bench-profile-"))
    out: dict[str, Any] = {}
    try:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        context.add_init_script(WATCH_ENGINE)
        for visit in ("cold", "warm", "offline"):
            if visit == "offline":
                context.set_offline(True)
            page = context.new_page()
            server.traffic.take()
            out[visit], out[f"{visit}_stages"] = _engine_ready(page, url)
            if visit == "warm" and answer and out[visit] is not None:
                page.wait_for_timeout(300)
                out["answer"] = [page.evaluate(ANSWER_TO_RESULT) / 1000 for _ in range(5)]
            # Let the service worker finish what the visit started (its precache, the engine's
            # cache) before the next visit, as a reader's next visit comes later.
            page.wait_for_timeout(1500)
            if visit == "cold":
                _wait_engine_cached(page)
            out[f"{visit}_traffic"] = server.traffic.take()
            page.close()
        context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return out


def _content_page(playwright: Any, server: PagesServer) -> dict[str, Any]:
    """What a step page costs a new profile: its own requests, then its service worker's."""
    profile = Path(tempfile.mkdtemp(prefix="cc-bench-profile-"))
    try:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        page = context.new_page()
        server.traffic.take()
        page.goto(server.origin + SUBPATH + STEP_PAGE, wait_until="load", timeout=TIMEOUT_MS)
        own = server.traffic.take()
        page.wait_for_timeout(4000)  # the service worker's install, if any
        background = server.traffic.take()
        context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return {"page": own, "background": background}


def _lighthouse(url: str, out: Path) -> dict[str, Any]:
    binary = ROOT / "node_modules" / ".bin" / "lighthouse"
    flags = "--headless=new " + " ".join(CHROMIUM_ARGS)
    cmd = [
        str(binary),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        "--only-categories=performance,accessibility,best-practices",
        f"--chrome-flags={flags}",
    ]
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0 or not out.is_file():
        print(f"lighthouse failed on {url}: {done.stderr[-500:]}", file=sys.stderr)
        return {}
    report = json.loads(out.read_text(encoding="utf-8"))
    scores = {k: round(v["score"] * 100) for k, v in report["categories"].items() if v["score"]}
    audits = report["audits"]
    for name in ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time"):
        scores[name] = audits[name]["numericValue"]
    # What cost points, so a missed goal comes with its reason.
    scores["failed_audits"] = sorted(
        ref["id"]
        for category in report["categories"].values()
        for ref in category["auditRefs"]
        if ref.get("weight") and audits[ref["id"]].get("score") not in (None, 1)
    )
    return scores


def _spread(values: list[float | None]) -> dict[str, Any]:
    ok = [v for v in values if v is not None]
    if not ok:
        return {"median": None, "min": None, "max": None, "failed": len(values)}
    return {
        "median": statistics.median(ok),
        "min": min(ok),
        "max": max(ok),
        "failed": len(values) - len(ok),
    }


def _fmt(spread: dict[str, Any], unit: float = 1.0, suffix: str = " s") -> str:
    if spread["median"] is None:
        return "fails"
    low, high = spread["min"] * unit, spread["max"] * unit
    text = f"{spread['median'] * unit:.2f}{suffix} ({low:.2f}–{high:.2f})"
    if spread["failed"]:
        text += f", {spread['failed']} failed"
    return text


def _ratio(a: dict[str, Any], b: dict[str, Any]) -> str:
    if a["median"] is None or b["median"] is None:
        return "—"
    return f"{a['median'] / b['median']:.2f}×"


def _bytes(requests: list[tuple[str, int, int]]) -> tuple[int, int, list[str]]:
    engine = sorted({p for p, _, _ in requests if any(e in p for e in ENGINE_PATHS)})
    return len(requests), sum(size for _, _, size in requests), engine


def _stage_medians(runs: list[dict[str, Any]], key: str) -> dict[str, float]:
    names = sorted({name for run in runs for name in run.get(key, {})})
    return {
        name: statistics.median(run[key][name] for run in runs if name in run.get(key, {}))
        for name in names
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="new profiles per page (default 5)")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip the Lighthouse audits")
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright  # noqa: PLC0415 (only when run)

    tmp = Path(tempfile.mkdtemp(prefix="cc-bench-"))
    try:
        site = args.site or tmp / "site"
        if not args.site:
            started = time.perf_counter()
            build_site(site)
            print(f"site built in {time.perf_counter() - started:.0f} s")
        pyodide = next((site / "assets" / "pyodide").iterdir()).name
        server = PagesServer({SUBPATH: site, BARE_PATH: ROOT / "benchmarks" / "bare"})
        bare_url = f"{server.origin}{BARE_PATH}?pyodide={SUBPATH}assets/pyodide/{pyodide}/"
        diag_url = f"{server.origin}{SUBPATH}diagnostic/"
        bare_runs, diag_runs, content = [], [], []
        with sync_playwright() as playwright:
            for run in range(args.runs):
                # Side by side: the bare page and the site alternate, run after run.
                bare_runs.append(_visits(playwright, server, bare_url, answer=False))
                diag_runs.append(_visits(playwright, server, diag_url, answer=True))
                print(
                    f"run {run + 1}/{args.runs}: bare {bare_runs[-1]['cold']} / "
                    f"{bare_runs[-1]['warm']}, site {diag_runs[-1]['cold']} / "
                    f"{diag_runs[-1]['warm']} / {diag_runs[-1]['offline']}",
                    flush=True,
                )
            content.append(_content_page(playwright, server))
        lighthouse: dict[str, dict[str, Any]] = {}
        if not args.no_lighthouse:
            for name, path in (("home", ""), ("step", STEP_PAGE), ("diagnostic", "diagnostic/")):
                lighthouse[name] = _lighthouse(server.origin + SUBPATH + path, tmp / f"{name}.json")
        server.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    result: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}",
        "chromium": subprocess.run(
            [CHROMIUM, "--version"], capture_output=True, text=True, check=False
        ).stdout.strip(),
        "pyodide": pyodide,
        "runs": args.runs,
    }
    for visit in ("cold", "warm", "offline"):
        result[f"bare_{visit}"] = _spread([r[visit] for r in bare_runs])
        result[f"site_{visit}"] = _spread([r[visit] for r in diag_runs])
    result["answer_to_result"] = _spread([t for r in diag_runs for t in r.get("answer", [])])
    result["site_warm_stages_ms"] = _stage_medians(diag_runs, "warm_stages")
    result["site_cold_stages_ms"] = _stage_medians(diag_runs, "cold_stages")
    page_n, page_b, page_engine = _bytes(content[0]["page"])
    bg_n, bg_b, bg_engine = _bytes(content[0]["background"])
    _, warm_b, _ = _bytes([t for r in diag_runs for t in r["warm_traffic"]])
    result["content_page"] = {
        "requests": page_n,
        "bytes": page_b,
        "engine_files": page_engine + bg_engine,
        "service_worker_requests": bg_n,
        "service_worker_bytes": bg_b,
    }
    result["diagnostic_warm_bytes_per_visit"] = warm_b / max(len(diag_runs), 1)
    result["lighthouse"] = lighthouse

    ratio_cold = _ratio(result["site_cold"], result["bare_cold"])
    ratio_warm = _ratio(result["site_warm"], result["bare_warm"])
    engine_files = page_engine + bg_engine
    no_engine = "yes" if not engine_files else "NO: " + ", ".join(engine_files)
    warm_kib = warm_b / max(len(diag_runs), 1) / 1024

    def row(*cells: object) -> str:
        return "| " + " | ".join(str(cell) for cell in cells) + " |"

    lines = [
        (
            f"Browser benchmark, {result['date']}: {result['machine']}, {result['chromium']}, "
            f"Pyodide {pyodide}, {args.runs} runs (median, min–max)"
        ),
        "",
        row("", "bare Pyodide", "diagnostic page", "ratio", "goal"),
        row("---", "---", "---", "---", "---"),
        row(
            "engine ready, cold",
            _fmt(result["bare_cold"]),
            _fmt(result["site_cold"]),
            ratio_cold,
            "≤ 1.10×",
        ),
        row(
            "engine ready, warm",
            _fmt(result["bare_warm"]),
            _fmt(result["site_warm"]),
            ratio_warm,
            "≤ 1.20×",
        ),
        row(
            "engine ready, offline",
            _fmt(result["bare_offline"]),
            _fmt(result["site_offline"]),
            "",
            "ready",
        ),
        row("answer to result", "", _fmt(result["answer_to_result"], 1000, " ms"), "", "< 50 ms"),
        row(
            "step page, new profile",
            "",
            f"{page_n} requests, {page_b / 1024:.0f} KiB; then its service worker: "
            f"{bg_n} requests, {bg_b / 1024:.0f} KiB",
            "",
            f"no engine file: {no_engine}",
        ),
        row("diagnostic, warm visit", "", f"{warm_kib:.0f} KiB sent by the server", "", ""),
    ]
    for name, scores in lighthouse.items():
        if scores:
            lcp = scores["largest-contentful-paint"] / 1000
            lines.append(
                row(
                    f"Lighthouse mobile, {name}",
                    "",
                    f"performance {scores.get('performance')}, accessibility "
                    f"{scores.get('accessibility')}, best practices "
                    f"{scores.get('best-practices')}; LCP {lcp:.1f} s, "
                    f"TBT {scores['total-blocking-time']:.0f} ms; below par: "
                    f"{', '.join(scores['failed_audits']) or 'none'}",
                    "",
                    f"≥ {90 if name == 'diagnostic' else 95}, 100",
                )
            )
    lines.append("")
    lines.append("Warm start of the diagnostic, median ms from navigation start:")
    for name, at in sorted(result["site_warm_stages_ms"].items(), key=lambda kv: kv[1]):
        lines.append(f"  {at:8.0f}  {name}")
    table = "\n".join(lines)
    print("\n" + table)
    result["table"] = table
    out = ROOT / "benchmarks" / "results" / f"browser-{datetime.now(UTC):%Y%m%d-%H%M%S}.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (ROOT / "benchmarks" / "results" / "latest.md").write_text(table + "\n", encoding="utf-8")
    print(f"\nwritten: {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
