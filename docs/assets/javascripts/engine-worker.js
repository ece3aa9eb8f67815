// The engine's Web Worker (a module worker): loads Pyodide and the client_conflict wheel from the
// site's own assets, then answers the page's requests by id. Nothing is fetched from elsewhere.
//
// It tells the page how far it got ("progress" messages, one per stage and per file received),
// so the page's start deadline measures a stall, not a total. Failures are sent as a short code
// plus the detail (a Python traceback, say), which the page keeps for the console.

const queue = [];
let engine = null;

function progress(stage) {
  self.postMessage({ type: "progress", stage, at: performance.timeOrigin + performance.now() });
}

// An error the worker did not catch ends the engine: the page terminates it and offers a retry.
self.addEventListener("unhandledrejection", (event) => {
  event.preventDefault();
  self.postMessage({ type: "crashed", detail: String(event.reason?.stack || event.reason) });
});

// Registered before any await, so no message sent during start-up is lost.
self.onmessage = (event) => {
  const message = event.data || {};
  if (message.type === "init") {
    engine = start(message).then(
      (loaded) => {
        progress("ready");
        self.postMessage({ type: "ready", version: loaded.version });
        return loaded;
      },
      (error) => {
        self.postMessage({ type: "failed", detail: String(error?.stack || error) });
        return null;
      },
    );
    queue.splice(0).forEach(answer);
  } else if (engine) {
    answer(message);
  } else {
    queue.push(message);
  }
};

// Each file the worker receives counts as progress (Resource Timing reports it once complete).
if (typeof PerformanceObserver !== "undefined") {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) progress(`fetched ${entry.name.split("/").pop()}`);
  }).observe({ type: "resource", buffered: true });
}

async function start({ pyodide: indexURL, wheel }) {
  progress("worker");
  // The wheel is fetched while Pyodide starts, then unpacked straight into site-packages: no
  // package manager, no lock file lookup. Its URL carries its hash, so the browser may cache it.
  const wheelBytes = fetch(wheel).then((response) => {
    if (!response.ok) throw new Error(`${wheel}: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  wheelBytes.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  const { loadPyodide } = await import(`${indexURL}pyodide.mjs`);
  progress("runtime");
  const pyodide = await loadPyodide({ indexURL, packages: [] });
  progress("python");
  const sitePackages = pyodide.runPython("import sys; [p for p in sys.path if p.endswith('site-packages')][0]");
  pyodide.unpackArchive(await wheelBytes, "wheel", { extractDir: sitePackages });
  progress("wheel");
  const browser = pyodide.pyimport("client_conflict.browser");
  const version = pyodide.pyimport("client_conflict").__version__;
  progress("import");
  return { version, browser };
}

async function answer(message) {
  const loaded = await engine;
  if (!loaded) {
    self.postMessage({ id: message.id, error: "unavailable" });
    return;
  }
  try {
    let result;
    if (message.type === "evaluate") {
      result = loaded.browser.evaluate(message.case, message.lang, message.today, message.baseUrl);
    } else if (message.type === "load") {
      result = loaded.browser.load(message.text, message.lang, message.today);
    } else {
      throw new Error(`unknown request ${message.type}`);
    }
    self.postMessage({ id: message.id, result });
  } catch (error) {
    // browser.py never raises; if Python or Pyodide does anyway, the page gets a code, not a trace.
    self.postMessage({ id: message.id, error: "crashed", detail: String(error?.stack || error) });
  }
}
