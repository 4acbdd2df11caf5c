"""The "Follow-up" tab: dated reminders ("relances"), undated tasks and appointments
("rendez-vous") of one prospect."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moovdesk.agenda_items import FollowUpPreset, preset_due
from moovdesk.data.errors import StoreError
from moovdesk.data.vocabulary import AppointmentStatus
from moovdesk.ui.labels import appointment_status_label, preset_label
from moovdesk.ui.prospect_editor import ProspectEditor
from moovdesk.ui.qt_dates import from_qdatetime, short_datetime, to_qdatetime

ID_ROLE = Qt.ItemDataRole.UserRole


def datetime_edit(parent: QWidget) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
    return edit


def snooze_menu(parent: QWidget, choose: Callable[[QAction], None]) -> QMenu:
    """The snooze choices: an hour, or one of the presets."""
    menu = QMenu(parent)
    hour = QAction(parent.tr("In 1 hour"), menu)
    hour.setData("hour")
    menu.addAction(hour)
    for preset in FollowUpPreset:
        action = QAction(preset_label(preset), menu)
        action.setData(preset.value)
        menu.addAction(action)
    menu.triggered.connect(choose)
    return menu


class FollowUpsTab(QWidget):
    # The rep completed an appointment and wants to write its visit report.
    visit_report_requested = Signal(str)  # appointment id

    def __init__(self, editor: ProspectEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsTab")
        self._editor = editor
        self._prospect_id = ""

        # Follow-ups
        self.follow_ups = QTreeWidget(self)
        self.follow_ups.setObjectName("followUpList")
        self.follow_ups.setHeaderLabels([self.tr("Due"), self.tr("Note"), self.tr("State")])
        self.follow_ups.setRootIsDecorated(False)
        self.follow_ups.setColumnWidth(0, 130)
        self.follow_ups.setColumnWidth(1, 180)
        self.due = datetime_edit(self)
        self.due.setObjectName("followUpDue")
        self.note = QLineEdit(self)
        self.note.setObjectName("followUpNote")
        self.note.setPlaceholderText(self.tr("What to follow up on"))
        self.note.returnPressed.connect(self.add_follow_up)
        self.add_button = QPushButton(self.tr("Add follow-up"), self)
        self.add_button.setObjectName("addFollowUp")
        self.add_button.clicked.connect(self.add_follow_up)
        presets = QHBoxLayout()
        for preset in FollowUpPreset:
            button = QToolButton(self)
            button.setText(preset_label(preset))
            button.setObjectName(f"preset_{preset.value}")
            button.clicked.connect(lambda _c=False, p=preset: self._apply_preset(p))
            presets.addWidget(button)
        presets.addStretch(1)
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.clicked.connect(self._complete_selected)
        self.snooze_button = QToolButton(self)
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setMenu(snooze_menu(self, self._snooze_selected))
        self.reschedule_button = QPushButton(self.tr("Move to the date above"), self)
        self.reschedule_button.clicked.connect(self._reschedule_selected)
        self.delete_follow_up_button = QPushButton(self.tr("Delete"), self)
        self.delete_follow_up_button.clicked.connect(self._delete_selected_follow_up)

        # Tasks
        self.tasks = QListWidget(self)
        self.tasks.setObjectName("taskList")
        self.tasks.itemChanged.connect(self._task_checked)
        self.task_title = QLineEdit(self)
        self.task_title.setObjectName("taskTitle")
        self.task_title.setPlaceholderText(self.tr("A to-do, e.g. send the quote"))
        self.task_title.returnPressed.connect(self.add_task)
        add_task = QPushButton(self.tr("Add task"), self)
        add_task.clicked.connect(self.add_task)
        delete_task = QPushButton(self.tr("Delete"), self)
        delete_task.clicked.connect(self._delete_selected_task)

        # Appointments
        self.appointments = QTreeWidget(self)
        self.appointments.setObjectName("appointmentList")
        self.appointments.setHeaderLabels(
            [self.tr("When"), self.tr("What, where"), self.tr("State")]
        )
        self.appointments.setRootIsDecorated(False)
        self.appointments.setColumnWidth(0, 130)
        self.appointments.setColumnWidth(1, 180)
        self.starts = datetime_edit(self)
        self.starts.setObjectName("appointmentStart")
        self.duration = QSpinBox(self)
        self.duration.setRange(5, 12 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(self.tr(" min"))
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Place"))
        self.appointment_title = QLineEdit(self)
        self.appointment_title.setPlaceholderText(self.tr("Subject"))
        add_appointment = QPushButton(self.tr("Add appointment"), self)
        add_appointment.clicked.connect(self.add_appointment)
        complete_appointment = QPushButton(self.tr("Done…"), self)
        complete_appointment.clicked.connect(self._complete_appointment)
        cancel_appointment = QPushButton(self.tr("Cancel appointment"), self)
        cancel_appointment.clicked.connect(self._cancel_appointment)

        layout = QVBoxLayout(self)
        layout.addWidget(
            self._group(
                self.tr("Follow-ups"),
                self.follow_ups,
                _row(self.due, self.note, self.add_button),
                presets,
                _row(
                    self.done_button,
                    self.snooze_button,
                    self.reschedule_button,
                    self.delete_follow_up_button,
                    stretch=True,
                ),
            ),
            3,
        )
        layout.addWidget(
            self._group(self.tr("Tasks"), self.tasks, _row(self.task_title, add_task, delete_task)),
            2,
        )
        layout.addWidget(
            self._group(
                self.tr("Appointments"),
                self.appointments,
                _row(self.starts, self.duration, self.place, self.appointment_title),
                _row(add_appointment, complete_appointment, cancel_appointment, stretch=True),
            ),
            3,
        )
        self._reset_inputs()

    # Loading ---------------------------------------------------------------------------

    def load(self, prospect_id: str, editable: bool) -> None:
        self._prospect_id = prospect_id
        self.setEnabled(bool(prospect_id) and editable)
        self.follow_ups.clear()
        self.tasks.blockSignals(True)
        self.tasks.clear()
        self.appointments.clear()
        if prospect_id:
            self._load_follow_ups(prospect_id)
            self._load_tasks(prospect_id)
            self._load_appointments(prospect_id)
        self.tasks.blockSignals(False)

    def _load_follow_ups(self, prospect_id: str) -> None:
        agenda = self._editor.services.agenda
        now = agenda.clock()
        for follow_up in agenda.follow_ups_of(prospect_id):
            if follow_up.done_at:
                state = self.tr("Done")
            else:
                state = self.tr("Overdue") if follow_up.due_at < now else self.tr("Open")
                if follow_up.snooze_count:
                    state += self.tr(" (snoozed)")
            item = QTreeWidgetItem([short_datetime(follow_up.due_at), follow_up.note, state])
            item.setData(0, ID_ROLE, follow_up.id)
            if follow_up.done_at:
                for column in range(3):
                    item.setForeground(column, Qt.GlobalColor.gray)
            elif follow_up.due_at < now:
                item.setForeground(2, Qt.GlobalColor.red)
            self.follow_ups.addTopLevelItem(item)

    def _load_tasks(self, prospect_id: str) -> None:
        for task in self._editor.services.agenda.tasks_of(prospect_id):
            item = QListWidgetItem(task.title)
            item.setData(ID_ROLE, task.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done = Qt.CheckState.Checked if task.done_at else Qt.CheckState.Unchecked
            item.setCheckState(done)
            self.tasks.addItem(item)

    def _load_appointments(self, prospect_id: str) -> None:
        for appointment in self._editor.services.agenda.appointments_of(prospect_id):
            what = " — ".join(p for p in (appointment.title, appointment.place) if p)
            status = appointment_status_label(appointment.status)
            item = QTreeWidgetItem([short_datetime(appointment.starts_at), what, status])
            item.setData(0, ID_ROLE, appointment.id)
            self.appointments.addTopLevelItem(item)

    # Follow-ups ------------------------------------------------------------------------

    def add_follow_up(self) -> None:
        if not self._prospect_id:
            return
        due = from_qdatetime(self.due.dateTime())
        if self._attempt(
            lambda: self._editor.schedule_follow_ups([self._prospect_id], due, self.note.text())
        ):
            self.note.clear()

    def _apply_preset(self, preset: FollowUpPreset) -> None:
        self.due.setDateTime(to_qdatetime(preset_due(preset, self._editor.services.clock())))
        self.note.setFocus()

    def _selected_follow_up(self) -> str | None:
        item = self.follow_ups.currentItem()
        return str(item.data(0, ID_ROLE)) if item else None

    def _complete_selected(self) -> None:
        follow_up_id = self._selected_follow_up()
        if follow_up_id:
            is_open = self._editor.services.agenda.get_follow_up(follow_up_id).is_open
            self._attempt(lambda: self._editor.complete_follow_up(follow_up_id, is_open))

    def _snooze_selected(self, action: QAction) -> None:
        follow_up_id = self._selected_follow_up()
        if not follow_up_id:
            return
        now = self._editor.services.clock()
        choice = action.data()
        until = (
            now + timedelta(hours=1)
            if choice == "hour"
            else preset_due(FollowUpPreset(choice), now)
        )
        self._attempt(lambda: self._editor.move_follow_up(follow_up_id, until, snooze=True))

    def _reschedule_selected(self) -> None:
        follow_up_id = self._selected_follow_up()
        if follow_up_id:
            due = from_qdatetime(self.due.dateTime())
            self._attempt(lambda: self._editor.move_follow_up(follow_up_id, due, snooze=False))

    def _delete_selected_follow_up(self) -> None:
        follow_up_id = self._selected_follow_up()
        if follow_up_id:
            self._attempt(lambda: self._editor.delete_follow_up(follow_up_id))

    # Tasks -----------------------------------------------------------------------------

    def add_task(self) -> None:
        title = self.task_title.text().strip()
        if (
            self._prospect_id
            and title
            and self._attempt(lambda: self._editor.add_task(self._prospect_id, title))
        ):
            self.task_title.clear()

    def _task_checked(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        task_id = str(item.data(ID_ROLE))
        self._attempt(lambda: self._editor.set_task_done(self._prospect_id, task_id, done))

    def _delete_selected_task(self) -> None:
        item = self.tasks.currentItem()
        if item is not None:
            task_id = str(item.data(ID_ROLE))
            self._attempt(lambda: self._editor.delete_task(self._prospect_id, task_id))

    # Appointments ----------------------------------------------------------------------

    def add_appointment(self) -> None:
        if not self._prospect_id:
            return
        starts = from_qdatetime(self.starts.dateTime())
        ends = starts + timedelta(minutes=self.duration.value())
        place, title = self.place.text(), self.appointment_title.text()
        if self._attempt(
            lambda: self._editor.add_appointment(self._prospect_id, starts, ends, place, title)
        ):
            self.place.clear()
            self.appointment_title.clear()

    def _selected_appointment(self) -> str | None:
        item = self.appointments.currentItem()
        return str(item.data(0, ID_ROLE)) if item else None

    def _complete_appointment(self) -> None:
        appointment_id = self._selected_appointment()
        if appointment_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Appointment done"),
            self.tr("Write the visit report now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.visit_report_requested.emit(appointment_id)
        else:
            self._attempt(
                lambda: self._editor.set_appointment_status(
                    self._prospect_id, appointment_id, AppointmentStatus.DONE
                )
            )

    def _cancel_appointment(self) -> None:
        appointment_id = self._selected_appointment()
        if appointment_id is not None:
            self._attempt(
                lambda: self._editor.set_appointment_status(
                    self._prospect_id, appointment_id, AppointmentStatus.CANCELLED
                )
            )

    # Helpers ---------------------------------------------------------------------------

    def _reset_inputs(self) -> None:
        now = self._editor.services.clock()
        self.due.setDateTime(to_qdatetime(preset_due(FollowUpPreset.TOMORROW, now)))
        start = preset_due(FollowUpPreset.TOMORROW, now).replace(hour=10)
        self.starts.setDateTime(to_qdatetime(start))

    def _attempt(self, action: Callable[[], object]) -> bool:
        """Run a change; a refusal is shown to the rep instead of escaping as an error."""
        try:
            action()
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return False
        return True

    def _group(self, title: str, *parts: QWidget | QHBoxLayout) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        for part in parts:
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        return box


def _row(*widgets: QWidget, stretch: bool = False) -> QHBoxLayout:
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    if stretch:
        layout.addStretch(1)
    return layout
