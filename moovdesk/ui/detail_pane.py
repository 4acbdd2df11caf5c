"""The detail pane beside the table: header plus Details, Contacts, Follow-up and History tabs.

It shows one prospect and re-reads it whenever the editor says it changed; it keeps no copy.
"""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from moovdesk.data.errors import RecordNotFoundError
from moovdesk.ui.autosave import settle_unsaved
from moovdesk.ui.contacts_tab import ContactsTab
from moovdesk.ui.detail_header import DetailHeader
from moovdesk.ui.follow_ups_tab import FollowUpsTab
from moovdesk.ui.history_tab import HistoryTab
from moovdesk.ui.prospect_editor import ProspectEditor
from moovdesk.ui.prospect_form import ProspectForm
from moovdesk.views import ProspectDetails


class DetailPane(QWidget):
    def __init__(self, editor: ProspectEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self._editor = editor
        self.prospect_id = ""

        self.header = DetailHeader(editor, self)
        self.form = ProspectForm(editor, self)
        self.contacts = ContactsTab(editor, self)
        self.follow_ups = FollowUpsTab(editor, self)
        self.history = HistoryTab(editor, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(_scrolling(self.form), self.tr("Details"))
        self.tabs.addTab(_scrolling(self.contacts), self.tr("Contacts"))
        self.tabs.addTab(_scrolling(self.follow_ups), self.tr("Follow-up"))
        self.tabs.addTab(_scrolling(self.history), self.tr("History"))
        self.follow_ups.visit_report_requested.connect(self._write_visit_report)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

        # Agenda changes also announce the prospect as changed: one signal is enough.
        editor.prospects_changed.connect(self._maybe_reload)
        self.show_prospect("")

    def show_prospect(self, prospect_id: str) -> None:
        """Show another prospect, first saving what was being typed in the previous one (a
        text the base cannot take is never dropped without asking, see `settle_unsaved`)."""
        if prospect_id != self.prospect_id:
            self.flush()
            self.settle_unsaved(can_cancel=False)
        self.prospect_id = prospect_id
        self.reload()

    def reload(self) -> None:
        details: ProspectDetails | None = None
        if self.prospect_id:
            try:
                details = self._editor.services.prospects.get(self.prospect_id)
            except RecordNotFoundError:
                self.prospect_id = ""
        editable = details is not None and details.row.deleted_at is None
        self.header.load(details)
        self.form.load(details)
        self.contacts.load(details)
        self.follow_ups.load(self.prospect_id, editable)
        self.history.load(self.prospect_id, editable)

    def flush(self) -> None:
        self.form.flush()
        self.contacts.flush()

    def settle_unsaved(self, *, can_cancel: bool) -> bool:
        """When typed text could not be saved (disk full, read-only, busy), ask the rep: try
        again, or discard it (or, if `can_cancel`, stay). True once nothing is left unsaved."""
        groups = (self.form.autosave, self.contacts.autosave)
        return settle_unsaved(self, groups, self.flush, can_cancel=can_cancel)

    def _maybe_reload(self, prospect_ids: list[str]) -> None:
        if self.prospect_id and self.prospect_id in prospect_ids:
            self.reload()

    def _write_visit_report(self, appointment_id: str) -> None:
        self.tabs.setCurrentIndex(3)  # History
        self.history.start_visit_report(appointment_id)


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area
