"""The prospect table's model: the ordered ids of the current filter, rows read in blocks.

Filtering and sorting happen in SQL (one query gives every matching id in order); rows are read
a block at a time when the view first needs them, so `data()` never queries per cell and
100,000 prospects scroll smoothly.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon

from moovdesk.data.errors import StoreError
from moovdesk.data.queries import ProspectFilter, ProspectRow, ProspectSort
from moovdesk.data.vocabulary import Stage, Temperature
from moovdesk.prospects import ProspectService
from moovdesk.resource_files import resource_path
from moovdesk.ui.prospect_columns import COLUMN_INDEX, COLUMNS

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

    def __init__(self, service: ProspectService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._filter = ProspectFilter()
        self._sort = ProspectSort("company")
        self._ids: list[str] = []
        self._row_of_id: dict[str, int] | None = None
        self._blocks: OrderedDict[int, list[ProspectRow | None]] = OrderedDict()
        self._hot_icon = QIcon(str(resource_path("icons", "hot.svg")))
        self._cold_icon = QIcon(str(resource_path("icons", "cold.svg")))
        self._total = 0
        self._base_key: tuple[ProspectFilter, ProspectSort] | None = None
        self._base_ids: list[str] = []

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

    def reload(self) -> None:
        """Query everything again: after new prospects, a trash, an import, a sort change."""
        self._base_key = None
        try:
            self._total = self._service.count(ProspectFilter(trashed=self._filter.trashed))
            ids = self._query_ids()
        except StoreError as error:
            self._total, ids = 0, []
            self.read_failed.emit(error)
        self._show(ids)

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

    def _show(self, ids: list[str]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._row_of_id = None
        self._blocks.clear()
        self.endResetModel()
        self.counts_changed.emit(len(self._ids), self._total)

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
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, prospect_id: str) -> int | None:
        if self._row_of_id is None:
            self._row_of_id = {pid: row for row, pid in enumerate(self._ids)}
        return self._row_of_id.get(prospect_id)

    def ids(self) -> Sequence[str]:
        return self._ids

    def prospect_at(self, row: int) -> ProspectRow | None:
        if not 0 <= row < len(self._ids):
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
        return 0 if parent.isValid() else len(self._ids)

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
        ids = self._ids[start : start + self.BLOCK_SIZE]
        try:
            by_id = {row.id: row for row in self._service.rows(ids)}
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
