"""The map with 100,000 points: MapView against a bare Leaflet canvas page fed the same points
(measured in bench/map_measure.py); plus a filter change at 100,000 (set_visible)."""

from __future__ import annotations

import time
from pathlib import Path

from bench.common import Result


def run(work_dir: Path, count: int = 100_000) -> list[Result]:
    from moovdesk.ui.map_scheme import register_map_scheme
    from moovdesk.ui.qt_environment import prepare_qt_environment

    prepare_qt_environment()
    register_map_scheme()
    import PySide6.QtWebEngineWidgets  # noqa: F401  (before the application)
    from PySide6.QtWidgets import QApplication

    from bench.map_measure import _dispose, _Waiter, demo_points, measure_map_rendering
    from moovdesk.ui.map_view import MapView

    app = QApplication.instance() or QApplication([])
    measured = measure_map_rendering(count, repeats=3)
    results = [
        Result(
            f"map: {count:,} points painted",
            measured.map.painted_s,
            measured.floor.painted_s,
            "s",
            "≤ 2 s after the table",
        ),
        Result(
            f"map: set_points({count:,}) on the GUI thread",
            measured.map.set_points_s,
            measured.floor.set_points_s,
            "s",
        ),
    ]
    view = MapView()
    view.resize(1200, 800)
    view.show()
    if not view.is_ready:
        _Waiter(view.ready).wait_past(0, 60.0)
    points = demo_points(count)
    painted = _Waiter(view.points_painted)
    view.set_points(points)
    painted.wait_past(0, 120.0)
    half = [p.id for p in points[::2]]
    timings = []
    for visible in (half, None, half, None):
        start = time.perf_counter()
        view.set_visible(visible)
        _applied(view)  # the page has run the filter and scheduled its redraw
        timings.append(time.perf_counter() - start)
    _dispose(view)
    results.append(
        Result(
            f"map: filter change at {count:,} (until painted)",
            min(timings),
            None,  # the bare page has no filter: no same-work floor
            "s",
            "≤ 0.3 s",
        )
    )
    app.processEvents()
    return results


def _applied(view: object) -> None:
    """Wait until the page answers a script queued after the filter, then one frame more."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    view.run_js(  # type: ignore[attr-defined]
        "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(1))))",
        lambda _result: loop.quit(),
    )
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
