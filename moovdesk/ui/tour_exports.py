"""A saved tour out of the app: the day sheet printed or saved as PDF, an iCalendar file with
one event per visit, and the route opened in Google Maps or Waze (in several parts when the
route has more stops than those apps take)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF, QObject, QPoint, QUrl, Signal
from PySide6.QtGui import (
    QCursor,
    QDesktopServices,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from moovdesk.ui.tour_format import counted
from moovdesk.ui.tour_map import PLACE_SYMBOL, stop_numbers

if TYPE_CHECKING:  # the tour modules load with the first tour, not at start-up
    from moovdesk.tour_plans.service import SavedTour, TourService

UrlOpener = Callable[[QUrl], object]


def sheet_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def file_stem(tour: SavedTour) -> str:
    """A file name from the tour's name, without characters file systems refuse."""
    stem = re.sub(r'[\\/:*?"<>|\n\r\t]+', " ", tour.name).strip(" .")
    return stem or "tour"


class TourExports(QObject):
    """Exports of the tour the controller hands it; `status_message` reports what was done."""

    status_message = Signal(str)

    def __init__(
        self,
        service: Callable[[], TourService],
        phone_region: Callable[[], str],
        parent: QWidget,
        *,
        open_url: UrlOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._phone_region = phone_region
        self._parent = parent
        self.open_url = open_url
        self.opened: list[str] = []  # every link opened (tests read it)

    # The sheet -------------------------------------------------------------------------

    def sheet_html(self, tour: SavedTour, day: int | None) -> str:
        from moovdesk.tour_plans.day_sheet import day_sheet_html, tour_sheet_html
        from moovdesk.tour_plans.labels import sheet_labels

        details = self._service().stop_details(tour)
        labels = sheet_labels(sheet_language())
        region = self._phone_region()
        if day is None:  # every day, a page each
            return tour_sheet_html(tour, details, labels, phone_region=region)
        return day_sheet_html(tour, day, details, labels, phone_region=region)

    def document(self, tour: SavedTour, day: int | None) -> QTextDocument:
        document = QTextDocument(self)
        document.setHtml(self.sheet_html(tour, day))
        return document

    def print_sheet(self, tour: SavedTour, day: int | None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(tour.name)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(self.tr("Print the day sheet"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.document(tour, day).print_(printer)
        self.status_message.emit(self.tr("Day sheet sent to the printer."))

    def save_pdf(self, tour: SavedTour, day: int | None, target: Path | None = None) -> Path | None:
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self._parent,
                self.tr("Save the day sheet as PDF"),
                str(Path.home() / f"{file_stem(tour)}.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        writer = QPdfWriter(str(target))
        writer.setTitle(tour.name)
        writer.setCreator("Moovdesk")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.document(tour, day).print_(writer)
        del writer  # flushes the file
        self.status_message.emit(self.tr("Day sheet saved: %1").replace("%1", str(target)))
        return target

    # Calendar --------------------------------------------------------------------------

    def save_calendar(self, tour: SavedTour, target: Path | None = None) -> Path | None:
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self._parent,
                self.tr("Export the tour to a calendar"),
                str(Path.home() / f"{file_stem(tour)}.ics"),
                self.tr("iCalendar files (*.ics)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        if target.suffix.lower() != ".ics":
            target = target.with_suffix(".ics")
        from moovdesk.tour_plans.ical import write_tour_calendar
        from moovdesk.tour_plans.labels import sheet_labels

        try:
            count = write_tour_calendar(
                target,
                tour,
                self._service().stop_details(tour),
                labels=sheet_labels(sheet_language()),
                phone_region=self._phone_region(),
            )
        except OSError as error:
            QMessageBox.warning(self._parent, self.tr("Calendar"), str(error))
            return None
        self.status_message.emit(
            counted(self.tr("%n visit(s) exported to %1", "", count), count).replace(
                "%1", str(target)
            )
        )
        return target

    # Links -----------------------------------------------------------------------------

    def google_maps(self, tour: SavedTour, day: int, at: QPoint | None = None) -> list[str]:
        """Open the day's remaining route in Google Maps; a route longer than one link takes
        offers its parts in a menu."""
        from moovdesk.tour_plans.route_links import google_maps_links

        details = self._service().stop_details(tour)
        addresses = {i: d.address for i, d in details.items() if d.address}
        plan_day = tour.plan.days[day]
        links = google_maps_links(plan_day, addresses, remaining_only=True)
        if not links:
            links = google_maps_links(plan_day, addresses)
        if len(links) == 1:
            self._open(links[0])
            return links
        menu = QMenu(self._parent)
        for n, link in enumerate(links, start=1):
            text = self.tr("Part %1 of %2").replace("%1", str(n)).replace("%2", str(len(links)))
            menu.addAction(text, self._opener(link))
        menu.popup(at or QCursor.pos())
        self.last_menu = menu
        return links

    def waze(self, tour: SavedTour, day: int, at: QPoint | None = None) -> list[str]:
        """Waze drives to one place at a time: a menu of the stops left, the next one first."""
        from moovdesk.tour_plans.route_links import waze_links

        plan_day = tour.plan.days[day]
        links = waze_links(plan_day, remaining_only=True) or waze_links(plan_day)
        if not links:
            return []
        numbers = stop_numbers(tour.plan)
        menu = QMenu(self._parent)
        for link in links:
            number = numbers.get(link.stop_id) if link.stop_id else None
            text = f"{number}. {link.label}" if number else f"{PLACE_SYMBOL} {link.label}"
            action = menu.addAction(
                self.tr("Drive to %1").replace("%1", text), self._opener(link.url)
            )
            if link is links[0]:
                menu.setDefaultAction(action)
        menu.popup(at or QCursor.pos())
        self.last_menu = menu
        return [link.url for link in links]

    last_menu: QMenu | None = None

    def _opener(self, url: str) -> Callable[[], None]:
        return lambda: self._open(url)

    def _open(self, url: str) -> None:
        self.opened.append(url)
        self.open_url(QUrl(url))
