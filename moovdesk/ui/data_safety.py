"""Protecting the rep's data from the window: a daily backup (checked every hour), File > Back
up now, File > Restore from backup…, and a background check that the base is sound.

A restore needs the base closed: the window records what to restore and closes, and the
application restores and opens the base again (see moovdesk.ui.app).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from moovdesk import backups
from moovdesk.data.errors import StoreError
from moovdesk.paths import Home
from moovdesk.ui.qt_dates import short_datetime
from moovdesk.ui.workers import Job, start

HOURLY_MS = 3_600_000
_log = logging.getLogger(__name__)


class DataSafety(QObject):
    status_message = Signal(str)
    # The rep chose a backup to restore: the window closes and the app restores it.
    restore_requested = Signal(object)  # Path
    # The background check found the base damaged: offer the newest good backup.
    damage_found = Signal(list)

    def __init__(self, home: Home, window: QWidget, keep_daily: int = backups.DEFAULT_KEEP):
        super().__init__(window)
        self._home = home
        self._window = window
        self.keep_daily = keep_daily
        self._jobs: list[Job] = []
        self._daily_warned = False
        self.timer = QTimer(self)
        self.timer.setInterval(HOURLY_MS)
        self.timer.timeout.connect(self.daily_backup)

    def start(self) -> None:
        """After the window is on screen: check the base, take today's copy, then hourly."""
        self.check_base()
        self.daily_backup()
        self.timer.start()

    def daily_backup(self) -> None:
        home, keep = self._home, self.keep_daily
        self._run(
            lambda: backups.take_daily_backup(home, keep), self._daily_done, self._daily_failed
        )

    def back_up_now(self) -> None:
        home = self._home
        self._run(lambda: backups.back_up_now(home), self._manual_done)

    def check_base(self) -> None:
        home = self._home
        self._run(lambda: backups.check_home_database(home), self._checked)

    def choose_backup(self) -> None:
        dialog = RestoreDialog(backups.backups(self._home), self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore_requested.emit(dialog.chosen)

    # Reports ---------------------------------------------------------------------------

    def _daily_done(self, copy: Path | None) -> None:
        if copy is not None:
            self.status_message.emit(self.tr("Today's backup is saved."))

    def _manual_done(self, copy: Path) -> None:
        self.status_message.emit(self.tr("Backup saved: %1").replace("%1", str(copy)))

    def _checked(self, problems: list[str]) -> None:
        if problems:
            self.damage_found.emit(problems)

    def _daily_failed(self, error: BaseException) -> None:
        """Said once a session in a dialog (it is tried again every hour), always logged and in
        the status bar."""
        _log.warning("the daily backup was not made: %s", error)
        message = self._describe(error)
        self.status_message.emit(message)
        if not self._daily_warned:
            self._daily_warned = True
            QMessageBox.warning(self._window, self.tr("Backup"), message)

    def _failed(self, error: BaseException) -> None:
        _log.warning("backup or check failed: %s", error)
        QMessageBox.warning(self._window, self.tr("Backup"), self._describe(error))

    def _describe(self, error: BaseException) -> str:
        if isinstance(error, StoreError):  # says what happened and that nothing was lost
            return str(error)
        return self.tr("No backup was made: %1").replace("%1", str(error))

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        job = Job(work, takes_progress=False)
        report_failure = on_failure or self._failed

        def finished(result: Any) -> None:
            self._jobs.remove(job)
            done(result)

        def failed(error: BaseException) -> None:
            self._jobs.remove(job)
            report_failure(error)

        self._jobs.append(job)  # kept alive until it reports
        start(job, finished, failed, owner=self)


class RestoreDialog(QDialog):
    """Pick a backup, newest first; the current base is itself backed up before a restore."""

    def __init__(self, found: list[backups.Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(560, 380)
        self.chosen: Path | None = None
        self._found = found
        note = QLabel(
            self.tr(
                "Moovdesk will close your base, keep a copy of it as it is now, put the chosen "
                "backup in its place and open it again."
            ),
            self,
        )
        note.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for backup in found:
            kind = {
                backups.DAILY: self.tr("daily"),
                backups.MANUAL: self.tr("made by you"),
            }.get(backup.reason, self.tr("safety copy"))
            size = f"{backup.size / 1_000_000:.1f} MB"
            item = QListWidgetItem(
                f"{short_datetime(backup.taken_at.astimezone())} — {kind} — {size}"
            )
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        if not found:
            layout.addWidget(QLabel(self.tr("There is no backup yet."), self))
        layout.addWidget(buttons)

    def _accept(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._found):
            self.chosen = self._found[row].path
            self.accept()
