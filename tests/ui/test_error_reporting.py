"""An unexpected error: logged with its traceback, shown with copyable details, window lives on."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from moovdesk.logs import setup_logging
from moovdesk.paths import Home
from moovdesk.ui.error_reporting import install_error_dialog, report_error


def test_an_error_is_logged_shown_and_copyable(qtbot: QtBot, home: Home) -> None:
    log_file = setup_logging(home)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.text())
        copy = next(b for b in box.buttons() if b.text() == "Copy the details")
        copy.click()
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(50, answer)
    try:
        raise ValueError("a bug in a slot")
    except ValueError:
        report_error(*sys.exc_info())  # type: ignore[arg-type]
    assert seen and "your data is safe" in seen[0]
    assert "ValueError: a bug in a slot" in QGuiApplication.clipboard().text()
    for handler in logging.getLogger("moovdesk").handlers:
        handler.flush()
    assert "ValueError: a bug in a slot" in log_file.read_text(encoding="utf-8")


def test_the_hook_is_installed_and_can_be_restored() -> None:
    previous = install_error_dialog()
    try:
        assert sys.excepthook is report_error
    finally:
        sys.excepthook = previous
