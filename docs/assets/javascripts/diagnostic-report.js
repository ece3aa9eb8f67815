// The diagnostic panel: "Analyse my case" and the report. The only writer of the run button's
// availability, of the report region and its actions, and of the stale flag (the engine host's
// state and message belong to engine-host.js). A report belongs to the case it was made for:
// choosing, importing or deleting another case hides it; any change to its case marks it stale.
import { caseName } from "./case-store.js";
import { onEngineState, request } from "./engine.js";
import { download, slug } from "./diagnostic-files.js";

/** Give each cell of a table the text of its column's header, for the stacked phone layout. */
export function labelCells(root) {
  root.querySelectorAll("table").forEach((table) => {
    const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
    if (headers.length < 3) return;
    table.dataset.ccCards = "";
    table.querySelectorAll("tbody tr").forEach((row) => {
      [...row.children].forEach((cell, index) => {
        if (headers[index]) cell.dataset.label = headers[index];
      });
    });
  });
}

/**
 * @param {HTMLElement} host  the [data-cc-engine]
 * @param {object} deps  {store, say, config, tell, today, asShown}; asShown(case) is the case as
 *   the form shows it, which is what the engine assesses
 */
export function setUpReport(host, { store, say, config, tell, today, asShown = (file) => file }) {
  const $ = (selector) => host.querySelector(selector);
  const runButton = $("[data-cc-run]");
  const result = $("[data-cc-result]");
  const stale = $("[data-cc-stale]");
  const actions = $("[data-cc-report-actions]");
  let report = null; // {caseId, snapshot, client, markdown, date} of the report on screen

  let engineReady = false;
  let running = false;
  /** The one place the run button's availability changes: only a ready engine, one run at a time. */
  function syncRun() {
    runButton.disabled = running || !engineReady;
  }

  /** The one place the report's visibility changes: shown (fresh or stale) or hidden. */
  function setReport(next, state) {
    report = next;
    result.hidden = !next;
    actions.hidden = !next;
    stale.hidden = state !== "stale";
    if (!next) {
      result.replaceChildren();
      delete host.dataset.assessed;
    }
  }

  onEngineState((state) => {
    engineReady = state.state === "ready";
    syncRun();
  });

  /** Whether the case `caseId` is still what `snapshot` says (the case the report was made from). */
  const unchanged = (caseId, snapshot) => JSON.stringify(store.get(caseId)) === snapshot;

  runButton.addEventListener("click", async () => {
    const current = store.ensureActive("", today());
    const caseId = store.activeId();
    // The case as the engine sees it: an edit made while it runs makes the report stale.
    const snapshot = JSON.stringify(current);
    running = true;
    syncRun();
    tell(say("engine.running"));
    try {
      const answer = await request("evaluate", {
        case: JSON.stringify(asShown(current)),
        lang: config.lang,
        today: today(),
        baseUrl: config.languageRoot,
      });
      if (!answer.ok) {
        tell(say("engine.failed", { message: answer.error.message }));
        return;
      }
      if (store.activeId() !== caseId) {
        tell("");
        return; // another case was opened meanwhile: this report is not for it
      }
      // The fragment comes from client_conflict's HTML renderer, which escapes all user text.
      result.innerHTML = answer.html;
      labelCells(result);
      const client = caseName(JSON.parse(snapshot), say("store.default_client"));
      setReport({ caseId, snapshot, client, markdown: answer.markdown, date: today() },
        unchanged(caseId, snapshot) ? "fresh" : "stale");
      host.dataset.assessed = "true";
      tell("");
      result.focus();
    } catch (error) {
      tell(say("engine.failed", { message: error.message }));
    } finally {
      running = false;
      syncRun();
    }
  });

  $("[data-cc-print]").addEventListener("click", () => window.print());
  $("[data-cc-download-md]").addEventListener("click", () => {
    if (!report) return;
    download(`${slug(report.client)}-${report.date}.md`, "text/markdown", report.markdown);
  });

  // A report belongs to one case as it was: another case (chosen here, imported, or the one this
  // tab falls back to when its case is deleted elsewhere) hides it; a change to its case marks it
  // stale; a change to another case leaves it as it is.
  store.subscribe(() => {
    if (!report) return;
    if (store.activeId() !== report.caseId) setReport(null);
    else if (!unchanged(report.caseId, report.snapshot)) setReport(report, "stale");
  });
  setReport(null);
}
