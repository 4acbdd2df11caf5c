"""The window painted from its first screen, before SQLAlchemy is loaded; the base opened right
after that paint, and the window then the same as one opened the usual way."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from moovdesk import demo_data
from moovdesk.data.first_screen import open_first_screen
from moovdesk.data.listing import ProspectFilter, ProspectSort
from moovdesk.data.opening import take_lock
from moovdesk.data.vocabulary import Temperature
from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.ui.main_window import MainWindow
from moovdesk.ui.prospect_columns import COLUMN_INDEX
from moovdesk.ui.settings_store import open_settings

# Starts the real entry point; at the first paint (when the window opens its base) notes what
# is loaded and shown, then quits once the base is open and the detail pane shows a prospect.
DRIVER = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from moovdesk.ui.app import main
from moovdesk.ui.main_window import MainWindow
from moovdesk.ui.prospect_columns import COLUMN_INDEX

app = QApplication(sys.argv[:1])
seen = {}
open_base = MainWindow._open_base

def noting_open_base(window):
    model = window.table_model
    seen["sqlalchemy_at_first_paint"] = "sqlalchemy" in sys.modules
    seen["visible_at_first_paint"] = window.isVisible()
    seen["rows"] = model.rowCount()
    seen["first_companies"] = [
        model.index(row, COLUMN_INDEX["company"]).data() for row in range(5)
    ]
    opened = open_base(window)
    seen["opened"] = opened and window.services.is_open
    return opened

MainWindow._open_base = noting_open_base

def quit_when_ready():
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    if windows and seen.get("opened") and windows[0].detail.prospect_id:
        seen["detail_company"] = windows[0].detail.form.edits["company"].text()
        print(json.dumps(seen))
        windows[0].close()
        return
    QTimer.singleShot(50, quit_when_ready)

QTimer.singleShot(50, quit_when_ready)
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def demo_home(home: Home) -> Home:
    services = Services.open(home)
    try:
        demo_data.generate(services.store, 400)
    finally:
        services.close()
    return home


def test_the_real_app_paints_its_first_screen_before_loading_sqlalchemy(demo_home: Home) -> None:
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, "--home", str(demo_home.root)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads([line for line in result.stdout.splitlines() if line.startswith("{")][-1])
    services = Services.open(demo_home, read_only=True)
    try:
        expected_ids = services.prospects.ids(ProspectFilter(), ProspectSort("company"))
        expected = [row.company for row in services.prospects.rows(expected_ids[:5])]
    finally:
        services.close()
    assert seen["sqlalchemy_at_first_paint"] is False
    assert seen["visible_at_first_paint"] is True
    assert seen["rows"] == len(expected_ids) == 400
    assert seen["first_companies"] == expected
    assert seen["opened"] is True
    assert seen["detail_company"] in expected  # the current row, once the base is open


@pytest.fixture
def deferred_window(qtbot: QtBot, demo_home: Home) -> Iterator[tuple[MainWindow, Services]]:
    first = open_first_screen(demo_home)
    assert first is not None
    services = Services.deferred(demo_home, first.lock)
    window = MainWindow(services, open_settings(demo_home), first.reader)
    qtbot.addWidget(window)
    yield window, services
    window.watcher.timer.stop()
    services.close()


def test_the_base_opens_after_the_first_paint_and_the_window_works(
    qtbot: QtBot, deferred_window: tuple[MainWindow, Services]
) -> None:
    window, services = deferred_window
    assert not services.is_open  # built and filled from the first screen alone
    assert window.table_model.rowCount() == 400
    assert window.detail.header.title.text() == "Opening your base…"
    first_company = window.table_model.index(0, COLUMN_INDEX["company"]).data()
    with qtbot.waitSignal(window.start_finished, timeout=30_000):
        window.show()
    assert services.is_open
    assert window.table_model.ids() == services.prospects.ids()
    assert window.table_model.index(0, COLUMN_INDEX["company"]).data() == first_company

    prospect_id = window.table_model.id_at(2)
    assert prospect_id is not None
    window.table.select_prospect(prospect_id)
    assert window.detail.prospect_id == prospect_id
    company = window.table_model.index(2, COLUMN_INDEX["company"]).data()
    assert window.detail.header.title.text() == company
    before = services.prospects.get(prospect_id).row.temperature
    window.bulk.toggle_temperature.trigger()
    after = services.prospects.get(prospect_id).row.temperature
    assert after is not before and after in (Temperature.HOT, Temperature.COLD)
    index = window.table_model.index(2, COLUMN_INDEX["temperature"])
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    # The filters' choices, read in the background, reach the filter bar.
    sources = services.prospects.sources()
    assert sources
    source_combo = window.filter_bar.source
    qtbot.waitUntil(lambda: source_combo.count() == len(sources) + 1)
    assert [source_combo.itemData(i) for i in range(1, source_combo.count())] == sources


def test_a_base_that_no_longer_opens_after_the_first_screen_closes_the_window_for_a_retry(
    qtbot: QtBot, deferred_window: tuple[MainWindow, Services], demo_home: Home
) -> None:
    window, services = deferred_window
    newer = sqlite3.connect(demo_home.database)  # a newer Moovdesk upgraded it in between
    with newer:
        newer.execute("UPDATE alembic_version SET version_num = '9999'")
    newer.close()
    window.show()
    qtbot.waitUntil(lambda: window.reopen_request)
    assert not window.isVisible()
    assert not services.is_open
    services.close()
    take_lock(demo_home.lock_file).release()  # free for the usual opening


def test_a_file_given_at_launch_imports_while_the_base_opens(
    qtbot: QtBot, deferred_window: tuple[MainWindow, Services], tmp_path: Path
) -> None:
    """`moovdesk FILE.csv` shows the window and opens the import at once, as `app._run` does:
    the import opens the base itself if the first paint has not yet."""
    window, services = deferred_window
    source = tmp_path / "salon.csv"
    source.write_text("Société;Ville\nBoulangerie Neuve;Lyon\nGarage Neuf;Brest\n", "utf-8")
    window.show()
    window.open_files([source])
    qtbot.waitUntil(lambda: bool(window.imports._dialogs))
    dialog = window.imports._dialogs[-1]
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=20_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 3, timeout=20_000)
    assert dialog.report is not None and dialog.report.imported == 2
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 402)
    assert services.is_open and services.prospects.count() == 402
    dialog.accept()
