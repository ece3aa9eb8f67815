// The questionnaire and the account: binds the form generated from the questionnaire to the
// active case. The form comes in parts (the quick path, then the deeper sections, with the result
// between them); a follow-up may sit in another part than its parent. The only writer of the
// form's controls, of which follow-up questions show, of the per-part counts and of the form's own
// error messages.
import { editActive } from "./case-store.js";
import {
  dateIsPartial, isShown, parseShownWhen, readAnswer, readDate, visibleAnswers, writeAnswer,
} from "./diagnostic-answers.js";

const TYPING_DELAY_MS = 400;

/**
 * @param {HTMLFormElement | Iterable<HTMLFormElement>} parts  the [data-cc-form] elements
 * @param {object} deps  {store, say, config, tell, today}
 */
export function setUpForm(parts, { store, say, config, tell, today }) {
  const forms = parts instanceof HTMLFormElement ? [parts] : [...parts];
  const all = (selector) => forms.flatMap((form) => [...form.querySelectorAll(selector)]);
  const controls = () => forms.flatMap((form) => [...form.elements]);
  const narrative = controls().find((control) => control.name === "narrative");
  const questions = all("[data-cc-question]");
  const followUps = questions
    .map((wrapper) => ({ wrapper, rule: parseShownWhen(wrapper.dataset.ccShownWhen) }))
    .filter(({ rule }) => rule);
  const rules = followUps.map(({ wrapper, rule }) => [wrapper.dataset.ccQuestion, rule]);

  /** Show a follow-up only when its (shown) parent's answer calls for it; its answer is kept. */
  function renderFollowUps(file) {
    const shown = visibleAnswers(file?.answers, rules);
    for (const { wrapper, rule } of followUps) {
      wrapper.hidden = !isShown(rule, shown[rule.parent]);
    }
  }

  // How far the reader has got in the quick path and in each section, shown on its heading or
  // its (often closed) summary line; a hidden follow-up counts neither as asked nor as answered.
  function renderCounts(file) {
    all("[data-cc-counted]").forEach((part) => {
      const ids = [...part.querySelectorAll("[data-cc-question]")]
        .filter((wrapper) => !wrapper.hidden)
        .map((wrapper) => wrapper.dataset.ccQuestion);
      const answered = ids.filter((id) => file?.answers?.[id] !== undefined).length;
      part.querySelector("[data-cc-count]").textContent =
        `(${say("form.answered", { answered, total: ids.length })})`;
    });
  }

  /** Show `file` in every control; with `keepFocused`, leave the control in use as it is. */
  function renderAll(file, keepFocused = false) {
    const focused = keepFocused ? document.activeElement : null;
    const answers = file?.answers || {};
    questions.forEach((wrapper) => {
      if (focused && wrapper.contains(focused)) return;
      const id = wrapper.dataset.ccQuestion;
      writeAnswer(wrapper, Object.hasOwn(answers, id) ? answers[id] : undefined);
      wrapper.querySelectorAll("[data-cc-number-error], [data-cc-date-error]").forEach((node) => showError(node));
    });
    if (narrative !== focused) narrative.value = file?.narrative || "";
    // Nothing can be saved (a newer version's data, or unreadable data with no room to set it
    // aside): the notice says why, and the form does not pretend to take answers.
    for (const control of controls()) control.disabled = Boolean(store.readOnly);
    renderFollowUps(file);
    renderCounts(file);
  }

  /** Show (or clear, with no message) the error line `node` and mark its control. */
  function showError(node, message = "") {
    node.hidden = !message;
    node.textContent = message;
    const control = node.closest("[data-cc-question]")?.querySelector("input");
    control?.setAttribute("aria-invalid", String(Boolean(message)));
  }

  /** Say why a number is refused, next to it; a refused number leaves the saved answer as it was. */
  function numberIsValid(wrapper, input) {
    const valid = input.checkValidity();
    showError(wrapper.querySelector("[data-cc-number-error]"), valid ? "" : say("form.number_range", {
      min: Number(input.min).toLocaleString(say("locale")),
      max: Number(input.max).toLocaleString(say("locale")),
    }));
    return valid;
  }

  /** A date is saved when whole and real, or cleared when empty; a date being typed waits. */
  function dateIsReady(wrapper, target, final) {
    const group = wrapper.querySelector("[data-cc-date]");
    const error = wrapper.querySelector("[data-cc-date-error]");
    if (dateIsPartial(group)) {
      // Only once the reader has left the field: no scolding while they type the year.
      showError(error, final && target.dataset.ccDatePart === "year" ? say("form.date_incomplete") : "");
      return false;
    }
    const valid = readDate(group) !== null;
    showError(error, valid ? "" : say("form.date_invalid"));
    return valid;
  }

  /** Save `target`'s answer into the case `caseId` (the one it was typed in), or a new case. */
  function saveAnswer(target, final, caseId = store.activeId()) {
    const wrapper = target.closest("[data-cc-question]");
    const isNarrative = target.name === "narrative";
    if (!wrapper && !isNarrative) return;
    if (wrapper?.dataset.kind === "number" && !numberIsValid(wrapper, target)) return;
    if (wrapper?.dataset.kind === "date" && !dateIsReady(wrapper, target, final)) return;
    const value = isNarrative ? target.value : readAnswer(wrapper);
    const mutate = (current) => {
      if (isNarrative) {
        current.narrative = value;
        return;
      }
      current.answers = current.answers || {};
      if (value === undefined) delete current.answers[wrapper.dataset.ccQuestion];
      else current.answers[wrapper.dataset.ccQuestion] = value;
    };
    const saved = caseId ? store.updateCase(caseId, mutate, today()) : editActive(store, mutate, today());
    // Only a write that succeeded is "saved"; the notice at the top of the page says why not.
    if (saved) tell(say("case.saved"));
    else tell(say(store.failure === "gone" ? "case.not_saved_gone" : "case.not_saved"));
  }

  // Typed text waits TYPING_DELAY_MS to be saved, and goes to the case it was typed in.
  let typing = null;
  let pending = null; // {target, caseId}
  function savePending() {
    clearTimeout(typing);
    if (!pending) return;
    const { target, caseId } = pending;
    pending = null;
    saveAnswer(target, false, caseId);
  }
  // Another tab's change is applied only once what this tab's reader typed is saved.
  store.onBeforeExternalChange(savePending);
  const listen = (type, handler) => forms.forEach((form) => form.addEventListener(type, handler));
  listen("change", (event) => {
    let caseId = store.activeId();
    if (pending?.target === event.target) caseId = pending.caseId ?? caseId;
    if (pending?.target === event.target) pending = null;
    clearTimeout(typing);
    saveAnswer(event.target, true, caseId);
  });
  listen("input", (event) => {
    if (!event.target.matches("textarea, input[type=text], input[type=number]")) return;
    if (pending && pending.target !== event.target) savePending();
    clearTimeout(typing);
    pending = { target: event.target, caseId: pending ? pending.caseId : store.activeId() };
    typing = setTimeout(savePending, TYPING_DELAY_MS);
  });
  listen("submit", (event) => event.preventDefault());

  // A plain edit must not rewrite the control being typed in; other changes redraw everything,
  // except, for another tab's change, the control the reader is using.
  store.subscribe((change) => {
    const file = store.active();
    if (change === "update") {
      renderFollowUps(file);
      renderCounts(file);
    } else {
      renderAll(file, change === "external");
    }
  });
  renderAll(store.active());

  return {
    /** The case as the form shows it: a hidden follow-up's saved answer is left out. */
    asShown(file) {
      return { ...file, answers: visibleAnswers(file.answers, rules) };
    },
  };
}
