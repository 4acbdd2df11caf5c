"""The top of the detail pane: who it is, how to reach them, hot or cold, and the stage."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from moovdesk.data.vocabulary import Stage, Temperature
from moovdesk.phones import dial_uri, format_phone
from moovdesk.resource_files import resource_path
from moovdesk.ui.labels import stage_label, temperature_label
from moovdesk.ui.one_click import shown_as_saved_if_refused
from moovdesk.ui.prospect_editor import ProspectEditor
from moovdesk.ui.prospect_table_model import CLIENT_COLOR, COLD_COLOR, HOT_COLOR
from moovdesk.ui.qt_dates import short_date
from moovdesk.views import ProspectDetails


class DetailHeader(QWidget):
    def __init__(self, editor: ProspectEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._prospect_id = ""
        self._stage = Stage.SUSPECT
        self._hot_icon = QIcon(str(resource_path("icons", "hot.svg")))
        self._cold_icon = QIcon(str(resource_path("icons", "cold.svg")))

        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a company name is never markup
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.contact = QLabel(self)
        self.contact.setObjectName("detailContact")
        self.contact.setWordWrap(True)
        self.contact.setOpenExternalLinks(True)
        self.contact.setTextFormat(Qt.TextFormat.RichText)

        self.temperature = QPushButton(self)
        self.temperature.setObjectName("temperatureToggle")
        self.temperature.setCheckable(True)
        self.temperature.clicked.connect(self._toggle_temperature)
        self.stage = QComboBox(self)
        self.stage.setObjectName("stageCombo")
        for stage in Stage:
            self.stage.addItem(stage_label(stage), stage)
        self.stage.activated.connect(self._stage_chosen)
        self.client_button = QPushButton(self.tr("Mark as client"), self)
        self.client_button.setToolTip(self.tr("First purchase: this prospect becomes a client"))
        self.client_button.setObjectName("markClientButton")
        self.client_button.clicked.connect(self._mark_client)
        self.client_since = QLabel(self)

        controls = QHBoxLayout()
        controls.addWidget(self.temperature)
        controls.addWidget(self.stage)
        controls.addWidget(self.client_button)
        controls.addWidget(self.client_since)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.contact)
        layout.addLayout(controls)

    def show_opening(self) -> None:
        """While the window's base opens, right after its first paint (a second at most)."""
        self.load(None)
        self.title.setText(self.tr("Opening your base…"))

    def load(self, details: ProspectDetails | None) -> None:
        self._prospect_id = details.row.id if details else ""
        editable = details is not None and details.row.deleted_at is None
        for widget in (self.temperature, self.stage, self.client_button):
            widget.setEnabled(editable)
        if details is None:
            self.title.setText(self.tr("No prospect selected"))
            self.contact.clear()
            self.client_since.clear()
            return
        row = details.row
        trashed = self.tr(" (in the trash)") if row.deleted_at else ""
        self.title.setText((row.company or row.contact_name or self.tr("(no name)")) + trashed)
        self.contact.setText(_contact_html(details))
        hot = row.temperature is Temperature.HOT
        self.temperature.setChecked(hot)
        self.temperature.setIcon(self._hot_icon if hot else self._cold_icon)
        self.temperature.setText(temperature_label(row.temperature))
        color = (HOT_COLOR if hot else COLD_COLOR).name()
        self.temperature.setStyleSheet(f"QPushButton {{ color: {color}; font-weight: bold; }}")
        self._stage = row.stage
        self.stage.setCurrentIndex(self.stage.findData(row.stage))
        is_client = row.stage is Stage.CLIENT
        self.client_button.setVisible(not is_client)
        if is_client and details.became_client_at:
            since = self.tr("Client since %1").replace("%1", short_date(details.became_client_at))
            self.client_since.setText(f"<span style='color:{CLIENT_COLOR.name()}'>{since}</span>")
        else:
            self.client_since.clear()

    def _toggle_temperature(self) -> None:
        if not self._prospect_id:
            return
        button, was_hot = self.temperature, not self.temperature.isChecked()
        with shown_as_saved_if_refused(button, lambda: button.setChecked(was_hot)):
            self._editor.toggle_temperature([self._prospect_id])

    def _stage_chosen(self, index: int) -> None:
        value = self.stage.itemData(index)  # Qt hands the enum back as its plain text value
        if not self._prospect_id or value is None:
            return
        stage = Stage(value)
        combo, saved = self.stage, self._stage
        with shown_as_saved_if_refused(combo, lambda: combo.setCurrentIndex(combo.findData(saved))):
            self._editor.update_fields(self._prospect_id, {"stage": stage})

    def _mark_client(self) -> None:
        if self._prospect_id:
            self._editor.mark_as_client(self._prospect_id)


def _contact_html(details: ProspectDetails) -> str:
    """The primary contact and every way to reach them, as call and mail links."""
    e = html.escape
    parts: list[str] = []
    primary = next((c for c in details.contacts if c.is_primary), None)
    if primary is not None:
        name = " ".join(p for p in (primary.civility, primary.first_name, primary.last_name) if p)
        line = e(name) + (f" — {e(primary.job_title)}" if primary.job_title else "")
        if line:
            parts.append(line)
    row = details.row
    links = []
    for number in dict.fromkeys(n for n in (row.phone, row.mobile) if n):
        links.append(f"<a href='{e(dial_uri(number))}'>{e(format_phone(number))}</a>")
    if row.email:
        links.append(f"<a href='mailto:{e(row.email)}'>{e(row.email)}</a>")
    if links:
        parts.append(" · ".join(links))
    return "<br>".join(parts)
