"""The real main window on a test's base, shown and active, as the rep has it: keyboard
shortcuts and focus reach it (tests that type or press keys need that)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.ui.main_window import MainWindow
from moovdesk.ui.settings_store import open_settings


def show_active_window(qtbot: QtBot, services: Services, home: Home) -> MainWindow:
    window = MainWindow(services, open_settings(home))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
