// "Delete everything": the one place that empties what this site keeps in the reader's browser —
// the cases, the backups of unreadable data, this tab's choice of case, and the site's own caches —
// and nothing that belongs to another site on the same origin.
import { t } from "./config.js";

/**
 * The module that owns the site's caches (offline.js, with the service worker), when the page
 * loads it; null otherwise. Importing the URL the page already loaded makes no new request.
 */
async function cacheOwner(doc = globalThis.document) {
  const script = [...(doc?.querySelectorAll("script[type=module][src]") || [])]
    .find((node) => new URL(node.src, doc.baseURI).pathname.endsWith("/offline.js"));
  return script ? import(script.src) : null;
}

/** The confirmation, naming the backups of unreadable data when there are any. */
export function confirmation(config, store) {
  const cases = store.list().length;
  const backups = store.unreadable().length;
  const parts = [t(config, "case.delete_all_confirm", { cases })];
  if (backups) parts.push(t(config, "case.delete_all_confirm_backups", { backups }));
  return parts.join("\n\n");
}

/** Ask, then delete; resolves with true (deleted), false (deletion failed) or null (not asked). */
export async function deleteEverything(config, store, ask = (text) => window.confirm(text),
  caches = cacheOwner) {
  if (!ask(confirmation(config, store))) return null;
  let done = store.removeAll();
  // The site's caches: offline.js (the service worker's module) exports clearSiteCaches(), which
  // removes this site's caches and no other's. A page without it has no cache to clear.
  try {
    const owner = await caches();
    if (typeof owner?.clearSiteCaches === "function") await owner.clearSiteCaches();
  } catch {
    done = false;
  }
  return done;
}
