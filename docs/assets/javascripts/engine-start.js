// Loaded early, from the head of the diagnostic page only: starts the engine's worker while the
// rest of the page loads, then keeps the engine host in step with it once the page is parsed.
import { readConfig } from "./config.js";
import { startEngine } from "./engine.js";
import { bindEngineHost } from "./engine-host.js";
import { cacheEngineOffline, keepStorage, registerOffline } from "./offline.js";

// Once the engine is ready, its files are kept for offline use (the service worker is registered
// only then, so its precache does not compete with the start); a failure is shown by the host.
const started = startEngine(readConfig());
started.then(cacheEngineOffline, () => registerOffline());
// Ready or failed, the page's deferred work may start: Material's search index waits for this
// (see overrides/main.html), so that it does not compete with the engine's start.
started.catch(() => {}).then(() => document.dispatchEvent(new Event("cc-engine-settled")));
// The reader's cases live on this page: ask the browser to keep them.
keepStorage();

function bind() {
  const config = readConfig(); // now with the diagnostic's own strings, from the page's body
  document.querySelectorAll("[data-cc-app]").forEach((app) => bindEngineHost(app, config));
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", bind, { once: true });
else bind();
