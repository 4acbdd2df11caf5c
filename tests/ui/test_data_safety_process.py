"""Protecting the data, in the real application process: a damaged base at start-up leads to the
newest good backup (never a silent loss), and File > Restore closes the base, restores, reopens."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from moovdesk import backups
from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService

# Runs the real entry point; answers every message box with its accepting button; once a
# window is up, does ACTION (restore the newest backup, or nothing), and quits the second time
# a window appears (or the first, when ACTION is "quit").
DRIVER = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from moovdesk.ui.app import main

action = sys.argv.pop(1)
app = QApplication(sys.argv[:1])
seen = []

def tick():
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QMessageBox):
        accept = [b for b in modal.buttons() if modal.buttonRole(b) in (
            QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole)]
        (accept[0] if accept else modal.buttons()[0]).click()
    windows = [w for w in QApplication.topLevelWidgets()
               if w.objectName() == "mainWindow" and w.isVisible()]
    if windows and windows[0] not in seen:
        seen.append(windows[0])
        window = windows[0]
        if action == "restore" and len(seen) == 1:
            from moovdesk import backups
            window._restore(backups.backups(window.services.home)[0].path)
        else:
            window.close()
    QTimer.singleShot(200, tick)

QTimer.singleShot(200, tick)
sys.exit(main(sys.argv[1:]))
"""


def run_app(home: Path, action: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", DRIVER, action, "--home", str(home)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def companies(home: Home) -> list[str]:
    with Store.open(home.database, lock_path=home.lock_file) as store:
        return sorted(row.company for row in ProspectService(store).page())


def make_base_with_backup(tmp_path: Path) -> Home:
    home = Home(tmp_path / "rep").ensure()
    with Store.open(home.database, lock_path=home.lock_file) as store:
        ProspectService(store).create({"company": "Backed up"})
    backups.back_up_now(home)
    with Store.open(home.database, lock_path=home.lock_file) as store:
        ProspectService(store).create({"company": "After the backup"})
    return home


def test_restore_from_the_window_reopens_the_backup(tmp_path: Path) -> None:
    home = make_base_with_backup(tmp_path)
    result = run_app(home.root, "restore")
    assert result.returncode == 0, result.stderr
    assert companies(home) == ["Backed up"]
    reasons = [b.reason for b in backups.backups(home)]
    assert any(reason.startswith("before-restore") for reason in reasons)  # nothing lost


def test_a_damaged_base_at_start_is_restored_not_lost(tmp_path: Path) -> None:
    home = make_base_with_backup(tmp_path)
    for sidecar in ("moovdesk.db-wal", "moovdesk.db-shm"):
        (home.root / sidecar).unlink(missing_ok=True)
    with home.database.open("r+b") as handle:
        handle.write(b"this is not SQLite any more" * 4)  # the header is gone
    damaged = home.database.read_bytes()
    result = run_app(home.root, "quit")
    assert result.returncode == 0, result.stderr
    assert companies(home) == ["Backed up"]
    kept = [b.path for b in backups.backups(home) if b.reason.startswith("before-restore")]
    assert kept and kept[0].read_bytes()[:100] == damaged[:100]  # the damaged file is kept
    with sqlite3.connect(home.database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
