"""SIGKILL during `moovdesk-cli import`, at many moments: whenever the process dies, the base
passes SQLite's integrity check, holds all of the import or none of it, and Moovdesk opens it
again (the lock file the killed process left behind does not block the reopening).

The CLI runs scaled down so that a few-second import writes the way a 100,000-row one does: the
rows go to SQLite every FLUSH_ROWS rows (not 5,000) and the page cache is 256 KB (not 32 MB), so
uncommitted pages reach the write-ahead log long before the commit, and a kill leaves them there
for the next opener to discard. With the real settings a 3,000-row import writes nothing before
its commit, and the kills would only test an empty WAL. Like a big import into a smaller base,
it drops its secondary indexes and builds them again before the commit (from 1,000 rows here,
not 10,000): every kill must leave them all there.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench.bench_import import make_file
from moovdesk import demo_data
from moovdesk.data.listing import ProspectFilter
from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.services import Services

ROWS = 3_000  # unloaded: ~1.2 s of start-up, ~1 s in the transaction, ~0.6 s of indexing
PREFILLED = 200  # so that "none of the import" differs from an empty base
ATTEMPTS = 22
# Extra runs when the machine's speed changed since the measurement: a moment retried because
# the import ended before it, or a kill aimed at a phase the spread missed.
EXTRA_RUNS = 12
SEED = 20270310
TABLES = ("prospect", "contact", "import_batch")
FLUSH_ROWS = 200
CACHE_KB = 256
REBUILD_MIN_ROWS = 1_000

SCALED_DOWN_CLI = f"""
import sys
from moovdesk.data import bulk_indexes, engine
from moovdesk.importing import writer
from moovdesk.cli import main

writer.FLUSH_EVERY = {FLUSH_ROWS}
bulk_indexes.MIN_ROWS = {REBUILD_MIN_ROWS}  # the indexes dropped and built again, as at 100,000
configure = engine.configure_sqlite_connection

def small_cache(connection):
    configure(connection)
    connection.execute("PRAGMA cache_size = -{CACHE_KB}")

engine.configure_sqlite_connection = small_cache
sys.exit(main())
"""

# What the command prints on stderr tells where it was when it died: the mapping is printed just
# before the import's transaction starts, "Indexing for search…" just after it committed.
MAPPING_PRINTED = " -> "
COMMITTED = "Indexing for search"
PHASES = ("starting", "importing", "indexing", "finished")

Counts = tuple[int, ...]


@dataclass(frozen=True)
class Attempt:
    delay: float
    phase: str  # one of PHASES: where the import was when the kill arrived
    outcome: str  # "none" or "all" of the import in the base afterwards
    wal_bytes: int  # what the killed process left in the write-ahead log

    @property
    def torn(self) -> bool:
        """Killed inside the transaction after some of its pages were written."""
        return self.outcome == "none" and self.wal_bytes > 0


def prefilled_database(root: Path) -> Path:
    home = Home(root / "template").ensure()
    with Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file) as store:
        demo_data.generate(store, PREFILLED)
    assert not Path(f"{home.database}-wal").exists()  # closed cleanly: one self-contained file
    return home.database


def fresh_home(root: Path, name: str, database: Path) -> Home:
    home = Home(root / name).ensure()
    shutil.copyfile(database, home.database)
    return home


def start_import(home: Home, csv_file: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SCALED_DOWN_CLI, "--home", str(home.root), "import", str(csv_file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def kill_after(
    process: subprocess.Popen[str], started: float, delay: float
) -> tuple[float | None, str]:
    """SIGKILL the process `delay` seconds after `started`, unless it ends by itself first.
    Returns how long it ran if it ended by itself (None if it was killed), and its stderr."""
    ran: float | None = None
    try:
        process.wait(timeout=max(0.0, started + delay - time.monotonic()))
        ran = time.monotonic() - started
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
    _, stderr = process.communicate(timeout=60)
    if process.returncode == -signal.SIGKILL:
        return None, stderr
    assert process.returncode == 0, stderr
    return ran, stderr


def phase_of(killed: bool, stderr: str) -> str:
    # Lines written before the kill are all in the pipe: this is exact, not a guess from timing.
    if not killed:
        return "finished"
    if COMMITTED in stderr:
        return "indexing"
    return "importing" if MAPPING_PRINTED in stderr else "starting"


def counts_of(database: Path) -> Counts:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        return tuple(
            int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in TABLES
        )


def index_definitions(database: Path) -> dict[str, str]:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        rows = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        return {str(name): str(sql) for name, sql in rows}


def damage_in(database: Path) -> list[str]:
    """What plain SQLite finds wrong (it replays the WAL the killed process left first)."""
    with contextlib.closing(sqlite3.connect(database)) as connection:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        orphans = connection.execute("PRAGMA foreign_key_check").fetchall()
    return [p for p in problems if p != "ok"] + [f"foreign key: {row}" for row in orphans]


def batch_figures(database: Path) -> list[tuple[str, int, int]]:
    with contextlib.closing(sqlite3.connect(database)) as connection:
        rows = connection.execute("SELECT status, rows_read, rows_imported FROM import_batch")
        return [(str(status), int(read), int(imported)) for status, read, imported in rows]


def reopened_count(home: Home) -> int:
    """Moovdesk opens the base for writing (taking its lock) and lists it."""
    services = Services.open(home)
    try:
        return services.prospects.count(ProspectFilter())
    finally:
        services.close()


def spread_moments(rng: random.Random) -> list[float]:
    """One random moment in each of ATTEMPTS equal slices of the import (as fractions of its
    duration), in random order."""
    moments = [(slot + rng.random()) / ATTEMPTS for slot in range(ATTEMPTS)]
    rng.shuffle(moments)
    return moments


def aim_at(phase: str, attempts: list[Attempt], duration: float, rng: random.Random) -> float:
    """A delay between the latest kill that came before `phase` and the earliest after it (or
    up to a whole import later: overshooting lets the run finish, which measures it again)."""
    rank = PHASES.index(phase)
    before = [a.delay for a in attempts if PHASES.index(a.phase) < rank]
    after = [a.delay for a in attempts if PHASES.index(a.phase) > rank]
    low = max(before, default=0.0)
    high = min(after, default=low + duration)
    return rng.uniform(low, high)


def phase_to_aim_at(attempts: list[Attempt]) -> str | None:
    """A phase the kills have not hit yet: mid-transaction with pages written, after the commit."""
    if not any(a.torn for a in attempts):
        return "importing"
    if not any(a.phase == "indexing" for a in attempts):
        return "indexing"
    return None


def test_sigkill_at_any_moment_leaves_all_or_none_of_the_import(tmp_path: Path) -> None:
    started_test = time.monotonic()
    database = prefilled_database(tmp_path)
    before = counts_of(database)
    assert before[0] == PREFILLED and before[2] == 0
    indexes = index_definitions(database)
    csv_file = tmp_path / "prospects.csv"
    csv_file.write_bytes(make_file(ROWS))

    reference = fresh_home(tmp_path, "reference", database)
    started = time.monotonic()
    process = start_import(reference, csv_file)
    _, stderr = process.communicate(timeout=300)
    duration = measured = time.monotonic() - started
    assert process.returncode == 0, stderr
    after = counts_of(reference.database)
    assert after == (before[0] + ROWS, before[1] + ROWS, 1), (before, after)

    rng = random.Random(SEED)
    moments = spread_moments(rng)
    attempts: list[Attempt] = []
    while len(attempts) < ATTEMPTS + EXTRA_RUNS:
        moment = None
        if moments:
            moment = moments.pop()
            delay = moment * duration
        elif (target := phase_to_aim_at(attempts)) is not None:
            delay = aim_at(target, attempts, duration, rng)
        else:
            break
        home = fresh_home(tmp_path, f"attempt-{len(attempts):02d}", database)
        started = time.monotonic()
        process = start_import(home, csv_file)
        ran, stderr = kill_after(process, started, delay)
        phase = phase_of(ran is None, stderr)
        where = f"attempt {len(attempts)}, killed {delay:.2f} s in ({phase})"
        wal = Path(f"{home.database}-wal")
        wal_bytes = wal.stat().st_size if wal.exists() else 0

        assert damage_in(home.database) == [], where
        assert index_definitions(home.database) == indexes, where  # none left dropped
        counts = counts_of(home.database)
        assert counts in (before, after), f"{where}: {counts}, not {before} nor {after}"
        outcome = "all" if counts == after else "none"
        if outcome == "all":
            assert batch_figures(home.database) == [("committed", ROWS, ROWS)], where
        if phase == "starting":
            assert outcome == "none", where
        if phase in ("indexing", "finished"):
            assert outcome == "all", where
        if phase != "starting":
            assert home.lock_file.exists(), where  # the killed process's, opened below
        assert reopened_count(home) == counts[0], where
        attempts.append(Attempt(delay, phase, outcome, wal_bytes))
        shutil.rmtree(home.root)  # a failed attempt's home stays, to look into
        if ran is not None:  # the machine is faster than when measured: measure again
            duration = ran
            if moment is not None:
                moments.append(moment)

    phases = Counter(a.phase for a in attempts)
    outcomes = Counter(a.outcome for a in attempts if a.phase != "finished")
    torn = sum(a.torn for a in attempts)
    print(
        f"\n{len(attempts)} runs killed at moments spread over a {measured:.1f} s import of "
        f"{ROWS} rows: "
        f"{dict(phases)}; while running, {outcomes['none']} left none and "
        f"{outcomes['all']} left all ({torn} of the none with uncommitted pages in the WAL); "
        f"{time.monotonic() - started_test:.0f} s in all"
    )
    # The kills must have hit the running import: inside its transaction (some after it had
    # written pages) and after its commit.
    assert len(attempts) - phases["finished"] >= 20, phases
    assert phases["importing"] >= 3 and phases["indexing"] >= 1, phases
    assert torn >= 1 and outcomes["none"] >= 1 and outcomes["all"] >= 1, (outcomes, torn)
