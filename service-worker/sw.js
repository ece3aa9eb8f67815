/* The site's service worker: the guide offline after one visit, never stale.
 *
 * Generated at build time (overrides/hooks/service_worker.py, with Workbox's injectManifest);
 * Workbox's runtime is served by the site itself, from the folder next to this file.
 *
 * - Pages, styles, scripts and both languages' search indexes are precached at install, with
 *   revision hashes, but served network first: online, the reader always gets the deployed
 *   version; the precache answers only when the network fails. For a page, a network that
 *   answers nothing within a few seconds, or answers with a redirect (a captive portal), has
 *   failed too.
 * - The engine (Pyodide, the wheel) is cached when the diagnostic first opens, cache first,
 *   under names carrying Pyodide's version and the wheel's hash; a new build with another wheel
 *   removes the old engine caches when it activates.
 * - Every cache name starts with the site's path plus "cc-", and only such caches are ever
 *   removed: the other project sites of the same origin keep theirs.
 * - A new version waits until the reader accepts the reload the page offers (SKIP_WAITING).
 */
importScripts("@WORKBOX_DIR@/workbox-sw.js");
workbox.setConfig({ modulePathPrefix: "@WORKBOX_DIR@/", debug: false });

const SITE = new URL(self.registration.scope).pathname;
const PREFIX = `${SITE}cc-`;
// {name: {path, cache, files}} for Pyodide and the wheel; paths relative to the scope.
const ENGINE = @ENGINE@;
const engineCache = (part) => `${PREFIX}${ENGINE[part].cache}`;

workbox.core.setCacheNameDetails({ prefix: `${SITE}cc`, precache: "precache", runtime: "runtime" });
workbox.navigationPreload.enable();
workbox.precaching.precache(self.__WB_MANIFEST);
workbox.precaching.cleanupOutdatedCaches();

self.addEventListener("message", (event) => {
  const type = event.data && event.data.type;
  if (type === "SKIP_WAITING") self.skipWaiting();
  if (type === "CACHE_ENGINE") event.waitUntil(cacheEngine());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keep = new Set(Object.keys(ENGINE).map(engineCache));
    for (const name of await caches.keys()) {
      if (name.startsWith(`${PREFIX}engine-`) && !keep.has(name)) await caches.delete(name);
    }
  })());
});

/** Cache the engine's files (asked by the diagnostic page once its engine is ready). */
async function cacheEngine() {
  for (const part of Object.keys(ENGINE)) {
    const cache = await caches.open(engineCache(part));
    for (const file of ENGINE[part].files) {
      const url = new URL(ENGINE[part].path + file, self.registration.scope).href;
      if (!(await cache.match(url))) {
        const response = await fetch(url);
        if (response.status === 200) await cache.put(url, response);
      }
    }
  }
}

const scope = new URL(self.registration.scope);
const inSite = (url) => url.origin === scope.origin && url.pathname.startsWith(SITE) && !enginePart(url);

// Online, the engine's files are left to the browser (its HTTP cache keeps the compiled
// WebAssembly, which a response passed through here would lose: measured in benchmarks/);
// offline, they come from the engine's caches.
const enginePaths = Object.keys(ENGINE).map((part) => [part, new URL(ENGINE[part].path, scope).pathname]);
const enginePart = (url) => {
  if (url.origin !== scope.origin) return null;
  const found = enginePaths.find(([, path]) => url.pathname.startsWith(path));
  return found ? found[0] : null;
};
self.addEventListener("fetch", (event) => {
  const part = enginePart(new URL(event.request.url));
  // Also behind a captive portal: the engine's worker of a page shown from the precache.
  if (!part || (self.navigator.onLine && !fromCopy.has(event.clientId))) return;
  event.respondWith(
    caches.open(engineCache(part))
      .then((cache) => cache.match(event.request.url))
      .then((cached) => cached || fetch(event.request)),
  );
});

// The precached copy of a URL ("x/" is "x/index.html"), for when the network fails.
const fromPrecache = {
  cacheWillUpdate: async () => null, // the network's answer is not kept: the precache is the copy
  handlerDidError: async ({ request }) => (await precachedCopy(request)) || undefined,
};

// Pages: the network first too, but a page the precache holds is shown from it when the network's
// answer is not the site's page: a network error; no answer within NAVIGATION_TIMEOUT_MS (a line
// that is up but carries nothing); a redirect (a captive portal sends every address to its own
// sign-in page, on another origin; the site never redirects a page it has precached, so any
// redirect of one is foreign). A page the precache does not hold gets the network's answer as is.
// A page shown from the precache takes its styles and scripts from it too (the same build, and
// no wait on a network already found unusable).
const NAVIGATION_TIMEOUT_MS = 5000;
const fromCopy = new Set(); // the ids of the clients (pages) shown from the precache

function precachedCopy(request) {
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  if (url.pathname.endsWith("/")) url.pathname += "index.html";
  return workbox.precaching.matchPrecache(url.href);
}

function isSitePage(response) {
  if (response.type === "opaqueredirect") return false; // a navigation's redirect, not followed
  return !(response.redirected && new URL(response.url).origin !== scope.origin);
}

async function navigate({ event, request }) {
  const network = (async () => (await event.preloadResponse) || fetch(request))();
  const copy = await precachedCopy(request);
  if (!copy) return network;
  const answer = network.then((response) => (isSitePage(response) ? response : null), () => null);
  event.waitUntil(answer);
  const late = new Promise((resolve) => {
    setTimeout(resolve, NAVIGATION_TIMEOUT_MS, null);
  });
  const response = await Promise.race([answer, late]);
  if (response) return response;
  if (event.resultingClientId) fromCopy.add(event.resultingClientId);
  return copy;
}

workbox.routing.registerRoute(
  ({ url, request }) => request.mode === "navigate" && inSite(url) && request.method === "GET",
  navigate,
);

const networkFirst = new workbox.strategies.NetworkFirst({
  cacheName: `${PREFIX}network`,
  plugins: [fromPrecache],
});
workbox.routing.registerRoute(
  ({ url, request }) => inSite(url) && request.method === "GET",
  async (options) => {
    const { event, request } = options;
    if (fromCopy.has(event.clientId)) {
      // The engine's worker, started by such a page, gets its files from the caches too.
      if (request.destination === "worker" && event.resultingClientId) {
        fromCopy.add(event.resultingClientId);
      }
      const copy = await precachedCopy(request);
      if (copy) return copy;
    }
    return networkFirst.handle(options);
  },
);
