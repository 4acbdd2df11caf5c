"""The prospect table's model: the ordered ids of the current filter, rows read in blocks.

Filtering and sorting happen in SQL (one query gives every matching id in order); rows are read
a block at a time when the view first needs them, so `data()` never queries per cell and
100,000 prospects scroll smoothly.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QIcon

from moovdesk.data.errors import StoreError
from moovdesk.data.listing import ProspectFilter, ProspectRow, ProspectSort
from moovdesk.data.vocabulary import Stage, Temperature
from moovdesk.resource_files import resource_path
from moovdesk.ui.prospect_columns import COLUMN_INDEX, COLUMNS
from moovdesk.ui.workers import LatestReading

if TYPE_CHECKING:
    from moovdesk.data.first_screen import FirstScreenReader
    from moovdesk.prospects import ProspectService

AnyIndex = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

HOT_COLOR = QColor("#c2410c")
COLD_COLOR = QColor("#1d5fa8")
CLIENT_COLOR = QColor("#15803d")


class ProspectTableModel(QAbstractTableModel):
    BLOCK_SIZE = 256
    MAX_CACHED_BLOCKS = 64

    # shown, total (live prospects in the base, or in the trash when the filter shows it)
    counts_changed = Signal(int, int)
    # The base could not be read (a StoreError: damaged, unreadable). The rows it should have
    # given stay empty, and painting never asks again: connect it queued, it fires mid-paint.
    read_failed = Signal(object)

    def __init__(
        self,
        service: ProspectService | Callable[[], ProspectService],
        parent: QObject | None = None,
        *,
        first_screen: FirstScreenReader | None = None,
    ) -> None:
        """`service` may be given as a function that returns it: the window's opens the base on
        first use. Until `forget_first_screen`, what `first_screen` can read comes from it."""
        super().__init__(parent)
        self._get_service = service if callable(service) else lambda: service
        self._first_screen = first_screen
        self._filter = ProspectFilter()
        self._sort = ProspectSort("company")
        self._ids: list[str] = []
        # Rows shown while `_ids` holds only the first ones (see `reload(first_screen=True)`).
        self._unread_count: int | None = None
        self._row_of_id: dict[str, int] | None = None
        self._blocks: OrderedDict[int, list[ProspectRow | None]] = OrderedDict()
        self._hot_icon = QIcon(str(resource_path("icons", "hot.svg")))
        self._cold_icon = QIcon(str(resource_path("icons", "cold.svg")))
        self._total = 0
        self._base_key: tuple[ProspectFilter, ProspectSort] | None = None
        self._base_ids: list[str] = []
        self._ids_reading = LatestReading(self)  # see `read_all_ids_in_background`

    @property
    def _service(self) -> ProspectService:
        return self._get_service()

    def _reader(self, flt: ProspectFilter) -> ProspectService | FirstScreenReader:
        """Who reads for `flt`: the first-screen reader while there is one and it can."""
        if self._first_screen is not None and self._first_screen.serves(flt):
            return self._first_screen
        return self._service

    def forget_first_screen(self) -> None:
        """Read through the service from now on (the base is open: see `first_screen.py`)."""
        self._first_screen = None

    # What is shown ---------------------------------------------------------------------

    @property
    def current_filter(self) -> ProspectFilter:
        return self._filter

    @property
    def current_sort(self) -> ProspectSort:
        return self._sort

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, flt: ProspectFilter) -> None:
        if flt == self._filter:
            return
        trash_changed = flt.trashed != self._filter.trashed
        self._filter = flt
        if trash_changed:
            self.reload()
        else:
            self._show(self._query_ids())

    def reload(self, *, first_screen: bool = False) -> None:
        """Query everything again: after new prospects, a trash, an import, a sort change.

        With `first_screen` (the window starting) and every live prospect shown, only the first
        block of ids is read: their count gives the rows, and the rest of the ids are read by
        `read_all_ids` once the window is painted, or as soon as anything needs a row past
        them. Listing 100,000 ids was a tenth of the time to the first window."""
        self._base_key = None
        partial = first_screen and self._filter == ProspectFilter()
        try:
            everything = ProspectFilter(trashed=self._filter.trashed)
            self._total = self._reader(everything).count(everything)
            if partial:
                reader = self._reader(self._filter)
                ids = reader.ids(self._filter, self._sort, limit=self.BLOCK_SIZE)
            else:
                ids = self._query_ids()
        except StoreError as error:
            self._total, ids, partial = 0, [], False
            self.read_failed.emit(error)
        self._show(ids, self._total if partial and len(ids) < self._total else None)

    def read_all_ids(self) -> None:
        """Read the ids `reload(first_screen=True)` left for later; nothing when none were."""
        if self._unread_count is None:
            return
        try:
            ids = self._reader(self._filter).ids(self._filter, self._sort)
        except StoreError as error:
            ids = []
            self.read_failed.emit(error)
        self._adopt_all_ids(ids)

    def read_all_ids_in_background(self) -> None:
        """`read_all_ids` off the GUI thread (0.1 s at 100,000 prospects, 0.7 s at a million).
        A row needed past the first ones before they arrive is read at once by `read_all_ids`,
        and this reading is then dropped, as it is when the table was reset meanwhile. One that
        fails is reported; the ids are then read when a row needs them."""
        if self._unread_count is None:
            return
        service, flt, sort = self._service, self._filter, self._sort

        def adopt(ids: list[str]) -> None:
            if self._unread_count is not None:
                self._adopt_all_ids(ids)

        self._ids_reading.start(lambda: service.ids(flt, sort), adopt, self.read_failed.emit)

    def _adopt_all_ids(self, ids: list[str]) -> None:
        first = self._ids
        unchanged = ids[: len(first)] == first and len(ids) == self._unread_count
        # What is on screen stays right: only the ids behind it arrive.
        self._ids, self._unread_count, self._row_of_id = ids, None, None
        if not unchanged:
            # Another program changed the base in between. This may run mid-paint (a row past
            # the first ones was asked for): the reset waits for the event loop.
            QTimer.singleShot(0, lambda: self._show(self._ids))

    def _query_ids(self) -> list[str]:
        """The ids to show. Typed text only narrows the ids the other filters give, which are
        kept in display order: a keystroke costs one full-text lookup, never a re-sort."""
        if not self._filter.text.strip():
            return self._service.ids(self._filter, self._sort)
        base_filter = replace(self._filter, text="")
        if self._base_key != (base_filter, self._sort):
            self._base_ids = self._service.ids(base_filter, self._sort)
            self._base_key = (base_filter, self._sort)
        matches = self._service.matching_ids(self._filter.text)
        return [pid for pid in self._base_ids if pid in matches]

    def _show(self, ids: list[str], unread_count: int | None = None) -> None:
        self._ids_reading.supersede()  # a reading of the ids shown before is stale now
        self.beginResetModel()
        self._ids = ids
        self._unread_count = unread_count
        self._row_of_id = None
        self._blocks.clear()
        self.endResetModel()
        self.counts_changed.emit(self._row_count(), self._total)

    def _row_count(self) -> int:
        return len(self._ids) if self._unread_count is None else self._unread_count

    def _ids_up_to(self, row: int) -> list[str]:
        """The ids, read whole first when `row` lies beyond those read so far."""
        if row >= len(self._ids):
            self.read_all_ids()
        return self._ids

    def refresh(self, ids: Iterable[str]) -> None:
        """Re-read these prospects after an edit; their rows change in place, nothing moves."""
        rows = sorted(r for r in (self.row_of(i) for i in ids) if r is not None)
        if not rows:
            return
        for block in {row // self.BLOCK_SIZE for row in rows}:
            self._blocks.pop(block, None)
        # An edit may move a prospect in or out of the other filters or the order.
        self._base_key = None
        last_column = self.columnCount() - 1
        for first, last in _runs(rows):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def id_at(self, row: int) -> str | None:
        if not 0 <= row < self._row_count():
            return None
        return self._ids_up_to(row)[row]

    def row_of(self, prospect_id: str) -> int | None:
        if self._row_of_id is None:
            ids = self._ids_up_to(self._row_count())
            self._row_of_id = {pid: row for row, pid in enumerate(ids)}
        return self._row_of_id.get(prospect_id)

    def ids(self) -> Sequence[str]:
        return self._ids_up_to(self._row_count())

    def prospect_at(self, row: int) -> ProspectRow | None:
        if not 0 <= row < self._row_count():
            return None
        block_number = row // self.BLOCK_SIZE
        block = self._blocks.get(block_number)
        if block is None:
            block = self._load_block(block_number)
        else:
            self._blocks.move_to_end(block_number)
        return block[row % self.BLOCK_SIZE]

    # Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].title()
            if role == Qt.ItemDataRole.ToolTipRole and not COLUMNS[section].sortable:
                return self.tr("This column cannot be sorted")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.prospect_at(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if column.key == "temperature":
            hot = row.temperature is Temperature.HOT
            if role == Qt.ItemDataRole.DecorationRole:
                return self._hot_icon if hot else self._cold_icon
            if role == Qt.ItemDataRole.ForegroundRole:
                return HOT_COLOR if hot else COLD_COLOR
        if column.key == "stage" and role == Qt.ItemDataRole.ForegroundRole:
            return CLIENT_COLOR if row.stage is Stage.CLIENT else None
        if role == Qt.ItemDataRole.ToolTipRole and column.key in ("company", "notes"):
            return row.notes[:500] or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.set_sort_from_header(column, order):
            self.reload()

    def set_sort_from_header(self, column: int, order: Qt.SortOrder) -> bool:
        """Adopt a header's sort without reloading; True when the order changed."""
        if not 0 <= column < len(COLUMNS) or not COLUMNS[column].sortable:
            return False
        new_sort = ProspectSort(COLUMNS[column].key, order == Qt.SortOrder.DescendingOrder)
        changed = new_sort != self._sort
        self._sort = new_sort
        return changed

    def sort_column_index(self) -> int:
        return COLUMN_INDEX.get(self._sort.column, COLUMN_INDEX["company"])

    # Internals -------------------------------------------------------------------------

    def _load_block(self, block_number: int) -> list[ProspectRow | None]:
        start = block_number * self.BLOCK_SIZE
        ids = self._ids_up_to(start + self.BLOCK_SIZE - 1)[start : start + self.BLOCK_SIZE]
        try:
            source = self._first_screen or self._service
            by_id = {row.id: row for row in source.rows(ids)}
        except StoreError as error:
            by_id = {}
            self.read_failed.emit(error)
        block: list[ProspectRow | None] = [by_id.get(pid) for pid in ids]
        self._blocks[block_number] = block
        while len(self._blocks) > self.MAX_CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return block


def _runs(sorted_rows: list[int]) -> Iterable[tuple[int, int]]:
    """Consecutive row numbers grouped into (first, last) ranges for dataChanged."""
    first = previous = sorted_rows[0]
    for row in sorted_rows[1:]:
        if row != previous + 1:
            yield first, previous
            first = row
        previous = row
    yield first, previous
