// The engine's Web Worker (a module worker): loads Pyodide and the client_conflict wheel from the
// site's own assets, then answers the page's requests by id. Nothing is fetched from elsewhere.

const queue = [];
let engine = null;

// Registered before any await, so no message sent during start-up is lost.
self.onmessage = (event) => {
  const message = event.data || {};
  if (message.type === "init") {
    engine = start(message).then(
      (loaded) => {
        self.postMessage({ type: "ready", version: loaded.version });
        return loaded;
      },
      (error) => {
        self.postMessage({ type: "failed", message: String(error?.message || error) });
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

async function start({ pyodide: indexURL, wheel }) {
  const { loadPyodide } = await import(`${indexURL}pyodide.mjs`);
  const pyodide = await loadPyodide({ indexURL, packages: [] });
  await pyodide.loadPackage(wheel, { messageCallback: () => {}, errorCallback: () => {} });
  const browser = pyodide.pyimport("client_conflict.browser");
  return { version: pyodide.pyimport("client_conflict").__version__, browser };
}

async function answer(message) {
  const loaded = await engine;
  let result;
  if (!loaded) {
    result = JSON.stringify({ ok: false, error: { field: "", code: "engine", message: "engine unavailable" } });
  } else if (message.type === "evaluate") {
    result = loaded.browser.evaluate(message.case, message.lang, message.today, message.baseUrl);
  } else if (message.type === "load") {
    result = loaded.browser.load(message.text, message.lang, message.today);
  } else {
    result = JSON.stringify({ ok: false, error: { field: "", code: "request", message: `unknown request ${message.type}` } });
  }
  self.postMessage({ id: message.id, result });
}
