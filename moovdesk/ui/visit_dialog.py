"""The "Visited" dialog of a tour stop: a note for the visit report, hot or cold, a follow-up
(on by default, sooner for a hot prospect) and when the rep left, which retimes the rest of the
day."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from moovdesk.agenda_items import FollowUpPreset, preset_due
from moovdesk.data.vocabulary import Temperature
from moovdesk.ui.follow_ups_tab import datetime_edit
from moovdesk.ui.labels import temperature_label
from moovdesk.ui.qt_dates import from_qdatetime, to_qdatetime


class VisitDialog(QDialog):
    def __init__(
        self,
        name: str,
        temperature: Temperature | None,
        departed_minute: float,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self.setWindowTitle(self.tr("Visited: %1").replace("%1", name))
        self._now = now
        self._date_edited = False

        self.note = QPlainTextEdit(self)
        self.note.setObjectName("visitNote")
        self.note.setPlaceholderText(self.tr("What was said, what to send, who to see next time…"))
        self.note.setTabChangesFocus(True)

        self.keep = QRadioButton(self)
        self.keep.setText(
            self.tr("Unchanged (%1)").replace("%1", temperature_label(temperature))
            if temperature is not None
            else self.tr("Unchanged")
        )
        self.hot = QRadioButton(temperature_label(Temperature.HOT), self)
        self.cold = QRadioButton(temperature_label(Temperature.COLD), self)
        self.temperature_group = QButtonGroup(self)
        for button in (self.keep, self.hot, self.cold):
            self.temperature_group.addButton(button)
        self.keep.setChecked(True)
        self._current = temperature
        temperatures = QHBoxLayout()
        for button in (self.keep, self.hot, self.cold):
            temperatures.addWidget(button)
        temperatures.addStretch(1)

        self.follow_up = QCheckBox(self.tr("Follow up on"), self)
        self.follow_up.setObjectName("visitFollowUp")
        self.follow_up.setChecked(True)
        self.follow_up_at = datetime_edit(self)
        self.follow_up_at.setObjectName("visitFollowUpAt")
        self.follow_up_at.dateTimeChanged.connect(lambda _v: self._mark_edited())
        self.follow_up.toggled.connect(self.follow_up_at.setEnabled)
        self.follow_up_note = QLineEdit(self)
        self.follow_up_note.setPlaceholderText(self.tr("e.g. send the quote"))
        follow_up = QHBoxLayout()
        follow_up.addWidget(self.follow_up_at)
        follow_up.addWidget(self.follow_up_note, 1)
        for button in (self.keep, self.hot, self.cold):
            button.toggled.connect(lambda _checked: self._suggest_date())
        self._suggest_date()

        whole = round(departed_minute) % (24 * 60)
        self.departed = QTimeEdit(QTime(whole // 60, whole % 60), self)
        self.departed.setObjectName("visitDeparted")
        self.departed.setToolTip(self.tr("The times of the rest of the day follow"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Mark visited"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Visit report"), self.note)
        form.addRow(self.tr("Prospect"), temperatures)
        form.addRow(self.follow_up, follow_up)
        form.addRow(self.tr("Left at"), self.departed)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{_escape(name)}</b>", self))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    # What the rep chose ----------------------------------------------------------------

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def temperature(self) -> Temperature | None:
        if self.hot.isChecked():
            return Temperature.HOT
        if self.cold.isChecked():
            return Temperature.COLD
        return None

    def follow_up_due(self) -> datetime | None:
        return from_qdatetime(self.follow_up_at.dateTime()) if self.follow_up.isChecked() else None

    def departed_minute(self) -> float:
        value = self.departed.time()
        return float(value.hour() * 60 + value.minute())

    # Internals -------------------------------------------------------------------------

    def _suggest_date(self) -> None:
        """Sooner for a hot prospect, later for a cold one, unless the rep picked a date."""
        if self._date_edited:
            return
        temperature = self.temperature() or self._current
        cold = temperature is Temperature.COLD
        preset = FollowUpPreset.IN_A_MONTH if cold else FollowUpPreset.IN_3_DAYS
        self.follow_up_at.blockSignals(True)
        self.follow_up_at.setDateTime(to_qdatetime(preset_due(preset, self._now)))
        self.follow_up_at.blockSignals(False)

    def _mark_edited(self) -> None:
        self._date_edited = True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
