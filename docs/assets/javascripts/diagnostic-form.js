// The questionnaire and the account: binds the form generated from the questionnaire to the
// active case. The only writer of the form's controls, of which follow-up questions show, of the
// per-section counts and of the form's own error messages.
import { editActive } from "./case-store.js";
import { dateIsPartial, isShown, parseShownWhen, readAnswer, readDate, writeAnswer } from "./diagnostic-answers.js";

const TYPING_DELAY_MS = 400;

/**
 * @param {HTMLFormElement} form  the [data-cc-form]
 * @param {object} deps  {store, say, config, tell, today}
 */
export function setUpForm(form, { store, say, config, tell, today }) {
  const questions = [...form.querySelectorAll("[data-cc-question]")];
  const followUps = questions
    .map((wrapper) => ({ wrapper, rule: parseShownWhen(wrapper.dataset.ccShownWhen) }))
    .filter(({ rule }) => rule);

  /** Show a follow-up only when its parent's saved answer calls for it; its answer is kept. */
  function renderFollowUps(file) {
    for (const { wrapper, rule } of followUps) {
      wrapper.hidden = !isShown(rule, file?.answers?.[rule.parent]);
    }
  }

  // How far the reader has got in each section, shown on its (often closed) summary line;
  // a hidden follow-up counts neither as asked nor as answered.
  function renderCounts(file) {
    form.querySelectorAll("details.cc-section").forEach((section) => {
      const ids = [...section.querySelectorAll("[data-cc-question]")]
        .filter((wrapper) => !wrapper.hidden)
        .map((wrapper) => wrapper.dataset.ccQuestion);
      let count = section.querySelector(".cc-section__count");
      if (!count) {
        count = document.createElement("span");
        count.className = "cc-section__count";
        section.querySelector("summary").append(count);
      }
      const answered = ids.filter((id) => file?.answers?.[id] !== undefined).length;
      count.textContent = `(${say("form.answered", { answered, total: ids.length })})`;
    });
  }

  function renderAll(file) {
    questions.forEach((wrapper) => writeAnswer(wrapper, file?.answers?.[wrapper.dataset.ccQuestion]));
    form.elements.narrative.value = file?.narrative || "";
    form.querySelectorAll("[data-cc-number-error], [data-cc-date-error]").forEach(showError);
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

  function saveAnswer(target, final) {
    const wrapper = target.closest("[data-cc-question]");
    const isNarrative = target.name === "narrative";
    if (!wrapper && !isNarrative) return;
    if (wrapper?.dataset.kind === "number" && !numberIsValid(wrapper, target)) return;
    if (wrapper?.dataset.kind === "date" && !dateIsReady(wrapper, target, final)) return;
    const value = isNarrative ? target.value : readAnswer(wrapper);
    const saved = editActive(store, (current) => {
      if (isNarrative) {
        current.narrative = value;
        return;
      }
      current.answers = current.answers || {};
      if (value === undefined) delete current.answers[wrapper.dataset.ccQuestion];
      else current.answers[wrapper.dataset.ccQuestion] = value;
    }, today());
    if (saved) tell(say("case.saved"));
  }

  let typing = null;
  form.addEventListener("change", (event) => {
    clearTimeout(typing);
    saveAnswer(event.target, true);
  });
  form.addEventListener("input", (event) => {
    if (!event.target.matches("textarea, input[type=text], input[type=number]")) return;
    clearTimeout(typing);
    typing = setTimeout(() => saveAnswer(event.target, false), TYPING_DELAY_MS);
  });
  form.addEventListener("submit", (event) => event.preventDefault());

  // A plain edit must not rewrite the control being typed in; other changes redraw everything.
  store.subscribe((change) => {
    const file = store.active();
    if (change === "update") {
      renderFollowUps(file);
      renderCounts(file);
    } else {
      renderAll(file);
    }
  });
  renderAll(store.active());
}
