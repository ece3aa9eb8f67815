// Reading and writing one question's answer in the form's controls, and the rules that decide
// whether a follow-up question shows. No state here: the form module owns what the page shows.

/** "parent:v1|v2" (the wrapper's data-cc-shown-when) as {parent, values}, or null. */
export function parseShownWhen(text) {
  if (!text) return null;
  const at = text.indexOf(":");
  if (at < 1) return null;
  return { parent: text.slice(0, at), values: text.slice(at + 1).split("|") };
}

/** Whether a follow-up shows, given its parent's saved answer (any kind: one value or a list). */
export function isShown(rule, parentAnswer) {
  if (!rule) return true;
  if (parentAnswer === undefined || parentAnswer === null) return false;
  const given = Array.isArray(parentAnswer) ? parentAnswer : [parentAnswer];
  return given.some((value) => rule.values.includes(String(value)));
}

/** Day, month and year as typed, to YYYY-MM-DD; "" when all are empty, null when not a date. */
export function dateFromParts(day, month, year) {
  const [d, m, y] = [day, month, year].map((part) => String(part ?? "").trim());
  if (!d && !m && !y) return "";
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return null;
  const iso = `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const date = new Date(`${iso}T12:00:00Z`);
  // 31 February rolls over to March in Date(): compare back to refuse it.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Whether some, but not all, of a date's parts are filled in. */
export function dateIsPartial(group) {
  const parts = [...group.querySelectorAll("[data-cc-date-part]")].map((p) => p.value.trim());
  return parts.some(Boolean) && !parts.every(Boolean);
}

/** The date a [data-cc-date] group holds: YYYY-MM-DD, "" (empty) or null (not a date). */
export function readDate(group) {
  const part = (name) => group.querySelector(`[data-cc-date-part=${name}]`).value;
  return dateFromParts(part("day"), part("month"), part("year"));
}

/** Show YYYY-MM-DD (or nothing) in a [data-cc-date] group. */
export function writeDate(group, iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  const [year, month, day] = match ? match.slice(1) : ["", "", ""];
  group.querySelector("[data-cc-date-part=day]").value = day ? String(Number(day)) : "";
  group.querySelector("[data-cc-date-part=month]").value = month;
  group.querySelector("[data-cc-date-part=year]").value = year;
}

/** Read one question's answer from its controls; undefined means "no answer". */
export function readAnswer(wrapper) {
  const kind = wrapper.dataset.kind;
  if (kind === "multi") {
    const values = [...wrapper.querySelectorAll("input:checked")].map((box) => box.value);
    return values.length ? values : undefined;
  }
  if (kind === "scale" || kind === "choice" || kind === "yesno") {
    const value = wrapper.querySelector("input:checked")?.value ?? "";
    if (value === "") return undefined;
    if (kind === "scale") return Number(value);
    if (kind === "yesno") return value === "true";
    return value;
  }
  if (kind === "date") return readDate(wrapper.querySelector("[data-cc-date]")) || undefined;
  const control = wrapper.querySelector("input, textarea");
  if (kind === "number") {
    if (control.value === "" || !control.checkValidity()) return undefined;
    const number = Number(control.value);
    return Number.isFinite(number) ? number : undefined;
  }
  return control.value.trim() === "" ? undefined : control.value;
}

/** Show `value` in one question's controls. */
export function writeAnswer(wrapper, value) {
  const kind = wrapper.dataset.kind;
  if (kind === "multi") {
    const chosen = new Set(Array.isArray(value) ? value : []);
    wrapper.querySelectorAll("input").forEach((box) => { box.checked = chosen.has(box.value); });
  } else if (kind === "scale" || kind === "choice" || kind === "yesno") {
    const wanted = value === undefined || value === null ? "" : String(value);
    wrapper.querySelectorAll("input").forEach((radio) => { radio.checked = radio.value === wanted; });
  } else if (kind === "date") {
    writeDate(wrapper.querySelector("[data-cc-date]"), value);
  } else {
    wrapper.querySelector("input, textarea").value = value ?? "";
  }
}
