"""Fixtures for window tests: real services on a temporary home, real widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from moovdesk.paths import Home
from moovdesk.services import Services


@pytest.fixture(autouse=True)
def delete_windows_after_test() -> Iterator[None]:
    """Windows hold a web view; it must be deleted before the application quits, or Chromium
    warns that its profile is released while a page still uses it."""
    yield
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from moovdesk.ui.main_window import MainWindow

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.shutdown()
            widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def services(home: Home) -> Iterator[Services]:
    opened = Services.open(home)
    yield opened
    opened.close()
