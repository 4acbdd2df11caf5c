"""Run in a fresh process: time from the start of this script until the window is on screen.

`python -m bench.window_probe app HOME` opens Moovdesk's window on HOME;
`python -m bench.window_probe bare` opens the floor: a bare PySide6 window with a table and a
web view. Prints one JSON line: seconds to on-screen, and the resident memory once the window
has settled (the map drawn, the agenda filled: SETTLE_SECONDS of running after it is shown).
"""

from __future__ import annotations

import time

START = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

SETTLE_SECONDS = 4.0


def resident_mb() -> float:
    """The process's resident memory now (Linux /proc), in MB."""
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def show_app(home_dir: str) -> object:
    from moovdesk.paths import resolve_home
    from moovdesk.services import Services
    from moovdesk.ui.main_window import MainWindow
    from moovdesk.ui.settings_store import open_settings

    services = Services.open(resolve_home(home_dir))
    window = MainWindow(services, open_settings(services.home))
    window.resize(1400, 860)
    window.show()
    return window


def show_bare() -> object:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView

    window = QMainWindow()
    splitter = QSplitter(Qt.Orientation.Horizontal)
    model = QStandardItemModel(100, 8)
    for row in range(100):
        for column in range(8):
            model.setItem(row, column, QStandardItem(f"cell {row},{column}"))
    table = QTableView()
    table.setModel(model)
    web = QWebEngineView()
    web.setHtml("<html><body>map</body></html>")
    splitter.addWidget(table)
    splitter.addWidget(web)
    window.setCentralWidget(splitter)
    window.resize(1400, 860)
    window.show()
    return window


def main() -> int:
    from moovdesk.ui.qt_environment import prepare_qt_environment

    prepare_qt_environment()
    if sys.argv[1] == "app":
        from moovdesk.ui.app import load_data_layer

        load_data_layer()  # as the app does: before Qt
        from moovdesk.ui.map_scheme import register_map_scheme

        register_map_scheme()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: F401  (before the app)
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    window = show_app(sys.argv[2]) if sys.argv[1] == "app" else show_bare()
    # Exposed: the window is on screen, its table painted with the first rows (the expose
    # event paints it). What Moovdesk loads after that first paint (the agenda, the map's
    # points) is not counted here: the map has its own line in the benchmark table.
    QTest.qWaitForWindowExposed(window)  # type: ignore[arg-type]
    seconds = time.perf_counter() - START
    settled = time.perf_counter() + SETTLE_SECONDS
    while time.perf_counter() < settled:
        app.processEvents()
        time.sleep(0.01)
    print(json.dumps({"seconds": seconds, "rss_mb": resident_mb()}))
    sys.stdout.flush()
    import os

    os._exit(0)  # skip teardown: only the start-up is measured


if __name__ == "__main__":
    raise SystemExit(main())
