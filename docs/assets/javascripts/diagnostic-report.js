// The diagnostic panel: "See my result" (the run button) and the report. The only writer of the run button's
// availability, of the report region and its actions, and of the stale flag (the engine host's
// state and message belong to engine-host.js). A report belongs to the case it was made for:
// choosing, importing or deleting another case hides it; any change to its case marks it stale.
import { caseName } from "./case-store.js";
import { onEngineState, request } from "./engine.js";
import { download, slug } from "./diagnostic-files.js";
import { addLetterActions } from "./diagnostic-letters.js";

// The case file (version 4) keeps at most this many analyses; the oldest go first.
export const MAX_ANALYSES = 100;

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
  const dossier = $("[data-cc-dossier]"); // shown only when the dossier is printed
  // {caseId, snapshot, client, markdown, text, ics, dossier, dossierMd, date} of the report on screen
  let report = null;
  let recording = false; // true while this module keeps the analysis in its own case

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
      dossier.replaceChildren();
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
      // Also from client_conflict's HTML renderer: the dossier, kept hidden until it is printed.
      dossier.innerHTML = answer.dossier_html;
      const fresh = unchanged(caseId, snapshot);
      const client = caseName(JSON.parse(snapshot), say("store.default_client"));
      // Each letter's buttons, with the engine's own text of the letter.
      addLetterActions(result, answer.assessment?.law?.letters, {
        say, client, date: today(), print: (letter) => printAs("letter", letter),
      });
      setReport({ caseId, snapshot, client, markdown: answer.markdown, text: answer.text,
        ics: answer.ics, dossier: answer.dossier_text, dossierMd: answer.dossier_markdown,
        date: today() }, fresh ? "fresh" : "stale");
      keepAnalysis(caseId, answer.analysis, fresh);
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

  /**
   * Print the plan (the verdict and the dated plan, one page), the whole report, folds open, or
   * one letter alone (`letter`: its <pre>, marked .cc-letter-printing, its fold open).
   * The stylesheet's print section reads data-cc-printing; the folds close again afterwards.
   */
  function printAs(what, letter = null) {
    const closed = [...result.querySelectorAll("details.cc-fold:not([open])")];
    const folds = what === "report" ? closed
      : closed.filter((fold) => letter && fold.contains(letter));
    host.dataset.ccPrinting = what;
    if (letter) letter.classList.add("cc-letter-printing");
    folds.forEach((fold) => { fold.open = true; });
    const restore = () => {
      delete host.dataset.ccPrinting;
      if (letter) letter.classList.remove("cc-letter-printing");
      folds.forEach((fold) => { fold.open = false; });
      window.removeEventListener("afterprint", restore);
    };
    window.addEventListener("afterprint", restore);
    window.print();
  }
  $("[data-cc-print]").addEventListener("click", () => printAs("plan"));
  $("[data-cc-print-report]").addEventListener("click", () => printAs("report"));
  $("[data-cc-print-dossier]").addEventListener("click", () => printAs("dossier"));

  const files = {
    "[data-cc-download-md]": () => [".md", "text/markdown;charset=utf-8", report.markdown],
    "[data-cc-download-txt]": () => [".txt", "text/plain;charset=utf-8", report.text],
    "[data-cc-download-dossier]": () => [`-${say("report.dossier_file")}.txt`, "text/plain;charset=utf-8", report.dossier],
    "[data-cc-download-dossier-md]": () => [`-${say("report.dossier_file")}.md`, "text/markdown;charset=utf-8", report.dossierMd],
    "[data-cc-download-ics]": () => [".ics", "text/calendar;charset=utf-8", report.ics],
    "[data-cc-download-json]": () => {
      const file = store.active();
      return [".json", "application/json", `${JSON.stringify(file, null, 2)}\n`];
    },
  };
  Object.entries(files).forEach(([selector, make]) => {
    $(selector).addEventListener("click", () => {
      if (!report) return;
      const [extension, type, text] = make();
      if (typeof text === "string") download(`${slug(report.client)}-${report.date}${extension}`, type, text);
    });
  });

  /**
   * Keep this analysis's headline in its case (case file v4 `analyses`, oldest first, at most
   * MAX_ANALYSES), so the next report can say what changed. A second analysis on the same day
   * replaces that day's record: the history keeps one line per day. Keeping it does not make the
   * report stale: a fresh report's snapshot becomes the case as now stored.
   */
  function keepAnalysis(caseId, record, fresh) {
    if (!record || typeof record.date !== "string") return;
    recording = true;
    try {
      store.updateCase(caseId, (file) => {
        const kept = Array.isArray(file.analyses) ? file.analyses.slice() : [];
        if (kept.length && kept[kept.length - 1].date === record.date) kept.pop();
        kept.push(record);
        file.analyses = kept.slice(-MAX_ANALYSES);
      }, today());
      if (fresh && report && report.caseId === caseId) {
        report = { ...report, snapshot: JSON.stringify(store.get(caseId)) };
      }
    } finally {
      recording = false;
    }
  }

  // A report belongs to one case as it was: another case (chosen here, imported, or the one this
  // tab falls back to when its case is deleted elsewhere) hides it; a change to its case marks it
  // stale; a change to another case leaves it as it is.
  store.subscribe(() => {
    if (!report || recording) return;
    if (store.activeId() !== report.caseId) setReport(null);
    else if (!unchanged(report.caseId, report.snapshot)) setReport(report, "stale");
  });
  setReport(null);
}
