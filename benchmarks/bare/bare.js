// Start Pyodide in a module worker from the URL given as ?pyodide=..., and say when it is ready.
const indexURL = new URL(new URLSearchParams(location.search).get("pyodide"), location.href).href;
const worker = new Worker(new URL("bare-worker.js", import.meta.url), { type: "module" });
worker.onmessage = (event) => {
  performance.mark("cc:engine-ready");
  document.body.dataset.engineState = event.data.ok ? "ready" : "error";
  document.getElementById("state").textContent = event.data.ok ? "ready" : event.data.error;
};
worker.postMessage({ indexURL });
