"""Take a screenshot of the real window on a home: `python tools/screenshot.py HOME OUT.png`.

Run it under Xvfb (xvfb-run -a) or with QT_QPA_PLATFORM=offscreen; both give the same picture.
Optional: --select N selects the N-th row first, --size WxH sets the window size.
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
    args = parser.parse_args()
    prepare_qt_environment()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from moovdesk.paths import resolve_home
    from moovdesk.services import Services
    from moovdesk.ui.i18n import install_translators
    from moovdesk.ui.main_window import MainWindow
    from moovdesk.ui.map_scheme import register_map_scheme
    from moovdesk.ui.settings_store import open_settings

    register_map_scheme()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Moovdesk")
    install_translators(app)  # the system's language, as the app would speak
    services = Services.open(resolve_home(args.home))
    window = MainWindow(services, open_settings(services.home))
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
        window.close()
        window.shutdown()
        app.quit()

    # Grab once the map has drawn its points (a busy machine takes longer), then let the
    # tiles or the offline basemap settle; the timeout grabs whatever is there.
    window.map_panel.view.points_painted.connect(lambda *_: QTimer.singleShot(args.wait_ms, grab))
    QTimer.singleShot(args.timeout_ms, grab)
    app.exec()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
