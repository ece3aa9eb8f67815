// The site offline and kept: registers the service worker (service-worker/sw.js), offers
// a reload when a new version of the site is installed, asks the browser to keep the site's
// storage, and removes this site's caches on request. Loaded as a module on every page.
//
// Every cache the site makes is named "<site path>cc-…" (the service worker does the naming), so
// that on a shared origin (owner.github.io) nothing here touches another site's caches.
import { readConfig, t } from "./config.js";

const config = readConfig();
const siteRoot = new URL(config.siteRoot);
/** What every cache name of this site starts with. */
export const CACHE_PREFIX = `${siteRoot.pathname}cc-`;

/**
 * Delete this site's caches (its offline copy and its engine), and only those; resolves with the
 * names deleted. For "delete everything"; the offline copy comes back on the next visit.
 */
export async function clearSiteCaches() {
  if (typeof caches === "undefined") return [];
  const names = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX));
  await Promise.all(names.map((name) => caches.delete(name)));
  return names;
}

/** Ask the browser to keep the site's storage (cases, offline copy); resolves with the answer. */
export async function keepStorage() {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}

/** The gentle reminder to back up cases, in the reader's language, for whoever shows it. */
export function backupReminderText(pageConfig = readConfig()) {
  return t(pageConfig, "offline.backup_reminder");
}

/** Ask the service worker to keep the engine's files (the diagnostic calls this once it is ready). */
export async function cacheEngineOffline() {
  if (!(await registerOffline())) return;
  const registration = await navigator.serviceWorker.ready;
  registration.active?.postMessage({ type: "CACHE_ENGINE" });
}

let reloadAccepted = false;

function offerReload(waiting) {
  if (document.querySelector("[data-cc-update]")) return;
  const notice = document.createElement("div");
  notice.className = "cc-update";
  notice.dataset.ccUpdate = "";
  notice.setAttribute("role", "status");
  const text = document.createElement("span");
  text.textContent = t(config, "offline.update");
  const reload = document.createElement("button");
  reload.type = "button";
  reload.textContent = t(config, "offline.reload");
  reload.addEventListener("click", () => {
    reloadAccepted = true;
    reload.disabled = true;
    waiting.postMessage({ type: "SKIP_WAITING" });
  });
  notice.append(text, " ", reload);
  document.body.append(notice);
}

let registered = null;

/**
 * Register the service worker (once); resolves with true if it is registered. A page that starts
 * the engine calls it once the engine has started, so the precache does not compete with it.
 */
export function registerOffline() {
  registered ??= register();
  return registered;
}

async function register() {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return false;
  const container = navigator.serviceWorker;
  container.addEventListener("controllerchange", () => {
    if (reloadAccepted) window.location.reload();
  });
  let registration;
  try {
    registration = await container.register(new URL("sw.js", siteRoot).href, { scope: siteRoot.href });
  } catch (error) {
    console.warn("client-conflict: no offline copy", error); // eslint-disable-line no-console
    return false;
  }
  if (!registration) return false; // blocked (by the browser's settings, or a test)
  // A new version waits until the reader accepts the reload; the first one needs no notice.
  if (registration.waiting && container.controller) offerReload(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed" && container.controller) offerReload(installing);
    });
  });
  return true;
}

// Other pages register once loaded; the diagnostic's page, once its engine has started.
if (!document.querySelector("[data-cc-app]")) {
  if (document.readyState === "complete") registerOffline();
  else window.addEventListener("load", () => registerOffline(), { once: true });
}
