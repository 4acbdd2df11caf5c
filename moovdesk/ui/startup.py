"""Opening the base when the window starts: a base held by another window is handed over; a
damaged or unreadable one leads to a clear choice, the newest good backup, never a silent loss."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from moovdesk import APP_NAME, backups
from moovdesk.data.errors import CorruptDatabaseError, StoreError, StoreLockedError
from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.ui.qt_dates import short_datetime

if TYPE_CHECKING:
    from moovdesk.ui.main_window import MainWindow


class AlreadyOpenError(Exception):
    """Another window holds this home."""


def open_window(home: Home, *, first_screen: bool = True) -> tuple[MainWindow, Services] | None:
    """The window on the home's base, and the services it works with; None when the base
    could not be opened and the rep chose to quit. Raises AlreadyOpenError.

    A base that can be opened as it is is opened after the window's first paint: the window is
    painted from its first screen, read without SQLAlchemy (see `data/first_screen.py`). Any
    other (new, to upgrade, damaged, held elsewhere) is opened first, the usual way, and so is
    every base without `first_screen` (a retry after a first screen whose base did not open)."""
    from moovdesk.data.first_screen import open_first_screen
    from moovdesk.ui.main_window import MainWindow
    from moovdesk.ui.settings_store import open_settings

    first = open_first_screen(home) if first_screen else None
    reader = None if first is None else first.reader
    services = open_base(home) if first is None else Services.deferred(home, first.lock)
    if services is None:
        return None
    try:
        return MainWindow(services, open_settings(home), reader), services
    except BaseException:
        if reader is not None:
            reader.close()
        services.close()
        raise


def open_base(home: Home, parent: QWidget | None = None) -> Services | None:
    """The services on the home's base, or None when the rep chose to quit."""
    while True:
        try:
            return Services.open(home)
        except StoreLockedError as error:
            raise AlreadyOpenError(str(error)) from error
        except CorruptDatabaseError as error:
            if not offer_restore(home, [str(error)], parent):
                return None
        except StoreError as error:
            QMessageBox.critical(parent, APP_NAME, str(error))
            return None


def offer_restore(home: Home, problems: list[str], parent: QWidget | None = None) -> bool:
    """Tell the rep the base is damaged and offer the newest good backup; True when it was
    restored. The damaged file is kept beside the backups either way."""
    details = "\n".join(problems[:10])
    newest = backups.newest_good_backup(home)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(APP_NAME)
    box.setDetailedText(details)
    if newest is None:
        box.setText(
            _tr(
                "Your Moovdesk base is damaged and there is no good backup to restore. "
                "The file is left as it is: %1"
            ).replace("%1", str(home.database))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box.setText(
        _tr(
            "Your Moovdesk base is damaged. Restore the newest good backup (%1)? "
            "The damaged file is kept beside the backups."
        ).replace("%1", _backup_date(home, newest))
    )
    restore_button = box.addButton(_tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    restore_with_message(home, newest, parent)
    return True


def restore_with_message(home: Home, backup: Path, parent: QWidget | None = None) -> bool:
    try:
        safety = backups.restore(home, backup)
    except StoreError as error:
        QMessageBox.warning(
            parent, APP_NAME, _tr("The backup was not restored: %1").replace("%1", str(error))
        )
        return False
    kept = _tr(" Your base as it was is kept as %1.").replace("%1", str(safety)) if safety else ""
    QMessageBox.information(parent, APP_NAME, _tr("The backup is restored.") + kept)
    return True


def _backup_date(home: Home, path: Path) -> str:
    for backup in backups.backups(home):
        if backup.path == path:
            return short_datetime(backup.taken_at.astimezone())
    return ""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Startup", text)
