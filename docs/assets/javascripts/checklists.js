// Make the guide's task lists clickable; save the ticks in the reader's active case file.
//
// Ticks are keyed by the page's path below the language root and the item's position on the page,
// so a reader who switches language finds the same boxes ticked (the parity tests keep the French
// and English checklists item for item).
import { localToday, readConfig, t } from "./config.js";
import { caseName, caseStore, editActive } from "./case-store.js";
import { storeProblem } from "./notice.js";

/** The page's key in case.checklists, the same in every language: "steps/1-describe/". */
export function pageKey(config, location = window.location) {
  const root = new URL(config.languageRoot).pathname;
  const path = location.pathname.replace(/index\.html$/, "");
  const key = path.startsWith(root) ? path.slice(root.length) : path;
  return key || "index";
}

function progressText(config, list) {
  const boxes = [...list.querySelectorAll(":scope > li > label > input[type=checkbox]")];
  const done = boxes.filter((box) => box.checked).length;
  return t(config, "checklist.progress", { done, total: boxes.length });
}

export function setUpChecklists() {
  const lists = [...document.querySelectorAll("article ul.task-list")]
    .filter((list) => !list.parentElement.closest("ul.task-list"));
  // Set up once per document: a list marked ready has its boxes and listeners already.
  if (!lists.length || lists.every((list) => list.dataset.ccChecklist)) return;
  const config = readConfig();
  const store = caseStore(config, storeProblem(config));
  const page = pageKey(config);
  const boxes = lists.flatMap((list) =>
    [...list.querySelectorAll(":scope > li > label > input[type=checkbox]")]);

  const render = () => {
    const active = store.active();
    const ticked = new Set(active?.checklists?.[page] || []);
    boxes.forEach((box, index) => { box.checked = ticked.has(String(index)); });
    // With several clients on file, the reader must see which case these ticks belong to.
    const where = active
      ? ` ${t(config, "checklist.saved_in", { client: caseName(active, t(config, "store.default_client")) })}`
      : "";
    for (const list of lists) {
      const progress = list.previousElementSibling;
      if (progress?.dataset.ccProgress !== undefined) {
        progress.textContent = `${progressText(config, list)}.${where}`;
      }
    }
  };

  boxes.forEach((box, index) => {
    if (box.dataset.ccChecklist) return; // set up already: this function may run twice
    box.dataset.ccChecklist = String(index);
    box.disabled = false;
    // A tap anywhere on the item ticks it, not only on the small box.
    const item = box.closest("li");
    item.classList.add("cc-checklist__item");
    // The task list's label holds only the box; name the box after its item for screen readers.
    box.setAttribute("aria-label", item.textContent.trim().replace(/\s+/g, " "));
    item.addEventListener("click", (event) => {
      if (event.target.closest("a, label, input, button") || window.getSelection()?.toString()) return;
      box.click();
    });
    box.addEventListener("change", () => {
      editActive(store, (current) => {
        current.checklists = current.checklists || {};
        const ticked = new Set(current.checklists[page] || []);
        if (box.checked) ticked.add(String(index)); else ticked.delete(String(index));
        if (ticked.size) {
          current.checklists[page] = [...ticked].sort((a, b) => Number(a) - Number(b));
        } else {
          delete current.checklists[page];
        }
      }, localToday());
    });
  });

  for (const list of lists) {
    if (list.dataset.ccChecklist) continue;
    list.dataset.ccChecklist = "ready";
    list.classList.add("cc-checklist");
    const progress = document.createElement("p");
    progress.className = "cc-checklist__progress";
    progress.dataset.ccProgress = "";
    progress.setAttribute("aria-live", "polite");
    list.before(progress);
  }
  store.subscribe(render);
  render();
}
