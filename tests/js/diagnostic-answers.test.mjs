// The diagnostic's pure rules: follow-ups shown from their parent's answer, three-part dates.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  dateFromParts, isShown, parseShownWhen, visibleAnswers,
} from "../../docs/assets/javascripts/diagnostic-answers.js";

test("a follow-up rule is read from its data attribute", () => {
  assert.deepEqual(parseShownWhen("reader_place:us|fr"), { parent: "reader_place", values: ["us", "fr"] });
  assert.equal(parseShownWhen(""), null);
  assert.equal(parseShownWhen(":x"), null);
});

test("a follow-up shows only for the parent answers it names", () => {
  const rule = parseShownWhen("breach:true");
  assert.equal(isShown(rule, true), true);
  assert.equal(isShown(rule, false), false);
  assert.equal(isShown(rule, undefined), false);
  assert.equal(isShown(parseShownWhen("sources:payment"), ["quality", "payment"]), true);
  assert.equal(isShown(parseShownWhen("level:4|5"), 4), true);
  assert.equal(isShown(null, undefined), true, "a question with no rule always shows");
});

test("hidden follow-ups, and theirs, are left out; the saved answers are untouched", () => {
  const answers = { reader_place: "fr", reader_us_state: "ny", reader_trader: "yes", deep: "x" };
  const rules = [
    ["reader_us_state", parseShownWhen("reader_place:us")],
    ["reader_trader", parseShownWhen("reader_place:fr")],
    ["deep", parseShownWhen("reader_us_state:ny")],
  ];
  assert.deepEqual(visibleAnswers(answers, rules), { reader_place: "fr", reader_trader: "yes" });
  assert.equal(answers.reader_us_state, "ny");
});

test("a date is whole and real, or empty, or refused", () => {
  assert.equal(dateFromParts("7", "03", "2026"), "2026-03-07");
  assert.equal(dateFromParts(" 29", "2", "2024"), "2024-02-29");
  assert.equal(dateFromParts("29", "02", "2025"), null, "no 29 February in 2025");
  assert.equal(dateFromParts("31", "04", "2026"), null);
  assert.equal(dateFromParts("1", "01", "26"), null, "a year has four digits");
  assert.equal(dateFromParts("", "", ""), "");
  assert.equal(dateFromParts("12", "", "2026"), null);
});
