"""The stop list's model: a tree of the tour's days, each with its departure, its stops in order
(skipped ones in their place) and its return, read from a `TourPlan`.

The model never changes the plan: a drag and drop (or `move_stop`) emits `order_requested` with
the new order, and whoever owns the tour recomputes it and hands the new plan back with
`set_plan`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from moovdesk.ui.tour_format import clock, day_summary, day_title, distance, duration
from moovdesk.ui.tour_map import PLACE_SYMBOL, day_colour

if TYPE_CHECKING:
    from moovdesk.tours import DayPlan, Stop, TourPlan, Visit

AnyIndex = QModelIndex | QPersistentModelIndex
Order = list[list[str]]

MIME_TYPE = "application/x-moovdesk-tour-stop"
STOP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "day", "leave", "stop", "back"
DAY_ROLE = Qt.ItemDataRole.UserRole + 3

NUMBER, ARRIVAL, NAME, KM, DRIVE, WAIT, NOTE = range(7)
WARNING_COLOR = QColor("#b71c1c")
VISITED_COLOR = QColor("#15803d")
SKIPPED_COLOR = QColor("#757575")


def _minute(moment: float | time | datetime) -> float:
    """Minutes after midnight of a window's or an appointment's moment."""
    if isinstance(moment, time | datetime):
        return moment.hour * 60 + moment.minute + moment.second / 60
    return float(moment)


def _span(stop: Stop) -> str:
    """A stop's opening hours: "14:00–16:00"."""
    assert stop.window is not None
    return f"{clock(_minute(stop.window.open))}–{clock(_minute(stop.window.close))}"


def _visited(visit: Visit) -> bool:
    return visit.status.value == "visited"


class TourStopModel(QAbstractItemModel):
    order_requested = Signal(object)  # list[list[str]]: every day's stop ids, in the new order
    stop_moved = Signal(str)  # the stop a move is about, just before order_requested

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan: TourPlan | None = None
        self._stops: list[dict[str, Stop]] = []
        self._visits: list[dict[str, Visit]] = []

    # The plan --------------------------------------------------------------------------

    @property
    def plan(self) -> TourPlan | None:
        return self._plan

    def set_plan(self, plan: TourPlan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._stops, self._visits = [], []
        for day in plan.days if plan is not None else ():
            stops = {s.id: s for s in day.skipped} | {v.stop.id: v.stop for v in day.visits}
            self._stops.append(stops)
            self._visits.append({v.stop.id: v for v in day.visits})
        self.endResetModel()

    def order(self) -> Order:
        return [list(day.order) for day in self._plan.days] if self._plan else []

    def index_of_stop(self, stop_id: str) -> QModelIndex:
        for k, day in enumerate(self._days()):
            if stop_id in day.order:
                return self.index(day.order.index(stop_id) + 1, 0, self.index(k, 0))
        return QModelIndex()

    def move_stop(self, stop_id: str, day: int, position: int) -> Order:
        """Move a stop to `position` (0 = first) among the stops of `day`; emits the new order
        (what a drag and drop does). Returns it."""
        order = self.order()
        for ids in order:
            if stop_id in ids:
                ids.remove(stop_id)
        if not 0 <= day < len(order):
            raise IndexError(f"the tour has no day {day}")
        target = order[day]
        target.insert(max(0, min(position, len(target))), stop_id)
        self.stop_moved.emit(stop_id)
        self.order_requested.emit(order)
        return order

    def _days(self) -> Sequence[DayPlan]:
        return self._plan.days if self._plan is not None else ()

    # Structure: internal id 0 for a day, day index + 1 for its rows ------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        days = self._days()
        if not parent.isValid():
            return len(days)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(days[parent.row()].order) + 2
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("No."),
                self.tr("Arrival"),
                self.tr("Stop"),
                self.tr("Km"),
                self.tr("Drive"),
                self.tr("Wait"),
                self.tr("Note"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("The stop's number on the map"),
                self.tr("When you get there (the visit starts after any wait)"),
                "",
                self.tr("Distance from the previous stop"),
                self.tr("Driving time from the previous stop"),
                self.tr("Waiting before the stop opens or the appointment"),
                "",
            )[section] or None
        return None

    # Data ------------------------------------------------------------------------------

    def _row_kind(self, index: AnyIndex) -> tuple[str, DayPlan, str | None]:
        days = self._days()
        if index.internalId() == 0:
            return "day", days[index.row()], None
        day = days[index.internalId() - 1]
        row = index.row()
        if row == 0:
            return "leave", day, None
        if row == len(day.order) + 1:
            return "back", day, None
        return "stop", day, day.order[row - 1]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._plan is None:
            return None
        kind, day, stop_id = self._row_kind(index)
        if role == KIND_ROLE:
            return kind
        if role == DAY_ROLE:
            return day.index
        if role == STOP_ID_ROLE:
            return stop_id
        if kind == "day":
            return self._day_data(day, index.column(), role)
        if kind == "stop" and stop_id is not None:
            return self._stop_data(day, stop_id, index.column(), role)
        return self._place_data(kind, day, index.column(), role)

    def _day_data(self, day: DayPlan, column: int, role: int) -> Any:
        assert self._plan is not None
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{day_title(self._plan, day)} · {day_summary(day)}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(day_colour(day.index))
        return None

    def _place_data(self, kind: str, day: DayPlan, column: int, role: int) -> Any:
        leaving = kind == "leave"
        place = day.settings.start if leaving else day.settings.end
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return PLACE_SYMBOL
            if column == ARRIVAL:
                return clock(day.leave if leaving else day.back)
            if column == NAME:
                text = self.tr("Leave %1") if leaving else self.tr("Back at %1")
                return text.replace("%1", place.label or self.tr("the start"))
            if not leaving and column == KM:
                return distance(day.return_km)
            if not leaving and column == DRIVE:
                return duration(day.return_minutes)
            if not leaving and column == NOTE and day.overtime > 0.5:
                return self.tr("⚠ %1 past the end of the day").replace("%1", duration(day.overtime))
        if role == Qt.ItemDataRole.ForegroundRole:
            if not leaving and day.overtime > 0.5:
                return WARNING_COLOR
            return SKIPPED_COLOR if column != NOTE else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, KM, DRIVE, WAIT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return place.label or None
        return None

    def _stop_data(self, day: DayPlan, stop_id: str, column: int, role: int) -> Any:
        stop = self._stops[day.index][stop_id]
        visit = self._visits[day.index].get(stop_id)
        number = day.order.index(stop_id) + 1
        if role == Qt.ItemDataRole.DisplayRole:
            return self._stop_text(stop, visit, number, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if visit is None:
                return SKIPPED_COLOR
            if visit.late_by > 0.5 and column in (ARRIVAL, NOTE):
                return WARNING_COLOR
            if _visited(visit) and column in (NAME, NOTE):
                return VISITED_COLOR
            return None
        if role == Qt.ItemDataRole.FontRole and visit is None and column == NAME:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (NUMBER, KM, DRIVE, WAIT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._stop_tooltip(stop, visit)
        return None

    def _stop_text(self, stop: Stop, visit: Visit | None, number: int, column: int) -> str:
        if column == NUMBER:
            return str(number)
        if column == NAME:
            return stop.label or stop.id
        if visit is None:
            return self.tr("skipped") if column == NOTE else ""
        if column == ARRIVAL:
            return clock(visit.arrival)
        if column == KM:
            return distance(visit.travel_km)
        if column == DRIVE:
            return duration(visit.travel_minutes)
        if column == WAIT:
            return duration(visit.wait) if visit.wait >= 0.5 else ""
        if column == NOTE:
            return self._note(stop, visit)
        return ""

    def _note(self, stop: Stop, visit: Visit) -> str:
        parts = []
        if _visited(visit):
            parts.append(self.tr("✓ visited"))
        if visit.late_by > 0.5:
            parts.append(self.tr("⚠ %1 late").replace("%1", duration(visit.late_by)))
        if stop.appointment is not None:
            parts.append(self.tr("appt. %1").replace("%1", clock(_minute(stop.appointment))))
        elif stop.window is not None:
            parts.append(_span(stop))
        return " · ".join(parts)

    def _stop_tooltip(self, stop: Stop, visit: Visit | None) -> str:
        lines = [stop.label or stop.id]
        if stop.appointment is not None:
            lines.append(
                self.tr("Appointment at %1").replace("%1", clock(_minute(stop.appointment)))
            )
        elif stop.window is not None:
            lines.append(self.tr("Open %1").replace("%1", _span(stop)))
        if visit is not None:
            lines.append(
                self.tr("Visit %1–%2")
                .replace("%1", clock(visit.start))
                .replace("%2", clock(visit.departure))
            )
        lines.append(self.tr("Drag to change the order; the times follow."))
        return "\n".join(lines)

    # Drag and drop ---------------------------------------------------------------------

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        kind = self.data(index, KIND_ROLE)
        if kind == "stop":
            return base | Qt.ItemFlag.ItemIsDragEnabled
        if kind == "day":
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [i.data(STOP_ID_ROLE) for i in indexes if i.isValid() and i.column() == 0]
        ids = [i for i in ids if i]
        if ids:
            data.setData(MIME_TYPE, QByteArray(ids[0].encode()))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and parent.isValid() and parent.internalId() == 0

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        stop_id = bytes(data.data(MIME_TYPE).data()).decode()
        day = parent.row()
        stops = len(self._days()[day].order)
        # Row 0 is the departure and the last row the return: stops sit between them.
        position = stops if row < 0 else max(0, min(row - 1, stops))
        current = self.order()
        if stop_id in current[day] and current[day].index(stop_id) < position:
            position -= 1  # the stop leaves its old place first
        # After the view has finished with the drop: the new plan resets the model. Returning
        # False tells the view not to delete the dragged row itself.
        QTimer.singleShot(0, lambda: self.move_stop(stop_id, day, position))
        return False
