"""The base held by someone else: another Moovdesk holding the writer lock (writing commands and
the window refuse in a clear sentence, reading commands read beside it), or another program
holding an SQLite write transaction (a write waits SQLite's busy timeout, then fails with a clear
message and nothing half-written; it goes through once the other program lets go)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from moovdesk.paths import Home
from tests.faults.helpers import (
    COMPANIES,
    IMPORT_CSV,
    IMPORT_ROWS,
    cli_in_process,
    companies_in,
    gui_process,
    make_base,
    open_store,
    sha256,
)

BUSY_TIMEOUT_S = 5.0  # moovdesk.data.engine: PRAGMA busy_timeout = 5000

# Another program writing to the base with plain sqlite3: takes the write lock, changes every
# company, then waits for "commit" or "rollback" on its stdin.
HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE prospect SET company = company || ' (autre programme)'")
print("locked", flush=True)
answer = sys.stdin.readline().strip()
connection.execute("COMMIT" if answer == "commit" else "ROLLBACK")
connection.close()
"""


class ForeignWriter:
    def __init__(self, database: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(database)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self, how: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(how + "\n")
        self.process.stdin.flush()
        assert self.process.wait(timeout=30) == 0


@pytest.fixture
def foreign_writer() -> Iterator[Callable[[Path], ForeignWriter]]:
    started: list[ForeignWriter] = []

    def start(database: Path) -> ForeignWriter:
        started.append(ForeignWriter(database))
        return started[-1]

    yield start
    for holder in started:
        if holder.process.poll() is None:
            holder.process.kill()
            holder.process.wait(timeout=30)


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "nouveaux.csv"
    path.write_text(IMPORT_CSV, encoding="utf-8")
    return path


def test_another_moovdesk_holding_the_base(
    home: Home, csv_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_base(home)
    before = sha256(home.database)
    root = str(home.root)
    with open_store(home):  # another Moovdesk (a window, a long import) writes to this base
        for argv in (["import", "--no-locate", str(csv_file)], ["demo"], ["undo-import", "ab"]):
            run = cli_in_process(capsys, "--home", root, *argv)
            run.assert_one_clear_error("already open", "Close it first")
        stats = cli_in_process(capsys, "--home", root, "stats")
        assert stats.returncode == 0 and f"Prospects: {len(COMPANIES)}" in stats.stdout

        window = gui_process(home.root)  # no window of its own to hand over to
        assert window.returncode == 1, window.stderr
        assert window.windows == 0
        (message,) = window.messages
        assert "already open with this data folder" in message
        assert "Traceback" not in window.stderr
    assert sha256(home.database) == before


def test_a_foreign_write_transaction_is_waited_for_then_refused_clearly(
    home: Home,
    csv_file: Path,
    capsys: pytest.CaptureFixture[str],
    foreign_writer: Callable[[Path], ForeignWriter],
) -> None:
    make_base(home)
    root = str(home.root)
    holder = foreign_writer(home.database)

    started = time.monotonic()
    run = cli_in_process(capsys, "--home", root, "import", "--no-locate", str(csv_file))
    waited = time.monotonic() - started
    run.assert_one_clear_error("busy in another program", "was not saved")
    assert waited >= BUSY_TIMEOUT_S - 0.5, waited  # it waited before giving up
    stats = cli_in_process(capsys, "--home", root, "stats")  # reading is never blocked
    assert stats.returncode == 0 and f"Prospects: {len(COMPANIES)}" in stats.stdout

    holder.release("rollback")
    assert companies_in(home.database) == sorted(COMPANIES)  # nothing half-written
    again = cli_in_process(capsys, "--home", root, "import", "--no-locate", str(csv_file))
    assert again.returncode == 0, again.stderr
    assert len(companies_in(home.database)) == len(COMPANIES) + IMPORT_ROWS


def test_a_short_foreign_write_is_waited_out(
    home: Home,
    csv_file: Path,
    capsys: pytest.CaptureFixture[str],
    foreign_writer: Callable[[Path], ForeignWriter],
) -> None:
    make_base(home)
    holder = foreign_writer(home.database)
    threading.Timer(1.0, holder.release, args=("commit",)).start()

    started = time.monotonic()
    run = cli_in_process(capsys, "--home", str(home.root), "import", "--no-locate", str(csv_file))
    waited = time.monotonic() - started
    assert run.returncode == 0, run.stderr
    assert waited >= 0.8, waited  # it waited for the other program (refused if it had not)
    companies = companies_in(home.database)
    assert len(companies) == len(COMPANIES) + IMPORT_ROWS  # both writes, one after the other
    assert sum(name.endswith(" (autre programme)") for name in companies) == len(COMPANIES)
