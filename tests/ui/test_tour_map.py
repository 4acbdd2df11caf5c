"""The tour on the real map page: numbered stops, one route line per day, clicks come back."""

from __future__ import annotations

import json

import pytest
from pytestqt.qtbot import QtBot

from moovdesk.tours import DaySettings, Place, Stop, TourRequest, plan_tour, skip_stop
from moovdesk.ui.map_scheme import register_map_scheme
from moovdesk.ui.tour_map import tour_message
from tests.ui.test_map_view import Recorder, close_map, evaluate, open_map

register_map_scheme()
pytestmark = pytest.mark.qt_log_ignore(
    "Failed to create RHI for backend", "GPUInfo not initialized"
)

HOME = Place(45.764, 4.8357, "Maison")
STOPS = (
    Stop("a", 45.75, 4.85, label="Boulangerie A"),
    Stop("b", 45.78, 4.88, label="Garage <b>B</b>"),
    Stop("c", 45.70, 4.80, label="Clinique C"),
    Stop("d", 45.73, 4.95, label="Pharmacie D"),
)


def plan(max_minutes: float = 18 * 60):  # type: ignore[no-untyped-def]
    request = TourRequest(STOPS, (DaySettings(HOME, HOME, 8 * 60, max_minutes),))
    return plan_tour(request, seed=1)


def test_the_route_layer_holds_numbered_stops_and_a_line(qtbot: QtBot) -> None:
    view = open_map(qtbot)
    try:
        tour = plan()
        view.set_tour(tour_message(tour), fit=True)
        qtbot.waitUntil(lambda: evaluate(qtbot, view, "moov.tourState()")["markers"] == 4)
        state = evaluate(qtbot, view, "moov.tourState()")
        assert state["lines"] == 1
        assert state["points"] == [6]  # home, four stops, home
        assert sorted(state["numbers"]) == ["1", "2", "3", "4"]
        touring = "document.getElementById('map').classList.contains('moov-touring')"
        assert evaluate(qtbot, view, touring) is True

        # A company name is text on the map, never markup.
        view.run_js(
            "document.querySelectorAll('.moov-stop').forEach(function (n) {"
            " n.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); })"
        )
        tips = "Array.from(document.querySelectorAll('.leaflet-tooltip')).map(t => t.textContent)"
        qtbot.waitUntil(lambda: any("Garage <b>B</b>" in t for t in evaluate(qtbot, view, tips)))
        assert evaluate(qtbot, view, "document.querySelectorAll('.leaflet-tooltip b').length") == 0

        # A click on a numbered stop reports its prospect.
        clicked = Recorder(view.tour_stop_clicked)
        target = json.dumps("b")
        script = f"document.querySelector('.moov-stop[data-id={target}]').click()"
        assert clicked.wait(qtbot, lambda: view.run_js(script)) == ("b",)
        assert evaluate(qtbot, view, "moov.tourState()")["focused"] == "b"

        # A skipped stop stays numbered but the line goes past it.
        view.set_tour(tour_message(skip_stop(tour, "c")))
        qtbot.waitUntil(lambda: evaluate(qtbot, view, "moov.tourState()")["points"] == [5])
        skipped = "document.querySelectorAll('.moov-stop-skipped').length"
        assert evaluate(qtbot, view, skipped) == 1

        view.set_tour(None)
        qtbot.waitUntil(lambda: evaluate(qtbot, view, "moov.tourState()")["markers"] == 0)
        assert evaluate(qtbot, view, touring) is False
    finally:
        close_map(qtbot, view)


def test_a_tour_of_several_days_draws_one_line_per_day(qtbot: QtBot) -> None:
    view = open_map(qtbot)
    try:
        tour = plan(max_minutes=8 * 60 + 100)  # a short day: the four stops need two days
        assert len(tour.days) >= 2
        view.set_tour(tour_message(tour), fit=True)
        qtbot.waitUntil(lambda: evaluate(qtbot, view, "moov.tourState()")["markers"] == 4)
        assert evaluate(qtbot, view, "moov.tourState()")["lines"] == len(tour.days)
    finally:
        close_map(qtbot, view)
