"""The main window: title, menus, status bar, Ctrl+Q, layout remembered between runs."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from moovdesk import demo_data
from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.ui.main_window import MainWindow
from moovdesk.ui.settings_store import open_settings


def make_window(qtbot: QtBot, services: Services, settings: QSettings) -> MainWindow:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_window_shows_title_menus_and_counts(qtbot: QtBot, services: Services, home: Home) -> None:
    demo_data.generate(services.store, 120)
    window = make_window(qtbot, services, open_settings(home))
    assert window.windowTitle().startswith("Moovdesk")
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Tour", "Help"]
    assert window.count_label.text() == "120 prospects"
    assert window.table.model().rowCount() == 120


def test_ctrl_q_closes_the_window(qtbot: QtBot, services: Services, home: Home) -> None:
    window = make_window(qtbot, services, open_settings(home))
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_layout_is_remembered(qtbot: QtBot, services: Services, home: Home) -> None:
    first = make_window(qtbot, services, open_settings(home))
    first.resize(1300, 777)
    first.splitter.setSizes([600, 400])
    first.table.setColumnHidden(3, True)
    first.table.setColumnWidth(1, 333)
    first.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    sizes = first.splitter.sizes()
    first.close()

    second = make_window(qtbot, services, open_settings(home))
    assert (second.width(), second.height()) == (1300, 777)
    assert second.splitter.sizes() == sizes
    assert second.table.isColumnHidden(3)
    assert second.table.columnWidth(1) == 333
    assert second.table_model.current_sort.column == "city"
    assert second.table_model.current_sort.descending
