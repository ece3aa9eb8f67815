// Interface strings: placeholders and words that agree with a number, as the engine's catalogs.
import assert from "node:assert/strict";
import { test } from "node:test";

import { singular, t } from "../../docs/assets/javascripts/config.js";

const fr = { lang: "fr", ui: { progress: "{done} sur {total} [[done:fait|faits]]" } };
const en = { lang: "en", ui: { restored: "Backup imported: {count} [[count:case|cases]]." } };

test("French takes the singular for 0 and 1, English for 1 only", () => {
  assert.deepEqual([0, 1, 2].map((n) => singular("fr", n)), [true, true, false]);
  assert.deepEqual([0, 1, 2].map((n) => singular("en", n)), [false, true, false]);
});

test("a word agrees with its number in each language", () => {
  assert.equal(t(fr, "progress", { done: 0, total: 8 }), "0 sur 8 fait");
  assert.equal(t(fr, "progress", { done: 1, total: 8 }), "1 sur 8 fait");
  assert.equal(t(fr, "progress", { done: 3, total: 8 }), "3 sur 8 faits");
  assert.equal(t(en, "restored", { count: 1 }), "Backup imported: 1 case.");
  assert.equal(t(en, "restored", { count: 0 }), "Backup imported: 0 cases.");
});

test("a form whose number is not given is left as written", () => {
  assert.equal(t(fr, "progress", { total: 8 }), "{done} sur 8 [[done:fait|faits]]");
});
