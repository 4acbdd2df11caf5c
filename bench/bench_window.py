"""The window on screen with 100,000 prospects stored, against a bare PySide6 window with a table
and a web view, each started in a fresh process, side by side; and the memory each uses.

The window is painted from its first screen before SQLAlchemy is loaded, and opens its base
right after (see `moovdesk/data/first_screen.py`). A second line gives the time until then, the
window usable, against the bare window filled with 100 prospects read through Moovdesk's data
layer: loading SQLAlchemy and the models alone costs more than the bare window, so this shows
what the working window adds to the stack it is built on."""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys
from pathlib import Path

from bench.common import ROOT, Result, demo_home, median_of

RUNS = 5


def probe(*args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # As an installed Moovdesk starts: from compiled bytecode (see `compile_bytecode`).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    output = subprocess.run(
        [sys.executable, "-m", "bench.window_probe", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    line = [part for part in output.splitlines() if part.startswith("{")][-1]
    return dict(json.loads(line))


def compile_bytecode() -> None:
    """Compile Moovdesk's modules, as installing it does (pip, the bundle): a start that
    compiled each of its ~300 modules from source (a shell with PYTHONDONTWRITEBYTECODE, a
    checkout never run) took ~0.1 s longer, which no rep's start pays."""
    for folder in ("moovdesk", "bench"):
        compileall.compile_dir(ROOT / folder, quiet=1)


def run(work_dir: Path, count: int = 100_000) -> list[Result]:
    compile_bytecode()
    home = demo_home(count, work_dir)
    probe("app", str(home.root))  # warm the disk cache and the settings file once
    probe("bare")
    app_runs, bare_runs, stack_runs = [], [], []
    runs = RUNS if count <= 100_000 else 2
    for _ in range(runs):  # interleaved, so machine noise hits all alike
        app_runs.append(probe("app", str(home.root)))
        bare_runs.append(probe("bare"))
        stack_runs.append(probe("bare-data", str(home.root)))
    return [
        Result(
            f"window on screen, {count:,} prospects stored",
            median_of([r["seconds"] for r in app_runs]),
            median_of([r["seconds"] for r in bare_runs]),
            "s",
            "≤ 2.5x",
        ),
        Result(
            "  usable (base open, detail filled) vs that window fed by SQLAlchemy",
            median_of([r["usable"] for r in app_runs]),
            median_of([r["seconds"] for r in stack_runs]),
            "s",
            "context",
        ),
        Result(
            "  start-up done (ids, map, agenda, filter choices asked)",
            median_of([r["started"] for r in app_runs]),
            median_of([r["seconds"] for r in stack_runs]),
            "s",
            "context",
        ),
        Result(
            f"memory of the running app, {count:,} prospects (resident, settled)",
            median_of([r["rss_mb"] for r in app_runs]),
            median_of([r["rss_mb"] for r in bare_runs]),
            "MB",
        ),
    ]
