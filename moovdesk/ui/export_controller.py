"""Getting data out: File > Export… (the table's current view, as CSV, JSON, Excel or vCard)
and File > Export follow-ups to a calendar (.ics). Exports run in the thread pool and write
beside the target before replacing it, so the window stays responsive and nothing is half done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from moovdesk.data.listing import ProspectFilter, ProspectSort
from moovdesk.ui.workers import Job, start

if TYPE_CHECKING:
    from moovdesk.services import Services


class ExportController(QObject):
    status_message = Signal(str)

    def __init__(self, services: Services, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._job: Job | None = None

    def export_view(self, flt: ProspectFilter, sort: ProspectSort, count: int) -> None:
        """Export the prospects the table shows, in its order."""
        formats = {
            self.tr("CSV for Excel, separated by ; (*.csv)"): ("csv", ";"),
            self.tr("CSV separated by , (*.csv)"): ("csv", ","),
            self.tr("Excel workbook (*.xlsx)"): ("xlsx", ";"),
            self.tr("JSON (*.json)"): ("json", ";"),
            self.tr("vCard contacts (*.vcf)"): ("vcf", ";"),
        }
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export %1 prospects").replace("%1", str(count)),
            str(Path.home() / "prospects.csv"),
            ";;".join(formats),
        )
        if not path:
            return
        fmt, delimiter = formats.get(chosen, ("csv", ";"))
        target = _with_extension(Path(path), fmt)
        store, now = self._services.store, self._services.prospects.clock()

        def work() -> int:
            from moovdesk.exporting import export_prospects

            return export_prospects(store, target, fmt, flt, sort, delimiter=delimiter, now=now)

        self.status_message.emit(self.tr("Exporting to %1…").replace("%1", str(target)))
        self._run(
            work,
            lambda n: self.status_message.emit(
                self.tr("%1 prospects written to %2")
                .replace("%1", str(n))
                .replace("%2", str(target))
            ),
        )

    def export_calendar(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export to a calendar"),
            str(Path.home() / "moovdesk.ics"),
            self.tr("iCalendar (*.ics)"),
        )
        if not path:
            return
        target, store = _with_extension(Path(path), "ics"), self._services.store

        def work() -> int:
            from moovdesk.calendar_export import export_calendar  # icalendar: not at start-up

            return export_calendar(store, target)

        self._run(
            work,
            lambda n: self.status_message.emit(
                self.tr("Calendar written to %1 (events: %n)", "", n).replace("%1", str(target))
            ),
        )

    def _run(self, work: Callable[[], int], done: Callable[[int], None]) -> None:
        def finished(result: Any) -> None:
            self._job = None
            done(int(result))

        def failed(error: BaseException) -> None:
            self._job = None
            QMessageBox.warning(self._window, self.tr("Export failed"), str(error))

        self._job = start(Job(work, takes_progress=False), finished, failed, owner=self)


def _with_extension(path: Path, fmt: str) -> Path:
    return path if path.suffix.lower() == f".{fmt}" else path.with_suffix(f".{fmt}")
