// Add the engine's bytecode, compiled by Pyodide's own Python, to the wheel the browser unpacks.
// Usage: node wheel_bytecode.mjs WHEEL — rewrites WHEEL in place (engine_assets.py calls it).
//
// Pyodide's Python (3.14 for Pyodide 314) is not on the build machine, and a wheel holds only
// sources, so every visit compiled the engine's modules before importing them: about half of the
// import's time. Each module's bytecode goes beside its source, in __pycache__ under Pyodide's cache
// tag, as an "unchecked hash" .pyc (PEP 552): the import takes it without reading the source again.
// A Pyodide with another Python has another cache tag, ignores these files and compiles the sources.
import { readFile, writeFile } from "node:fs/promises";
import { loadPyodide } from "pyodide";

const [wheel] = process.argv.slice(2);
const pyodide = await loadPyodide();
pyodide.FS.writeFile("/tmp/in.whl", new Uint8Array(await readFile(wheel)));
pyodide.runPython(`
import importlib.util
import py_compile
import zipfile
from pathlib import Path

work = Path("/tmp/src")
with zipfile.ZipFile("/tmp/in.whl") as source, zipfile.ZipFile(
    "/tmp/out.whl", "w", zipfile.ZIP_DEFLATED
) as out:
    for info in source.infolist():
        data = source.read(info)
        out.writestr(info, data)
        if not info.filename.endswith(".py"):
            continue
        path = work / info.filename
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        cached = Path(importlib.util.cache_from_source(str(path)))
        py_compile.compile(
            str(path),
            cfile=str(cached),
            dfile=info.filename,
            doraise=True,
            invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
        )
        entry = zipfile.ZipInfo(str(cached.relative_to(work)), date_time=info.date_time)
        entry.external_attr = info.external_attr
        out.writestr(entry, cached.read_bytes(), zipfile.ZIP_DEFLATED)
`);
await writeFile(wheel, pyodide.FS.readFile("/tmp/out.whl"));
