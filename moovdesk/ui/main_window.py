"""The main window: assembles the filter bar, table, detail pane, agenda, menus and status bar.
Wiring only; each part lives in its own module."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLocale, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from moovdesk import APP_NAME
from moovdesk.data.errors import CorruptDatabaseError, StoreError
from moovdesk.data.listing import FollowUpWindow, ProspectFilter
from moovdesk.geo.tiles import TileCache
from moovdesk.preferences import Preferences
from moovdesk.resource_files import resource_path
from moovdesk.ui.about_dialog import show_about
from moovdesk.ui.agenda_view import AgendaView
from moovdesk.ui.bulk_actions import BulkActions
from moovdesk.ui.data_safety import DataSafety
from moovdesk.ui.detail_pane import DetailPane
from moovdesk.ui.empty_state import EmptyState
from moovdesk.ui.export_controller import ExportController
from moovdesk.ui.filter_bar import FilterBar
from moovdesk.ui.first_paint import AfterFirstPaint
from moovdesk.ui.import_controller import ImportController
from moovdesk.ui.map_panel import MapPanel
from moovdesk.ui.prospect_editor import ProspectEditor
from moovdesk.ui.prospect_table import ProspectTableView
from moovdesk.ui.prospect_table_model import ProspectTableModel
from moovdesk.ui.reminders import ReminderNotifier, ReminderWatcher
from moovdesk.ui.settings_dialog import SettingsDialog
from moovdesk.ui.settings_store import load_preferences, save_preferences
from moovdesk.ui.tour_actions import TourActions
from moovdesk.ui.workers import LatestReading

if TYPE_CHECKING:
    from moovdesk.data.first_screen import FirstScreenReader
    from moovdesk.services import Services


class MainWindow(QMainWindow):
    # The start-up work after the first paint is done: the base open; the ids behind the first
    # screen, the map's points, the agenda and the filters' choices asked for (they arrive from
    # the background).
    start_finished = Signal()

    def __init__(
        self,
        services: Services,
        settings: QSettings,
        first_screen: FirstScreenReader | None = None,
    ) -> None:
        """With `first_screen`, the window is painted from it and `services` (deferred) open
        the base only after that first paint (see `data/first_screen.py`)."""
        super().__init__()
        self.services = services
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(QIcon(str(resource_path("icons", "moovdesk.svg"))))

        self.editor = ProspectEditor(services, self)
        self._first_screen = first_screen
        self.table_model = ProspectTableModel(
            lambda: services.prospects, self, first_screen=first_screen
        )
        self.table = ProspectTableView(self.table_model, self)
        self.filter_bar = FilterBar(self)
        self.detail = DetailPane(self.editor, self)
        self.agenda = AgendaView(self.editor, self)
        self.bulk = BulkActions(self.editor, self.table, self)
        self.watcher = ReminderWatcher(lambda: services.agenda, self)
        self.imports = ImportController(services, self)
        self.safety = DataSafety(services.home, self)
        self.exports = ExportController(services, self)
        # A backup chosen to restore: the window closes and the application restores it.
        self.restore_request: Path | None = None
        # The base could not be opened after the first screen: the application retries.
        self.reopen_request = False
        self._choices = LatestReading(self)  # see `_refresh_choices`
        self._damage_reported = False
        self.notifier = ReminderNotifier(self, self.windowIcon())

        self.empty_state = EmptyState(self)
        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_state)
        table_area = QWidget(self)
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.setSpacing(0)
        table_layout.addWidget(self.filter_bar)
        table_layout.addWidget(self.table_stack, 1)

        self.preferences = load_preferences(settings)
        self.tile_cache = TileCache(
            services.home.cache / "tiles.mbtiles",
            url_template=self.preferences.tile_url,
            max_bytes=self.preferences.tile_cache_mb * 1_000_000,
        )
        self.map_panel = MapPanel(services, self.tile_cache, self)
        self.side_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.side_splitter.setObjectName("sideSplitter")
        self.side_splitter.addWidget(self.map_panel)
        self.side_splitter.addWidget(self.detail)
        self.side_splitter.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(table_area)
        self.splitter.addWidget(self.side_splitter)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.agenda_dock = QDockWidget(self.tr("Agenda"), self)
        self.agenda_dock.setObjectName("agendaDock")
        self.agenda_dock.setWidget(self.agenda)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.agenda_dock)

        self.count_label = QLabel(self)
        self.overdue_button = QPushButton(self)
        self.overdue_button.setObjectName("overdueButton")
        self.overdue_button.setFlat(True)
        self.overdue_button.clicked.connect(self.show_overdue)
        self.statusBar().addPermanentWidget(self.overdue_button)
        self.statusBar().addPermanentWidget(self.count_label)

        self.tours = TourActions(self)
        self.tours.install()
        self._build_menus()
        self._connect()
        self._apply_preferences(self.preferences)
        self._restore_layout()
        self.table_model.reload(first_screen=True)
        if first_screen is not None:
            self.detail.header.show_opening()
        # The rest can wait for the first paint: the rep sees the table at once.
        AfterFirstPaint(self.table.viewport(), self._finish_start)

    def _finish_start(self) -> None:
        """What waits for the first paint, one step per turn of the event loop: a click or a
        key that comes meanwhile is answered between two steps, not after all of them. The
        ids behind the first screen, the agenda and the filters' choices are read in the
        background."""
        steps: list[Callable[[], object]] = [
            self.table_model.read_all_ids_in_background,
            lambda: self.map_panel.load_all(then=self._show_table_on_map),
            self.agenda.refresh_in_background,
            self._refresh_choices,
            self._start_background_work,
        ]
        if self._first_screen is not None:
            steps.insert(0, self._open_base)
        self._run_start_steps(steps)

    def _run_start_steps(self, steps: list[Callable[[], object]]) -> None:
        if not steps:
            self.start_finished.emit()
            return
        if steps[0]() is False:  # the base did not open: see `_open_base`
            return
        QTimer.singleShot(0, self, lambda: self._run_start_steps(steps[1:]))

    def _start_background_work(self) -> None:
        self.tours.start()
        self.watcher.start()
        self.imports.catch_up_search_index()  # a bulk write or a crash may have left some
        self.safety.start()

    def _open_base(self) -> bool:
        """Open the base the first screen was read from (SQLAlchemy loads now, the window
        painted already), then read through it. False when it cannot be opened after all (it
        changed since the first screen's checks): the window then closes with
        `reopen_request` set, and the application opens the base the usual way, which says
        why and offers what can be done."""
        assert self._first_screen is not None
        try:
            self.services.store  # noqa: B018  (opens the base)
        except StoreError:
            self.reopen_request = True
            self.close()
            return False
        finally:
            self.table_model.forget_first_screen()
            self._first_screen.close()
            self._first_screen = None
        self.detail.show_prospect(self.table.current_id())
        return True

    def _show_in_detail(self, prospect_id: str) -> None:
        if self._first_screen is None:  # else the base is not open yet: see `_open_base`
            self.detail.show_prospect(prospect_id)

    def edit_preferences(self) -> None:
        dialog = SettingsDialog(self.preferences, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        preferences = dialog.preferences()
        tiles_changed = preferences.tile_url != self.preferences.tile_url
        self.preferences = preferences
        save_preferences(self.settings, preferences)
        self._apply_preferences(preferences)
        if tiles_changed:
            self.map_panel.view.set_tile_url(preferences.tile_url)

    def _apply_preferences(self, preferences: Preferences) -> None:
        self.services.phone_region = preferences.country
        self.tile_cache.max_bytes = preferences.tile_cache_mb * 1_000_000
        self.filter_bar.days.setValue(preferences.not_contacted_days)
        self.notifier.enabled = preferences.notifications
        self.safety.keep_daily = preferences.backups_kept

    def open_files(self, paths: list[Path]) -> None:
        """Files given on the command line, by a second launch, or dropped: import them."""
        self.imports.open_paths(paths)

    # Wiring ----------------------------------------------------------------------------

    def _connect(self) -> None:
        self.filter_bar.filter_changed.connect(self._apply_filter)
        self.table_model.counts_changed.connect(self._show_counts)
        self.table_model.read_failed.connect(self._read_failed, Qt.ConnectionType.QueuedConnection)
        self.table.current_prospect_changed.connect(self._show_in_detail)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.doubleClicked.connect(lambda _index: self.detail.tabs.setFocus())
        self.editor.prospects_changed.connect(self.table_model.refresh)
        self.editor.prospects_added_or_removed.connect(self._prospects_added_or_removed)
        self.editor.prospect_created.connect(self._show_new_prospect)
        self.agenda.prospect_chosen.connect(self.open_prospect)
        self.agenda.overdue_count_changed.connect(self._show_overdue_count)
        self.watcher.reminders_due.connect(self.notifier.notify)
        self.watcher.tick.connect(self.agenda.refresh_in_background)
        self.notifier.prospect_chosen.connect(self.open_prospect)
        self.table_model.modelReset.connect(self._show_table_on_map)
        self.editor.prospects_changed.connect(self.map_panel.refresh)
        self.table.current_prospect_changed.connect(self.map_panel.set_current)
        self.map_panel.prospect_chosen.connect(self.open_prospect)
        self.map_panel.area_chosen.connect(lambda ids: self.table.select_ids(set(ids)))
        self.map_panel.around_chosen.connect(self.filter_bar.set_area)
        self.map_panel.position_chosen.connect(self._place)
        self.detail.form.place_on_map_requested.connect(self._start_placing)
        for source in (self.safety, self.exports):
            source.status_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.safety.restore_requested.connect(self._restore)
        self.safety.damage_found.connect(self.report_damage)
        self.imports.base_changed.connect(self._base_changed)
        self.imports.search_ready.connect(self._search_ready)
        self.imports.status_message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.empty_state.clear_filters.clicked.connect(self.filter_bar.clear)
        self.empty_state.new_prospect.clicked.connect(self.new_prospect)

    def _build_menus(self) -> None:
        tr = self.tr
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.new_action = self._action(tr("&New prospect"), QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_prospect)
        file_menu.addAction(self.new_action)
        self.import_action = self._action(tr("&Import…"), "Ctrl+I")
        self.import_action.triggered.connect(self.imports.choose_file)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.export_action = self._action(tr("&Export the prospects shown…"), "Ctrl+E")
        self.export_action.triggered.connect(
            lambda: self.exports.export_view(
                self.table_model.current_filter,
                self.table_model.current_sort,
                self.table_model.rowCount(),
            )
        )
        file_menu.addAction(self.export_action)
        self.export_calendar_action = self._action(tr("Export follow-ups to a calendar (.ics)…"))
        self.export_calendar_action.triggered.connect(self.exports.export_calendar)
        file_menu.addAction(self.export_calendar_action)
        file_menu.addSeparator()
        backup_now = self._action(tr("&Back up now"))
        backup_now.triggered.connect(self.safety.back_up_now)
        file_menu.addAction(backup_now)
        restore = self._action(tr("&Restore from a backup…"))
        restore.triggered.connect(self.safety.choose_backup)
        file_menu.addAction(restore)
        file_menu.addSeparator()
        self.quit_action = self._action(tr("&Quit"), "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        self.undo_action = self.editor.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.editor.undo_stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(tr("&Find…"), QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.filter_bar.focus_search)
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        bulk = self.bulk
        for action in (bulk.toggle_temperature, bulk.set_hot, bulk.set_cold):
            edit_menu.addAction(action)
        edit_menu.addMenu(bulk.stage_menu)
        for action in (bulk.add_tag, bulk.remove_tag, bulk.schedule):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(bulk.trash)
        edit_menu.addAction(bulk.restore)
        edit_menu.addSeparator()
        self.settings_action = self._action(tr("&Settings…"), "Ctrl+,")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.edit_preferences)
        self.history_action = self._action(tr("Import &history and undo…"))
        self.history_action.triggered.connect(self.imports.show_history)
        edit_menu.addAction(self.history_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)

        view_menu = self.menuBar().addMenu(tr("&View"))
        agenda_toggle = self.agenda_dock.toggleViewAction()
        agenda_toggle.setText(tr("&Agenda"))
        agenda_toggle.setShortcut(QKeySequence("Ctrl+Shift+A"))
        view_menu.addAction(agenda_toggle)
        view_menu.addAction(self.tours.actions.show_panel)
        self.trash_view_action = self._action(tr("&Trash"))
        self.trash_view_action.setCheckable(True)
        self.trash_view_action.toggled.connect(self.filter_bar.set_trash_mode)
        view_menu.addAction(self.trash_view_action)
        self.map_toggle = self._action(tr("&Map"), "Ctrl+Shift+M")
        self.map_toggle.setCheckable(True)
        self.map_toggle.setChecked(True)
        self.map_toggle.toggled.connect(self.map_panel.setVisible)
        view_menu.addAction(self.map_toggle)
        clear = self._action(tr("&Clear filters"), "Ctrl+Shift+L")
        clear.triggered.connect(self.filter_bar.clear)
        view_menu.addAction(clear)

        self.menuBar().addMenu(self.tours.menu)

        help_menu = self.menuBar().addMenu(tr("&Help"))
        about = self._action(tr("&About Moovdesk"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(lambda: show_about(self, self.services.home))
        help_menu.addAction(about)

        # Shortcuts work even while no menu has been opened.
        for action in (
            self.settings_action,
            self.new_action,
            self.quit_action,
            self.undo_action,
            self.redo_action,
            self.find_action,
            bulk.toggle_temperature,
            bulk.schedule,
            self.tours.actions.plan_selection,
        ):
            self.addAction(action)

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    # Commands --------------------------------------------------------------------------

    def new_prospect(self) -> None:
        if self.trash_view_action.isChecked():
            self.trash_view_action.setChecked(False)
        self.editor.create({})

    def open_prospect(self, prospect_id: str) -> None:
        """Select a prospect in the table; if the filters hide it, show it in the pane anyway."""
        if not self.table.select_prospect(prospect_id):
            self.table.clearSelection()
            self.detail.show_prospect(prospect_id)

    def show_overdue(self) -> None:
        self.filter_bar.show_follow_up_window(FollowUpWindow.OVERDUE)

    # Reactions -------------------------------------------------------------------------

    def _apply_filter(self, flt: ProspectFilter) -> None:
        current = self.table.current_id()
        self.table_model.set_filter(flt)
        if current:
            self.table.select_ids({current}, current)
        self.bulk.update_enabled()

    def _base_changed(self) -> None:
        self.map_panel.load_all(then=self._show_table_on_map)
        self._prospects_added_or_removed()
        self.agenda.refresh()
        self.detail.reload()

    def _restore(self, backup: Path) -> None:
        self.restore_request = backup
        self.close()

    def report_damage(self, problems: list[str]) -> None:
        """The base is damaged (the start-up check, or a read that failed): tell the rep once
        and offer the newest good backup."""
        if self._damage_reported:
            return
        self._damage_reported = True
        self._damaged(problems)

    def _read_failed(self, error: Exception) -> None:
        if isinstance(error, CorruptDatabaseError):
            self.report_damage([str(error)])
        else:
            self.statusBar().showMessage(str(error), 30000)

    def _damaged(self, problems: list[str]) -> None:
        from moovdesk import backups

        newest = backups.newest_good_backup(self.services.home)
        text = self.tr("SQLite reports damage in your base:") + "\n" + "\n".join(problems[:5])
        if newest is None:
            QMessageBox.critical(self, APP_NAME, text)
            return
        answer = QMessageBox.critical(
            self,
            APP_NAME,
            text
            + "\n\n"
            + self.tr("Restore the newest good backup now? Your base as it is now is kept."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._restore(newest)

    def _show_table_on_map(self) -> None:
        """The map shows the table's rows: all of them, or those the filters keep."""
        model = self.table_model
        unfiltered = model.current_filter == ProspectFilter()
        self.map_panel.show_only(None if unfiltered else model.ids())

    def _place(self, prospect_id: str, lat: float, lon: float) -> None:
        self.editor.update_fields(prospect_id, {"latitude": lat, "longitude": lon})
        self.map_panel.message.hide()

    def _start_placing(self, prospect_id: str) -> None:
        if not self.map_toggle.isChecked():
            self.map_toggle.setChecked(True)
        self.map_panel.place_on_map(prospect_id)

    def _search_ready(self) -> None:
        if self.table_model.current_filter.text.strip():
            self.table.reload_keeping_selection()

    def _prospects_added_or_removed(self) -> None:
        self.table.reload_keeping_selection()
        self._refresh_choices()
        if not self.table.current_id():
            self.detail.show_prospect("")

    def _show_new_prospect(self, prospect_id: str) -> None:
        if not self.table.select_prospect(prospect_id):
            self.filter_bar.clear()
            self.table.select_prospect(prospect_id)
        self.detail.tabs.setCurrentIndex(0)
        self.detail.form.edits["company"].setFocus()

    def _refresh_choices(self) -> None:
        """Read the filters' sources and tags in the background (a GROUP BY over every
        prospect: 0.15 s at 100,000, 3 s at a million, which the window would stand still for);
        only the newest reading is shown."""
        prospects = self.services.prospects
        self._choices.start(
            lambda: (prospects.sources(), prospects.tag_names()),
            self._show_choices,
            self._read_failed,
        )

    def _show_choices(self, choices: tuple[list[str], list[str]]) -> None:
        sources, tags = choices
        self.filter_bar.set_choices(sources, tags)
        self.detail.form.set_tag_choices(tags)

    def _table_menu(self, position: QPoint) -> None:
        self.bulk.context_menu().exec(self.table.viewport().mapToGlobal(position))

    def _show_counts(self, shown: int, total: int) -> None:
        locale = QLocale()
        trashed = self.table_model.current_filter.trashed
        if shown == total:
            text = self.tr("%1 prospects").replace("%1", locale.toString(total))
        else:
            text = (
                self.tr("%1 of %2 prospects")
                .replace("%1", locale.toString(shown))
                .replace("%2", locale.toString(total))
            )
        if trashed:
            text = self.tr("Trash: %1").replace("%1", text)
        self.count_label.setText(text)
        self.setWindowTitle(f"{APP_NAME} — {text}")
        self.table_stack.setCurrentWidget(self.table if shown else self.empty_state)
        self.empty_state.explain(total=total, trashed=trashed)

    def _show_overdue_count(self, count: int) -> None:
        self.overdue_button.setVisible(count > 0)
        self.overdue_button.setText(self.tr("⚠ Overdue follow-ups: %n", "", count))
        self.overdue_button.setStyleSheet("color: #b71c1c; font-weight: bold;")

    # Layout ----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        self.resize(1400, 860)
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/splitter", self.splitter.restoreState),
        ):
            value = self.settings.value(key, QByteArray())
            if isinstance(value, QByteArray) and not value.isEmpty():
                restore(value)
        if self.settings.value("window/splitter") is None:
            self.splitter.setSizes([820, 480])
        side = self.settings.value("window/side_splitter", QByteArray())
        if isinstance(side, QByteArray) and not side.isEmpty():
            self.side_splitter.restoreState(side)
        else:
            self.side_splitter.setSizes([400, 420])
        columns = self.settings.value("table/header", QByteArray())
        self.table.restore_layout(columns if isinstance(columns, QByteArray) else QByteArray())

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/side_splitter", self.side_splitter.saveState())
        self.settings.setValue("table/header", self.table.save_layout())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.detail.flush()
        if not self.detail.settle_unsaved(can_cancel=True):
            event.ignore()  # the rep stays, to keep what could not be saved yet
            return
        self.save_layout()
        self.watcher.timer.stop()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Before the application quits: the web view must go before its profile."""
        self.map_panel.shutdown()
        self.tile_cache.close()
