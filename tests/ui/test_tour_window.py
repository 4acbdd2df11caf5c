"""Tours in the real window on a real base: plan from the selection, the stop list's times, a
drag and drop that retimes the day, "visited" logging a visit, save, rename, reopen, delete,
and the numbered route on the map."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from moovdesk.data.vocabulary import ActivityKind, Temperature
from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.ui.main_window import MainWindow
from moovdesk.ui.settings_store import open_settings
from moovdesk.ui.tour_builder_dialog import TourBuilderDialog, default_day, parse_window
from moovdesk.ui.tour_stop_model import ARRIVAL, KIND_ROLE, NAME, STOP_ID_ROLE
from moovdesk.ui.visit_dialog import VisitDialog

pytestmark = pytest.mark.qt_log_ignore(
    "Failed to create RHI for backend", "GPUInfo not initialized"
)

# Around Lyon, a few km apart: the order matters and the times differ by stop.
PLACES = {
    "Boulangerie Croix-Rousse": (45.7769, 4.8320),
    "Garage Villeurbanne": (45.7667, 4.8803),
    "Pharmacie Bron": (45.7386, 4.9130),
    "Clinique Vénissieux": (45.6975, 4.8867),
    "Fleuriste Oullins": (45.7142, 4.8075),
    "Cabinet Écully": (45.7747, 4.7770),
}
HOME_ADDRESS = "3 place Bellecour, 69002 Lyon"


@pytest.fixture
def prospects(services: Services) -> dict[str, str]:
    return {
        name: services.prospects.create(
            {"company": name, "city": "Lyon", "latitude": lat, "longitude": lon}
        )
        for name, (lat, lon) in PLACES.items()
    }


@pytest.fixture
def window(
    qtbot: QtBot, services: Services, home: Home, prospects: dict[str, str]
) -> Iterator[MainWindow]:
    win = MainWindow(services, open_settings(home))
    win.preferences = replace(win.preferences, home_address=HOME_ADDRESS)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.map_panel.view.is_ready, timeout=30_000)
    qtbot.waitUntil(lambda: win.tours.session.listing is None, timeout=10_000)
    yield win
    win.watcher.timer.stop()


def evaluate(qtbot: QtBot, window: MainWindow, script: str) -> Any:
    box: list[Any] = []
    window.map_panel.view.run_js(f"JSON.stringify({script})", box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return json.loads(box[0]) if box[0] is not None else None


def plan(qtbot: QtBot, window: MainWindow, ids: list[str], first_day: date | None = None) -> None:
    """What "Plan a tour" does once the rep has filled the dialog and clicked Plan."""
    dialog = window.tours.builder_dialog(ids, "test")
    if first_day is not None:
        dialog.day.setDate(QDate(first_day.year, first_day.month, first_day.day))
    dialog.accept()
    choices = dialog.choices()
    assert choices is not None, dialog.error.text()
    window.tours.plan_choices(choices)
    qtbot.waitUntil(lambda: window.tours.plan is not None and not window.tours.session.planning)


def stop_rows(window: MainWindow) -> list[dict[str, Any]]:
    """The stop list as the rep reads it: per stop, its number, arrival, name and id."""
    model = window.tours.panel.model
    rows = []
    for d in range(model.rowCount()):
        day = model.index(d, 0)
        for r in range(model.rowCount(day)):
            index = model.index(r, 0, day)
            if index.data(KIND_ROLE) == "stop":
                rows.append(
                    {
                        "number": index.data(),
                        "arrival": model.index(r, ARRIVAL, day).data(),
                        "name": model.index(r, NAME, day).data(),
                        "id": index.data(STOP_ID_ROLE),
                    }
                )
    return rows


def test_plan_from_the_selection_lists_the_stops_and_draws_the_route(
    qtbot: QtBot, window: MainWindow, prospects: dict[str, str]
) -> None:
    chosen = [prospects[n] for n in list(PLACES)[:5]]
    window.table.select_ids(set(chosen))

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TourBuilderDialog):
            QTimer.singleShot(50, fill_dialog)
            return
        assert dialog.table.rowCount() == 5
        assert dialog.start.kind.currentData() == "home"
        dialog.table.item(0, 3).setText("9:00-12:00")  # type: ignore[union-attr]
        dialog.plan_button.click()

    QTimer.singleShot(50, fill_dialog)
    window.tours.actions.plan_selection.trigger()
    qtbot.waitUntil(lambda: window.tours.plan is not None and not window.tours.session.planning)

    rows = stop_rows(window)
    assert [r["number"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert {r["name"] for r in rows} == set(list(PLACES)[:5])
    arrivals = [datetime.strptime(r["arrival"], "%H:%M") for r in rows]
    assert arrivals == sorted(arrivals)
    assert window.tours.panel.totals.text().startswith("Total:")
    assert window.tours.panel.estimate.isVisible()  # no routing server: estimated times
    assert window.tours.panel.tour_combo.currentText().endswith("(not saved)")

    qtbot.waitUntil(lambda: evaluate(qtbot, window, "moov.tourState()")["markers"] == 5)
    state = evaluate(qtbot, window, "moov.tourState()")
    assert state["lines"] == 1 and state["points"] == [7]  # home, five stops, home

    # A click on a stop in the list chooses its prospect in the table and the pane.
    second = window.tours.panel.model.index_of_stop(rows[1]["id"])
    window.tours.panel.stops.clicked.emit(second)
    name = rows[1]["name"]
    assert window.table.current_id() == prospects[name]
    qtbot.waitUntil(lambda: evaluate(qtbot, window, "moov.tourState()")["focused"] == rows[1]["id"])


def test_drag_and_drop_reorders_and_retimes_the_day(
    qtbot: QtBot, window: MainWindow, prospects: dict[str, str]
) -> None:
    plan(qtbot, window, list(prospects.values()))
    before = stop_rows(window)
    model = window.tours.panel.model
    last = model.index_of_stop(before[-1]["id"])
    # What the view does when the rep drops the last stop above the first one.
    data = model.mimeData([last])
    day = model.index(0, 0)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, day)
    qtbot.waitUntil(lambda: stop_rows(window)[0]["id"] == before[-1]["id"])

    after = stop_rows(window)
    assert [r["id"] for r in after] == [before[-1]["id"]] + [r["id"] for r in before[:-1]]
    assert [r["number"] for r in after] == ["1", "2", "3", "4", "5", "6"]
    # The times follow the new order: the moved stop is now reached first thing.
    assert after[0]["arrival"] < before[-1]["arrival"]
    assert after[1]["arrival"] > before[0]["arrival"]
    assert window.tours.plan is not None and not window.tours.plan.optimal
    # The list keeps the moved stop selected, and the map numbers it 1.
    assert window.tours.panel.stops.current_stop() == before[-1]["id"]
    target = json.dumps(before[-1]["id"])
    number = f"document.querySelector('.moov-stop[data-id={target}]').textContent"
    qtbot.waitUntil(lambda: evaluate(qtbot, window, number) == "1")

    # Alt+Down moves it back one place, the same way.
    window.tours.panel.stops.move_current(1)
    assert stop_rows(window)[1]["id"] == before[-1]["id"]


def test_marking_a_stop_visited_logs_the_visit_on_the_prospect(
    qtbot: QtBot, window: MainWindow, services: Services, prospects: dict[str, str]
) -> None:
    plan(qtbot, window, list(prospects.values())[:3])
    first = stop_rows(window)[0]
    prospect_id = prospects[first["name"]]
    assert window.tours.panel.stops.select_stop(first["id"])
    window.tours.update_actions()
    assert window.tours.actions.visited_action.isEnabled()

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, VisitDialog):
            QTimer.singleShot(50, fill_dialog)
            return
        assert dialog.follow_up.isChecked()  # a follow-up is offered by default
        dialog.note.setPlainText("Devis à envoyer")
        dialog.hot.setChecked(True)
        dialog.accept()

    QTimer.singleShot(50, fill_dialog)
    window.tours.actions.visited_action.trigger()

    visits = [
        a for a in services.activities.activities_of(prospect_id) if a.kind is ActivityKind.VISIT
    ]
    assert len(visits) == 1 and visits[0].body == "Devis à envoyer"
    assert services.prospects.get(prospect_id).row.temperature is Temperature.HOT
    assert [f.prospect_id for f in services.agenda.follow_ups_of(prospect_id)] == [prospect_id]
    # The unsaved tour was saved on the way; the stop shows visited, the next can be skipped.
    assert window.tours.session.saved is not None
    assert [s.visited_count for s in services.tours.list_tours()] == [1]
    note = window.tours.panel.model.index(1, 6, window.tours.panel.model.index(0, 0)).data()
    assert "visited" in note
    second = stop_rows(window)[1]["id"]
    window.tours.panel.stops.select_stop(second)
    window.tours.actions.skip_action.trigger()
    assert window.tours.plan is not None and window.tours.plan.statuses[second].value == "skipped"
    qtbot.waitUntil(lambda: evaluate(qtbot, window, "moov.tourState()")["points"] == [4])


def test_save_rename_reopen_and_delete(
    qtbot: QtBot, window: MainWindow, services: Services, prospects: dict[str, str]
) -> None:
    plan(qtbot, window, list(prospects.values()), first_day=date.today())
    saved = window.tours.session.save("Lyon est")
    assert saved is not None
    window.tours.panel.model.move_stop(stop_rows(window)[0]["id"], 0, 3)  # stored at once
    order = [r["id"] for r in stop_rows(window)]
    window.tours.session.rename("Lyon est et ouest")
    assert [s.name for s in services.tours.list_tours()] == ["Lyon est et ouest"]
    assert window.tours.panel.tour_combo.currentText().startswith("Lyon est et ouest")

    # Another window, as the next morning: today's tour opens by itself, in the saved order.
    window.close()
    again = MainWindow(services, open_settings(services.home))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.tours.session.saved is not None, timeout=20_000)
    assert again.tours.session.saved.name == "Lyon est et ouest"
    assert [r["id"] for r in stop_rows(again)] == order
    qtbot.waitUntil(lambda: again.map_panel.view.is_ready, timeout=30_000)
    qtbot.waitUntil(lambda: evaluate(qtbot, again, "moov.tourState()")["markers"] == 6)

    again.tours.session.delete()
    assert services.tours.list_tours() == []
    assert again.tours.plan is None and again.tours.panel.empty.isVisible()
    qtbot.waitUntil(lambda: evaluate(qtbot, again, "moov.tourState()")["markers"] == 0)
    again.watcher.timer.stop()


def test_adding_the_selected_prospect_and_taking_one_out(
    qtbot: QtBot, window: MainWindow, prospects: dict[str, str]
) -> None:
    names = list(PLACES)
    plan(qtbot, window, [prospects[n] for n in names[:3]])
    assert window.table.select_prospect(prospects[names[4]])
    window.tours.update_actions()
    assert window.tours.actions.add_action.isEnabled()
    window.tours.actions.add_action.trigger()
    assert {r["name"] for r in stop_rows(window)} == set(names[:3]) | {names[4]}
    assert window.tours.session.saved is not None

    out = stop_rows(window)[0]
    window.tours.panel.stops.select_stop(out["id"])
    window.tours.actions.remove_action.trigger()
    assert out["id"] not in [r["id"] for r in stop_rows(window)]
    assert window.tours.panel.unplaced.count() == 1
    # Double-clicking it in "not in the tour" puts it back.
    item = window.tours.panel.unplaced.item(0)
    window.tours.panel.unplaced.itemActivated.emit(item)
    assert out["id"] in [r["id"] for r in stop_rows(window)]
    assert window.tours.panel.unplaced.count() == 0


def test_opening_hours_and_default_day() -> None:
    assert parse_window("9:00-12:00") == (540, 720)
    assert parse_window("9h - 12h30") == (540, 750)
    assert parse_window("14h à 17h") == (840, 1020)
    assert parse_window("9-12") == (540, 720)
    assert parse_window("12:00-9:00") is None
    assert parse_window("le matin") is None
    wednesday = datetime(2027, 3, 10, 7, 0)
    assert default_day(wednesday, 8 * 60 + 30) == date(2027, 3, 10)
    assert default_day(wednesday + timedelta(hours=3), 8 * 60 + 30) == date(2027, 3, 11)
    saturday_noon = datetime(2027, 3, 13, 12, 0)
    assert default_day(saturday_noon, 8 * 60 + 30) == date(2027, 3, 15)  # not a Sunday


def test_exports_sheet_calendar_and_links(
    qtbot: QtBot, window: MainWindow, prospects: dict[str, str], tmp_path: Any
) -> None:
    plan(qtbot, window, list(prospects.values()))
    tours = window.tours
    opened: list[str] = []
    tours.exports.open_url = lambda url: opened.append(url.toString())
    tours.actions.google_action.trigger()  # saves the tour first: exports need a saved tour
    assert tours.session.saved is not None
    assert len(opened) == 1 and opened[0].startswith("https://www.google.com/maps/dir/")

    tour = tours.session.saved
    pdf = tours.exports.save_pdf(tour, 0, tmp_path / "jour")
    assert pdf is not None and pdf.name == "jour.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Boulangerie Croix-Rousse" in tours.exports.sheet_html(tour, 0)

    ics = tours.exports.save_calendar(tour, tmp_path / "tour.ics")
    assert ics is not None
    assert ics.read_text(encoding="utf-8").count("BEGIN:VEVENT") == len(PLACES)

    urls = tours.exports.waze(tour, 0)
    assert len(urls) == len(PLACES) + 1  # each stop, then home
    assert all(u.startswith("https://waze.com/ul") for u in urls)
    menu = tours.exports.last_menu
    assert menu is not None and menu.defaultAction() is not None
    menu.defaultAction().trigger()
    menu.close()
    assert opened[-1] == urls[0]


def test_print_goes_through_the_print_dialog(
    qtbot: QtBot, window: MainWindow, prospects: dict[str, str], tmp_path: Any
) -> None:
    """Print: the system's print dialog, then the day sheet on the chosen printer (here Qt's
    "Print to File (PDF)", the one printer of a machine without CUPS); Cancel prints nothing."""
    plan(qtbot, window, list(prospects.values()))
    seen: list[str] = []

    def answer(target: Any, accept: bool) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(50, lambda: answer(target, accept))
            return
        seen.append(dialog.windowTitle())
        edits = [e for e in dialog.findChildren(QLineEdit) if e.objectName() == "filename"]
        edits[0].setText(str(target))
        dialog.accept() if accept else dialog.reject()

    cancelled, printed = tmp_path / "annule.pdf", tmp_path / "imprime.pdf"
    for target, accept in ((cancelled, False), (printed, True)):
        QTimer.singleShot(50, lambda t=target, a=accept: answer(t, a))
        window.tours.actions.print_action.trigger()  # saves the draft first, like every export
    assert seen == ["Print the day sheet"] * 2
    assert window.tours.session.saved is not None
    assert not cancelled.exists()
    assert printed.read_bytes().startswith(b"%PDF")


def test_plan_from_a_lasso_on_the_map(
    qtbot: QtBot, window: MainWindow, prospects: dict[str, str]
) -> None:
    from tests.ui.test_map_view import drag, surface

    view = window.map_panel.view
    qtbot.waitUntil(lambda: view.point_count() == len(PLACES), timeout=10_000)
    # The map frames the points once they are painted: only then set the view to draw on.
    qtbot.waitUntil(lambda: bool(view.last_paint), timeout=10_000)
    qtbot.waitUntil(lambda: not window.map_panel._fit_when_painted)
    view.set_view(45.745, 4.85, 11)
    qtbot.waitUntil(lambda: evaluate(qtbot, window, "moov.state()")["zoom"] == 11)
    window.tours.actions.plan_lasso.trigger()
    qtbot.waitUntil(lambda: evaluate(qtbot, window, "moov.state()")["mode"] == "lasso")

    # Around the three eastern prospects only.
    east = ["Garage Villeurbanne", "Pharmacie Bron", "Clinique Vénissieux"]
    corners = []
    for lat, lon in ((45.79, 4.86), (45.79, 4.94), (45.68, 4.94), (45.68, 4.86)):
        where = evaluate(qtbot, window, f"moov.project({lat}, {lon})")
        corners.append((round(where["x"]), round(where["y"])))
    from PySide6.QtCore import QPoint

    path = [QPoint(x, y) for x, y in corners]
    path.append(path[0])

    in_dialog: set[str] = set()

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TourBuilderDialog):
            QTimer.singleShot(50, fill_dialog)
            return
        table = dialog.table
        in_dialog.update(table.item(r, 0).text() for r in range(table.rowCount()))  # type: ignore[union-attr]
        dialog.plan_button.click()

    QTimer.singleShot(50, fill_dialog)
    drag(surface(view), path)
    qtbot.waitUntil(lambda: window.tours.plan is not None and not window.tours.session.planning)
    assert in_dialog == set(east)
    assert {r["name"] for r in stop_rows(window)} == set(east)


def test_plan_from_the_filters(qtbot: QtBot, window: MainWindow) -> None:
    window.filter_bar.search.setText("pharmacie")
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 1, timeout=5_000)

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TourBuilderDialog):
            QTimer.singleShot(50, fill_dialog)
            return
        dialog.plan_button.click()

    QTimer.singleShot(50, fill_dialog)
    window.tours.actions.plan_filter.trigger()
    qtbot.waitUntil(lambda: window.tours.plan is not None and not window.tours.session.planning)
    assert [r["name"] for r in stop_rows(window)] == ["Pharmacie Bron"]
