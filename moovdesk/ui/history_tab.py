"""The "History" tab: log a visit report, call, email or note; see them newest first."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moovdesk.data.errors import StoreError
from moovdesk.data.vocabulary import ActivityKind
from moovdesk.ui.follow_ups_tab import datetime_edit
from moovdesk.ui.labels import activity_label
from moovdesk.ui.prospect_editor import ProspectEditor
from moovdesk.ui.qt_dates import from_qdatetime, short_datetime, to_qdatetime
from moovdesk.views import ActivityView

ID_ROLE = Qt.ItemDataRole.UserRole


class HistoryTab(QWidget):
    def __init__(self, editor: ProspectEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTab")
        self._editor = editor
        self._prospect_id = ""
        self._appointment_id: str | None = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("activityKind")
        for kind in ActivityKind:
            self.kind.addItem(activity_label(kind), kind)
        self.when = datetime_edit(self)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("activitySubject")
        self.subject.setPlaceholderText(self.tr("Subject"))
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("activityBody")
        self.body.setPlaceholderText(self.tr("What was said, what was agreed, what comes next"))
        self.body.setMaximumHeight(120)
        self.body.setTabChangesFocus(True)
        self.log_button = QPushButton(self.tr("Log it"), self)
        self.log_button.setObjectName("logActivity")
        self.log_button.clicked.connect(self.log)
        self.delete_button = QPushButton(self.tr("Delete selected"), self)
        self.delete_button.clicked.connect(self._delete_selected)
        self.entries = QListWidget(self)
        self.entries.setObjectName("activityList")
        self.entries.setWordWrap(True)
        self.entries.setAlternatingRowColors(True)

        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.when)
        top.addWidget(self.subject, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body)
        layout.addLayout(buttons)
        layout.addWidget(self.entries, 1)

    def load(self, prospect_id: str, editable: bool) -> None:
        if prospect_id != self._prospect_id:
            self._appointment_id = None
            self.when.setDateTime(to_qdatetime(self._editor.services.clock()))
        self._prospect_id = prospect_id
        self.setEnabled(bool(prospect_id) and editable)
        self.entries.clear()
        if not prospect_id:
            return
        for activity in self._editor.services.activities.activities_of(prospect_id):
            item = QListWidgetItem(_entry_text(activity))
            item.setData(ID_ROLE, activity.id)
            item.setToolTip(html.escape(activity.body))
            self.entries.addItem(item)

    def start_visit_report(self, appointment_id: str) -> None:
        """Prepare a visit report for an appointment that just took place."""
        appointment = self._editor.services.agenda.get_appointment(appointment_id)
        self._appointment_id = appointment_id
        self.kind.setCurrentIndex(self.kind.findData(ActivityKind.VISIT))
        self.when.setDateTime(to_qdatetime(appointment.starts_at))
        self.subject.setText(appointment.title or self.tr("Visit"))
        self.body.setFocus()

    def log(self) -> None:
        if not self._prospect_id:
            return
        kind = self.kind.currentData()
        try:
            self._editor.log_activity(
                self._prospect_id,
                kind,
                from_qdatetime(self.when.dateTime()),
                self.subject.text(),
                self.body.toPlainText(),
                self._appointment_id,
            )
        except StoreError as error:
            QMessageBox.warning(self, self.tr("Not saved"), str(error))
            return
        self._appointment_id = None
        self.subject.clear()
        self.body.clear()
        self.when.setDateTime(to_qdatetime(self._editor.services.clock()))

    def _delete_selected(self) -> None:
        item = self.entries.currentItem()
        if item is not None:
            self._editor.delete_activity(self._prospect_id, str(item.data(ID_ROLE)))


def _entry_text(activity: ActivityView) -> str:
    head = f"{short_datetime(activity.occurred_at)} · {activity_label(activity.kind)}"
    if activity.subject:
        head += f" — {activity.subject}"
    return f"{head}\n{activity.body}" if activity.body else head
