"""Getting files in: File > Import…, a file dropped anywhere on the window, files given on the
command line or by a second launch; the import history; and the search index catching up after
bulk writes (in the background, so the table is usable at once)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow

from moovdesk.ui.workers import Job, start

if TYPE_CHECKING:
    from moovdesk.services import Services


class ImportController(QObject):
    # The base changed in bulk (an import, an undo): the window re-reads everything.
    base_changed = Signal()
    # The search index caught up: searches now see every prospect.
    search_ready = Signal()
    status_message = Signal(str)

    def __init__(self, services: Services, window: QMainWindow) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._dialogs: list[QDialog] = []
        self._indexing: Job | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # Entry points ----------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Import prospects"),
            str(Path.home()),
            self.tr("Spreadsheets and CSV (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;All files (*)"),
        )
        if path:
            self.open_paths([Path(path)])

    def open_paths(self, paths: list[Path]) -> None:
        from moovdesk.ui.import_dialog import ImportDialog  # the importing code: not at start-up

        for path in paths:
            dialog = ImportDialog(self._services, path, self._window)
            dialog.imported.connect(lambda _report: self._after_bulk_write())
            dialog.finished.connect(lambda _result, d=dialog: self._dialogs.remove(d))
            self._dialogs.append(dialog)
            dialog.open()

    def show_history(self) -> None:
        from moovdesk.ui.import_history_dialog import ImportHistoryDialog

        dialog = ImportHistoryDialog(self._services.store, self._window)
        dialog.undone.connect(lambda _report: self._after_bulk_write())
        dialog.exec()

    def catch_up_search_index(self) -> None:
        """Index what bulk writes (or a crash) left in the backlog, in the background."""
        if self._indexing is not None:
            return
        from moovdesk.data import search
        from moovdesk.demo_data import finish_search_index

        with self._services.store.read() as session:
            waiting = search.backlog_size(session.connection())
        if waiting == 0:
            return
        self.status_message.emit(
            self.tr("Indexing %1 prospects for search…").replace("%1", str(waiting))
        )
        store = self._services.store
        job = Job(lambda: finish_search_index(store, batch=2000), takes_progress=False)
        self._indexing = start(job, self._indexed, self._indexing_failed, owner=self)

    # Drag and drop on the whole window -------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.DragEnter:
            assert isinstance(event, QDragEnterEvent)
            if _local_files(event):
                event.acceptProposedAction()
                return True
        if watched is self._window and event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = _local_files(event)
            if paths:
                event.acceptProposedAction()
                self.open_paths(paths)
                return True
        return False

    # Internals -------------------------------------------------------------------------

    def _after_bulk_write(self) -> None:
        self.base_changed.emit()
        self.catch_up_search_index()

    def _indexed(self, _count: int) -> None:
        self._indexing = None
        self.status_message.emit(self.tr("Search is up to date."))
        self.search_ready.emit()
        self.catch_up_search_index()  # anything queued meanwhile

    def _indexing_failed(self, error: BaseException) -> None:
        self._indexing = None
        self.status_message.emit(
            self.tr("Indexing for search stopped (%1); it resumes at the next start.").replace(
                "%1", str(error)
            )
        )


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
