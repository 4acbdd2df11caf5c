"""The Agenda dock: every open follow-up, appointment and task across the base, grouped overdue,
today, upcoming; done, snooze and reschedule without leaving the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moovdesk.agenda_items import Agenda, AgendaItem, AgendaKind, FollowUpPreset, preset_due
from moovdesk.data.errors import StoreError
from moovdesk.data.vocabulary import AppointmentStatus
from moovdesk.ui.follow_ups_tab import datetime_edit, snooze_menu
from moovdesk.ui.prospect_editor import ProspectEditor
from moovdesk.ui.qt_dates import from_qdatetime, to_qdatetime
from moovdesk.ui.workers import LatestReading

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROSPECT_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_COLOR = QColor("#b71c1c")


class AgendaView(QWidget):
    prospect_chosen = Signal(str)
    overdue_count_changed = Signal(int)

    def __init__(self, editor: ProspectEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaView")
        self._editor = editor
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("agendaTree")
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Prospect — what")])
        self.tree.setColumnWidth(0, 150)
        self.tree.setMinimumWidth(300)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemClicked.connect(self._open_prospect)
        self.tree.itemActivated.connect(self._open_prospect)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setObjectName("agendaDone")
        self.done_button.clicked.connect(self.complete_current)
        self.snooze_button = QToolButton(self)
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setMenu(snooze_menu(self, self._snooze_current))
        self.reschedule_button = QPushButton(self.tr("Reschedule…"), self)
        self.reschedule_button.clicked.connect(self._reschedule_current)

        buttons = QHBoxLayout()
        for button in (self.done_button, self.snooze_button, self.reschedule_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        editor.agenda_changed.connect(lambda _ids: self.refresh())
        editor.prospects_added_or_removed.connect(self.refresh)
        self._update_buttons()  # nothing chosen yet
        self._readings = LatestReading(self)  # see `refresh_in_background`
        # The window calls refresh() once everything is connected.

    def refresh(self) -> None:
        """Re-read the agenda now (after a change the rep made: it shows at once)."""
        self._readings.supersede()  # a background reading still running is older than this one
        self._show(self._editor.services.agenda.agenda())

    def refresh_in_background(self) -> None:
        """Re-read the agenda off the GUI thread (at start-up, at every reminder check): the
        reading takes ~0.1 s at 100,000 prospects and 2.5 s at a million, which the window
        would otherwise stand still for. Only the newest reading is shown. One that fails (a
        full disk, a busy base) leaves the list as it was until the next check, as a
        minute-timer refresh always did."""
        self._readings.start(self._editor.services.agenda.agenda, self._show, lambda _error: None)

    def _show(self, agenda: Agenda) -> None:
        selected = self._current_key()
        self.tree.clear()
        groups = (
            (self.tr("Overdue"), agenda.overdue, agenda.totals["overdue"], True),
            (self.tr("Today"), agenda.today, agenda.totals["today"], False),
            (self.tr("Upcoming"), agenda.upcoming, agenda.totals["upcoming"], False),
            (self.tr("To do"), agenda.tasks, agenda.totals["tasks"], False),
        )
        locale = QLocale()
        for title, items, total, overdue in groups:
            group = QTreeWidgetItem([f"{title} ({locale.toString(total)})"])
            font = QFont(group.font(0))
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if overdue and items:
                group.setForeground(0, QBrush(OVERDUE_COLOR))
            self.tree.addTopLevelItem(group)
            for entry in items:
                child = _agenda_row(entry, overdue)
                group.addChild(child)
                if (entry.kind.value, entry.id) == selected:
                    self.tree.setCurrentItem(child)
            hidden = total - len(items)
            if hidden > 0:
                more = self.tr("… and %1 more (use the table's follow-up filter)")
                group.addChild(QTreeWidgetItem(["", more.replace("%1", locale.toString(hidden))]))
            group.setExpanded(bool(items))
        self._update_buttons()
        self.overdue_count_changed.emit(agenda.overdue_count)

    def complete_current(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) is None:
            return
        kind = AgendaKind(item.data(0, KIND_ROLE))
        record_id = str(item.data(0, ID_ROLE))
        prospect_id = str(item.data(0, PROSPECT_ROLE))
        if kind is AgendaKind.FOLLOW_UP:
            self._attempt(lambda: self._editor.complete_follow_up(record_id))
        elif kind is AgendaKind.TASK:
            self._attempt(lambda: self._editor.set_task_done(prospect_id, record_id, True))
        else:
            self._attempt(
                lambda: self._editor.set_appointment_status(
                    prospect_id, record_id, AppointmentStatus.DONE
                )
            )

    # Internals -------------------------------------------------------------------------

    def _current_key(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) is None:
            return None
        return str(item.data(0, KIND_ROLE)), str(item.data(0, ID_ROLE))

    def _update_buttons(self) -> None:
        key = self._current_key()
        self.done_button.setEnabled(key is not None)
        is_follow_up = key is not None and key[0] == AgendaKind.FOLLOW_UP.value
        self.snooze_button.setEnabled(is_follow_up)
        self.reschedule_button.setEnabled(is_follow_up)

    def _open_prospect(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        prospect_id = item.data(0, PROSPECT_ROLE)
        if prospect_id:
            self.prospect_chosen.emit(str(prospect_id))

    def _snooze_current(self, action: QAction) -> None:
        key = self._current_key()
        if key is None or key[0] != AgendaKind.FOLLOW_UP.value:
            return
        now = self._editor.services.clock()
        choice = action.data()
        if choice == "hour":
            until = now + timedelta(hours=1)
        else:
            until = preset_due(FollowUpPreset(choice), now)
        self._attempt(lambda: self._editor.move_follow_up(key[1], until, snooze=True))

    def _reschedule_current(self) -> None:
        key = self._current_key()
        if key is None or key[0] != AgendaKind.FOLLOW_UP.value:
            return
        current = self._editor.services.agenda.get_follow_up(key[1]).due_at
        chosen = ask_datetime(self, self.tr("Reschedule follow-up"), current)
        if chosen is not None:
            self._attempt(lambda: self._editor.move_follow_up(key[1], chosen, snooze=False))

    def _attempt(self, action: Callable[[], object]) -> None:
        try:
            action()
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))


def _agenda_row(entry: AgendaItem, overdue: bool) -> QTreeWidgetItem:
    when = agenda_time(entry.when) if entry.when else ""
    prospect = entry.prospect_name + (f" ({entry.city})" if entry.city else "")
    label = f"{prospect} — {entry.text}" if entry.text else prospect
    row = QTreeWidgetItem([when, label])
    row.setData(0, KIND_ROLE, entry.kind.value)
    row.setData(0, ID_ROLE, entry.id)
    row.setData(0, PROSPECT_ROLE, entry.prospect_id)
    row.setToolTip(1, label)
    if overdue:
        row.setForeground(0, QBrush(OVERDUE_COLOR))
    return row


def agenda_time(value: datetime) -> str:
    """Short enough for a side panel: "lun. 23/11 09:00", the year only when it is not this one."""
    local = to_qdatetime(value)
    locale = QLocale()
    same_year = local.date().year() == QDateTime.currentDateTime().date().year()
    day_format = "ddd dd/MM" if same_year else "dd/MM/yyyy"
    return f"{locale.toString(local, day_format)} {locale.toString(local.time(), 'HH:mm')}"


def ask_datetime(parent: QWidget, title: str, initial: datetime) -> datetime | None:
    """A small dialog asking for a date and time; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    edit = datetime_edit(dialog)
    edit.setDateTime(to_qdatetime(initial))
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(edit)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return from_qdatetime(edit.dateTime())
