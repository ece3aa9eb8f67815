// The case store under faults: unreadable and malformed data, a full or broken storage, a store
// from a newer version of the site, and two tabs sharing one localStorage.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  CASE_VERSION, CaseStore, newCase, storageKey,
} from "../../docs/assets/javascripts/case-store.js";
import { MemoryStorage } from "./memory-storage.mjs";

const KEY = storageKey("/repo/");

function backups(storage) {
  return [...storage.map.keys()].filter((key) => key.startsWith(`${KEY}.unreadable-`));
}

function open(storage, { session = new MemoryStorage(), problems = [] } = {}) {
  return new CaseStore(storage, KEY, (problem) => problems.push(problem), { session });
}

function storeText(cases, active = null, version = 1) {
  return JSON.stringify({ version, active, cases });
}

test("an unreadable value is backed up once, not once per page view", () => {
  const storage = new MemoryStorage({ [KEY]: "{broken" });
  for (let view = 0; view < 3; view += 1) open(storage);
  assert.equal(backups(storage).length, 1);
  assert.equal(storage.getItem(backups(storage)[0]), "{broken");
  // A different unreadable value gets its own backup.
  storage.setItem(KEY, "[1, 2");
  open(storage);
  open(storage);
  assert.equal(backups(storage).length, 2);
});

test("a full store with an unreadable value: nothing is said to be saved, nothing is overwritten", () => {
  const storage = new MemoryStorage({ [KEY]: "x".repeat(50) }, 60);
  const problems = [];
  const store = open(storage, { problems });
  assert.ok(problems.includes("stuck"), problems);
  const saved = store.update((file) => { file.narrative = "typed"; }, "2026-09-01", "My case");
  assert.equal(saved, false);
  assert.equal(store.saved, false);
  assert.equal(storage.getItem(KEY), "x".repeat(50));
  // The unreadable value is still within the reader's reach, for the download.
  assert.deepEqual(store.unreadable(), [{ key: KEY, value: "x".repeat(50) }]);
});

test("a broken setItem is reported as a failed save", () => {
  const storage = new MemoryStorage();
  storage.setItem = () => { throw new Error("SecurityError"); };
  const problems = [];
  const store = open(storage, { problems });
  const saved = store.update((file) => { file.narrative = "typed"; }, "2026-09-01", "My case");
  assert.equal(saved, false);
  assert.equal(store.saved, false);
  assert.equal(store.failure, "full");
  assert.ok(problems.includes("full"));
});

test("a successful write after a failure clears the failure", () => {
  const storage = new MemoryStorage({}, 10);
  const store = open(storage);
  store.create("Delta", "2026-09-01");
  assert.equal(store.saved, false);
  storage.quota = Infinity;
  assert.equal(store.update((file) => { file.narrative = "x"; }, "2026-09-02"), true);
  assert.equal(store.saved, true);
});

test("a store written by a newer version of the site is read-only and never overwritten", () => {
  const text = JSON.stringify({ version: 2, tabs: {}, cases: {} });
  const storage = new MemoryStorage({ [KEY]: text });
  const problems = [];
  const store = open(storage, { problems });
  assert.equal(store.readOnly, "newer");
  assert.ok(problems.includes("newer"));
  assert.equal(store.update((file) => { file.narrative = "x"; }, "2026-09-01", "My case"), false);
  assert.equal(store.create("Eta", "2026-09-01"), null);
  assert.equal(storage.getItem(KEY), text);
  assert.deepEqual(backups(storage), [], "a newer store is not corrupt");
});

test("a case written by a newer version keeps the whole store read-only", () => {
  const newer = { ...newCase("Theta", "2026-09-01"), version: CASE_VERSION + 1 };
  const text = storeText({ a: newCase("Iota", "2026-09-01"), b: newer }, "a");
  const storage = new MemoryStorage({ [KEY]: text });
  const store = open(storage);
  assert.equal(store.readOnly, "newer");
  assert.equal(store.active().client, "Iota");
  assert.equal(store.update((file) => { file.narrative = "x"; }, "2026-09-02"), false);
  assert.equal(storage.getItem(KEY), text);
});

test("a malformed store neither throws nor touches Object.prototype; bad cases are set aside", () => {
  const good = newCase("Kappa", "2026-09-01");
  const badTimeline = { ...newCase("Lambda", "2026-09-01"), timeline: { not: "a list" } };
  const text = `{"version": 1, "active": "__proto__", "cases": {"a": null, "b": ${JSON.stringify(badTimeline)}, "__proto__": ${JSON.stringify(good)}, "good": ${JSON.stringify(good)}}}`;
  const storage = new MemoryStorage({ [KEY]: text });
  const problems = [];
  const store = open(storage, { problems });
  assert.ok(problems.includes("corrupt"));
  const ids = store.list().map(([id]) => id).sort();
  assert.deepEqual(ids, ["__proto__", "good"]);
  store.update((file) => { file.answers.polluted = 1; }, "2026-09-02");
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
  store.select("good");
  assert.equal(store.active().client, "Kappa");
  // What did not validate is kept, one backup per case, and reachable.
  const kept = store.unreadable().map(({ value }) => JSON.parse(value));
  assert.deepEqual(kept.map(({ id }) => id).sort(), ["a", "b"]);
  assert.deepEqual(kept.find(({ id }) => id === "b").case.timeline, { not: "a list" });
  // Another page view does not copy them again.
  open(storage);
  assert.equal(backups(storage).length, 2);
});

test("a store whose cases are not an object is set aside whole", () => {
  for (const cases of ["null", "[]", "\"text\""]) {
    const storage = new MemoryStorage({ [KEY]: `{"version": 1, "active": null, "cases": ${cases}}` });
    const store = open(storage);
    assert.deepEqual(store.list(), []);
    assert.equal(backups(storage).length, 1, cases);
  }
});

test("the notice stays until the reader has downloaded the unreadable data", () => {
  const storage = new MemoryStorage({ [KEY]: "{broken" });
  assert.equal(open(storage).unseenBackups().length, 1);
  const again = open(storage);
  assert.equal(again.unseenBackups().length, 1, "not gone after one reload");
  again.markBackupsSeen();
  assert.deepEqual(open(storage).unseenBackups(), []);
  assert.equal(open(storage).unreadable().length, 1, "the backup itself is kept");
});

test("the active case belongs to the tab: another tab's switch does not move it", () => {
  const storage = new MemoryStorage();
  const tabA = open(storage);
  const alpha = tabA.create("Alpha", "2026-09-01");
  const tabB = open(storage);
  assert.equal(tabB.activeId(), alpha, "a new tab starts on the stored active case");
  const beta = tabB.create("Beta", "2026-09-02");
  tabA.externalChange(); // the storage event
  assert.equal(tabA.activeId(), alpha);
  tabA.update((file) => { file.narrative = "for Alpha"; }, "2026-09-03");
  const stored = JSON.parse(storage.getItem(KEY));
  assert.equal(stored.cases[alpha].narrative, "for Alpha");
  assert.equal(stored.cases[beta].narrative, "");
  // A tab opened now starts on the case last chosen anywhere.
  assert.equal(open(storage).activeId(), beta);
});

test("a tab's edit starts from what another tab stored, even before the storage event", () => {
  const storage = new MemoryStorage();
  const tabA = open(storage);
  const alpha = tabA.create("Alpha", "2026-09-01");
  const tabB = open(storage);
  const beta = tabB.create("Beta", "2026-09-02");
  tabA.update((file) => { file.narrative = "typed in A"; }, "2026-09-03");
  const stored = JSON.parse(storage.getItem(KEY));
  assert.ok(stored.cases[beta], "tab B's new case survives tab A's edit");
  assert.equal(stored.cases[alpha].narrative, "typed in A");
});

test("pending input is saved, to the case it was typed in, before another tab's change is shown", () => {
  const storage = new MemoryStorage();
  const tabA = open(storage);
  const alpha = tabA.create("Alpha", "2026-09-01");
  const tabB = open(storage);
  tabB.update((file) => { file.answers.amount = 1; }, "2026-09-02");
  const heard = [];
  tabA.subscribe((change) => heard.push([change, tabA.active().narrative]));
  let pending = "1234567";
  tabA.onBeforeExternalChange(() => {
    if (pending === null) return;
    const text = pending;
    pending = null;
    tabA.updateCase(alpha, (file) => { file.narrative = text; }, "2026-09-03");
  });
  tabA.externalChange();
  const stored = JSON.parse(storage.getItem(KEY)).cases[alpha];
  assert.equal(stored.narrative, "1234567");
  assert.equal(stored.answers.amount, 1, "the other tab's change is kept too");
  assert.deepEqual(heard, [["external", "1234567"]]);
});

test("input for a case another tab deleted is not moved into another case", () => {
  const storage = new MemoryStorage();
  const tabA = open(storage);
  const alpha = tabA.create("Alpha", "2026-09-01");
  const beta = tabA.create("Beta", "2026-09-01");
  tabA.select(alpha);
  const tabB = open(storage);
  tabB.remove(alpha);
  assert.equal(tabA.updateCase(alpha, (file) => { file.narrative = "lost?"; }, "2026-09-02"), false);
  assert.equal(tabA.failure, "gone");
  assert.equal(JSON.parse(storage.getItem(KEY)).cases[beta].narrative, "");
});

test("an edit does not re-stamp a version-2 case, whose deadline is counted from `updated`", () => {
  const old = {
    format: "client-conflict-case", version: 2, client: "Old", created: "2026-01-05",
    updated: "2026-03-01", narrative: "", timeline: [], answers: { deadline_days: 40 }, checklists: {},
  };
  const storage = new MemoryStorage({ [KEY]: storeText({ old }, "old") });
  const store = open(storage);
  assert.ok(store.update((file) => { file.checklists["steps/1-describe/"] = ["0"]; }, "2026-09-14"));
  const stored = JSON.parse(storage.getItem(KEY)).cases.old;
  assert.equal(stored.updated, "2026-03-01");
  assert.deepEqual(stored.checklists["steps/1-describe/"], ["0"]);
  // A current case is stamped as before.
  store.create("New", "2026-09-01");
  store.update((file) => { file.narrative = "x"; }, "2026-09-14");
  assert.equal(store.active().updated, "2026-09-14");
});

test("delete everything: this site's cases, backups and tab state, nothing of another site", () => {
  const other = {
    [storageKey("/")]: "{\"version\": 1, \"cases\": {}}",
    [`${storageKey("/")}.unreadable-1`]: "other site's backup",
    "/repo-two/client-conflict.store.v1": "{}",
    "/repo/.__palette": "{\"index\": 1}",
  };
  const storage = new MemoryStorage({ ...other, [`${KEY}.unreadable-1`]: "old" });
  const session = new MemoryStorage();
  const store = open(storage, { session });
  store.create("Epsilon", "2026-09-01");
  assert.ok(session.getItem(`${KEY}.active`));
  assert.equal(store.removeAll(), true);
  assert.deepEqual(Object.fromEntries(storage.map), other);
  assert.equal(session.getItem(`${KEY}.active`), null);
  assert.equal(store.active(), null);
  // And the other way round: the site at the origin's root leaves /repo/ alone.
  const root = new CaseStore(storage, storageKey("/"));
  storage.setItem(KEY, "{}");
  root.removeAll();
  assert.equal(storage.getItem(KEY), "{}");
  assert.equal(storage.getItem("/repo-two/client-conflict.store.v1"), "{}");
});

test("delete everything is the way out of a read-only store", () => {
  const storage = new MemoryStorage({ [KEY]: "x".repeat(500) }, 700);
  const store = open(storage);
  assert.equal(store.readOnly, "stuck");
  store.removeAll();
  assert.equal(store.readOnly, null);
  assert.ok(store.create("Zeta", "2026-09-01"));
  assert.equal(store.saved, true);
});

test("an imported case keeps its id; a clash gets a new one, and replace keeps the id", () => {
  const storage = new MemoryStorage();
  const store = open(storage);
  const file = { ...newCase("Mu", "2026-09-01"), id: "case-abcdef12" };
  assert.equal(store.add(structuredClone(file)), "case-abcdef12");
  const copy = store.add(structuredClone(file));
  assert.notEqual(copy, "case-abcdef12");
  assert.equal(store.get(copy).id, copy, "the copy's own id is its store id");
  assert.ok(store.replace("case-abcdef12", { ...structuredClone(file), narrative: "newer" }));
  assert.equal(store.get("case-abcdef12").narrative, "newer");
  assert.equal(store.list().length, 2);
});

test("a first edit through editActive creates an unnamed case", async () => {
  const { editActive } = await import("../../docs/assets/javascripts/case-store.js");
  const store = open(new MemoryStorage());
  assert.ok(editActive(store, (file) => { file.narrative = "x"; }, "2026-09-02"));
  assert.equal(store.active().client, "");
  assert.equal(store.active().id, store.activeId());
});

test("stored version-3 cases are migrated by the engine; version 2 and edited ones are left", async () => {
  const v3 = { ...newCase("Omicron", "2026-09-01"), version: 3 };
  delete v3.id; delete v3.invoices; delete v3.analyses;
  const v2 = { ...v3, version: 2, client: "Pi", answers: { deadline_days: 10 } };
  const storage = new MemoryStorage({ [KEY]: storeText({ aaaaaaaa: v3, b: v2, c: { ...v3, client: "Rho" } }, "aaaaaaaa") });
  const store = open(storage);
  const sent = [];
  const migrated = await store.migrate(async (text) => {
    const file = JSON.parse(text);
    sent.push(file.client);
    if (file.client === "Rho") store.updateCase("c", (edited) => { edited.narrative = "typed"; }, "2026-09-02");
    return { ...file, version: CASE_VERSION, id: "case-fromhash", invoices: [], analyses: [] };
  });
  assert.equal(migrated, 1);
  assert.deepEqual(sent.sort(), ["Omicron", "Rho"], "version 2 is not sent");
  const stored = JSON.parse(storage.getItem(KEY)).cases;
  assert.equal(stored.aaaaaaaa.version, CASE_VERSION);
  assert.equal(stored.aaaaaaaa.id, "aaaaaaaa", "the store's key stays the case's id");
  assert.equal(stored.b.version, 2);
  assert.equal(stored.c.version, 3, "edited while the engine worked: left for next time");
  assert.equal(stored.c.narrative, "typed");
});
