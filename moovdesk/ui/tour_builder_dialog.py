"""The "Plan a tour" dialog: the day, its hours, where it starts and ends (home, a prospect of
the tour, or any place the offline gazetteer knows), the visit length, and per stop its own
length and opening hours. It returns the rep's choices; the controller builds and plans."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from moovdesk.data.listing import ProspectRow
from moovdesk.preferences import DEFAULT_DAY_END, DEFAULT_DAY_START, Preferences, parse_hhmm
from moovdesk.ui.tour_format import clock, counted

if TYPE_CHECKING:  # the planner's modules load with the first tour, not at start-up
    from moovdesk.tour_plans.settings import TourOptions
    from moovdesk.tours import Place

COMPANY, TOWN, VISIT, HOURS = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_BACKGROUND = QColor("#fde2e2")

# "9:00-12:00", "9h-12h", "09h30 – 12h", "9-12", "14:00 à 17:30"
_WINDOW = re.compile(
    r"^\s*(\d{1,2})(?:\s*[:hH.]\s*(\d{2})?)?\s*(?:-|–|—|à|a|to)\s*"
    r"(\d{1,2})(?:\s*[:hH.]\s*(\d{2})?)?\s*$"
)


def parse_window(text: str) -> tuple[int, int] | None:
    """Opening hours typed by the rep, as minutes after midnight; None when unreadable or
    when it closes before it opens."""
    match = _WINDOW.match(text)
    if match is None:
        return None
    open_h, open_m, close_h, close_m = match.groups()
    opens = int(open_h) * 60 + int(open_m or 0)
    closes = int(close_h) * 60 + int(close_m or 0)
    if int(open_h) > 23 or int(close_h) > 24 or closes > 24 * 60 or closes <= opens:
        return None
    return opens, closes


def default_day(now: datetime, day_start_minute: float) -> date:
    """Today when the day has not started yet, else the next day (never a Sunday)."""
    minute = now.hour * 60 + now.minute
    day = now.date() if minute < day_start_minute else now.date() + timedelta(days=1)
    return day + timedelta(days=1) if day.weekday() == 6 else day


@dataclass(frozen=True)
class TourChoices:
    """What the dialog returns: the located prospects in the table's order, the options, and
    the visits whose length or hours the rep set by hand (by prospect id)."""

    prospect_ids: tuple[str, ...]
    options: TourOptions
    visit_minutes: dict[str, int] = field(default_factory=dict)
    windows: dict[str, tuple[int, int]] = field(default_factory=dict)


class _SpinDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: object, index: object) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(5, 480)
        spin.setSingleStep(5)
        return spin


class PlaceChooser(QWidget):
    """Where a day starts or ends: home, a prospect of the tour, a typed place, or (for the
    end) the start again."""

    HOME, PROSPECT, TYPED, SAME = "home", "prospect", "typed", "same"

    def __init__(
        self,
        home_label: str,
        prospects: Sequence[ProspectRow],
        *,
        allow_same: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        if allow_same:
            self.kind.addItem(self.tr("Back to the start"), self.SAME)
        self.kind.addItem(self.tr("Home: %1").replace("%1", home_label), self.HOME)
        if prospects:
            self.kind.addItem(self.tr("A prospect of the tour"), self.PROSPECT)
        self.kind.addItem(self.tr("Another place"), self.TYPED)
        self.prospect = QComboBox(self)
        for row in prospects:
            self.prospect.addItem(row.company or f"{row.first_name} {row.last_name}", row.id)
        self.typed = QLineEdit(self)
        self.typed.setPlaceholderText(self.tr("Address, town or postal code (e.g. 69003 Lyon)"))
        self._rows = {row.id: row for row in prospects}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.prospect, 1)
        layout.addWidget(self.typed, 1)
        self.kind.currentIndexChanged.connect(self._show)
        self._show()

    def choose(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def _show(self) -> None:
        kind = self.kind.currentData()
        self.prospect.setVisible(kind == self.PROSPECT)
        self.typed.setVisible(kind == self.TYPED)

    def place(self, home: Place | None, country: str) -> Place | None:
        """The chosen place, None when it cannot be located (or "back to the start")."""
        from moovdesk.tour_plans.home import locate_address
        from moovdesk.tours import Place

        kind = self.kind.currentData()
        if kind == self.HOME:
            return home
        if kind == self.PROSPECT:
            row = self._rows.get(str(self.prospect.currentData()))
            if row is None or row.latitude is None or row.longitude is None:
                return None
            return Place(row.latitude, row.longitude, self.prospect.currentText())
        if kind == self.TYPED:
            return locate_address(self.typed.text(), country)
        return None

    def is_same(self) -> bool:
        return self.kind.currentData() == self.SAME


class TourBuilderDialog(QDialog):
    def __init__(
        self,
        rows: Sequence[ProspectRow],
        preferences: Preferences,
        *,
        source: str,
        unlocated: Sequence[str] = (),
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tourBuilderDialog")
        self.setWindowTitle(self.tr("Plan a tour"))
        from moovdesk.tour_plans.home import home_place

        self._preferences = preferences.checked()
        self._rows = [r for r in rows if r.latitude is not None and r.longitude is not None]
        self._home = home_place(self._preferences)
        self._choices: TourChoices | None = None
        day_start = _or(parse_hhmm(self._preferences.tour_day_start), DEFAULT_DAY_START)
        day_end = _or(parse_hhmm(self._preferences.tour_day_end), DEFAULT_DAY_END)

        stops = counted(self.tr("%n stop(s)", "", len(self._rows)), len(self._rows))
        heading = QLabel(f"{stops} · {source}", self)
        heading.setStyleSheet("font-weight: 600;")
        self.day = QDateEdit(self)
        self.day.setObjectName("tourDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        first = default_day(now or datetime.now(), day_start)
        self.day.setDate(QDate(first.year, first.month, first.day))
        self.day_start = QTimeEdit(_qtime(day_start), self)
        self.day_start.setObjectName("tourDayStart")
        self.day_end = QTimeEdit(_qtime(day_end), self)
        self.day_end.setObjectName("tourDayEnd")
        hours = QHBoxLayout()
        hours.addWidget(QLabel(self.tr("leave from"), self))
        hours.addWidget(self.day_start)
        hours.addWidget(QLabel(self.tr("back by"), self))
        hours.addWidget(self.day_end)
        hours.addStretch(1)

        home_label = self._home.label if self._home is not None else self.tr("not set")
        self.start = PlaceChooser(home_label, self._rows, allow_same=False, parent=self)
        self.start.setObjectName("tourStart")
        self.end = PlaceChooser(home_label, self._rows, allow_same=True, parent=self)
        self.end.setObjectName("tourEnd")
        if self._home is None:
            self.start.choose(PlaceChooser.TYPED)
        self.max_days = QSpinBox(self)
        self.max_days.setObjectName("tourMaxDays")
        self.max_days.setRange(0, 30)
        self.max_days.setSpecialValueText(self.tr("As many as needed"))
        self.max_days.setValue(0)
        self.visit = QSpinBox(self)
        self.visit.setObjectName("tourVisitMinutes")
        self.visit.setRange(5, 480)
        self.visit.setSingleStep(5)
        self.visit.setSuffix(self.tr(" min"))
        self.visit.setValue(self._preferences.tour_visit_minutes)
        self._default_visit = self.visit.value()
        self.visit.valueChanged.connect(self._default_visit_changed)

        self.table = QTableWidget(len(self._rows), 4, self)
        self.table.setObjectName("tourStops")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Stop"), self.tr("Town"), self.tr("Visit (min)"), self.tr("Opening hours")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setItemDelegateForColumn(VISIT, _SpinDelegate(self.table))
        hours_header = self.table.horizontalHeaderItem(HOURS)
        if hours_header is not None:
            hours_header.setToolTip(
                self.tr("When the stop can be visited, e.g. 9:00-12:00; empty: any time")
            )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COMPANY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TOWN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VISIT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HOURS, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(HOURS, 130)
        for r, row in enumerate(self._rows):
            name = QTableWidgetItem(row.company or f"{row.first_name} {row.last_name}".strip())
            name.setData(ID_ROLE, row.id)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            town = QTableWidgetItem(row.city)
            town.setFlags(town.flags() & ~Qt.ItemFlag.ItemIsEditable)
            visit = QTableWidgetItem()
            visit.setData(Qt.ItemDataRole.EditRole, self._default_visit)
            self.table.setItem(r, COMPANY, name)
            self.table.setItem(r, TOWN, town)
            self.table.setItem(r, VISIT, visit)
            self.table.setItem(r, HOURS, QTableWidgetItem(""))
        self._edited_visits: set[int] = set()
        self.table.itemChanged.connect(self._item_changed)

        self.unlocated = QLabel(self)
        self.unlocated.setWordWrap(True)
        self.unlocated.setStyleSheet("color: #8a5a00;")
        if unlocated:
            names = ", ".join(unlocated[:8]) + (" …" if len(unlocated) > 8 else "")
            count = len(unlocated)
            text = self.tr("%n prospect(s) not on the map, left out: %1", "", count)
            self.unlocated.setText(counted(text, count).replace("%1", names))
        self.unlocated.setVisible(bool(unlocated))
        self.error = QLabel(self)
        self.error.setObjectName("tourBuilderError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c; font-weight: 600;")
        self.error.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.plan_button = buttons.addButton(
            self.tr("Plan the tour"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.plan_button.setObjectName("planTourButton")
        self.plan_button.setDefault(True)
        self.plan_button.setEnabled(bool(self._rows))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Day"), hours)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        form.addRow(self.tr("Days at most"), self.max_days)
        form.addRow(self.tr("Visit length"), self.visit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.unlocated)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 560)

    # Result ----------------------------------------------------------------------------

    def choices(self) -> TourChoices | None:
        return self._choices

    def accept(self) -> None:
        choices = self._read()
        if choices is None:
            return
        self._choices = choices
        super().accept()

    def _read(self) -> TourChoices | None:
        from moovdesk.tour_plans.settings import tour_options

        country = self._preferences.country
        start = self.start.place(self._home, country)
        if start is None:
            return self._fail(self._place_problem(self.start))
        end = None if self.end.is_same() else self.end.place(self._home, country)
        if end is None and not self.end.is_same():
            return self._fail(self._place_problem(self.end))
        day_start = _minutes(self.day_start.time())
        day_end = _minutes(self.day_end.time())
        if day_end - day_start < 60:
            return self._fail(self.tr("The day must end at least an hour after it starts."))
        visits: dict[str, int] = {}
        windows: dict[str, tuple[int, int]] = {}
        for r in range(self.table.rowCount()):
            prospect_id = str(self._cell(r, COMPANY).data(ID_ROLE))
            if r in self._edited_visits:
                visits[prospect_id] = int(self._cell(r, VISIT).data(Qt.ItemDataRole.EditRole))
            text = self._cell(r, HOURS).text().strip()
            if text:
                window = parse_window(text)
                if window is None:
                    self.table.setCurrentCell(r, HOURS)
                    name = self._cell(r, COMPANY).text()
                    return self._fail(
                        self.tr("“%1”: write opening hours as 9:00-12:00.").replace("%1", name)
                    )
                windows[prospect_id] = window
        qday = self.day.date()
        options = tour_options(
            self._preferences,
            date(qday.year(), qday.month(), qday.day()),
            start,
            end,
            self.max_days.value() or None,
        )
        options = replace(
            options,
            visit_minutes=float(self.visit.value()),
            day_start_minute=float(day_start),
            day_end_minute=float(day_end),
        )
        ids = tuple(str(self._cell(r, COMPANY).data(ID_ROLE)) for r in range(len(self._rows)))
        return TourChoices(ids, options, visits, windows)

    def _place_problem(self, chooser: PlaceChooser) -> str:
        kind = chooser.kind.currentData()
        if kind == PlaceChooser.HOME:
            return self.tr(
                "Your home address is not set or cannot be placed on the map: set it in "
                "Settings (with its postal code), or choose another place."
            )
        if kind == PlaceChooser.TYPED:
            text = chooser.typed.text().strip()
            if not text:
                return self.tr("Type a town or a postal code.")
            return self.tr("“%1” is not a place this map knows.").replace("%1", text)
        return self.tr("This prospect is not on the map.")

    def _fail(self, text: str) -> TourChoices | None:
        """Say what is wrong; no choices (None) then."""
        self.error.setText(text)
        self.error.show()
        return None

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None
        return item

    # Reactions -------------------------------------------------------------------------

    def _default_visit_changed(self, value: int) -> None:
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            if r not in self._edited_visits:
                self._cell(r, VISIT).setData(Qt.ItemDataRole.EditRole, value)
        self.table.blockSignals(False)
        self._default_visit = value

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == VISIT:
            self._edited_visits.add(item.row())
        elif item.column() == HOURS:
            text = item.text().strip()
            bad = bool(text) and parse_window(text) is None
            self.table.blockSignals(True)
            item.setBackground(ERROR_BACKGROUND if bad else QColor(0, 0, 0, 0))
            window = parse_window(text) if text and not bad else None
            item.setToolTip(f"{clock(window[0])}–{clock(window[1])}" if window is not None else "")
            self.table.blockSignals(False)


def _or(minute: int | None, default: int) -> int:
    return default if minute is None else minute


def _qtime(minute: float) -> QTime:
    whole = round(minute)
    return QTime(whole // 60, whole % 60)


def _minutes(value: QTime) -> int:
    return value.hour() * 60 + value.minute()
