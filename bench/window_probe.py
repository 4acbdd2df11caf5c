"""Run in a fresh process: time from the start of this script until the window is on screen.

`python -m bench.window_probe app HOME` opens Moovdesk's window on HOME as `moovdesk` does;
`python -m bench.window_probe bare` opens the floor: a bare PySide6 window with a table and a
web view; `bare-data HOME` the same window showing the first 100 prospects of HOME read through
Moovdesk's data layer (SQLAlchemy), the floor of any window that works on this stack.
Prints one JSON line: seconds to on-screen, to usable (Moovdesk's base opened after its first
paint, see `data/first_screen.py`), to started (all its start-up steps done), and the resident
memory once the window has settled (the map drawn, the agenda filled: SETTLE_SECONDS of
running after it is shown).
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
    """The window as `moovdesk` opens it (`startup.open_window`: painted from the first screen,
    the base opened after that paint)."""
    from moovdesk.paths import resolve_home
    from moovdesk.ui.startup import open_window

    opened = open_window(resolve_home(home_dir))
    assert opened is not None
    window, _services = opened
    window.resize(1400, 860)
    window.show()
    return window


def first_rows_through_the_data_layer(home_dir: str) -> list[list[str]]:
    """The first 100 prospects read through Moovdesk's services (SQLAlchemy), as text."""
    from moovdesk.paths import resolve_home
    from moovdesk.services import Services

    services = Services.open(resolve_home(home_dir))
    rows = services.prospects.page(limit=100)
    return [
        [r.company, r.last_name, r.city, r.postal_code, r.phone, r.email, r.stage, r.notes]
        for r in rows
    ]


def show_bare(cells: list[list[str]] | None = None) -> object:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView

    window = QMainWindow()
    splitter = QSplitter(Qt.Orientation.Horizontal)
    model = QStandardItemModel(100, 8)
    for row in range(100):
        for column in range(8):
            text = cells[row][column] if cells and row < len(cells) else f"cell {row},{column}"
            model.setItem(row, column, QStandardItem(str(text)))
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
    cells = None
    if sys.argv[1] == "bare-data":  # the data layer first: after Qt it loads slower
        cells = first_rows_through_the_data_layer(sys.argv[2])
    if sys.argv[1] == "app":
        from moovdesk.ui.map_scheme import register_map_scheme

        register_map_scheme()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: F401  (before the app)
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])
    window = show_app(sys.argv[2]) if sys.argv[1] == "app" else show_bare(cells)
    # Exposed: the window is on screen, its table painted with the first rows (the expose
    # event paints it). What Moovdesk loads after that first paint (the agenda, the map's
    # points) is not counted here: the map has its own line in the benchmark table.
    finished: list[float] = []
    if hasattr(window, "start_finished"):
        window.start_finished.connect(lambda: finished.append(time.perf_counter() - START))
    QTest.qWaitForWindowExposed(window)  # type: ignore[arg-type]
    seconds = time.perf_counter() - START
    # Usable: the base open and the current prospect in the detail pane (the first step after
    # the first paint, see MainWindow._finish_start); started: every step done. The bare
    # windows are both at once.
    services = getattr(window, "services", None)
    while services is not None and not services.is_open:
        app.processEvents()
    usable = time.perf_counter() - START
    while services is not None and not finished:
        app.processEvents()
    started = finished[0] if finished else usable
    settled = time.perf_counter() + SETTLE_SECONDS
    while time.perf_counter() < settled:
        app.processEvents()
        time.sleep(0.01)
    print(
        json.dumps(
            {"seconds": seconds, "usable": usable, "started": started, "rss_mb": resident_mb()}
        )
    )
    sys.stdout.flush()
    import os

    os._exit(0)  # skip teardown: only the start-up is measured


if __name__ == "__main__":
    raise SystemExit(main())
