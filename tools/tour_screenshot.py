"""Screenshot of a planned day: `python tools/tour_screenshot.py HOME OUT.png`.

On a home filled by `moovdesk-cli --home HOME demo --count 400`: the rep lives in Lyon, plans a
day of the prospects nearest to it (the hot ones first), visits the first, and the window
shows the stop list beside the table and the numbered route on the map. Run it under Xvfb
(`make tour-screenshot`).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from moovdesk.ui.qt_environment import prepare_qt_environment

LYON = (45.7578, 4.8320)
HOME_ADDRESS = "Place Bellecour, 69002 Lyon"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("home")
    parser.add_argument("output")
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--stops", type=int, default=14)
    parser.add_argument("--km", type=float, default=10.0)
    args = parser.parse_args()
    prepare_qt_environment()

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from moovdesk.paths import resolve_home
    from moovdesk.services import Services
    from moovdesk.ui.i18n import install_translators
    from moovdesk.ui.main_window import MainWindow
    from moovdesk.ui.map_points import distance_km
    from moovdesk.ui.map_scheme import register_map_scheme
    from moovdesk.ui.settings_store import open_settings, save_preferences

    register_map_scheme()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Moovdesk")
    install_translators(app)
    services = Services.open(resolve_home(args.home))
    settings = open_settings(services.home)
    window = MainWindow(services, settings)
    window.preferences = replace(window.preferences, home_address=HOME_ADDRESS)
    save_preferences(settings, window.preferences)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    tours = window.tours

    rows = [
        r
        for r in services.prospects.map_rows()
        if distance_km(*LYON, r.latitude, r.longitude) <= args.km
    ]
    rows.sort(key=lambda r: (r.temperature != "hot", distance_km(*LYON, r.latitude, r.longitude)))
    chosen = [r.id for r in rows[: args.stops]]

    def plan() -> None:
        window.table.select_ids(set(chosen))
        dialog = tours.builder_dialog(chosen, tours.tr("selected in the table"))
        item = dialog.table.item(2, 3)
        if item is not None:
            item.setText("14:00-16:00")  # a shop open in the afternoon only
        dialog.accept()
        choices = dialog.choices()
        if choices is None:
            print(dialog.error.text(), file=sys.stderr)
            app.quit()
            return
        tours.dock.show()
        tours.dock.raise_()
        window.resizeDocks([tours.dock], [560], Qt.Orientation.Horizontal)
        window.side_splitter.setSizes([height - 330, 230])
        window.splitter.setSizes([380, width - 560 - 380])
        tours.plan_choices(choices)
        QTimer.singleShot(300, wait_for_plan)

    def wait_for_plan() -> None:
        if tours.plan is None or tours.session.planning:
            QTimer.singleShot(200, wait_for_plan)
            return
        from moovdesk.tour_plans.visits import VisitReport

        tours.session.save("Lyon — Villeurbanne")
        order = tours.plan.days[0].order
        tours.session.record_visit(order[0], VisitReport(note="Devis à envoyer"))
        order = tours.plan.days[0].order
        if len(order) > 3:
            tours.panel.stops.select_stop(order[1])
            tours.choose_stop(order[1])
        QTimer.singleShot(600, lambda: tours.map_view.fit_tour())
        QTimer.singleShot(2500, grab)

    def grab() -> None:
        window.grab().save(str(Path(args.output)))
        window.close()
        window.shutdown()
        app.quit()

    QTimer.singleShot(1500, plan)
    app.exec()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
