"""Take a screenshot of the real window on a home: `python tools/screenshot.py HOME OUT.png`.

Run it under Xvfb (xvfb-run -a) or with QT_QPA_PLATFORM=offscreen; both give the same picture.
Optional: --select N selects the N-th row first, --size WxH sets the window size;
--first-paint grabs what the rep sees at the first paint, before the base is opened (see
moovdesk/data/first_screen.py), instead of the settled window.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from moovdesk.ui.qt_environment import prepare_qt_environment


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("home")
    parser.add_argument("output")
    parser.add_argument("--select", type=int, default=0)
    parser.add_argument("--size", default="1400x860")
    parser.add_argument("--wait-ms", type=int, default=600, help="after the map is drawn")
    parser.add_argument("--timeout-ms", type=int, default=30_000)
    parser.add_argument("--first-paint", action="store_true", help="before the base opens")
    args = parser.parse_args()
    prepare_qt_environment()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from moovdesk.paths import resolve_home
    from moovdesk.ui.i18n import install_translators
    from moovdesk.ui.map_scheme import register_map_scheme
    from moovdesk.ui.startup import open_window

    register_map_scheme()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Moovdesk")
    install_translators(app)  # the system's language, as the app would speak
    opened = open_window(resolve_home(args.home))  # as `moovdesk` opens it
    if opened is None:
        return 1
    window, services = opened
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    if args.select >= 0:
        window.table.selectRow(args.select)

    grabbed: list[bool] = []

    def grab() -> None:
        if grabbed:
            return
        grabbed.append(True)
        window.grab().save(str(Path(args.output)))
        QTimer.singleShot(0, finish)

    def finish() -> None:
        window.close()
        window.shutdown()
        app.quit()

    if args.first_paint:  # just before the window opens its base, right after that paint
        open_base = window._open_base
        window._open_base = lambda: (grab(), open_base())[1]  # type: ignore[method-assign]
    # Grab once the map has drawn its points (a busy machine takes longer), then let the
    # tiles or the offline basemap settle; the timeout grabs whatever is there.
    window.map_panel.view.points_painted.connect(lambda *_: QTimer.singleShot(args.wait_ms, grab))
    QTimer.singleShot(args.timeout_ms, grab)
    app.exec()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
