"""The import window: how the file was read, which column becomes what (with the first rows as
they will be read), then progress with Cancel, then the report.

Reading and importing run in the thread pool; the window stays responsive and Cancel writes
nothing. The chosen mapping is remembered for files with the same header.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moovdesk.data.vocabulary import Stage, Temperature
from moovdesk.geo.gazetteer import Gazetteer
from moovdesk.importing.dates import DateOrder
from moovdesk.importing.errors import ImportFileError
from moovdesk.importing.importer import ImportCancelledError, ImportOptions, import_table
from moovdesk.importing.mapping import MappingResult, auto_map
from moovdesk.importing.memory import MappingMemory
from moovdesk.importing.plan import ImportPlan
from moovdesk.importing.reader import ReadTable, read_file_bytes, read_table
from moovdesk.importing.report import DuplicatePolicy, ImportReport
from moovdesk.importing.targets import DATE_TARGETS
from moovdesk.services import Services
from moovdesk.ui.import_labels import (
    file_error_text,
    policy_label,
    read_warning_text,
    target_choices,
)
from moovdesk.ui.labels import stage_label, temperature_label
from moovdesk.ui.qt_dates import short_datetime
from moovdesk.ui.workers import Job, start

PREVIEW_ROWS = 5


def _localized(target: str, shown: str) -> str:
    """The importer's reading in the rep's words: dates in the locale's format, temperatures
    and stages by their labels."""
    if target in DATE_TARGETS and shown:
        try:
            value = datetime.fromisoformat(shown)
        except ValueError:
            return shown
        if len(shown) <= 10:
            day = QDate(value.year, value.month, value.day)
            return QLocale().toString(day, QLocale.FormatType.ShortFormat)
        return short_datetime(value.astimezone())
    if target in ("temperature", "stage") and shown:
        words = []
        for word in shown.split(", "):
            if word in Temperature._value2member_map_:
                words.append(temperature_label(Temperature(word)))
            elif word in Stage._value2member_map_:
                words.append(stage_label(Stage(word)))
            else:
                words.append(word)
        return ", ".join(words)
    return shown


class ImportDialog(QDialog):
    # The import committed: the window re-reads and the search index catches up.
    imported = Signal(object)  # ImportReport

    def __init__(self, services: Services, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        self.resize(980, 640)
        self._services = services
        self._path = path
        self._data = b""
        self._table: ReadTable | None = None
        self._automatic: MappingResult | None = None
        self._plan: ImportPlan | None = None
        self._job: Job | None = None
        self.report: ImportReport | None = None

        self.pages = QStackedWidget(self)
        self.status = QLabel(self.tr("Reading %1…").replace("%1", path.name), self)
        self.status.setWordWrap(True)
        self.pages.addWidget(self._reading_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._progress_page())
        self.pages.addWidget(self._report_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._start_reading()

    # Pages -----------------------------------------------------------------------------

    def _reading_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.status)
        self.busy = QProgressBar(page)
        self.busy.setRange(0, 0)
        layout.addWidget(self.busy)
        self.close_after_error = QPushButton(self.tr("Close"), page)
        self.close_after_error.clicked.connect(self.reject)
        self.close_after_error.hide()
        layout.addWidget(self.close_after_error, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        self.summary = QLabel(page)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.columns = QTableWidget(0, 3, page)
        self.columns.setObjectName("importColumns")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Becomes"), self.tr("First rows, as read")]
        )
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.columns.setColumnWidth(0, 200)
        self.columns.setColumnWidth(1, 260)
        self.columns.setWordWrap(True)
        self.policy = QComboBox(page)
        self.policy.setObjectName("duplicatePolicy")
        for policy in DuplicatePolicy:
            self.policy.addItem(policy_label(policy), policy)
        self.import_button = QPushButton(self.tr("Import"), page)
        self.import_button.setObjectName("startImport")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self._start_import)
        cancel = QPushButton(self.tr("Cancel"), page)
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Rows already in your base:"), page))
        bottom.addWidget(self.policy, 1)
        bottom.addStretch(1)
        bottom.addWidget(cancel)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.columns, 1)
        layout.addLayout(bottom)
        return page

    def _progress_page(self) -> QWidget:
        page = QWidget(self)
        self.progress_label = QLabel(page)
        self.progress = QProgressBar(page)
        self.progress.setObjectName("importProgress")
        self.cancel_button = QPushButton(self.tr("Cancel"), page)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self._cancel_import)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)
        return page

    def _report_page(self) -> QWidget:
        page = QWidget(self)
        self.report_label = QLabel(page)
        self.report_label.setObjectName("importReport")
        self.report_label.setWordWrap(True)
        self.report_label.setTextFormat(Qt.TextFormat.RichText)
        self.report_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.save_details = QPushButton(self.tr("Save the rows to check (CSV)…"), page)
        self.save_details.clicked.connect(self._save_details)
        close = QPushButton(self.tr("Close"), page)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_details)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_label, 1)
        layout.addLayout(buttons)
        return page

    # Reading ---------------------------------------------------------------------------

    def _start_reading(self) -> None:
        path = self._path

        def read() -> tuple[bytes, ReadTable, MappingResult]:
            data = read_file_bytes(path)  # size checked before reading
            table = read_table(data, name=path.name)
            sample = [cells for _line, cells in table.first_rows(20)]
            return data, table, auto_map(table.header, sample)

        self._job = start(
            Job(read, takes_progress=False), self._read_done, self._read_failed, owner=self
        )

    def _read_done(self, result: tuple[bytes, ReadTable, MappingResult]) -> None:
        self._data, self._table, self._automatic = result
        remembered = MappingMemory(self._services.home.root).recall(self._table.header)
        self._plan = self._plan_for(remembered or self._automatic)
        self._fill_columns()
        self._describe_file(remembered is not None)
        self.pages.setCurrentIndex(1)

    def _read_failed(self, error: BaseException) -> None:
        if isinstance(error, ImportFileError):
            text = file_error_text(error)
        elif isinstance(error, OSError):
            text = self.tr("The file cannot be read: %1").replace(
                "%1", error.strerror or str(error)
            )
        else:
            raise error
        self.status.setText(text)
        self.status.setObjectName("importError")
        self.busy.hide()
        self.close_after_error.show()

    def _describe_file(self, remembered: bool) -> None:
        table, plan = self._table, self._plan
        assert table is not None and plan is not None
        parts = [self.tr("%1 rows").replace("%1", str(len(table)))]
        if table.encoding:
            parts.append(table.encoding)
        if table.delimiter:
            parts.append(
                self.tr("separator “%1”").replace("%1", table.delimiter.replace("\t", "tab"))
            )
        if plan.format_label:
            parts.append(self.tr("recognised: %1").replace("%1", plan.format_label))
        if remembered:
            parts.append(self.tr("your mapping from last time"))
        if table.skipped_lines:
            parts.append(
                self.tr("%1 lines before the header skipped").replace(
                    "%1", str(table.skipped_lines)
                )
            )
        name = html.escape(self._path.name)
        self.summary.setText(f"<b>{name}</b> — " + html.escape(", ".join(parts)) + self._repairs())
        self.import_button.setEnabled(bool(plan.mapping))
        if not plan.mapping:
            self.summary.setText(
                self.summary.text()
                + "<br>"
                + self.tr("No column was recognised: choose what each column becomes.")
            )

    def _repairs(self) -> str:
        """What the reader repaired or guessed (ragged rows, encodings, spreadsheet errors), one
        line each, so the rep knows before importing. The skipped lines are in the summary."""
        assert self._table is not None
        lines = [
            "⚠ " + html.escape(read_warning_text(warning))
            for warning in self._table.warnings
            if warning.code != "preamble"
        ]
        return "".join("<br>" + line for line in lines)

    def _fill_columns(self) -> None:
        table, plan = self._table, self._plan
        assert table is not None and plan is not None
        self.columns.setRowCount(len(table.header))
        choices = target_choices()
        for index, header in enumerate(table.header):
            name = QTableWidgetItem(header or self.tr("(no name)"))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.columns.setItem(index, 0, name)
            combo = QComboBox(self.columns)
            combo.addItem(self.tr("— ignore —"), "")
            for target, label in choices:
                combo.addItem(label, target)
            combo.setCurrentIndex(max(combo.findData(plan.mapping.get(index, "")), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns.setCellWidget(index, 1, combo)
        self._refresh_preview()

    def _mapping_changed(self) -> None:
        assert self._table is not None
        mapping = {}
        for index in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(index, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                mapping[index] = str(combo.currentData())
        self._plan = self._plan_for(mapping)
        self.import_button.setEnabled(bool(mapping))
        self._refresh_preview()

    def _plan_for(self, mapping: MappingResult | dict[int, str]) -> ImportPlan:
        assert self._table is not None
        region = self._services.prospects.phone_region
        return ImportPlan.for_table(self._table, mapping, country=region, phone_region=region)

    def _refresh_preview(self) -> None:
        table, plan = self._table, self._plan
        assert table is not None and plan is not None
        rows = table.first_rows(PREVIEW_ROWS)
        explanations = {
            index: self._order_words(convention.order)
            for index, convention in plan.conventions.items()
            if index in plan.mapping
        }
        reasons = {column.index: column.explanation for column in plan.columns}
        for index in range(len(table.header)):
            shown = []
            for _line, cells in rows:
                raw = cells[index] if index < len(cells) else ""
                if index in plan.mapping:
                    reading = plan.read_cell(index, raw)
                    text = _localized(plan.mapping[index], reading.shown or "")
                    if reading.problem:
                        text = f"⚠ {raw} ({reading.problem})"
                else:
                    text = raw
                shown.append(" ".join(text.split()))
            item = QTableWidgetItem("  |  ".join(s for s in shown if s))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if explanations.get(index):
                item.setToolTip(reasons.get(index, ""))
                item.setText(item.text() + f"   ({explanations[index]})")
            self.columns.setItem(index, 2, item)

    def _order_words(self, order: DateOrder) -> str:
        if order is DateOrder.MONTH_FIRST:
            return self.tr("dates read month first, mm/dd/yyyy")
        return self.tr("dates read day first, dd/mm/yyyy")

    # Importing -------------------------------------------------------------------------

    def _start_import(self) -> None:
        table, plan = self._table, self._plan
        assert table is not None and plan is not None
        MappingMemory(self._services.home.root).remember(table.header, plan.mapping)
        policy = DuplicatePolicy(self.policy.currentData())
        store, data, name = self._services.store, self._data, self._path.name
        self.progress.setRange(0, max(len(table), 1))
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Importing %1…").replace("%1", name))
        self.pages.setCurrentIndex(2)

        def work(progress: Any, cancelled: Any) -> ImportReport:
            return import_table(
                store,
                table,
                plan,
                file_name=name,
                file_bytes=data,
                options=ImportOptions(policy=policy),
                gazetteer=Gazetteer.shared(),
                progress=progress,
                cancelled=cancelled,
            )

        self._job = start(
            Job(work),
            self._import_done,
            self._import_failed,
            lambda done, _total: self.progress.setValue(done),
            owner=self,
        )

    def _cancel_import(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling: nothing will be written…"))

    def _import_done(self, report: ImportReport) -> None:
        self.report = report
        self._show_report(report)
        self.imported.emit(report)

    def _import_failed(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelledError):
            message = self.tr("Import cancelled: nothing was written.")
        else:
            message = self.tr("The import failed and nothing was written: %1").replace(
                "%1", str(error)
            )
        self.report_label.setText(message)
        self.save_details.hide()
        self.pages.setCurrentIndex(3)

    def _show_report(self, report: ImportReport) -> None:
        tr = self.tr
        lines = [
            (tr("Prospects imported"), report.imported),
            (tr("Prospects completed or updated"), report.updated),
            (tr("Skipped (already in your base)"), len(report.skipped)),
            (tr("Rejected (see the details)"), len(report.rejected)),
            (tr("Not placed on the map (no usable address)"), len(report.not_located)),
            (tr("Contacts added"), report.contacts_added),
            (tr("Follow-ups scheduled"), report.follow_ups_added),
            (tr("Visit reports and contacts logged"), report.activities_added),
            (tr("Unreadable cells kept in the notes"), len(report.problems)),
        ]
        rows = "".join(
            f"<tr><td>{label}</td><td align='right'><b>{n}</b></td></tr>" for label, n in lines
        )
        title = tr("Import of %1 finished").replace("%1", html.escape(report.file_name))
        self.report_label.setText(f"<h3>{title}</h3><table cellspacing='6'>{rows}</table>")
        self.save_details.setVisible(
            bool(report.rejected or report.skipped or report.not_located or report.problems)
        )
        self.pages.setCurrentIndex(3)

    def _save_details(self) -> None:
        if self.report is None:
            return
        suggested = str(self._path.with_name(self._path.stem + "-import-report.csv"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the rows to check"), suggested, self.tr("CSV (*.csv)")
        )
        if path:
            self.report.save_details(Path(path))

    def reject(self) -> None:
        if self._job is not None and self.pages.currentIndex() == 2:
            self._cancel_import()  # the dialog closes when the worker reports
            return
        super().reject()
