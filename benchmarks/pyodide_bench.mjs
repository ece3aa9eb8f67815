// Start Pyodide under Node as the browser's worker does, load the wheel, and time each stage.
// Usage: node pyodide_bench.mjs WHEEL SCRIPT ARGFILE — prints one JSON line of timings (seconds).
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { loadPyodide } from "pyodide";

const [wheel, script, argFile] = process.argv.slice(2);
const t0 = performance.now();
const pyodide = await loadPyodide();
const t1 = performance.now();
await pyodide.loadPackage(resolve(wheel), { messageCallback: () => {} });
pyodide.runPython("import client_conflict.browser");
const t2 = performance.now();
pyodide.globals.set("ARG", await readFile(argFile, "utf8"));
let printed = "";
pyodide.setStdout({ batched: (line) => { printed += line; } });
await pyodide.runPythonAsync(await readFile(script, "utf8"));
console.log(JSON.stringify({
  start_pyodide: (t1 - t0) / 1000,
  load_engine: (t2 - t1) / 1000,
  evaluate: JSON.parse(printed),
}));
