"""Shared pieces of the benchmarks: timing, cached datasets, the result table."""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from moovdesk import demo_data
from moovdesk.data.revisions import head_revision
from moovdesk.data.store import Store
from moovdesk.paths import Home

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "bench-cache"


@dataclass(frozen=True)
class Result:
    name: str
    figure: float
    floor: float | None  # None: no same-work floor, the figure stands against its target only
    unit: str
    target: str = ""

    @property
    def ratio(self) -> float | None:
        return self.figure / self.floor if self.floor else None


def best_of(runs: int, action: Callable[[], object]) -> float:
    """The fastest of several runs, in seconds (the least disturbed by a noisy machine)."""
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return min(timings)


def median_of(values: list[float]) -> float:
    return statistics.median(values)


def demo_home(count: int, work_dir: Path) -> Home:
    """A home holding `count` made-up prospects, copied from a cache built once per schema."""
    cached = CACHE / f"demo-{count}-{head_revision()}.db"
    if not cached.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        building = Home(CACHE / f"building-{count}").ensure()
        if building.database.exists():
            building.database.unlink()
        # Closing the last connection checkpoints the WAL into the file we then move.
        with Store.open(building.database, lock_path=building.lock_file) as store:
            demo_data.generate(store, count, seed=count)
        shutil.move(building.database, cached)
        shutil.rmtree(building.root, ignore_errors=True)
    home = Home(work_dir / f"home-{count}").ensure()
    shutil.copy(cached, home.database)
    return home


def print_table(results: list[Result]) -> None:
    header = f"{'benchmark':<52} {'figure':>12} {'floor':>12} {'ratio':>7}  target"
    print(header)
    print("-" * len(header))
    for r in results:
        figure = f"{r.figure:.3f} {r.unit}"
        floor = "—" if r.floor is None else f"{r.floor:.3f} {r.unit}"
        ratio = "—" if r.ratio is None else f"{r.ratio:.2f}x"
        print(f"{r.name:<52} {figure:>12} {floor:>12} {ratio:>7}  {r.target}")
