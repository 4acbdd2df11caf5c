"""An unexpected error in the window is logged under the home with its traceback, shown in a
dialog whose details can be copied, and the window keeps running."""

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
