// The page's side of the engine: one module Web Worker that holds Pyodide and client_conflict.
//
// The worker is created on first use and answers requests by id. It reports each stage of its
// start ("progress"); the start deadline is reset on each, so it fires when loading stops
// progressing, however slow the line. Each request has its own deadline. On a deadline, a worker
// error or a failure, the worker is ended and the state becomes "error" with a short message in
// the reader's language (the detail goes to the console); the next startEngine() or request()
// starts a new worker.
//
// The state is published to subscribers (onEngineState), which is how the page's engine host is
// kept up to date; every stage is also a performance mark ("cc:engine:<stage>"), which the
// browser benchmark reads.
import { readConfig, t } from "./config.js";

/** No progress for this long while starting: the start has stalled. */
export const START_STALL_MS = 45_000;
/** One request (an analysis, an import) longer than this: the engine is stuck. */
export const REQUEST_MS = 30_000;

let worker = null;
let ready = null;
let nextId = 1;
let stallTimer = 0;
let resolveStart = null;
let failStart = null;
const pending = new Map();
const listeners = new Set();
let current = { state: "idle" };
let lastError = null;

function publish(state) {
  current = state;
  for (const listener of listeners) {
    try {
      listener(state);
    } catch (error) {
      console.error(error); // eslint-disable-line no-console
    }
  }
}

/**
 * Call `callback(state)` now and on every change. `state.state` is "idle", "loading", "ready" or
 * "error"; "ready" carries `version`, "error" carries `reason` (stalled, timeout, crashed, failed,
 * no_worker) and `message`, a short sentence in the reader's language. Returns an unsubscribe.
 */
export function onEngineState(callback) {
  listeners.add(callback);
  callback(current);
  return () => listeners.delete(callback);
}

// The short, translated reason for each failure; the detail is for the console only.
const REASONS = {
  stalled: "engine.reason.stalled",
  timeout: "engine.reason.timeout",
  crashed: "engine.reason.crashed",
  failed: "engine.reason.failed",
  no_worker: "engine.no_worker",
};

function reasonText(reason) {
  return t(readConfig(), REASONS[reason] || REASONS.failed);
}

class EngineError extends Error {
  constructor(reason, detail = "") {
    super(reasonText(reason));
    this.name = "EngineError";
    this.reason = reason;
    this.detail = detail;
  }
}

/** End the worker, reject whatever waits on it, and publish the error. */
function stop(reason, detail) {
  const error = new EngineError(reason, detail);
  console.error(`client-conflict engine: ${reason}`, detail || ""); // eslint-disable-line no-console
  clearTimeout(stallTimer);
  if (worker) worker.terminate();
  worker = null;
  ready = null;
  if (failStart) failStart(error);
  failStart = null;
  resolveStart = null;
  for (const { reject, timer } of pending.values()) {
    clearTimeout(timer);
    reject(error);
  }
  pending.clear();
  lastError = error;
  publish({ state: "error", reason, message: error.message });
  return error;
}

function mark(stage, at) {
  try {
    const startTime = at === undefined ? performance.now() : at - performance.timeOrigin;
    performance.mark(`cc:engine:${stage}`, { startTime: Math.max(0, startTime) });
  } catch {
    // marks are for measuring only
  }
}

function armStall() {
  clearTimeout(stallTimer);
  stallTimer = setTimeout(() => stop("stalled", `no progress for ${START_STALL_MS} ms`), START_STALL_MS);
}

function onMessage(event) {
  const message = event.data || {};
  if (message.type === "progress") {
    mark(message.stage, message.at);
    if (failStart) armStall();
  } else if (message.type === "ready") {
    clearTimeout(stallTimer);
    mark("ready-on-page");
    failStart = null;
    if (resolveStart) resolveStart(message.version);
    resolveStart = null;
    publish({ state: "ready", version: message.version });
  } else if (message.type === "failed") {
    stop("failed", message.detail);
  } else if (message.type === "crashed") {
    stop(failStart ? "failed" : "crashed", message.detail); // while starting: a file did not load
  } else if (pending.has(message.id)) {
    const { resolve, reject, timer } = pending.get(message.id);
    pending.delete(message.id);
    clearTimeout(timer);
    if (message.error === "unavailable") reject(new EngineError("failed"));
    else if (message.error) stop("crashed", message.detail);
    else resolve(message.result);
  }
}

/**
 * Start the engine if it is not running; resolve with the engine's version once it is ready.
 * `config` comes from readConfig(): the worker script, Pyodide's folder and the wheel. After a
 * failure it rejects with the same error, unless `retry` is set: then it starts a new worker.
 */
export function startEngine(config, { retry = false } = {}) {
  if (ready) return ready;
  if (lastError && !retry) return Promise.reject(lastError);
  if (typeof Worker === "undefined") {
    const error = new EngineError("no_worker");
    lastError = error;
    publish({ state: "error", reason: "no_worker", message: error.message });
    return Promise.reject(error);
  }
  lastError = null;
  // The diagnostic's head may have started the worker already (overrides/main.html): take it once.
  const early = takeEarly();
  mark("start", early?.at);
  publish({ state: "loading" });
  const started = new Promise((resolve, reject) => {
    resolveStart = resolve;
    failStart = reject;
  });
  ready = started;
  ready.catch(() => {}); // a caller that never awaits it must not see an unhandled rejection
  try {
    worker = early
      ? early.worker
      : new Worker(config.workerScript, { type: "module", name: "client-conflict-engine" });
  } catch (error) {
    stop("failed", String(error?.message || error));
    return started;
  }
  worker.addEventListener("message", onMessage);
  worker.addEventListener("error", onWorkerError);
  worker.addEventListener("messageerror", onMessageError);
  armStall();
  if (early) {
    // What the worker said before this module ran, in order; nothing can arrive in between, as
    // events are delivered in tasks of their own.
    early.release();
    for (const event of early.events) {
      if (worker !== early.worker) break; // a replayed failure stopped it
      if (event.type === "message") onMessage(event);
      else if (event.type === "error") onWorkerError(event);
      else onMessageError();
    }
  } else {
    worker.postMessage({ type: "init", pyodide: config.pyodide, wheel: config.wheel });
  }
  return started;
}

function onWorkerError(event) {
  event.preventDefault();
  stop(failStart ? "failed" : "crashed", event.message || "worker error");
}

function onMessageError() {
  stop("crashed", "unreadable message");
}

/** The worker the page's head started (overrides/main.html), once; null when there is none. */
function takeEarly() {
  const early = typeof window === "undefined" ? null : window.ccEarlyEngine;
  if (!early) return null;
  delete window.ccEarlyEngine;
  return early;
}

/**
 * Send one request to the engine, starting it if needed (a reader's action after a failure is a
 * retry); resolves with the engine's JSON answer, parsed. Rejects with a short message if the
 * engine fails or does not answer within REQUEST_MS.
 */
export async function request(type, payload, config = readConfig()) {
  await startEngine(config, { retry: true });
  const id = nextId;
  nextId += 1;
  const target = worker;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      if (worker === target) stop("timeout", `${type} took more than ${REQUEST_MS} ms`);
    }, REQUEST_MS);
    pending.set(id, { resolve: (text) => resolve(JSON.parse(text)), reject, timer });
    target.postMessage({ id, type, ...payload });
  });
}
