"""What the fault tests share: bases with data, fingerprints, the real entry points run as a
process (optionally as an unprivileged user), and a disk that fills up on demand."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.pool import Pool

from moovdesk import cli
from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService

REPO = Path(__file__).resolve().parents[2]
NOBODY = 65534
COMPANIES = ("Boulangerie Étienne", "Garage Martin", "Clinique du Parc")
# A file the automatic mapping understands, big enough that importing it must grow the base.
IMPORT_ROWS = 300
IMPORT_CSV = "Société;Code postal;Ville;Téléphone\n" + "".join(
    f"Garage Nouveau {n:03d};69003;Lyon;04720{n:05d}\n" for n in range(IMPORT_ROWS)
)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def open_store(home: Home) -> Store:
    return Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file)


def make_base(home: Home, companies: Sequence[str] = COMPANIES) -> dict[str, str]:
    """A closed base holding these prospects (no -wal left beside it); returns their ids."""
    home.ensure()
    with open_store(home) as store:
        service = ProspectService(store)
        ids = {name: service.create({"company": name, "notes": "Déjà noté"}) for name in companies}
    assert not Path(f"{home.database}-wal").exists()
    return ids


def companies_in(database: Path) -> list[str]:
    """The live prospects' companies, read with plain sqlite3 (no Moovdesk code)."""
    import sqlite3

    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT company FROM prospect WHERE deleted_at IS NULL ORDER BY company"
        ).fetchall()
    finally:
        connection.close()
    return [row[0] for row in rows]


# The CLI --------------------------------------------------------------------------------------


@dataclass
class CliRun:
    returncode: int
    stdout: str
    stderr: str

    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("moovdesk-cli")]

    def assert_one_clear_error(self, *words: str) -> str:
        """Status 1, exactly one error line (no traceback); returns it. Other stderr lines may
        only be the import's column report, printed before the work starts."""
        assert self.returncode == 1, (self.returncode, self.stdout, self.stderr)
        assert "Traceback" not in self.stderr, self.stderr
        (line,) = self.error_lines()
        assert line.startswith("moovdesk-cli: error: "), line
        assert self.stderr.rstrip("\n").splitlines()[-1] == line, self.stderr
        for word in words:
            assert word in line, (word, line)
        return line


def cli_in_process(capsys: Any, *args: str) -> CliRun:
    """`moovdesk-cli ARGS` through its real `main`, in this process (fast)."""
    capsys.readouterr()
    status = cli.main(list(args))
    captured = capsys.readouterr()
    return CliRun(status, captured.out, captured.err)


# Runs several `moovdesk-cli` commands (a JSON list of argument lists) through the real `main`
# in one process, one after the other, and prints each one's status, stdout and stderr as JSON:
# starting Python once instead of once per command keeps the tests quick.
CLI_BATCH = """
import contextlib, io, json, sys, traceback
from moovdesk import cli

results = []
for argv in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli.main(argv)
        except SystemExit as stop:
            status = stop.code
        except BaseException:
            status = "raised"
            err.write(traceback.format_exc())
    results.append([status, out.getvalue(), err.getvalue()])
print(json.dumps(results))
"""


def cli_batch(
    commands: Sequence[Sequence[str]],
    *,
    user: Sequence[str] = (),
    env: dict[str, str] | None = None,
) -> list[CliRun]:
    """Each command's run of `moovdesk-cli`, all in one process (as `user` when given)."""
    import json

    result = subprocess.run(
        [*user, sys.executable, "-c", CLI_BATCH, json.dumps([list(c) for c in commands])],
        capture_output=True,
        text=True,
        env=env or process_env(),
        cwd=REPO,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    return [CliRun(status, out, err) for status, out, err in json.loads(result.stdout)]


def process_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("MOOVDESK_HOME", None)
    env.update(extra)
    return env


# The window -----------------------------------------------------------------------------------

# Runs the real `moovdesk` entry point. Every message box is printed ("MESSAGE: text") and
# answered: ANSWER "accept" clicks its accepting (or Yes) button, "reject" its rejecting (No,
# Close) one. A main window, once shown, is reported ("WINDOW") and closed after 1.5 s without
# a new message box; with ANSWER ending in "+wait", not before a message box was answered
# (the window's own reports come from the background: a slow machine must not miss them), or
# 20 s went by.
GUI_DRIVER = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from moovdesk.ui.app import main

answer, _, wait = sys.argv.pop(1).partition("+")
app = QApplication(sys.argv[:1])
seen = []
state = {"quiet_since": time.monotonic(), "messages": 0}
ACCEPT = (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole)
REJECT = (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole)

def tick():
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QMessageBox):
        print("MESSAGE:", " ".join(modal.text().split()), flush=True)
        roles = ACCEPT if answer == "accept" else REJECT
        chosen = [b for b in modal.buttons() if modal.buttonRole(b) in roles]
        (chosen[0] if chosen else modal.buttons()[0]).click()
        state["quiet_since"], state["messages"] = time.monotonic(), state["messages"] + 1
    windows = [w for w in QApplication.topLevelWidgets()
               if w.objectName() == "mainWindow" and w.isVisible()]
    if windows and windows[0] not in seen:
        seen.append(windows[0])
        print("WINDOW", flush=True)
        state["quiet_since"], state["messages"] = time.monotonic(), 0
    quiet = time.monotonic() - state["quiet_since"]
    waited = not wait or state["messages"] or len(seen) > 1 or quiet > 20
    if windows and quiet > 1.5 and waited:
        windows[0].close()
    QTimer.singleShot(100, tick)

QTimer.singleShot(100, tick)
sys.exit(main(sys.argv[1:]))
"""


@dataclass
class GuiRun:
    returncode: int
    messages: list[str]
    windows: int
    stderr: str


def gui_process(
    home: Path,
    *,
    answer: str = "accept",
    user: Sequence[str] = (),
    env: dict[str, str] | None = None,
) -> GuiRun:
    """Start `moovdesk --home HOME` for real, answering its message boxes (see GUI_DRIVER)."""
    result = subprocess.run(
        [*user, sys.executable, "-c", GUI_DRIVER, answer, "--home", str(home)],
        capture_output=True,
        text=True,
        env=env or process_env(),
        cwd=REPO,
        timeout=180,
        check=False,
    )
    lines = result.stdout.splitlines()
    messages = [line.removeprefix("MESSAGE: ") for line in lines if line.startswith("MESSAGE: ")]
    return GuiRun(result.returncode, messages, lines.count("WINDOW"), result.stderr)


# Running as somebody who may not write ------------------------------------------------------


@dataclass
class Unprivileged:
    """Runs processes as a user the file permissions apply to. Root ignores them, so as root
    the processes run as nobody (setpriv or runuser); otherwise as this very user."""

    prefix: list[str] = field(default_factory=list)
    uid: int | None = None

    def own(self, path: Path) -> None:
        """Give `path` (recursively) to the user the processes run as."""
        if self.uid is None:
            return
        for item in [path, *path.rglob("*")]:
            os.chown(item, self.uid, self.uid, follow_symlinks=False)

    @staticmethod
    def read_only(path: Path) -> None:
        """Take every write permission off `path` (recursively for a folder)."""
        for item in [*path.rglob("*"), path] if path.is_dir() else [path]:
            item.chmod(item.stat().st_mode & 0o555)

    @staticmethod
    def writable_again(path: Path) -> None:
        for item in [path, *path.rglob("*")] if path.is_dir() else [path]:
            item.chmod(item.stat().st_mode | 0o200)


def find_unprivileged() -> tuple[Unprivileged | None, str]:
    """How to run a process that file permissions bind, or None and why not."""
    if os.geteuid() != 0:
        return Unprivileged(), ""
    setpriv, runuser = shutil.which("setpriv"), shutil.which("runuser")
    if setpriv:
        prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    elif runuser:
        prefix = [runuser, "-u", "nobody", "--"]
    else:
        return None, "running as root without setpriv or runuser: permissions cannot be tested"
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import os, moovdesk.cli; print(os.geteuid())"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    if probe.returncode != 0 or probe.stdout.strip() in ("", "0"):
        return None, f"cannot run Python as an unprivileged user: {probe.stderr.strip()[-300:]}"
    return Unprivileged(prefix, NOBODY), ""


def remove_tree(path: Path) -> None:
    if path.exists():
        Unprivileged.writable_again(path)
        shutil.rmtree(path, ignore_errors=True)


# A disk that is full on demand ----------------------------------------------------------------


class FullDisk:
    """Every connection Moovdesk takes from its pools may not make the database file grow
    (`PRAGMA max_page_count`, set at each checkout; 1 means "as big as it is now"): what a full
    disk does to SQLite, SQLITE_FULL. Nothing in Moovdesk is changed for it: a pool event."""

    UNLIMITED = 2_147_483_646

    def __init__(self, target: Any = Pool) -> None:
        self.full = False
        self._target = target
        event.listen(target, "checkout", self._checkout)

    def _checkout(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA max_page_count = {1 if self.full else self.UNLIMITED}")
        finally:
            cursor.close()

    def remove(self) -> None:
        event.remove(self._target, "checkout", self._checkout)


@contextlib.contextmanager
def full_disk(target: Any = Pool) -> Iterator[FullDisk]:
    """A FullDisk on `target` (every pool, or one engine's) for the `with` block."""
    disk = FullDisk(target)
    try:
        yield disk
    finally:
        disk.remove()
