"""The stop list: the tour's days as a tree, reordered by dragging a stop (or Alt+Up/Down), a
click on a stop choosing its prospect."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from moovdesk.ui.tour_format import clock, distance, duration
from moovdesk.ui.tour_stop_model import (
    ARRIVAL,
    DAY_ROLE,
    DRIVE,
    KIND_ROLE,
    KM,
    NAME,
    NOTE,
    NUMBER,
    STOP_ID_ROLE,
    WAIT,
    TourStopModel,
)

NAME_WIDTH = (140, 240)  # pixels: the stop's name column, fitted to the names within these


class TourStopList(QTreeView):
    stop_chosen = Signal(str)  # a stop's id, when the rep clicks it or moves to it
    stop_activated = Signal(str)  # double click or Enter

    def __init__(self, model: TourStopModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourStopList")
        self.setModel(model)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setIndentation(6)
        header = self.header()
        # The stop's name keeps its width (a narrow dock scrolls sideways); the note takes
        # whatever room is left.
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(24)
        metrics = self.fontMetrics()
        model_header = model.headerData
        for column, sample in (
            (NUMBER, "00"),
            (ARRIVAL, clock(23 * 60 + 59)),
            (KM, distance(188.0)),
            (DRIVE, duration(119)),
            (WAIT, duration(119)),
            (NOTE, f"{clock(23 * 60 + 59)}–{clock(23 * 60 + 59)}"),
        ):
            title = str(model_header(column, Qt.Orientation.Horizontal) or "")
            wanted = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            self.setColumnWidth(column, wanted + 16)
        model.modelReset.connect(self._after_reset)
        model.stop_moved.connect(self.remember)
        self.clicked.connect(self._chosen)
        self.activated.connect(self._activated)

    def tour_model(self) -> TourStopModel:
        model = self.model()
        assert isinstance(model, TourStopModel)
        return model

    def current_stop(self) -> str | None:
        index = self.currentIndex()
        return index.siblingAtColumn(0).data(STOP_ID_ROLE) if index.isValid() else None

    def current_day(self) -> int | None:
        index = self.currentIndex()
        return index.data(DAY_ROLE) if index.isValid() else None

    def select_stop(self, stop_id: str) -> bool:
        index = self.tour_model().index_of_stop(stop_id)
        if not index.isValid():
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Alt+Up / Alt+Down move the current stop one place (across days at the ends)."""
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step is not None and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.move_current(step)
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        stop_id = self.current_stop()
        if stop_id is None:
            return
        model = self.tour_model()
        order = model.order()
        day = next(k for k, ids in enumerate(order) if stop_id in ids)
        position = order[day].index(stop_id) + step
        if position < 0:
            if day == 0:
                return
            day, position = day - 1, len(order[day - 1])
        elif position >= len(order[day]):
            if day == len(order) - 1:
                return
            day, position = day + 1, 0
        model.move_stop(stop_id, day, position)

    # Internals -------------------------------------------------------------------------

    _keep: str | None = None

    def _after_reset(self) -> None:
        model = self.tour_model()
        self.expandAll()
        for row in range(model.rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)
        self._fit_names()
        if self._keep:
            self.select_stop(self._keep)

    def _fit_names(self) -> None:
        """The name column as wide as the longest stop name, within NAME_WIDTH (the start
        and end rows elide: their tooltip gives the whole address)."""
        model = self.tour_model()
        metrics = self.fontMetrics()
        widest = 0
        for day in range(model.rowCount()):
            parent = model.index(day, 0)
            for row in range(model.rowCount(parent)):
                if model.index(row, 0, parent).data(KIND_ROLE) == "stop":
                    text = str(model.index(row, NAME, parent).data() or "")
                    widest = max(widest, metrics.horizontalAdvance(text))
        self.setColumnWidth(NAME, max(NAME_WIDTH[0], min(widest + 20, NAME_WIDTH[1])))

    def remember(self, stop_id: str | None) -> None:
        """The stop to select again once the next plan is shown (after an edit)."""
        self._keep = stop_id

    def _chosen(self, index: QModelIndex) -> None:
        stop_id = index.siblingAtColumn(0).data(STOP_ID_ROLE)
        if stop_id and index.data(KIND_ROLE) == "stop":
            self._keep = stop_id
            self.stop_chosen.emit(stop_id)

    def _activated(self, index: QModelIndex) -> None:
        stop_id = index.siblingAtColumn(0).data(STOP_ID_ROLE)
        if stop_id:
            self.stop_activated.emit(stop_id)
