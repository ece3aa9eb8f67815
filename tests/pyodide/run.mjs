// Run a Python script inside real Pyodide under Node, with the built client_conflict wheel installed.
// Usage: node run.mjs WHEEL SCRIPT ARGFILE — the script sees ARGFILE's text as ARG; exit 1 on a Python error.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { loadPyodide } from "pyodide";

const [wheel, script, argFile] = process.argv.slice(2);
const pyodide = await loadPyodide();
// Install the wheel as the browser worker does (loadPackage), from the built site's assets.
await pyodide.loadPackage(resolve(wheel), { messageCallback: () => {} });
pyodide.globals.set("ARG", await readFile(argFile, "utf8"));
try {
  await pyodide.runPythonAsync(await readFile(script, "utf8"));
} catch (error) {
  console.error(String(error));
  process.exit(1);
}
