"""An unexpected error in the window is logged under the home with its traceback, shown in a
dialog whose details can be copied, and the window keeps running.

A StoreError that reaches here (a click whose write the base refused: disk full, read-only,
busy) is no bug: the rep sees its message, which says what to do, without a traceback. A damaged
base goes to the window's offer of the newest good backup."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from moovdesk import APP_NAME
from moovdesk.data.errors import CorruptDatabaseError, StoreError

_log = logging.getLogger("moovdesk")
ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorReporting", text)


def install_error_dialog() -> ExceptHook:
    """Route uncaught exceptions (raised in slots and event handlers) to the log and a dialog;
    returns the previous hook."""
    previous = sys.excepthook
    sys.excepthook = report_error
    return previous


def report_error(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if isinstance(error, StoreError):
        _report_store_error(error)
        return
    details = "".join(traceback.format_exception(kind, error, trace))
    _log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.stderr.write(details)
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(
        _tr(
            "Something went wrong, but your data is safe: every change already made is saved. "
            "The details are in the log; you can copy them for support."
        )
    )
    box.setDetailedText(details)
    copy = box.addButton(_tr("Copy the details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.exec()


_showing: set[str] = set()


def _report_store_error(error: StoreError) -> None:
    message = str(error)
    _log.warning("not done: %s", message, exc_info=error)
    if QApplication.instance() is None:
        sys.stderr.write(message + "\n")
        return
    if isinstance(error, CorruptDatabaseError):
        for widget in QApplication.topLevelWidgets():
            report_damage = getattr(widget, "report_damage", None)
            if callable(report_damage):
                report_damage([message])
                return
    if message in _showing:  # the same failure again while its message is on screen
        return
    _showing.add(message)
    try:
        QMessageBox.warning(None, APP_NAME, message)
    finally:
        _showing.discard(message)
