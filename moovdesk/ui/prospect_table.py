"""The prospect table view: sortable headers, a column chooser, remembered layout."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from moovdesk.ui.prospect_columns import COLUMNS
from moovdesk.ui.prospect_table_model import ProspectTableModel


class ProspectTableView(QTableView):
    """Shows a ProspectTableModel; emits the current prospect's id (or "" when none)."""

    current_prospect_changed = Signal(str)

    def __init__(self, model: ProspectTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prospectTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._show_column_menu)
        header.setSortIndicator(model.sort_column_index(), Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        for index, column in enumerate(COLUMNS):
            self.setColumnWidth(index, column.width)
            self.setColumnHidden(index, not column.shown_by_default)
        self.selectionModel().currentRowChanged.connect(self._emit_current)
        model.modelReset.connect(lambda: self.current_prospect_changed.emit(self.current_id()))

    def table_model(self) -> ProspectTableModel:
        model = self.model()
        assert isinstance(model, ProspectTableModel)
        return model

    def current_id(self) -> str:
        index = self.currentIndex()
        return (self.table_model().id_at(index.row()) or "") if index.isValid() else ""

    def selected_ids(self) -> list[str]:
        model = self.table_model()
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [pid for pid in (model.id_at(row) for row in rows) if pid]

    def select_prospect(self, prospect_id: str) -> bool:
        row = self.table_model().row_of(prospect_id)
        if row is None:
            return False
        self.selectRow(row)
        self.scrollTo(self.model().index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def reload_keeping_selection(self) -> None:
        """Re-run the query; the prospects that were selected stay selected if still shown."""
        current = self.current_id()
        selected = set(self.selected_ids())
        self.table_model().reload()
        self.select_ids(selected, current)

    def select_ids(self, ids: set[str], current: str = "") -> None:
        model = self.table_model()
        selection = QItemSelection()
        last_column = model.columnCount() - 1
        for prospect_id in ids:
            row = model.row_of(prospect_id)
            if row is not None:
                selection.select(model.index(row, 0), model.index(row, last_column))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)
        row = model.row_of(current) if current else None
        if row is not None:
            self.selectionModel().setCurrentIndex(
                model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self._emit_current()

    def save_layout(self) -> QByteArray:
        return self.horizontalHeader().saveState()

    def restore_layout(self, state: QByteArray) -> None:
        if not state.isEmpty():
            self.horizontalHeader().restoreState(state)
        # The header remembers the sort indicator; the model must sort the same way.
        header = self.horizontalHeader()
        self.table_model().set_sort_from_header(
            header.sortIndicatorSection(), header.sortIndicatorOrder()
        )

    def _emit_current(self) -> None:
        self.current_prospect_changed.emit(self.current_id())

    def _show_column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setTitle(self.tr("Columns"))
        header = self.horizontalHeader()
        visible = [i for i in range(len(COLUMNS)) if not self.isColumnHidden(i)]
        for index, column in enumerate(COLUMNS):
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(index))
            # Never let the rep hide the last visible column: the table would vanish.
            action.setEnabled(visible != [index])
            action.toggled.connect(lambda shown, i=index: self.setColumnHidden(i, not shown))
        menu.exec(header.mapToGlobal(position))
