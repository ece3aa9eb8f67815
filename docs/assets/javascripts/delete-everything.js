// "Delete everything": the one place that empties what this site keeps in the reader's browser —
// the cases, the backups of unreadable data, this tab's choice of case, and the site's own caches —
// and nothing that belongs to another site on the same origin.
import { t } from "./config.js";
import * as engine from "./engine.js";

/** The confirmation, naming the backups of unreadable data when there are any. */
export function confirmation(config, store) {
  const cases = store.list().length;
  const backups = store.unreadable().length;
  const parts = [t(config, "case.delete_all_confirm", { cases })];
  if (backups) parts.push(t(config, "case.delete_all_confirm_backups", { backups }));
  return parts.join("\n\n");
}

/** Ask, then delete; resolves with true (deleted), false (deletion failed) or null (not asked). */
export async function deleteEverything(config, store, ask = (text) => window.confirm(text)) {
  if (!ask(confirmation(config, store))) return null;
  let done = store.removeAll();
  // Integration point: the service worker's caches. The module that registers the service worker
  // exports clearSiteCaches() from engine.js; until it exists there is no cache to clear.
  if (typeof engine.clearSiteCaches === "function") {
    try {
      await engine.clearSiteCaches();
    } catch {
      done = false;
    }
  }
  return done;
}
