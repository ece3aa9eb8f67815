// The case bar: which case is open, and what the reader can do with their cases (new, rename,
// export, import, delete, back up all, delete everything). The only writer of the case selector,
// of the actions' state and of the question asked when an import meets a case already here.
import { caseName } from "./case-store.js";
import { request, startEngine } from "./engine.js";
import { download, readCaseFile, slug } from "./diagnostic-files.js";
import { deleteEverything } from "./delete-everything.js";

export const BACKUP_FORMAT = "client-conflict-backup";
// A backup holds many cases, each within the engine's limit for one file.
const BACKUP_FILES = 100;

/**
 * @param {HTMLFormElement} casebar  the [data-cc-casebar]
 * @param {object} deps  {store, say, config, tell, today}
 */
export function setUpCaseBar(casebar, { store, say, config, tell, today }) {
  const select = casebar.querySelector("[data-cc-case-select]");
  const input = casebar.querySelector("[data-cc-import]");
  const unnamed = say("store.default_client");
  const clientLimit = config.limits.client;
  const question = document.createElement("div");
  question.className = "cc-import-choice";
  question.setAttribute("role", "group");
  question.hidden = true;
  casebar.querySelector(".cc-casebar__actions").after(question);

  function render() {
    const activeId = store.activeId();
    const options = store.list().map(([id, file]) => new Option(caseName(file, unnamed), id, false, id === activeId));
    select.replaceChildren(...(options.length ? options : [new Option(say("case.none"), "")]));
    select.disabled = !options.length;
    casebar.querySelectorAll("[data-cc-action=rename], [data-cc-action=export], [data-cc-action=delete]")
      .forEach((button) => { button.disabled = !activeId; });
    casebar.querySelector("[data-cc-action=backup]").disabled = !options.length;
  }

  /** Ask what to do with imported cases already here; resolves "replace", "keep" or null. */
  function ask(text) {
    return new Promise((resolve) => {
      const message = document.createElement("p");
      message.id = "cc-import-choice-text";
      message.textContent = text;
      question.setAttribute("aria-labelledby", message.id);
      const buttons = [["replace", "case.import_replace"], ["keep", "case.import_keep_both"],
        [null, "case.import_cancel"]].map(([answer, key]) => {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "md-button";
        button.dataset.ccImportChoice = answer ?? "cancel";
        button.textContent = say(key);
        button.addEventListener("click", () => {
          question.hidden = true;
          question.replaceChildren();
          resolve(answer);
        });
        return button;
      });
      const row = document.createElement("p");
      row.className = "cc-import-choice__buttons";
      row.append(...buttons);
      question.replaceChildren(message, row);
      question.hidden = false;
      buttons[0].focus();
    });
  }

  /**
   * Store checked cases; a case already here (same id) is replaced or kept beside, as the reader
   * says. Resolves whether all was saved, or null when the reader cancelled.
   */
  async function keep(files) {
    const clashes = files.filter((file) => store.has(file.id));
    let answer = "keep";
    if (clashes.length === 1 && files.length === 1) {
      answer = await ask(say("case.import_duplicate", { client: caseName(clashes[0], unnamed) }));
    } else if (clashes.length) {
      answer = await ask(say("case.import_duplicates", { count: clashes.length }));
    }
    if (!answer) return null;
    let saved = true;
    for (const file of files) {
      if (store.has(file.id) && answer === "replace") {
        saved = store.replace(file.id, file) && saved;
      } else {
        if (store.has(file.id)) {
          // Keep both: the copy gets a new id (from the store) and a name that tells them apart.
          file.client = say("case.copy_name", { client: caseName(file, unnamed) }).slice(0, clientLimit);
          delete file.id;
        }
        saved = Boolean(store.add(file)) && store.saved && saved;
      }
    }
    return saved;
  }

  /** Every case in one file, for the reader's own safe keeping. */
  function backUp() {
    const file = {
      format: BACKUP_FORMAT,
      version: 1,
      saved: today(),
      cases: store.list().map(([, caseFile]) => caseFile),
    };
    download(`client-conflict-backup-${today()}.json`, "application/json", `${JSON.stringify(file, null, 2)}\n`);
  }

  select.addEventListener("change", () => store.select(select.value));

  casebar.addEventListener("click", (event) => {
    const action = event.target.closest("[data-cc-action]")?.dataset.ccAction;
    const current = store.active();
    if (action === "new") {
      const client = window.prompt(say("case.new_prompt"), "")?.trim();
      if (client) store.create(client.slice(0, clientLimit), today());
    } else if (action === "rename" && current) {
      const client = window.prompt(say("case.rename_prompt"), current.client)?.trim();
      if (client) store.update((file) => { file.client = client.slice(0, clientLimit); }, today());
    } else if (action === "import") {
      input.click();
    } else if (action === "export" && current) {
      download(`${slug(current.client, slug(unnamed))}.client-conflict.json`, "application/json",
        `${JSON.stringify(current, null, 2)}\n`);
    } else if (action === "backup") {
      backUp();
    } else if (action === "delete" && current) {
      if (window.confirm(say("case.delete_confirm", { client: caseName(current, unnamed) }))) {
        store.remove(store.activeId());
      }
    } else if (action === "delete-all") {
      deleteEverything(config, store).then((done) => {
        if (done !== null) tell(say(done ? "case.deleted_all" : "case.delete_all_failed"));
      });
    }
  });

  /** The engine checks and migrates each case as the command line would; null if one is refused. */
  async function check(texts) {
    await startEngine(config);
    const checked = [];
    for (const text of texts) {
      const answer = await request("load", { text, lang: config.lang, today: today() });
      if (!answer.ok) {
        tell(say("case.import_failed", { message: answer.error.message }));
        return null;
      }
      checked.push(answer.case);
    }
    return checked;
  }

  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const limit = config.limits.bytes;
    const { text, problem } = await readCaseFile(file, limit * BACKUP_FILES);
    const parsed = problem ? null : JSON.parse(text);
    const isBackup = parsed?.format === BACKUP_FORMAT;
    if (problem || (!isBackup && new TextEncoder().encode(text).length > limit)) {
      tell(say(problem || "case.import_too_large", { size: megabytes(limit, say("locale")) }));
      return;
    }
    if (isBackup && !(Array.isArray(parsed.cases) && parsed.cases.length <= BACKUP_FILES)) {
      tell(say("case.import_bad_backup"));
      return;
    }
    tell(say("case.import_wait"));
    try {
      const texts = isBackup ? parsed.cases.map((one) => JSON.stringify(one)) : [text];
      const checked = await check(texts);
      if (!checked) return;
      const saved = await keep(checked);
      if (saved === null) tell(say("case.import_cancelled"));
      else if (!saved) tell(say("case.not_saved"));
      else if (isBackup) tell(say("case.restored", { count: checked.length }));
      else tell(say("case.imported", { client: caseName(checked[0], unnamed) }));
    } catch (error) {
      tell(say("engine.error", { message: error.message }));
    }
  });

  store.subscribe(render);
  render();
  casebar.hidden = false;
}

function megabytes(bytes, locale) {
  return (bytes / 1_048_576).toLocaleString(locale, { maximumFractionDigits: 1 });
}
