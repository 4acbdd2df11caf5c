"""Edit > Import history: every import, and undoing one (exactly, at any size)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moovdesk.data.store import Store
from moovdesk.data.vocabulary import ImportStatus
from moovdesk.importing.undo import ImportSummary, UndoReport, import_history, undo_import
from moovdesk.ui.qt_dates import short_datetime
from moovdesk.ui.workers import Job, start


class ImportHistoryDialog(QDialog):
    undone = Signal(object)  # UndoReport

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importHistory")
        self.setWindowTitle(self.tr("Import history"))
        self.resize(760, 420)
        self._store = store
        self._entries: list[ImportSummary] = []
        self._job: Job | None = None
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("File"),
                self.tr("Added"),
                self.tr("Updated"),
                self.tr("State"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.note = QLabel(
            self.tr(
                "Undoing an import removes the prospects it added and puts back the values it "
                "replaced. Prospects you have worked on since are kept."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this import"), self)
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self._undo_selected)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self._entries = import_history(self._store)
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            state = (
                self.tr("undone on %1").replace("%1", short_datetime(entry.undone_at))
                if entry.status is ImportStatus.UNDONE
                else self.tr("in your base")
            )
            cells = (
                short_datetime(entry.created_at),
                entry.file_name,
                str(entry.rows_imported),
                str(entry.rows_updated),
                state,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self._update_button()

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selected(self) -> ImportSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        entry = self._selected()
        busy = self._job is not None
        self.undo_button.setEnabled(
            entry is not None and entry.status is ImportStatus.COMMITTED and not busy
        )

    def _undo_selected(self, confirm: bool = True) -> None:
        entry = self._selected()
        if entry is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Undo import"),
                self.tr("Undo the import of %1 (%2 prospects added)?")
                .replace("%1", entry.file_name)
                .replace("%2", str(entry.rows_imported)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        store, batch_id = self._store, entry.id
        job = Job(lambda: undo_import(store, batch_id), takes_progress=False)
        self._job = start(job, self._undo_done, self._undo_failed, owner=self)
        self._update_button()

    def _undo_done(self, report: UndoReport) -> None:
        self._job = None
        self.refresh()
        self.undone.emit(report)

    def _undo_failed(self, error: BaseException) -> None:
        self._job = None
        self.refresh()
        QMessageBox.warning(self, self.tr("Undo import"), str(error))
