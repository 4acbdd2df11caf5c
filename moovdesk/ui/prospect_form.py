"""The "Details" tab: the prospect's own fields, qualification, tags and notes, saved as typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moovdesk.data.vocabulary import QUALIFICATION_CRITERIA
from moovdesk.phones import format_phone
from moovdesk.ui.autosave import AutosaveGroup
from moovdesk.ui.labels import SOURCE_SUGGESTIONS, field_label, precision_label
from moovdesk.ui.one_click import shown_as_saved_if_refused
from moovdesk.ui.prospect_editor import ProspectEditor
from moovdesk.views import ProspectDetails

# Field name -> save while typing (plain text) or only when leaving the field (checked values).
TEXT_FIELDS: dict[str, bool] = {
    "company": True,
    "activity": True,
    "siret": False,
    "street": True,
    "postal_code": False,
    "city": True,
    "country": False,
    "business_phone": False,
    "business_mobile": False,
    "business_email": False,
    "website": True,
    "source": True,
    "tags": False,
}


class ProspectForm(QWidget):
    place_on_map_requested = Signal(str)

    def __init__(self, editor: ProspectEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prospectForm")
        self._editor = editor
        self._prospect_id = ""
        self._tags: tuple[str, ...] = ()

        self.error_label = QLabel(self)
        self.error_label.setObjectName("formError")
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.autosave = AutosaveGroup(self._save, self.error_label, self)

        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            if name == "source":
                continue
            edit = QLineEdit(self)
            edit.setObjectName(f"field_{name}")
            self.edits[name] = edit
        self.source = QComboBox(self)
        self.source.setObjectName("field_source")
        self.source.setEditable(True)
        self.source.addItems(SOURCE_SUGGESTIONS)
        self.source.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        source_edit = self.source.lineEdit()
        assert source_edit is not None
        self.edits["source"] = source_edit
        self.source.activated.connect(lambda _i: self.autosave.save("source"))
        for name, while_typing in TEXT_FIELDS.items():
            self.autosave.bind_line(name, self.edits[name], save_while_typing=while_typing)
        self.edits["country"].setMaxLength(20)
        self.edits["postal_code"].setMaxLength(12)
        self.edits["tags"].setPlaceholderText(self.tr("Comma-separated, e.g. Salon 2027, BTP"))

        self.criteria: dict[str, QCheckBox] = {}
        criteria_box = QGridLayout()
        for index, name in enumerate(QUALIFICATION_CRITERIA):
            box = QCheckBox(field_label(name), self)
            box.setObjectName(f"field_{name}")
            box.toggled.connect(lambda checked, n=name: self._save_checkbox(n, checked))
            self.criteria[name] = box
            criteria_box.addWidget(box, index // 2, index % 2)
        self.score = QLabel(self)

        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("field_notes")
        self.notes.setPlaceholderText(self.tr("Notes about this prospect"))
        self.notes.setTabChangesFocus(True)
        self.autosave.bind_text("notes", self.notes)
        self.location = QLabel(self)
        self.location.setWordWrap(True)
        self.place_button = QPushButton(self.tr("Place on the map…"), self)
        self.place_button.setObjectName("placeOnMap")
        self.place_button.setToolTip(self.tr("Click on the map where this prospect is"))
        self.place_button.clicked.connect(
            lambda: self.place_on_map_requested.emit(self._prospect_id)
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(field_label("company"), self.edits["company"])
        form.addRow(field_label("activity"), self.edits["activity"])
        form.addRow(field_label("siret"), self.edits["siret"])
        form.addRow(field_label("street"), self.edits["street"])
        place = QHBoxLayout()
        place.addWidget(self.edits["postal_code"], 1)
        place.addWidget(self.edits["city"], 3)
        place.addWidget(self.edits["country"], 1)
        form.addRow(self.tr("Postal code, city"), place)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(self.place_button)
        form.addRow(self.tr("Location"), location_row)
        form.addRow(field_label("business_phone"), self.edits["business_phone"])
        form.addRow(field_label("business_mobile"), self.edits["business_mobile"])
        form.addRow(field_label("business_email"), self.edits["business_email"])
        form.addRow(field_label("website"), self.edits["website"])
        form.addRow(field_label("source"), self.source)
        form.addRow(field_label("tags"), self.edits["tags"])
        qualification = QVBoxLayout()
        qualification.addLayout(criteria_box)
        qualification.addWidget(self.score)
        form.addRow(self.tr("Qualification"), qualification)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(QLabel(field_label("notes"), self))
        layout.addWidget(self.notes, 1)

    def set_tag_choices(self, names: list[str]) -> None:
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edits["tags"].setCompleter(completer)

    def load(self, details: ProspectDetails | None) -> None:
        self.autosave.enabled = False
        self._prospect_id = details.row.id if details else ""
        self.setEnabled(details is not None and details.row.deleted_at is None)
        if details is None:
            self.autosave.load(dict.fromkeys(TEXT_FIELDS, "") | {"notes": ""}, record="")
            self.autosave.enabled = True
            return
        row = details.row
        self._tags = row.tags
        values = {
            "company": row.company,
            "activity": row.activity,
            "siret": row.siret,
            "street": row.street,
            "postal_code": row.postal_code,
            "city": row.city,
            "country": row.country,
            "business_phone": format_phone(details.business_phone),
            "business_mobile": format_phone(details.business_mobile),
            "business_email": details.business_email,
            "website": row.website,
            "source": row.source,
            "tags": ", ".join(row.tags),
            "notes": row.notes,
        }
        self.autosave.load(values, record=row.id)
        for name, box in self.criteria.items():
            box.blockSignals(True)
            box.setChecked(bool(getattr(row, name)))
            box.blockSignals(False)
        met = sum(bool(getattr(row, name)) for name in QUALIFICATION_CRITERIA)
        self.score.setText(self.tr("%1 of 4 criteria met").replace("%1", str(met)))
        if row.latitude is not None and row.longitude is not None:
            locale = QLocale()
            lat = locale.toString(row.latitude, "f", 4)
            lon = locale.toString(row.longitude, "f", 4)
            self.location.setText(f"{precision_label(row.geo_precision)} ({lat} ; {lon})")
            self.place_button.setText(self.tr("Move on the map…"))
        else:
            self.location.setText(precision_label(row.geo_precision))
            self.place_button.setText(self.tr("Place on the map…"))
        self.autosave.enabled = True

    def flush(self) -> None:
        self.autosave.flush()

    # Saving ----------------------------------------------------------------------------

    def _save(self, name: str, text: Any) -> None:
        if not self._prospect_id:
            return
        if name == "tags":
            self._save_tags(str(text))
            return
        self._editor.update_fields(self._prospect_id, {name: text}, typing=True)

    def _save_checkbox(self, name: str, checked: bool) -> None:
        if not self._prospect_id:
            return
        box = self.criteria[name]
        with shown_as_saved_if_refused(box, lambda: box.setChecked(not checked)):
            self._editor.update_fields(self._prospect_id, {name: checked})

    def _save_tags(self, text: str) -> None:
        wanted = [" ".join(t.split()) for t in text.split(",") if t.strip()]
        current = set(self._tags)
        for name in wanted:
            if name not in current:
                self._editor.add_tag([self._prospect_id], name)
        for name in current - set(wanted):
            self._editor.remove_tag([self._prospect_id], name)
