// The diagnostic's engine host, kept in step with the engine's state: `data-engine-state`, the
// status message, and a "Try again" button after a failure, which starts a new worker. This is
// the one writer of those; it only listens to engine.js. ("Analyse" is diagnostic-report.js's.)
import { t } from "./config.js";
import { onEngineState, startEngine } from "./engine.js";

// Failures before the engine was ever ready are "could not start"; later ones "stopped".
const START_FAILURES = new Set(["stalled", "failed", "no_worker"]);

export function bindEngineHost(app, config) {
  const host = app.querySelector("[data-cc-engine]");
  if (!host || host.dataset.ccBound) return;
  host.dataset.ccBound = "true";
  const message = host.querySelector("[data-cc-engine-message]");
  const run = app.querySelector("[data-cc-run]");
  const retry = document.createElement("button");
  retry.type = "button";
  retry.className = "md-button";
  retry.dataset.ccEngineRetry = "";
  retry.textContent = t(config, "engine.retry");
  retry.hidden = true;
  retry.addEventListener("click", () => {
    startEngine(config, { retry: true }).catch(() => {}); // the state says what happened
  });
  (run?.parentElement || host).append(retry);
  let everReady = false;

  onEngineState((state) => {
    if (state.state === "idle") return;
    host.dataset.engineState = state.state;
    host.setAttribute("aria-busy", String(state.state === "loading"));
    if (state.state === "loading") {
      message.textContent = t(config, "engine.loading");
    } else if (state.state === "ready") {
      everReady = true;
      message.textContent = t(config, "engine.ready", { version: state.version });
    } else {
      const key = !everReady && START_FAILURES.has(state.reason) ? "engine.error" : "engine.stopped";
      message.textContent = t(config, key, { message: state.message });
    }
    retry.hidden = state.state !== "error" || state.reason === "no_worker";
  });
}
