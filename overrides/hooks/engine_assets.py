"""Ship the engine to the browser: build the client_conflict wheel and copy it, with the Pyodide
runtime from node_modules/pyodide, into the built site's assets.

Both land at the site's root, in folders named after what they hold (the wheel's content hash,
Pyodide's version), so a browser cache refreshes exactly when either changes. The i18n plugin builds
every language into the same site_dir (English pages have URLs under en/), so one copy serves all.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]
PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
# What loadPyodide() fetches at start-up; nothing else from the package is served.
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
# A fixed timestamp makes the wheel, and so its hash and URL, reproducible.
_SOURCE_DATE_EPOCH = "1767225600"


@dataclass(frozen=True, slots=True)
class _Engine:
    wheel: Path
    wheel_url: str  # relative to the site root
    pyodide_version: str
    pyodide_url: str  # relative to the site root, ends with "/"
    engine_version: str


_cache: dict[str, Any] = {}


def build_wheel(out: Path) -> Path:
    """Build the client_conflict wheel into ``out`` (also used by benchmarks/run.py)."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=_SOURCE_DATE_EPOCH, PIP_NO_INPUT="1")
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--quiet",
        "--no-deps",
        "--no-build-isolation",
        "--wheel-dir",
        str(out),
        str(ROOT),
    ]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    wheels = sorted(out.glob("client_conflict-*.whl"))
    if done.returncode != 0 or len(wheels) != 1:
        raise PluginError(f"could not build the client_conflict wheel:\n{done.stderr.strip()}")
    return wheels[0]


def add_bytecode(wheel: Path) -> None:
    """Put the engine's bytecode for Pyodide's Python beside its sources in ``wheel`` (in place):
    compiled inside Pyodide under Node by ``wheel_bytecode.mjs``, as the browser cannot keep it."""
    script = Path(__file__).with_name("wheel_bytecode.mjs")
    cmd = ["node", str(script), str(wheel)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        error = done.stderr.strip()[-2000:]
        raise PluginError(f"could not compile the engine for Pyodide:\n{error}")


def _sources_stamp() -> tuple[tuple[str, int, int], ...]:
    # `mkdocs serve` keeps this module loaded: rebuild the wheel only when the engine changed.
    # The legal data files ship in the wheel too: a new rate must rebuild it.
    engine = ROOT / "py" / "client_conflict"
    files = sorted([*engine.rglob("*.py"), *engine.rglob("*.json")])
    return tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files)


def _engine() -> _Engine:
    stamp = _sources_stamp()
    if _cache.get("stamp") != stamp:
        _cache.pop("engine", None)
        _cache["stamp"] = stamp
    if "engine" not in _cache:
        tmp = Path(tempfile.mkdtemp(prefix="client-conflict-wheel-"))
        atexit.register(shutil.rmtree, tmp, ignore_errors=True)
        package = PYODIDE_DIR / "package.json"
        if not package.is_file():
            raise PluginError(
                "node_modules/pyodide is missing: run `npm ci` (make does it for you)"
            )
        wheel = build_wheel(tmp)
        add_bytecode(wheel)
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()[:12]
        pyodide_version = json.loads(package.read_text(encoding="utf-8"))["version"]
        engine_version = wheel.name.split("-")[1]
        _cache["engine"] = _Engine(
            wheel=wheel,
            wheel_url=f"assets/engine/{digest}/{wheel.name}",
            pyodide_version=pyodide_version,
            pyodide_url=f"assets/pyodide/{pyodide_version}/",
            engine_version=engine_version,
        )
    engine: _Engine = _cache["engine"]
    return engine


def on_config(config: Any) -> Any:
    engine = _engine()
    config["extra"]["engine"] = {
        "wheel": engine.wheel_url,
        "pyodide": engine.pyodide_url,
        "version": engine.engine_version,
        "pyodide_version": engine.pyodide_version,
    }
    return config


def on_post_build(config: Any) -> None:
    engine = _engine()
    root = Path(config["site_dir"])
    wheel_dest = root / engine.wheel_url
    wheel_dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(engine.wheel, wheel_dest)
    runtime = root / engine.pyodide_url
    runtime.mkdir(parents=True, exist_ok=True)
    for name in PYODIDE_FILES:
        source = PYODIDE_DIR / name
        if not source.is_file():
            raise PluginError(f"node_modules/pyodide/{name} is missing: run `npm ci`")
        shutil.copyfile(source, runtime / name)
