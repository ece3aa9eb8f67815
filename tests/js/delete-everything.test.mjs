// "Delete everything": what it asks, and that a "no" deletes nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { CaseStore, storageKey } from "../../docs/assets/javascripts/case-store.js";
import { confirmation, deleteEverything } from "../../docs/assets/javascripts/delete-everything.js";
import { MemoryStorage } from "./memory-storage.mjs";

const KEY = storageKey("/repo/");
const config = {
  ui: {
    "case.delete_all_confirm": "Delete all your cases?",
    "case.delete_all_confirm_backups": "And the unreadable data ({backups} copies).",
  },
};

test("the confirmation names the backups only when there are some", () => {
  const storage = new MemoryStorage();
  const store = new CaseStore(storage, KEY);
  store.create("Nu", "2026-09-01");
  assert.equal(confirmation(config, store), "Delete all your cases?");
  storage.setItem(`${KEY}.unreadable-1`, "{broken");
  assert.match(confirmation(config, store), /unreadable data \(1 copies\)/);
});

test("nothing is deleted when the reader says no; everything of this site when yes", async () => {
  const storage = new MemoryStorage({ [`${KEY}.unreadable-1`]: "{broken", "/other/x": "kept" });
  const store = new CaseStore(storage, KEY);
  store.create("Xi", "2026-09-01");
  assert.equal(await deleteEverything(config, store, () => false), null);
  assert.equal(storage.length, 3);
  assert.equal(await deleteEverything(config, store, () => true), true);
  assert.deepEqual([...storage.map.keys()], ["/other/x"]);
});

test("the site's caches are cleared when their owner is on the page, and a failure is told", async () => {
  const store = new CaseStore(new MemoryStorage(), KEY);
  let cleared = 0;
  const owner = async () => ({ clearSiteCaches: async () => { cleared += 1; } });
  assert.equal(await deleteEverything(config, store, () => true, owner), true);
  assert.equal(cleared, 1);
  assert.equal(await deleteEverything(config, store, () => true, async () => null), true);
  const broken = async () => ({ clearSiteCaches: async () => { throw new Error("denied"); } });
  assert.equal(await deleteEverything(config, store, () => true, broken), false);
});
