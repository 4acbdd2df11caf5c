"""While Moovdesk runs: a follow-up that falls due raises one desktop notification, and the agenda
is re-read every minute so "today" and "overdue" stay true without a restart."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from moovdesk.agenda_items import AgendaItem
from moovdesk.data.errors import StoreError
from moovdesk.ui.qt_dates import short_datetime

if TYPE_CHECKING:
    from moovdesk.agenda import AgendaService

CHECK_INTERVAL_MS = 30_000


class ReminderWatcher(QObject):
    reminders_due = Signal(list)  # list[AgendaItem], each announced once
    tick = Signal()  # every check: time to re-read what depends on "now"

    def __init__(self, agenda: Callable[[], AgendaService], parent: QObject | None = None) -> None:
        """`agenda` gives the service at each check: the window's base opens after its first
        paint, and the watcher is built before."""
        super().__init__(parent)
        self._agenda = agenda
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(2_000, self.check)

    def check(self) -> None:
        try:
            due = self._agenda().take_due_reminders()
        except StoreError:
            return  # e.g. the disk is full: try again at the next tick, nothing is lost
        self.tick.emit()
        if due:
            self.reminders_due.emit(due)


class ReminderNotifier(QObject):
    """Shows reminders in the system tray, or flashes the window where there is no tray."""

    prospect_chosen = Signal(str)

    def __init__(self, window: QWidget, icon: QIcon) -> None:
        super().__init__(window)
        self._window = window
        self._last_prospect = ""
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("Moovdesk")
            self.tray.messageClicked.connect(self._open_last)
            self.tray.activated.connect(lambda _reason: self._raise_window())
            self.tray.show()
        self.last_message = ""
        self.enabled = True

    def notify(self, items: list[AgendaItem]) -> None:
        if not items or not self.enabled:
            return
        first = items[0]
        self._last_prospect = first.prospect_id
        if len(items) == 1:
            title = self.tr("Follow-up due: %1").replace("%1", first.prospect_name)
            body = " — ".join(p for p in (short_datetime(first.when), first.text) if p)
        else:
            title = self.tr("Follow-ups due: %n", "", len(items))
            body = ", ".join(item.prospect_name for item in items[:5])
        self.last_message = f"{title}\n{body}"
        if self.tray is not None:
            self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15_000)
        QApplication.alert(self._window)

    def _open_last(self) -> None:
        self._raise_window()
        if self._last_prospect:
            self.prospect_chosen.emit(self._last_prospect)

    def _raise_window(self) -> None:
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()
