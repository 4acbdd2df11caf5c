"""Actions on the table's selection: hot/cold, stage, tags, follow-up, trash and restore."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from moovdesk.agenda_items import FollowUpPreset, preset_due
from moovdesk.data.errors import StoreError
from moovdesk.data.vocabulary import Stage, Temperature
from moovdesk.ui.follow_ups_tab import datetime_edit
from moovdesk.ui.labels import preset_label, stage_label
from moovdesk.ui.prospect_editor import ProspectEditor
from moovdesk.ui.prospect_table import ProspectTableView
from moovdesk.ui.qt_dates import from_qdatetime, to_qdatetime


class BulkActions(QObject):
    def __init__(self, editor: ProspectEditor, table: ProspectTableView, window: QWidget) -> None:
        super().__init__(window)
        self._editor = editor
        self._table = table
        self._window = window
        tr = self.tr

        self.toggle_temperature = self._action(tr("Switch hot/cold"), "Ctrl+T", self._toggle)
        self.set_hot = self._action(
            tr("Mark hot"), None, lambda: self._set("temperature", Temperature.HOT)
        )
        self.set_cold = self._action(
            tr("Mark cold"), None, lambda: self._set("temperature", Temperature.COLD)
        )
        self.stage_menu = QMenu(tr("Set stage"), window)
        self.stage_actions = []
        for stage in Stage:
            action = self.stage_menu.addAction(stage_label(stage))
            action.triggered.connect(lambda _c=False, s=stage: self._set("stage", s))
            self.stage_actions.append(action)
        self.add_tag = self._action(tr("Add tag…"), None, self._add_tag)
        self.remove_tag = self._action(tr("Remove tag…"), None, self._remove_tag)
        self.schedule = self._action(tr("Schedule follow-up…"), "Ctrl+Shift+F", self._schedule)
        self.trash = self._action(tr("Move to trash"), QKeySequence.StandardKey.Delete, self._trash)
        self.trash.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        table.addAction(self.trash)
        self.restore = self._action(tr("Restore from trash"), None, self._restore)
        self.update_enabled()
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        table.table_model().modelReset.connect(self.update_enabled)

    def selection_actions(self) -> list[QAction]:
        return [
            self.toggle_temperature,
            self.set_hot,
            self.set_cold,
            self.add_tag,
            self.remove_tag,
            self.schedule,
            self.trash,
        ]

    def context_menu(self) -> QMenu:
        menu = QMenu(self._window)
        trashed = self._table.table_model().current_filter.trashed
        if trashed:
            menu.addAction(self.restore)
            return menu
        for action in (self.toggle_temperature, self.set_hot, self.set_cold):
            menu.addAction(action)
        menu.addMenu(self.stage_menu)
        menu.addSeparator()
        for action in (self.add_tag, self.remove_tag, self.schedule):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.trash)
        return menu

    def update_enabled(self) -> None:
        selected = bool(self._table.selected_ids())
        trashed = self._table.table_model().current_filter.trashed
        for action in self.selection_actions() + self.stage_actions:
            action.setEnabled(selected and not trashed)
        self.stage_menu.setEnabled(selected and not trashed)
        self.restore.setEnabled(selected and trashed)

    # Actions ---------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[[], None],
    ) -> QAction:
        action = QAction(text, self._window)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: self._attempt(slot))
        return action

    def _ids(self) -> list[str]:
        return self._table.selected_ids()

    def _toggle(self) -> None:
        self._editor.toggle_temperature(self._ids())

    def _set(self, field: str, value: object) -> None:
        ids = self._ids()
        if len(ids) == 1:
            self._editor.update_fields(ids[0], {field: value})
        else:
            self._editor.set_for_all(ids, {field: value})

    def _add_tag(self) -> None:
        names = self._editor.services.prospects.tag_names()
        name, ok = QInputDialog.getItem(
            self._window, self.tr("Add tag"), self.tr("Tag:"), names, 0, True
        )
        if ok and name.strip():
            self._editor.add_tag(self._ids(), name.strip())

    def _remove_tag(self) -> None:
        rows = self._editor.services.prospects.rows(self._ids())
        names = sorted({tag for row in rows for tag in row.tags}, key=str.casefold)
        if not names:
            QMessageBox.information(
                self._window, self.tr("Remove tag"), self.tr("No tag to remove.")
            )
            return
        name, ok = QInputDialog.getItem(
            self._window, self.tr("Remove tag"), self.tr("Tag:"), names, 0, False
        )
        if ok:
            self._editor.remove_tag(self._ids(), name)

    def _schedule(self) -> None:
        ids = self._ids()
        dialog = FollowUpDialog(self._editor, len(ids), self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._editor.schedule_follow_ups(ids, dialog.due(), dialog.note.text())

    def _trash(self) -> None:
        self._editor.trash(self._ids())

    def _restore(self) -> None:
        self._editor.restore(self._ids())

    def _attempt(self, slot: Callable[[], None]) -> None:
        try:
            slot()
        except StoreError as error:
            QMessageBox.warning(self._window, self.tr("Not saved"), str(error))


class FollowUpDialog(QDialog):
    """Date, time and note of a follow-up for the selected prospects, with the usual presets."""

    def __init__(self, editor: ProspectEditor, count: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule a follow-up (selected prospects: %n)", "", count))
        now = editor.services.clock()
        self.when = datetime_edit(self)
        self.when.setDateTime(to_qdatetime(preset_due(FollowUpPreset.TOMORROW, now)))
        self.note = QLineEdit(self)
        presets = QHBoxLayout()
        for preset in FollowUpPreset:
            button = QToolButton(self)
            button.setText(preset_label(preset))
            button.clicked.connect(
                lambda _c=False, p=preset: self.when.setDateTime(to_qdatetime(preset_due(p, now)))
            )
            presets.addWidget(button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("When"), self.when)
        layout.addRow("", presets)
        layout.addRow(self.tr("Note"), self.note)
        layout.addRow(buttons)

    def due(self) -> datetime:
        return from_qdatetime(self.when.dateTime())
