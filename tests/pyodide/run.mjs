// Run a Python script inside real Pyodide under Node, with the built client_conflict wheel installed.
// Usage: node run.mjs WHEEL SCRIPT [ARG]  — prints what the script prints; exit 1 on a Python error.
import { readFile } from "node:fs/promises";
import { loadPyodide } from "pyodide";

const [wheel, script, arg = ""] = process.argv.slice(2);
const pyodide = await loadPyodide();
// Unpack the wheel the browser gets: the very file from the built site's assets.
pyodide.unpackArchive(await readFile(wheel), "wheel");
pyodide.globals.set("ARG", arg);
try {
  await pyodide.runPythonAsync(await readFile(script, "utf8"));
} catch (error) {
  console.error(String(error));
  process.exit(1);
}
