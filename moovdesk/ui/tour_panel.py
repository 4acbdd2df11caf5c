"""The Tour dock: which tour, its days and stops with their times, the totals, what found no
place and why, and the buttons of the day. It shows what the controller (tour_actions) hands it
and reports the rep's choices; it owns no tour."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moovdesk.ui.tour_format import estimate_note, reason_text, totals
from moovdesk.ui.tour_stop_list import TourStopList
from moovdesk.ui.tour_stop_model import TourStopModel

if TYPE_CHECKING:
    from moovdesk.tours import TourPlan

STOP_ROLE = Qt.ItemDataRole.UserRole + 1


class TourPanel(QWidget):
    tour_chosen = Signal(str)  # a saved tour's id, or "" for the unsaved one
    cancel_requested = Signal()
    unplaced_activated = Signal(str)  # a stop id from the "not in the tour" list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourPanel")
        self.model = TourStopModel(self)
        self.stops = TourStopList(self.model, self)

        self.tour_combo = QComboBox(self)
        self.tour_combo.setObjectName("tourChoice")
        self.tour_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tour_combo.setMinimumContentsLength(14)
        self.tour_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tour_combo.activated.connect(
            lambda i: self.tour_chosen.emit(str(self.tour_combo.itemData(i) or ""))
        )
        self.new_button = QToolButton(self)
        self.new_button.setObjectName("newTourButton")
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("tourMoreButton")
        self.more_button.setText("⋯")
        self.more_button.setToolTip(self.tr("Save, rename or delete this tour"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("tourProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(self)
        self.cancel_button = QPushButton(self.tr("Stop"), self)
        self.cancel_button.setToolTip(self.tr("Stop searching and keep the best order found"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.progress_row = QWidget(self)
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress_label)
        progress_layout.addWidget(self.progress, 1)
        progress_layout.addWidget(self.cancel_button)
        self.progress_row.hide()

        self.empty = QLabel(
            self.tr(
                "No tour yet. Select prospects in the table or draw a lasso on the map, "
                "then “Plan a tour”."
            ),
            self,
        )
        self.empty.setObjectName("tourEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; padding: 16px;")

        self.totals = QLabel(self)
        self.totals.setObjectName("tourTotals")
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet("font-weight: 600;")
        self.estimate = QLabel(estimate_note(), self)
        self.estimate.setObjectName("tourEstimate")
        self.estimate.setWordWrap(True)
        self.estimate.setStyleSheet("color: #8a5a00; font-style: italic;")
        self.unplaced_label = QLabel(self)
        self.unplaced_label.setObjectName("tourUnplacedLabel")
        self.unplaced_label.setStyleSheet("color: #b71c1c; font-weight: 600;")
        self.unplaced = QListWidget(self)
        self.unplaced.setObjectName("tourUnplaced")
        self.unplaced.setMaximumHeight(90)
        self.unplaced.setToolTip(self.tr("Double-click to put the stop back at the end of a day"))
        self.unplaced.itemActivated.connect(
            lambda item: self.unplaced_activated.emit(str(item.data(STOP_ROLE)))
        )

        self.day_bar = QHBoxLayout()
        self.day_bar.setSpacing(4)
        self.export_bar = QHBoxLayout()
        self.export_bar.setSpacing(4)

        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.tour_combo, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.progress_row)
        layout.addLayout(self.day_bar)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.stops, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.estimate)
        layout.addWidget(self.unplaced_label)
        layout.addWidget(self.unplaced)
        layout.addLayout(self.export_bar)
        self.show_plan(None)

    # Buttons ---------------------------------------------------------------------------

    def add_day_action(self, action: QAction) -> QToolButton:
        return self._button(self.day_bar, action)

    def add_export_action(self, action: QAction) -> QToolButton:
        return self._button(self.export_bar, action)

    def _button(self, bar: QHBoxLayout, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(button)
        return button

    def finish_bars(self) -> None:
        self.day_bar.addStretch(1)
        self.export_bar.addStretch(1)

    # What is shown ---------------------------------------------------------------------

    def show_tours(self, tours: Sequence[tuple[str, str]], current: str, draft_name: str) -> None:
        """Fill the tour choice: (id, title) of the saved tours, newest first; `draft_name`
        adds the unsaved tour on top ("" when there is none); `current` is the id shown."""
        combo = self.tour_combo
        combo.blockSignals(True)
        combo.clear()
        if draft_name:
            combo.addItem(self.tr("%1 (not saved)").replace("%1", draft_name), "")
        for tour_id, title in tours:
            combo.addItem(title, tour_id)
        if not combo.count():
            combo.addItem(self.tr("No saved tour"), None)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def show_plan(self, plan: TourPlan | None) -> None:
        keep = self.stops.current_stop()
        if keep:
            self.stops.remember(keep)
        self.model.set_plan(plan)
        has_plan = plan is not None
        self.empty.setVisible(not has_plan)
        self.stops.setVisible(has_plan)
        self.totals.setVisible(has_plan)
        self.estimate.setVisible(plan is not None and plan.estimated)
        if plan is None:
            self.unplaced_label.hide()
            self.unplaced.hide()
            return
        self.totals.setText(totals(plan))
        self.unplaced.clear()
        for unplaced in plan.unplaced:
            name = unplaced.stop.label or unplaced.stop.id
            item = QListWidgetItem(f"{name} — {reason_text(unplaced.reason)}")
            item.setData(STOP_ROLE, unplaced.stop.id)
            self.unplaced.addItem(item)
        count = len(plan.unplaced)
        self.unplaced_label.setText(self.tr("Not in the tour (%n)", "", count))
        self.unplaced_label.setVisible(count > 0)
        self.unplaced.setVisible(count > 0)

    def set_progress(self, fraction: float) -> None:
        self.progress.setValue(round(max(0.0, min(fraction, 1.0)) * 1000))

    def show_progress(self, text: str | None, fraction: float = 0.0) -> None:
        """A planning under way (text shown beside the bar), or None when it is over."""
        self.progress_row.setVisible(text is not None)
        if text is not None:
            self.progress_label.setText(text)
            self.set_progress(fraction)
