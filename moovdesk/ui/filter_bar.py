"""Search as you type and the filters above the table; they combine into one ProspectFilter."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from moovdesk.data.listing import FollowUpWindow, ProspectFilter
from moovdesk.data.vocabulary import Stage, Temperature
from moovdesk.ui.labels import stage_label, temperature_label

SEARCH_DELAY_MS = 150

MENU_ARROW = " \u25be"  # ▾


class FilterBar(QWidget):
    filter_changed = Signal(object)  # ProspectFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._trash_mode = False
        self._area: frozenset[str] | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit)

        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        hint = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.search.setPlaceholderText(
            self.tr("Search company, contact, city, phone, email, notes… (%1)").replace("%1", hint)
        )
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._emit_now)

        self.temperature = self._combo(
            "temperatureFilter",
            [(self.tr("Hot and cold"), None)] + [(temperature_label(t), t) for t in Temperature],
        )
        self.stage = self._combo(
            "stageFilter", [(self.tr("All stages"), None)] + [(stage_label(s), s) for s in Stage]
        )
        self.follow_up = self._combo(
            "followUpFilter",
            [
                (self.tr("Any follow-up"), None),
                (self.tr("Overdue"), FollowUpWindow.OVERDUE),
                (self.tr("Due today"), FollowUpWindow.TODAY),
                (self.tr("Due this week"), FollowUpWindow.THIS_WEEK),
                (self.tr("No follow-up"), FollowUpWindow.NONE),
            ],
        )
        self.place = QLineEdit(self)
        self.place.setObjectName("placeFilter")
        self.place.setPlaceholderText(self.tr("City or postal code"))
        self.place.setToolTip(
            self.tr("A town name, a postal code or a département: 69, 42000, 2A…")
        )
        self.place.setClearButtonEnabled(True)
        self.place.textChanged.connect(lambda _text: self._search_timer.start())
        self.source = self._combo("sourceFilter", [(self.tr("All sources"), None)])
        self.tag = self._combo("tagFilter", [(self.tr("All tags"), None)])
        # Rarer filters live behind "More", so the bar fits a 1366-pixel laptop screen.
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("moreFilters")
        self.more_button.setText(self.tr("More") + MENU_ARROW)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The style's own arrow overlaps short labels ("Plus"): the text carries one instead.
        self.more_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        more_menu = QMenu(self.more_button)
        self.not_contacted = QCheckBox(self.tr("Not contacted for"))
        self.not_contacted.setObjectName("notContactedFilter")
        self.not_contacted.toggled.connect(self._emit_now)
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(self._days_changed)
        days_row = QWidget()
        days_layout = QHBoxLayout(days_row)
        days_layout.setContentsMargins(8, 2, 8, 2)
        days_layout.addWidget(self.not_contacted)
        days_layout.addWidget(self.days)
        days_action = QWidgetAction(more_menu)
        days_action.setDefaultWidget(days_row)
        more_menu.addAction(days_action)
        self.unlocated = QCheckBox(self.tr("Not on the map"))
        self.unlocated.setObjectName("unlocatedFilter")
        self.unlocated.toggled.connect(self._emit_now)
        unlocated_row = QWidget()
        unlocated_layout = QHBoxLayout(unlocated_row)
        unlocated_layout.setContentsMargins(8, 2, 8, 2)
        unlocated_layout.addWidget(self.unlocated)
        unlocated_action = QWidgetAction(more_menu)
        unlocated_action.setDefaultWidget(unlocated_row)
        more_menu.addAction(unlocated_action)
        self.more_button.setMenu(more_menu)
        self.area_chip = QPushButton(self)
        self.area_chip.setObjectName("areaFilter")
        self.area_chip.setToolTip(self.tr("Click to show prospects everywhere again"))
        self.area_chip.clicked.connect(lambda: self.set_area(None, ""))
        self.area_chip.hide()
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Clear every filter and the search"))
        self.clear_button.clicked.connect(self.clear)

        for combo in (self.source, self.tag):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self.search.setMinimumWidth(160)
        self.place.setMinimumWidth(90)
        first_row = QHBoxLayout()
        first_row.addWidget(self.search, 1)
        for widget in (self.temperature, self.stage, self.follow_up):
            first_row.addWidget(widget)
        second_row = QHBoxLayout()
        second_row.addWidget(self.place, 2)
        second_row.addWidget(self.source, 1)
        second_row.addWidget(self.tag, 1)
        second_row.addWidget(self.more_button)
        second_row.addWidget(self.area_chip)
        second_row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(4)
        layout.addLayout(first_row)
        layout.addLayout(second_row)

    # Public ----------------------------------------------------------------------------

    def current_filter(self) -> ProspectFilter:
        temperature = self.temperature.currentData()
        stage = self.stage.currentData()
        source = self.source.currentData()
        tag = self.tag.currentData()
        return ProspectFilter(
            text=self.search.text(),
            temperatures=frozenset({temperature}) if temperature else frozenset(),
            stages=frozenset({stage}) if stage else frozenset(),
            follow_up=self.follow_up.currentData(),
            tag_names=frozenset({tag}) if tag else frozenset(),
            place=self.place.text(),
            sources=frozenset({source}) if source else frozenset(),
            not_contacted_days=self.days.value() if self.not_contacted.isChecked() else None,
            unlocated=self.unlocated.isChecked(),
            trashed=self._trash_mode,
            ids=self._area,
        )

    def set_trash_mode(self, trashed: bool) -> None:
        self._trash_mode = trashed
        self._emit_now()

    def set_area(self, ids: frozenset[str] | None, label: str) -> None:
        """Keep only these prospects (the map's "around" filter); None shows all again."""
        self._area = ids
        self.area_chip.setText("✕ " + label)
        self.area_chip.setVisible(ids is not None)
        self._emit_now()

    def set_choices(self, sources: list[str], tags: list[str]) -> None:
        """Offer the sources and tags in use, keeping the current choice when it still exists."""
        for combo, values in ((self.source, sources), (self.tag, tags)):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def show_follow_up_window(self, window: FollowUpWindow | None) -> None:
        self.follow_up.setCurrentIndex(max(self.follow_up.findData(window), 0))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear(self) -> None:
        widgets = (self.search, self.place, self.temperature, self.stage, self.follow_up)
        for widget in (*widgets, self.source, self.tag, self.not_contacted, self.unlocated):
            widget.blockSignals(True)
        self.search.clear()
        self.place.clear()
        for combo in (self.temperature, self.stage, self.follow_up, self.source, self.tag):
            combo.setCurrentIndex(0)
        self.not_contacted.setChecked(False)
        self.unlocated.setChecked(False)
        self._area = None
        self.area_chip.hide()
        for widget in (*widgets, self.source, self.tag, self.not_contacted, self.unlocated):
            widget.blockSignals(False)
        self._emit_now()

    # Internals -------------------------------------------------------------------------

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self._emit_now)
        return combo

    def _days_changed(self) -> None:
        if self.not_contacted.isChecked():
            self._emit_now()

    def _emit_now(self) -> None:
        self._search_timer.stop()
        self._emit()

    def _emit(self) -> None:
        flt = self.current_filter()
        extra = flt.not_contacted_days is not None or flt.unlocated
        label = self.tr("More (on)") if extra else self.tr("More")
        self.more_button.setText(label + MENU_ARROW)
        self.filter_changed.emit(flt)
