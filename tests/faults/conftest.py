"""Fixtures of the fault tests: an unprivileged runner and a folder it can reach; the base each
module's `ids` fixture makes, its services and the window on it."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.ui import autosave
from moovdesk.ui.main_window import MainWindow
from tests.active_window import show_active_window
from tests.faults.helpers import Unprivileged, find_unprivileged, remove_tree


@pytest.fixture(scope="session")
def unprivileged() -> Unprivileged:
    """Runs processes that file permissions bind (skips, saying why, when none can be run)."""
    runner, reason = find_unprivileged()
    if runner is None:
        pytest.skip(reason)
    return runner


@pytest.fixture
def shared_tmp(unprivileged: Unprivileged) -> Iterator[Path]:
    """A temporary folder the unprivileged user can reach and owns (pytest's is private)."""
    folder = Path(tempfile.mkdtemp(prefix="moovdesk-faults-"))
    folder.chmod(0o755)
    unprivileged.own(folder)
    try:
        yield folder
    finally:
        remove_tree(folder)


@pytest.fixture
def services(home: Home, ids: dict[str, str]) -> Iterator[Services]:
    """The window's services, on the base that the test module's `ids` fixture made."""
    opened = Services.open(home)
    yield opened
    opened.close()


@pytest.fixture
def window(
    qtbot: QtBot, services: Services, home: Home, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setattr(autosave, "RETRY_FIRST_MS", 300)  # retry soon, not after 5 s
    win = show_active_window(qtbot, services, home)
    yield win
    win.watcher.timer.stop()
    win.detail.form.autosave.discard_unsaved()
    win.shutdown()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
