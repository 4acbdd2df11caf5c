"""Measure the map with many points against its floor, for bench/ to call.

`measure_map_rendering(100_000)` times `MapView.set_points` (the Python side: encoding and
handing the script to QtWebEngine) and the time until the points are painted (the page reports
the frame after the one that drew them), then the same for the floor: a bare Leaflet page drawing
the same JSON as `L.circleMarker`s on Leaflet's canvas renderer. Each figure is the median of a
few runs, in one process, same window size and view.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from moovdesk.demo_data import CITIES
from moovdesk.ui.map_points import MapPoint

FLOOR_PAGE = "bench-floor.html"


@dataclass(frozen=True)
class PageTiming:
    set_points_s: float  # the Python call, median
    painted_s: float  # from the call to points on screen, median
    page_stats: dict[str, Any] = field(default_factory=dict)  # the page's own split, last run


@dataclass(frozen=True)
class MapBenchmark:
    points: int
    map: PageTiming
    floor: PageTiming

    @property
    def ratio(self) -> float:
        """Time to painted over the floor's: below 1 means faster than bare Leaflet."""
        return self.map.painted_s / self.floor.painted_s

    def report(self) -> str:
        return (
            f"{self.points:,} points: set_points {self.map.set_points_s * 1000:.0f} ms, "
            f"painted {self.map.painted_s * 1000:.0f} ms; floor (bare Leaflet canvas) "
            f"set_points {self.floor.set_points_s * 1000:.0f} ms, painted "
            f"{self.floor.painted_s * 1000:.0f} ms; ratio {self.ratio:.2f}"
        )


def demo_points(count: int, seed: int = 7) -> list[MapPoint]:
    """Made-up prospects scattered around French cities (about 15 km around each)."""
    rng = random.Random(seed)
    points = []
    for i in range(count):
        city, _postcode, lat, lon = rng.choice(CITIES)
        points.append(
            MapPoint(
                id=f"{i:08d}-0000-4000-8000-{rng.getrandbits(48):012x}",
                lat=lat + rng.gauss(0.0, 0.12),
                lon=lon + rng.gauss(0.0, 0.17),
                temperature="hot" if rng.random() < 0.35 else "cold",
                is_client=rng.random() < 0.12,
                label=f"{rng.choice(('Boulangerie', 'Garage', 'Pharmacie', 'Cabinet'))} {city} {i}",
                contact="Claire Martin",
                phone=f"+3361{rng.randrange(10_000_000):07d}",
                next_follow_up="",
            )
        )
    return points


class _Waiter:
    """Counts a signal's emissions and waits for the next one in a local event loop. It never
    disconnects: PySide6 6.12.0's disconnect() drops a reference to True on Python 3.11."""

    def __init__(self, signal: Any) -> None:
        self.count = 0
        self._loop: QEventLoop | None = None
        signal.connect(self._hit)

    def _hit(self, *_args: object) -> None:
        self.count += 1
        if self._loop is not None:
            self._loop.quit()

    def wait_past(self, seen: int, timeout_s: float) -> bool:
        """True once the signal has fired more than `seen` times in all."""
        if self.count <= seen:
            self._loop = QEventLoop()
            QTimer.singleShot(int(timeout_s * 1000), self._loop.quit)
            self._loop.exec()
            self._loop = None
        return self.count > seen


def _pause(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _dispose(view: QWidget) -> None:
    """Delete the view (and its page, before its profile) while an event loop still runs."""
    shutdown = getattr(view, "shutdown", None)
    if shutdown is not None:
        shutdown()
    view.deleteLater()
    _pause(0.2)


def _time_page(
    page: str, points: Sequence[MapPoint], repeats: int, size: tuple[int, int], timeout_s: float
) -> PageTiming:
    from moovdesk.ui.map_view import MapView

    view = MapView(page=page)
    view.resize(*size)
    view.show()
    ready = _Waiter(view.ready)
    if not view.is_ready and not ready.wait_past(0, timeout_s):
        raise TimeoutError(f"{page} did not load")
    painted = _Waiter(view.points_painted)
    calls, totals = [], []
    for _ in range(repeats):
        seen = painted.count
        view.set_points([])
        painted.wait_past(seen, timeout_s)
        seen = painted.count
        start = time.perf_counter()
        view.set_points(points)
        calls.append(time.perf_counter() - start)
        if not painted.wait_past(seen, timeout_s):
            raise TimeoutError(f"{page}: {len(points)} points not painted in {timeout_s} s")
        totals.append(time.perf_counter() - start)
    stats = dict(view.last_paint)
    _dispose(view)
    return PageTiming(statistics.median(calls), statistics.median(totals), stats)


def measure_map_rendering(
    count: int = 100_000,
    *,
    repeats: int = 3,
    size: tuple[int, int] = (1200, 800),
    timeout_s: float = 120.0,
) -> MapBenchmark:
    """Needs a QApplication created after `register_map_scheme()`."""
    if QApplication.instance() is None:
        raise RuntimeError("create the QApplication first (after register_map_scheme())")
    points = demo_points(count)
    from moovdesk.ui.map_page import PAGE

    ours = _time_page(PAGE, points, repeats, size, timeout_s)
    floor = _time_page(FLOOR_PAGE, points, repeats, size, timeout_s)
    return MapBenchmark(count, ours, floor)


def save_screenshot(path: str, count: int = 3000, size: tuple[int, int] = (1100, 800)) -> None:
    """The widget with `count` demo prospects, grabbed offscreen once painted."""
    from moovdesk.ui.map_view import MapView

    view = MapView()
    view.resize(*size)
    view.show()
    if not view.is_ready:
        _Waiter(view.ready).wait_past(0, 30.0)
    painted = _Waiter(view.points_painted)
    view.set_points(demo_points(count))
    painted.wait_past(0, 30.0)
    _pause(0.8)  # the basemap's last frame
    view.grab().save(path)
    _dispose(view)


def main() -> int:
    """`python -m bench.map_measure [--points N] [--screenshot PNG]`."""
    import argparse
    import sys

    from moovdesk.ui.map_scheme import register_map_scheme
    from moovdesk.ui.qt_environment import prepare_qt_environment

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--screenshot", metavar="PNG", help="save the map with 3,000 points")
    args = parser.parse_args()
    prepare_qt_environment()
    register_map_scheme()
    import PySide6.QtWebEngineWidgets  # noqa: F401  (before the QApplication)

    app = QApplication(sys.argv[:1])
    if args.screenshot:
        save_screenshot(args.screenshot)
        print(f"saved {args.screenshot}")
    else:
        print(measure_map_rendering(args.points, repeats=args.repeats).report())
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
