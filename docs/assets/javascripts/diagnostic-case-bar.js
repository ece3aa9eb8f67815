// The case bar: which case is open, and what the reader can do with their cases (new, rename,
// export, import, delete). The only writer of the case selector and of the actions' state.
import { caseName } from "./case-store.js";
import { request, startEngine } from "./engine.js";
import { download, readCaseFile, slug } from "./diagnostic-files.js";

/**
 * @param {HTMLFormElement} casebar  the [data-cc-casebar]
 * @param {object} deps  {store, say, config, tell, today}
 */
export function setUpCaseBar(casebar, { store, say, config, tell, today }) {
  const select = casebar.querySelector("[data-cc-case-select]");
  const input = casebar.querySelector("[data-cc-import]");
  const unnamed = say("store.default_client");
  const clientLimit = config.limits.client;

  function render() {
    const activeId = store.activeId();
    const options = store.list().map(([id, file]) => new Option(caseName(file, unnamed), id, false, id === activeId));
    select.replaceChildren(...(options.length ? options : [new Option(say("case.none"), "")]));
    select.disabled = !options.length;
    casebar.querySelectorAll("[data-cc-action=rename], [data-cc-action=export], [data-cc-action=delete]")
      .forEach((button) => { button.disabled = !activeId; });
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
    } else if (action === "delete" && current) {
      if (window.confirm(say("case.delete_confirm", { client: caseName(current, unnamed) }))) {
        store.remove(store.activeId());
      }
    } else if (action === "delete-all") {
      if (window.confirm(say("case.delete_all_confirm"))) {
        store.removeAll();
        tell(say("case.deleted_all"));
      }
    }
  });

  input.addEventListener("change", async () => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    const { text, problem } = await readCaseFile(file, config.limits.bytes);
    if (problem) {
      tell(say(problem, { size: megabytes(config.limits.bytes, say("locale")) }));
      return;
    }
    tell(say("case.import_wait"));
    try {
      await startEngine(config);
      const answer = await request("load", { text, lang: config.lang, today: today() });
      if (!answer.ok) {
        tell(say("case.import_failed", { message: answer.error.message }));
        return;
      }
      store.add(answer.case);
      tell(say("case.imported", { client: caseName(answer.case, unnamed) }));
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
