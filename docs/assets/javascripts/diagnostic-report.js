// The diagnostic panel: the engine's state, "Analyse my case", and the report. The only writer of
// data-engine-state, of the run button, of the report region and its actions, and of the stale
// flag. A report belongs to the case it was made for: choosing, importing or deleting another
// case hides it; any change to its case marks it stale.
import { caseName } from "./case-store.js";
import { request, startEngine } from "./engine.js";
import { download, slug } from "./diagnostic-files.js";

// The case file (version 4) keeps at most this many analyses; the oldest go first.
export const MAX_ANALYSES = 100;

/** Give each cell of a table the text of its column's header, for the stacked phone layout. */
export function labelCells(root) {
  root.querySelectorAll("table").forEach((table) => {
    const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
    if (headers.length < 3) return;
    table.classList.add("cc-cards");
    table.querySelectorAll("tbody tr").forEach((row) => {
      [...row.children].forEach((cell, index) => {
        if (headers[index]) cell.dataset.label = headers[index];
      });
    });
  });
}

/**
 * @param {HTMLElement} host  the [data-cc-engine]
 * @param {object} deps  {store, say, config, tell, today}
 */
export function setUpReport(host, { store, say, config, tell, today }) {
  const $ = (selector) => host.querySelector(selector);
  const message = $("[data-cc-engine-message]");
  const runButton = $("[data-cc-run]");
  const result = $("[data-cc-result]");
  const stale = $("[data-cc-stale]");
  const actions = $("[data-cc-report-actions]");
  const dossier = $("[data-cc-dossier]"); // shown only when the dossier is printed
  let report = null; // {caseId, client, markdown, date} of the report on screen
  let recording = false; // true while this module keeps the analysis in its own case

  function setEngine(state, text) {
    host.dataset.engineState = state;
    host.setAttribute("aria-busy", String(state === "loading"));
    message.textContent = text;
    runButton.disabled = state !== "ready";
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

  if (typeof Worker === "undefined") {
    setEngine("error", say("engine.error", { message: say("engine.no_worker") }));
  } else {
    startEngine(config).then(
      (version) => setEngine("ready", say("engine.ready", { version })),
      (error) => setEngine("error", say("engine.error", { message: error.message })),
    );
  }

  runButton.addEventListener("click", async () => {
    const current = store.ensureActive("", today());
    const caseId = store.activeId();
    runButton.disabled = true;
    tell(say("engine.running"));
    try {
      const answer = await request("evaluate", {
        case: JSON.stringify(current),
        lang: config.lang,
        today: today(),
        baseUrl: config.languageRoot,
      });
      if (!answer.ok) {
        tell(say("engine.failed", { message: answer.error.message }));
        return;
      }
      // The fragment comes from client_conflict's HTML renderer, which escapes all user text.
      result.innerHTML = answer.html;
      labelCells(result);
      // Also from client_conflict's HTML renderer: the dossier, kept hidden until it is printed.
      dossier.innerHTML = answer.dossier_html;
      setReport({ caseId, client: caseName(current, say("store.default_client")), markdown: answer.markdown, text: answer.text, ics: answer.ics, dossier: answer.dossier_text, date: today() }, "fresh");
      keepAnalysis(answer.analysis);
      host.dataset.assessed = "true";
      tell("");
      result.focus();
    } catch (error) {
      tell(say("engine.failed", { message: error.message }));
    } finally {
      runButton.disabled = host.dataset.engineState !== "ready";
    }
  });

  /**
   * Print the plan (the verdict and the dated plan, one page) or the whole report, folds open.
   * The stylesheet's print section reads data-cc-printing; the folds close again afterwards.
   */
  function printAs(what) {
    const folds = [...result.querySelectorAll("details.cc-fold:not([open])")];
    host.dataset.ccPrinting = what;
    if (what === "report") folds.forEach((fold) => { fold.open = true; });
    const restore = () => {
      delete host.dataset.ccPrinting;
      if (what === "report") folds.forEach((fold) => { fold.open = false; });
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
   * Keep this analysis's headline in the case (case file v4 `analyses`, oldest first, at most
   * MAX_ANALYSES), so the next report can say what changed. A second analysis on the same day
   * replaces that day's record: the history keeps one line per day.
   */
  function keepAnalysis(record) {
    if (!record || typeof record.date !== "string") return;
    recording = true;
    try {
      store.update((file) => {
        const kept = Array.isArray(file.analyses) ? file.analyses.slice() : [];
        if (kept.length && kept[kept.length - 1].date === record.date) kept.pop();
        kept.push(record);
        file.analyses = kept.slice(-MAX_ANALYSES);
      }, today());
    } finally {
      recording = false;
    }
  }

  store.subscribe(() => {
    if (!report || recording) return;
    if (store.activeId() !== report.caseId) setReport(null);
    else setReport(report, "stale");
  });
  setReport(null);
}
