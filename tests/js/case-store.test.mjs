// The case store on its own, under Node's test runner, with an in-memory Storage.
import assert from "node:assert/strict";
import { test } from "node:test";
import { CASE_FORMAT, CASE_VERSION, CaseStore, newCase, storageKey } from "../../docs/assets/javascripts/case-store.js";
import { MemoryStorage } from "./memory-storage.mjs";

const KEY = storageKey("/repo/");

test("the key carries the site's path and a schema version", () => {
  assert.equal(KEY, "/repo/client-conflict.store.v1");
  assert.notEqual(storageKey("/other-repo/"), KEY);
});

test("a new case is a valid, empty case file", () => {
  const file = newCase("Maison Verdier", "2026-09-14");
  assert.equal(file.format, CASE_FORMAT);
  assert.equal(file.version, CASE_VERSION);
  assert.deepEqual(file.timeline, []);
  assert.deepEqual(file.answers, {});
});

test("cases survive a reload, and the active one is remembered", () => {
  const storage = new MemoryStorage();
  const store = new CaseStore(storage, KEY);
  store.create("Alpha", "2026-09-01");
  const beta = store.create("Beta", "2026-09-02");
  store.update((file) => { file.answers.trust_reliability_deadlines = 4; }, "2026-09-03");
  const again = new CaseStore(storage, KEY);
  assert.equal(again.activeId(), beta);
  assert.equal(again.active().answers.trust_reliability_deadlines, 4);
  assert.equal(again.active().updated, "2026-09-03");
  assert.deepEqual(again.list().map(([, file]) => file.client), ["Alpha", "Beta"]);
});

test("unreadable data is set aside, never thrown away", () => {
  const storage = new MemoryStorage({ [KEY]: "{broken" });
  const problems = [];
  const store = new CaseStore(storage, KEY, (problem) => problems.push(problem));
  assert.deepEqual(problems, ["corrupt"]);
  assert.equal(store.active(), null);
  const backups = [...storage.map.keys()].filter((k) => k.startsWith(`${KEY}.unreadable-`));
  assert.equal(backups.length, 1);
  assert.equal(storage.getItem(backups[0]), "{broken");
});

test("when there is no room for a backup, the original is left untouched", () => {
  const storage = new MemoryStorage({ [KEY]: "x".repeat(50) }, 60);
  const store = new CaseStore(storage, KEY, () => {});
  store.create("Gamma", "2026-09-01");
  assert.equal(storage.getItem(KEY), "x".repeat(50));
});

test("a full storage is reported and the change stays in memory", () => {
  const storage = new MemoryStorage({}, 10);
  const problems = [];
  const store = new CaseStore(storage, KEY, (problem) => problems.push(problem));
  store.create("Delta", "2026-09-01");
  assert.ok(problems.includes("full"));
  assert.equal(store.active().client, "Delta");
});

test("delete everything removes the cases and this site's backups only", () => {
  const storage = new MemoryStorage({ [`${KEY}.unreadable-1`]: "old", "/other/client-conflict.store.v1": "{}" });
  const store = new CaseStore(storage, KEY);
  store.create("Epsilon", "2026-09-01");
  store.removeAll();
  assert.equal(storage.getItem(KEY), null);
  assert.equal(storage.getItem(`${KEY}.unreadable-1`), null);
  assert.equal(storage.getItem("/other/client-conflict.store.v1"), "{}");
  assert.equal(store.active(), null);
});

test("listeners hear whether a change was a plain edit", () => {
  const store = new CaseStore(new MemoryStorage(), KEY);
  const heard = [];
  store.subscribe((change) => heard.push(change));
  store.create("Zeta", "2026-09-01");
  store.update((file) => { file.narrative = "…"; }, "2026-09-02");
  assert.deepEqual(heard, ["structure", "update"]);
});

test("a first edit creates the case and is heard as one plain edit", () => {
  const store = new CaseStore(new MemoryStorage(), KEY);
  const heard = [];
  store.subscribe((change) => heard.push(change));
  assert.equal(store.update((file) => { file.narrative = "x"; }, "2026-09-02"), false);
  assert.ok(store.update((file) => { file.narrative = "x"; }, "2026-09-02", "My case"));
  assert.deepEqual(heard, ["update"]);
  assert.equal(store.active().client, "My case");
  assert.equal(store.active().narrative, "x");
});
