// The page's side of the engine: one module Web Worker that holds Pyodide and client_conflict.
//
// The worker is created once per page, on first use, and answers requests by id.

let worker = null;
let ready = null;
let nextId = 1;
const pending = new Map();

function fail(reason) {
  for (const { reject } of pending.values()) reject(reason);
  pending.clear();
}

/**
 * Start the engine if it is not running; resolve with the engine's version once it is ready.
 * `config` comes from readConfig(): the worker script, Pyodide's folder and the wheel.
 */
export function startEngine(config) {
  if (ready) return ready;
  ready = new Promise((resolve, reject) => {
    try {
      worker = new Worker(config.workerScript, { type: "module", name: "client-conflict-engine" });
    } catch (error) {
      reject(new Error(String(error?.message || error)));
      return;
    }
    worker.addEventListener("message", (event) => {
      const message = event.data || {};
      if (message.type === "ready") resolve(message.version);
      else if (message.type === "failed") reject(new Error(message.message));
      else if (pending.has(message.id)) {
        const { resolve: done } = pending.get(message.id);
        pending.delete(message.id);
        done(message.result);
      }
    });
    worker.addEventListener("error", (event) => {
      const error = new Error(event.message || "worker error");
      reject(error);
      fail(error);
    });
    worker.postMessage({
      type: "init",
      pyodide: config.pyodide,
      wheel: config.wheel,
    });
  });
  return ready;
}

/** Send one request to the ready engine; resolves with the engine's JSON answer, parsed. */
export async function request(type, payload) {
  await ready;
  const id = nextId;
  nextId += 1;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: (text) => resolve(JSON.parse(text)), reject });
    worker.postMessage({ id, type, ...payload });
  });
}
