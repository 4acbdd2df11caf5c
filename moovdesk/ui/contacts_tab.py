"""The "Contacts" tab: the people to see at this prospect, one of them primary."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moovdesk.phones import dial_uri, format_phone
from moovdesk.ui.autosave import AutosaveGroup, settle_unsaved
from moovdesk.ui.labels import field_label
from moovdesk.ui.prospect_editor import ProspectEditor
from moovdesk.views import ContactView, ProspectDetails

CIVILITIES = ("", "M.", "Mme", "Dr", "Me")
CONTACT_TEXT_FIELDS = {
    "first_name": True,
    "last_name": True,
    "job_title": True,
    "phone": False,
    "mobile": False,
    "email": False,
}


class ContactsTab(QWidget):
    def __init__(self, editor: ProspectEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsTab")
        self._editor = editor
        self._prospect_id = ""
        self._contacts: list[ContactView] = []
        self._shown_contact_id = ""  # whose fields the form shows (and saves)

        self.list = QListWidget(self)
        self.list.setObjectName("contactList")
        self.list.currentRowChanged.connect(self._show_selected)
        self.add_button = QPushButton(self.tr("Add contact"), self)
        self.add_button.clicked.connect(self._add)
        self.primary_button = QPushButton(self.tr("Make primary"), self)
        self.primary_button.clicked.connect(self._make_primary)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._remove)

        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.hide()
        self.autosave = AutosaveGroup(self._save, self.error_label, self)
        self.civility = QComboBox(self)
        self.civility.setEditable(True)
        self.civility.addItems(CIVILITIES)
        self.civility.activated.connect(lambda _i: self.autosave.save("civility"))
        civility_edit = self.civility.lineEdit()
        assert civility_edit is not None
        self.autosave.bind_line("civility", civility_edit, save_while_typing=False)
        self.edits: dict[str, QLineEdit] = {}
        for name, while_typing in CONTACT_TEXT_FIELDS.items():
            edit = QLineEdit(self)
            edit.setObjectName(f"contact_{name}")
            self.edits[name] = edit
            self.autosave.bind_line(name, edit, save_while_typing=while_typing)
        self.notes = QPlainTextEdit(self)
        self.notes.setMaximumHeight(90)
        self.autosave.bind_text("notes", self.notes)
        self.links = QLabel(self)
        self.links.setOpenExternalLinks(True)
        self.links.setTextFormat(Qt.TextFormat.RichText)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.primary_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(field_label("civility"), self.civility)
        for name in CONTACT_TEXT_FIELDS:
            form.addRow(field_label(name), self.edits[name])
        form.addRow(field_label("notes"), self.notes)
        form.addRow("", self.links)
        self.form = QWidget(self)
        self.form.setLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(self.form, 2)

    def load(self, details: ProspectDetails | None) -> None:
        selected = self._current_contact()
        self._prospect_id = details.row.id if details else ""
        self._contacts = list(details.contacts) if details else []
        editable = details is not None and details.row.deleted_at is None
        self.setEnabled(editable)
        self.list.blockSignals(True)
        self.list.clear()
        for contact in self._contacts:
            item = QListWidgetItem(_contact_line(contact, self.tr("primary")))
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
            self.list.addItem(item)
        row = next((i for i, c in enumerate(self._contacts) if selected and c.id == selected.id), 0)
        self.list.setCurrentRow(row if self._contacts else -1)
        self.list.blockSignals(False)
        self._show_selected(self.list.currentRow())

    def flush(self) -> None:
        self.autosave.flush()

    def _current_contact(self) -> ContactView | None:
        row = self.list.currentRow()
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    def _show_selected(self, _row: int) -> None:
        contact = self._current_contact()
        shown = contact.id if contact is not None else ""
        if shown != self._shown_contact_id:  # what the base could not take is not dropped unasked
            self.autosave.flush()
            settle_unsaved(self, [self.autosave], self.autosave.flush, can_cancel=False)
        self._shown_contact_id = shown
        self.form.setEnabled(contact is not None)
        self.primary_button.setEnabled(contact is not None and not contact.is_primary)
        self.remove_button.setEnabled(contact is not None)
        self.autosave.enabled = False
        values: dict[str, str] = {"civility": "", "notes": ""} | dict.fromkeys(
            CONTACT_TEXT_FIELDS, ""
        )
        if contact is not None:
            values = {
                "civility": contact.civility,
                "first_name": contact.first_name,
                "last_name": contact.last_name,
                "job_title": contact.job_title,
                "phone": format_phone(contact.phone),
                "mobile": format_phone(contact.mobile),
                "email": contact.email,
                "notes": contact.notes,
            }
        self.autosave.load(values, record=shown)
        self.links.setText(_links_html(contact) if contact else "")
        self.autosave.enabled = True

    def _save(self, name: str, text: Any) -> None:
        if self._shown_contact_id:
            self._editor.update_contact(self._prospect_id, self._shown_contact_id, {name: text})

    def _add(self) -> None:
        if self._prospect_id:
            self.autosave.flush()
            self._editor.add_contact(self._prospect_id, {"last_name": ""})
            self.list.setCurrentRow(self.list.count() - 1)
            self.edits["first_name"].setFocus()

    def _make_primary(self) -> None:
        contact = self._current_contact()
        if contact is not None:
            self._editor.set_primary_contact(self._prospect_id, contact.id)

    def _remove(self) -> None:
        contact = self._current_contact()
        if contact is not None:
            self._editor.remove_contact(self._prospect_id, contact.id)


def _contact_line(contact: ContactView, primary_word: str) -> str:
    name = " ".join(p for p in (contact.civility, contact.first_name, contact.last_name) if p)
    line = name or "—"
    if contact.job_title:
        line += f" — {contact.job_title}"
    if contact.is_primary:
        line = f"★ {line} ({primary_word})"
    return line


def _links_html(contact: ContactView) -> str:
    e = html.escape
    links = [
        f"<a href='{e(dial_uri(n))}'>{e(format_phone(n))}</a>"
        for n in (contact.phone, contact.mobile)
        if n
    ]
    if contact.email:
        links.append(f"<a href='mailto:{e(contact.email)}'>{e(contact.email)}</a>")
    return " · ".join(links)
