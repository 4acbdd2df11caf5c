"""Importing from the window: drop a file, check the mapping, import, see it; cancel; refuse;
undo from the history."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from moovdesk.data.listing import ProspectFilter
from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.ui.import_dialog import ImportDialog
from moovdesk.ui.main_window import MainWindow
from moovdesk.ui.settings_store import open_settings
from tests.importing.sample_files import SAMPLES


@pytest.fixture
def window(qtbot: QtBot, services: Services, home: Home) -> Iterator[MainWindow]:
    win = MainWindow(services, open_settings(home))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.watcher.timer.stop()


def drop(window: MainWindow, path: Path) -> None:
    """What a real drag does: enter (accepted), then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    assert QApplication.sendEvent(window, enter) and enter.isAccepted()
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)


def open_dialog(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    qtbot.waitUntil(lambda: bool(window.imports._dialogs))
    return window.imports._dialogs[-1]


def test_drop_map_import_and_search(qtbot: QtBot, window: MainWindow, services: Services) -> None:
    drop(window, SAMPLES / "prospects_tableur_fr.csv")
    dialog = open_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert "30 rows" in dialog.summary.text()
    headers = [dialog.columns.item(r, 0).text() for r in range(dialog.columns.rowCount())]
    assert headers[0] == "Société"  # cp1252 read right
    combo = dialog.columns.cellWidget(headers.index("Relance le"), 1)
    assert isinstance(combo, QComboBox) and combo.currentData() == "next_follow_up"
    preview = dialog.columns.item(headers.index("Relance le"), 2).text()
    first_follow_up = QLocale().toString(QDate(2027, 1, 1), QLocale.FormatType.ShortFormat)
    assert first_follow_up in preview and "day first" in preview  # in the rep's date format
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=20_000)
    assert dialog.report is not None and dialog.report.imported == 30
    assert window.table_model.rowCount() == 30
    qtbot.waitUntil(lambda: window.imports._indexing is None, timeout=20_000)
    assert services.prospects.count(ProspectFilter(text="nesle")) >= 1
    dialog.accept()


def test_cancel_writes_nothing(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    big = tmp_path / "big.csv"
    rows = ["Société;Email"] + [f"Entreprise {n};e{n}@firme{n}.fr" for n in range(40_000)]
    big.write_text("\n".join(rows), encoding="utf-8")
    window.open_files([big])
    dialog = open_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    dialog.import_button.click()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=60_000)
    assert "nothing was written" in dialog.report_label.text()
    assert services.prospects.count() == 0
    dialog.accept()


def test_a_refused_file_says_why(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    picture = tmp_path / "prospects.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    window.open_files([picture])
    dialog = open_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.status.objectName() == "importError", timeout=10_000)
    assert not dialog.close_after_error.isHidden()
    assert "not a spreadsheet" in dialog.status.text()
    assert services.prospects.count() == 0
    dialog.reject()


def test_a_one_gigabyte_file_is_refused_before_it_is_read(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    huge = tmp_path / "export-complet.csv"
    with huge.open("wb") as handle:
        handle.truncate(1024 * 1024 * 1024)  # sparse: no gigabyte written to disk
    tracemalloc.start()
    try:
        window.open_files([huge])
        dialog = open_dialog(qtbot, window)
        qtbot.waitUntil(lambda: dialog.status.objectName() == "importError", timeout=10_000)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "too large" in dialog.status.text()
    assert peak < 100 * 1024 * 1024  # refused from its size: the gigabyte was never loaded
    assert services.prospects.count() == 0
    dialog.reject()


def test_mapping_is_remembered_and_undo_from_history(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("who,colour\nGarage Rouge,red\nGarage Bleu,blue\n", encoding="utf-8")
    window.open_files([odd])
    dialog = open_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert not dialog.import_button.isEnabled()  # nothing recognised yet
    who = dialog.columns.cellWidget(0, 1)
    assert isinstance(who, QComboBox)
    who.setCurrentIndex(who.findData("company"))
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=20_000)
    dialog.accept()
    assert sorted(r.company for r in services.prospects.page()) == ["Garage Bleu", "Garage Rouge"]

    window.open_files([odd])  # same header: the mapping comes back
    again = open_dialog(qtbot, window)
    qtbot.waitUntil(lambda: again.pages.currentIndex() == 1, timeout=10_000)
    assert "your mapping from last time" in again.summary.text()
    assert again.import_button.isEnabled()
    again.reject()

    from moovdesk.ui.import_history_dialog import ImportHistoryDialog

    history = ImportHistoryDialog(services.store, window)
    qtbot.addWidget(history)
    history.undone.connect(lambda _r: window._base_changed())
    history.select_row(0)
    history._undo_selected(confirm=False)
    qtbot.waitUntil(lambda: history._job is None, timeout=20_000)
    assert services.prospects.count() == 0
    assert window.table_model.rowCount() == 0


def test_the_preview_says_what_the_reader_repaired(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A ragged row is told before importing, not discovered after."""
    ragged = tmp_path / "ragged.csv"
    ragged.write_text(
        "Société;Ville;Code postal\nAlpha;Lyon;69001\nBêta;Pau\nGamma;Nice;06000\n",
        encoding="utf-8",
    )
    drop(window, ragged)
    dialog = open_dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    text = dialog.summary.text()
    assert "⚠ 1 row(s) had fewer cells than the header" in text and "(line 3)" in text
    dialog.reject()
