"""`make bench`: run every benchmark and print each figure beside its floor and the ratio."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench import bench_import, bench_map, bench_search, bench_tours, bench_window
from bench.common import Result, print_table

SUITES = {
    "import": bench_import.run,
    "map": bench_map.run,
    "search": bench_search.run,
    "tours": bench_tours.run,
    "window": bench_window.run,
}
GROWTH = (10_000, 100_000, 1_000_000)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("suites", nargs="*", help=f"some of: {', '.join(SUITES)}")
    parser.add_argument("--count", type=int, default=100_000, help="prospects in the base")
    parser.add_argument(
        "--growth",
        action="store_true",
        help="run at 10,000, 100,000 and 1,000,000 prospects to see how each figure grows",
    )
    args = parser.parse_args()
    chosen = args.suites or list(SUITES)
    counts = GROWTH if args.growth else (args.count,)
    application = _qt_application()  # one for every suite, made the way the app makes it
    results: list[Result] = []
    for count in counts:
        with tempfile.TemporaryDirectory(prefix="moovdesk-bench-") as work:
            for name in chosen:
                print(f"running {name} at {count:,}…", flush=True)
                results.extend(SUITES[name](Path(work), count))
    print()
    print_table(results)
    del application
    return 0


def _qt_application() -> object:
    """The QApplication the Qt suites share: the web engine needs its scheme registered and
    its module loaded before the application exists, whichever suite runs first."""
    from moovdesk.ui.map_scheme import register_map_scheme
    from moovdesk.ui.qt_environment import prepare_qt_environment

    prepare_qt_environment()
    register_map_scheme()
    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    QGuiApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    return QApplication.instance() or QApplication([])


if __name__ == "__main__":
    raise SystemExit(main())
