// The dated timeline of the facts: the only writer of its list, its "nothing yet" line and its
// error message. Dates are shown as the report writes them, in the page's language.
import { editActive } from "./case-store.js";
import { formatDate } from "./config.js";
import { readDate, writeDate } from "./diagnostic-answers.js";

/** Days from `from` to `to`, both YYYY-MM-DD. */
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/**
 * @param {HTMLElement} root  the [data-cc-timeline]
 * @param {object} deps  {store, say, config, tell, today}
 */
export function setUpTimeline(root, { store, say, config, tell, today }) {
  const $ = (selector) => root.querySelector(selector);
  const list = $("[data-cc-timeline-list]");
  const empty = $("[data-cc-timeline-empty]");
  const error = $("[data-cc-incident-error]");
  const field = (name) => $(`[data-cc-incident=${name}]`);
  const labels = (name) => new Map([...field(name).options].map((o) => [o.value, o.text]));
  const categories = labels("category");
  const actors = labels("who");

  function showError(key, values) {
    error.hidden = !key;
    error.textContent = key ? say(key, values) : "";
  }

  function render(file) {
    const entries = file?.timeline || [];
    empty.hidden = entries.length > 0;
    list.replaceChildren(...entries.map((entry, index) => {
      const item = document.createElement("li");
      item.className = "cc-incident";
      const date = document.createElement("time");
      date.dateTime = entry.date;
      date.textContent = formatDate(config, entry.date);
      const tags = document.createElement("span");
      tags.className = "cc-incident__tags";
      tags.textContent = `${categories.get(entry.category) || entry.category} · ${actors.get(entry.who) || entry.who}`;
      const what = document.createElement("span");
      what.className = "cc-incident__what";
      what.textContent = entry.what;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "cc-incident__remove";
      remove.textContent = say("timeline.remove");
      remove.setAttribute("aria-label", say("timeline.remove_label", { date: date.textContent }));
      remove.addEventListener("click", () => {
        if (!window.confirm(say("timeline.remove_confirm", { date: date.textContent }))) return;
        store.update((current) => { current.timeline.splice(index, 1); }, today());
      });
      item.append(date, tags, what, remove);
      return item;
    }));
  }

  $("[data-cc-incident-add]").addEventListener("click", () => {
    const date = readDate(field("date"));
    const what = field("what").value.trim();
    // The engine's own limit: a fact may be dated a little ahead (a meeting already set).
    const ahead = config.limits.future_days;
    if (!date) showError("timeline.need_date");
    else if (daysBetween(today(), date) > ahead) showError("timeline.future", { days: ahead });
    else if (!what) showError("timeline.need_what");
    else {
      showError(null);
      editActive(store, (current) => {
        current.timeline = current.timeline || [];
        current.timeline.push({ date, what, category: field("category").value, who: field("who").value });
        current.timeline.sort((a, b) => a.date.localeCompare(b.date));
      }, today());
      field("what").value = "";
      writeDate(field("date"), "");
      tell(say("case.saved"));
    }
  });

  store.subscribe(() => render(store.active()));
  render(store.active());
}
