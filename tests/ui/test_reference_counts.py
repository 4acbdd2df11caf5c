"""A guard against a PySide6 defect: 6.12.0 on Python 3.11 drops a reference to None on every
call of a method returning nothing, so after enough calls the interpreter aborts with
"deallocating None". Driving the window must never lower None's reference count."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from moovdesk import demo_data
from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.ui.main_window import MainWindow
from moovdesk.ui.settings_store import open_settings


def test_using_the_window_never_drops_references_to_none(
    qtbot: QtBot, services: Services, home: Home
) -> None:
    demo_data.generate(services.store, 200)
    window = MainWindow(services, open_settings(home))
    qtbot.addWidget(window)
    window.show()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for row in range(60):
        window.table.selectRow(row)  # reloads the detail pane: hundreds of setText/setEnabled
    window.agenda.refresh()
    window.filter_bar.search.setText("bou")
    window.filter_bar.clear()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(a >= b for a, b in zip(after, before, strict=True)), (before, after)
    window.watcher.timer.stop()
