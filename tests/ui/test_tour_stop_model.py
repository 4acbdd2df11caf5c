"""The stop list's model on in-memory plans: rows per day, warnings, and where a drop lands."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from moovdesk.tours import (
    DaySettings,
    Place,
    Stop,
    TimeWindow,
    TourPlan,
    TourRequest,
    plan_tour,
    recompute,
    skip_stop,
)
from moovdesk.ui.tour_panel import TourPanel
from moovdesk.ui.tour_stop_model import (
    ARRIVAL,
    DRIVE,
    KIND_ROLE,
    KM,
    NAME,
    NOTE,
    NUMBER,
    STOP_ID_ROLE,
    WAIT,
    WARNING_COLOR,
    TourStopModel,
)

HOME = Place(45.764, 4.8357, "Maison")
STOPS = (
    Stop("a", 45.75, 4.85, label="A"),
    Stop("b", 45.78, 4.88, label="B", window=TimeWindow(9 * 60, 10 * 60)),
    Stop("c", 45.70, 4.80, label="C"),
)


@pytest.fixture
def tour(qapp: QApplication) -> TourPlan:
    request = TourRequest(STOPS, (DaySettings(HOME, HOME, 8 * 60, 12 * 60),))
    return plan_tour(request, seed=1)


def texts(model: TourStopModel, column: int) -> list[Any]:
    day = model.index(0, 0)
    return [model.index(r, column, day).data() for r in range(model.rowCount(day))]


def test_a_day_reads_leave_stops_back(tour: TourPlan) -> None:
    model = TourStopModel()
    model.set_plan(tour)
    assert model.rowCount() == 1
    day = model.index(0, 0)
    assert day.data().startswith("Day 1 · 3 visits · ")
    kinds = [model.index(r, 0, day).data(KIND_ROLE) for r in range(model.rowCount(day))]
    assert kinds == ["leave", "stop", "stop", "stop", "back"]
    assert texts(model, NUMBER) == ["⌂", "1", "2", "3", "⌂"]
    assert texts(model, NAME)[0] == "Leave Maison" and texts(model, NAME)[-1] == "Back at Maison"
    assert all(t.endswith(" km") for t in texts(model, KM)[1:])
    assert all(t.endswith(" min") for t in texts(model, DRIVE)[1:])
    # B opens at 9:00: its note says so.
    b_row = 1 + list(tour.days[0].order).index("b")
    assert texts(model, NOTE)[b_row] == "09:00–10:00"
    assert texts(model, WAIT)[b_row] in ("", *(f"{m} min" for m in range(1, 60)))


def test_a_forced_order_shows_lateness_and_overtime(tour: TourPlan) -> None:
    model = TourStopModel()
    # B last, after two long legs and with C's visit: past its window, and the day runs over.
    slow = recompute(tour, [["c", "a", "b"]])
    model.set_plan(slow)
    notes = texts(model, NOTE)
    day = model.index(0, 0)
    b_visit = slow.visit("b")
    assert b_visit is not None
    if b_visit[1].late_by > 0.5:
        assert "late" in notes[3]
        assert model.index(3, ARRIVAL, day).data(Qt.ItemDataRole.ForegroundRole) == WARNING_COLOR
    skipped = skip_stop(slow, "a")
    model.set_plan(skipped)
    assert texts(model, NOTE)[2] == "skipped"
    assert texts(model, NUMBER)[1:4] == ["1", "2", "3"]  # numbers stay in place


def test_drops_land_where_the_indicator_shows(tour: TourPlan) -> None:
    model = TourStopModel()
    model.set_plan(tour)
    first, second, third = tour.days[0].order
    moves: list[list[list[str]]] = []
    model.order_requested.connect(moves.append)
    day = model.index(0, 0)

    def drop(stop_id: str, row: int) -> list[str]:
        moves.clear()
        data = model.mimeData([model.index_of_stop(stop_id)])
        assert model.canDropMimeData(data, Qt.DropAction.MoveAction, row, 0, day)
        assert not model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, day)
        QApplication.processEvents()  # the move waits for the view to finish the drop
        return moves[-1][0]

    assert drop(third, 1) == [third, first, second]  # above the first stop
    assert drop(first, 4) == [second, third, first]  # above the return row: last
    assert drop(first, 3) == [second, first, third]  # between the 2nd and 3rd stops
    assert drop(second, 0) == [second, first, third]  # above the departure: first
    assert drop(first, -1) == [second, third, first]  # on the day itself: at its end
    # Between days or outside any day: refused.
    data = model.mimeData([model.index_of_stop(first)])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())


def test_the_panel_lists_what_found_no_place(tour: TourPlan) -> None:
    panel = TourPanel()
    far = Stop("far", 43.30, 5.37, label="Marseille")  # five hours away: not in a 4-hour day
    request = TourRequest((*STOPS, far), (DaySettings(HOME, HOME, 8 * 60, 12 * 60),), max_days=1)
    plan = plan_tour(request, seed=1)
    panel.show_plan(plan)
    assert not panel.unplaced.isHidden()
    assert panel.unplaced.count() == 1
    assert panel.unplaced.item(0).text().startswith("Marseille — ")  # type: ignore[union-attr]
    assert panel.unplaced_label.text() == "Not in the tour (1)"
    assert panel.totals.text().startswith("Total: ")
    assert not panel.estimate.isHidden()
    ids = [
        panel.model.index(r, 0, panel.model.index(0, 0)).data(STOP_ID_ROLE)
        for r in range(panel.model.rowCount(panel.model.index(0, 0)))
    ]
    assert "far" not in ids
    panel.show_plan(None)
    assert not panel.empty.isHidden() and panel.unplaced.isHidden()
    panel.deleteLater()
