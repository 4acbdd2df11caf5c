"""What the Tour menu does, wired to the window: plan a tour from the table's selection, a lasso
on the map or the filters; show it in the stop list and on the map; save, rename, reopen and
delete; mark visited, skip, add a stop; print, PDF, calendar and navigation links.

The tour itself lives in a TourSession and the menu's actions in a TourMenu; this asks the rep
(dialogs), shows what the session reports, and links the stop list, the map and the table both
ways.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QInputDialog, QLineEdit, QMessageBox

from moovdesk.data.errors import StoreError
from moovdesk.ui.tour_builder_dialog import TourBuilderDialog, TourChoices
from moovdesk.ui.tour_exports import TourExports
from moovdesk.ui.tour_map import tour_message
from moovdesk.ui.tour_menu import TourMenu
from moovdesk.ui.tour_panel import TourPanel
from moovdesk.ui.tour_session import TourSession
from moovdesk.ui.visit_dialog import VisitDialog

if TYPE_CHECKING:  # the planner (and numpy) load with the first tour, not at start-up
    from moovdesk.tour_plans.service import SavedTour, TourSummary
    from moovdesk.tours import TourPlan
    from moovdesk.ui.main_window import MainWindow

#: Above this many prospects, planning from the filters asks first.
LARGE_TOUR = 200


class TourActions(QObject):
    status_message = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self._lasso_pending = False
        self._area_seen = False
        self._fit_after_paint = False

        self.panel = TourPanel(window)
        self.session = TourSession(window.services, self.panel)
        self.dock = QDockWidget(self.tr("Tour"), window)
        self.dock.setObjectName("tourDock")
        self.dock.setWidget(self.panel)
        self.exports = TourExports(self.session.tours, lambda: window.preferences.country, window)
        self.exports.status_message.connect(self.status_message)
        self.actions = TourMenu(self)
        self.menu = self.actions.menu
        self._connect()
        self.update_actions()

    def update_actions(self) -> None:
        self.actions.update()

    @property
    def map_view(self) -> Any:
        return self.window.map_panel.view

    @property
    def plan(self) -> TourPlan | None:
        return self.session.plan

    def install(self) -> None:
        """Dock the panel beside the agenda (as a tab) and show the saved tours."""
        window = self.window
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.agenda_dock, self.dock)
        window.agenda_dock.raise_()

    def start(self) -> None:
        """Once the window shows: list the saved tours, and reopen today's tour if any."""
        self.session.list_in_background(self._listed)

    def _listed(self, summaries: list[TourSummary]) -> None:
        session = self.session
        if session.plan is not None or session.busy:
            self.refresh_tours()
            return
        self._fill_tours(summaries)
        today = date.today()
        for summary in summaries:
            last = summary.first_day + timedelta(days=max(summary.day_count, 1) - 1)
            if summary.first_day <= today <= last:
                session.open_tour(summary.id)
                break

    def _connect(self) -> None:
        window = self.window
        panel = self.panel
        session = self.session
        session.changed.connect(self._show)
        session.tours_changed.connect(self.refresh_tours)
        session.message.connect(self._say)
        session.problem.connect(lambda title, text: QMessageBox.warning(window, title, text))
        session.planning_changed.connect(self._planning_changed)
        session.progress.connect(panel.set_progress)
        session.prospects_touched.connect(self._prospects_touched)
        panel.model.order_requested.connect(session.reorder)
        panel.stops.stop_chosen.connect(self.choose_stop)
        panel.stops.stop_activated.connect(lambda _id: self.mark_visited())
        panel.stops.selectionModel().currentChanged.connect(lambda *_: self.update_actions())
        panel.tour_chosen.connect(self._tour_chosen)
        panel.cancel_requested.connect(session.cancel_planning)
        panel.unplaced_activated.connect(self.put_back)
        self.map_view.tour_stop_clicked.connect(self._map_stop_clicked)
        self.map_view.points_painted.connect(self._points_painted)
        self.map_view.mode_changed.connect(self._map_mode_changed)
        window.map_panel.area_chosen.connect(self._area_chosen)
        window.table.current_prospect_changed.connect(self._table_current_changed)
        self.status_message.connect(lambda text: window.statusBar().showMessage(text, 10000))

    # Building a tour -------------------------------------------------------------------

    def plan_from_selection(self) -> None:
        ids = self.window.table.selected_ids()
        if not ids:
            self._say(
                self.tr(
                    "Select the prospects to visit in the table first, or draw around them "
                    "on the map."
                )
            )
            return
        self.build(ids, self.tr("selected in the table"))

    def plan_from_filter(self) -> None:
        ids = list(self.window.table_model.ids())
        if not ids:
            self._say(self.tr("No prospect is shown: change the filters first."))
            return
        if len(ids) > LARGE_TOUR:
            answer = QMessageBox.question(
                self.window,
                self.tr("Plan a tour"),
                self.tr(
                    "The filters keep %n prospects. Plan a tour of all of them? Those that "
                    "do not fit in the days are listed apart.",
                    "",
                    len(ids),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.build(ids, self.tr("shown by the filters"))

    def plan_from_lasso(self) -> None:
        self._lasso_pending = True
        self._area_seen = False
        self.window.map_toggle.setChecked(True)
        self.map_view.set_selection_mode("lasso")
        self._say(self.tr("Draw around the prospects to visit on the map (Esc to cancel)."))

    def _area_chosen(self, ids: list[str]) -> None:
        self._area_seen = True
        if not self._lasso_pending:
            return
        self._lasso_pending = False
        if ids:
            self.build(ids, self.tr("drawn around on the map"))
        else:
            self._say(self.tr("No prospect inside the drawing."))

    def _map_mode_changed(self, mode: str) -> None:
        if mode == "" and self._lasso_pending:
            # A lasso ends with the mode going back to normal, then its area; Esc ends it
            # with no area at all.
            self._area_seen = False
            QTimer.singleShot(300, self._lasso_cancelled)

    def _lasso_cancelled(self) -> None:
        if self._lasso_pending and not self._area_seen:
            self._lasso_pending = False

    def build(self, prospect_ids: Sequence[str], source: str) -> None:
        """Ask how the tour should go (the dialog), then plan it."""
        if self.session.draft is not None and not self._leave_draft():
            return
        dialog = self.builder_dialog(prospect_ids, source)
        if dialog.exec() != TourBuilderDialog.DialogCode.Accepted:
            return
        choices = dialog.choices()
        if choices is not None:
            self.plan_choices(choices)

    def builder_dialog(self, prospect_ids: Sequence[str], source: str) -> TourBuilderDialog:
        order = {pid: n for n, pid in enumerate(prospect_ids)}
        rows = sorted(self.services.prospects.rows(list(prospect_ids)), key=lambda r: order[r.id])
        unlocated = [
            r.company or f"{r.first_name} {r.last_name}".strip()
            for r in rows
            if r.latitude is None or r.longitude is None
        ]
        return TourBuilderDialog(
            rows, self.window.preferences, source=source, unlocated=unlocated, parent=self.window
        )

    def plan_choices(self, choices: TourChoices) -> None:
        self.dock.show()
        self.dock.raise_()
        self.session.plan_choices(choices, self.window.preferences)

    def _planning_changed(self, text: str | None) -> None:
        self.panel.show_progress(text, 0.0)

    # Showing ---------------------------------------------------------------------------

    def _show(self, plan: TourPlan | None, fit: bool) -> None:
        self.panel.show_plan(plan)
        self.map_view.set_tour(tour_message(plan) if plan is not None else None, fit=fit)
        # At start-up the map frames every prospect once they are painted: the tour opened
        # meanwhile is framed again after that.
        self._fit_after_paint = fit and plan is not None and not self.map_view.last_paint
        self.update_actions()

    def _points_painted(self, _count: int) -> None:
        if self._fit_after_paint:
            self._fit_after_paint = False
            self.map_view.fit_tour()

    def refresh_tours(self) -> None:
        """Read the saved tours again into the panel's choice."""
        self._fill_tours(self.session.list_tours())

    def _fill_tours(self, summaries: Sequence[TourSummary]) -> None:
        locale = QLocale()
        entries = []
        for summary in summaries:
            day = summary.first_day
            when = locale.toString(
                QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat
            )
            title = summary.name if when in summary.name else f"{summary.name} ({when})"
            entries.append((summary.id, title))
        session = self.session
        draft_name = session.default_name() if session.draft is not None else ""
        current = session.saved.id if session.saved is not None else ""
        self.panel.show_tours(entries, current, draft_name)

    def choose_stop(self, stop_id: str) -> None:
        """A stop clicked in the list: its prospect in the table and the pane, on the map."""
        prospect_id = self.session.prospect_of(stop_id)
        if prospect_id:
            self.window.open_prospect(prospect_id)
        self.map_view.focus_stop(stop_id, pan=True)
        self.update_actions()

    def _map_stop_clicked(self, stop_id: str) -> None:
        self.panel.stops.select_stop(stop_id)
        prospect_id = self.session.prospect_of(stop_id)
        if prospect_id:
            self.window.open_prospect(prospect_id)
        self.update_actions()

    def _table_current_changed(self, prospect_id: str) -> None:
        stop_id = self.session.stop_of_prospect(prospect_id) if prospect_id else None
        if stop_id is not None and stop_id != self.panel.stops.current_stop():
            self.panel.stops.select_stop(stop_id)
            self.map_view.focus_stop(stop_id, pan=False)
        self.update_actions()

    def _prospects_touched(self, ids: list[str]) -> None:
        """A visit report changed prospects: the table, the pane and the agenda follow."""
        self.window.editor.prospects_changed.emit(ids)
        self.window.editor.agenda_changed.emit(ids)

    # Edits -----------------------------------------------------------------------------

    def put_back(self, stop_id: str) -> None:
        """An unplaced stop back at the end of the current day."""
        self.panel.stops.remember(stop_id)
        self.session.put_back(stop_id, self._current_day())

    def take_out(self) -> None:
        stop_id = self.panel.stops.current_stop()
        if stop_id is not None:
            self.session.take_out(stop_id)

    def mark_visited(self) -> None:
        session = self.session
        stop_id = self.panel.stops.current_stop()
        if stop_id is None or session.plan is None:
            return
        prospect_id = session.prospect_of(stop_id)
        temperature = None
        if prospect_id:
            try:
                temperature = self.services.prospects.get(prospect_id).row.temperature
            except StoreError:
                temperature = None
        dialog = VisitDialog(
            session.label(stop_id),
            temperature,
            session.default_departure(stop_id),
            datetime.now().astimezone(),
            self.window,
        )
        if dialog.exec() != VisitDialog.DialogCode.Accepted:
            return
        from moovdesk.tour_plans.visits import VisitReport

        report = VisitReport(
            note=dialog.note_text(),
            temperature=dialog.temperature(),
            follow_up_at=dialog.follow_up_due(),
            follow_up_note=dialog.follow_up_note.text().strip(),
            departed_minute=(
                dialog.departed_minute() if session.plan.visit(stop_id) is not None else None
            ),
        )
        self.panel.stops.remember(stop_id)
        session.record_visit(stop_id, report)

    def skip(self) -> None:
        stop_id = self.panel.stops.current_stop()
        if stop_id is not None:
            self.session.skip(stop_id)

    def back_to_planned(self) -> None:
        stop_id = self.panel.stops.current_stop()
        if stop_id is not None:
            self.session.back_to_planned(stop_id)

    def add_selected(self) -> None:
        plan = self.session.plan
        prospect_id = self.window.table.current_id()
        if not prospect_id or plan is None:
            return
        day = self.panel.stops.current_day() if len(plan.days) > 1 else None
        added = self.session.add_prospect(prospect_id, day)
        if added is not None:
            self.panel.stops.select_stop(added)
            self.map_view.focus_stop(added, pan=True)

    # Saved tours -----------------------------------------------------------------------

    def save_tour(self) -> None:
        session = self.session
        if session.draft is None:
            return
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("Save the tour"),
            self.tr("Name of the tour:"),
            QLineEdit.EchoMode.Normal,
            session.default_name(),
        )
        if ok:
            session.save(name.strip() or session.default_name())

    def rename_tour(self) -> None:
        saved = self.session.saved
        if saved is None:
            return
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("Rename the tour"),
            self.tr("Name of the tour:"),
            QLineEdit.EchoMode.Normal,
            saved.name,
        )
        if ok and name.strip():
            self.session.rename(name.strip())

    def delete_tour(self) -> None:
        session = self.session
        if session.saved is None and session.draft is None:
            return
        name = session.saved.name if session.saved is not None else session.default_name()
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete the tour"),
            self.tr(
                "Delete the tour “%1”? The visits already logged stay on the prospects."
            ).replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            session.delete()

    def _tour_chosen(self, tour_id: str) -> None:
        session = self.session
        if not tour_id or (session.saved is not None and session.saved.id == tour_id):
            return
        if session.draft is not None and not self._leave_draft():
            self.refresh_tours()
            return
        session.open_tour(tour_id)

    def _leave_draft(self) -> bool:
        """The rep moves away from an unsaved tour: save it, drop it, or stay."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Tour not saved"),
            self.tr("The tour on screen is not saved. Save it before going on?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return self.session.ensure_saved() is not None
        self.session.discard_draft()
        return True

    # Exports ---------------------------------------------------------------------------

    def _current_day(self) -> int:
        """The day of the current row, else today's day of the tour, else the first."""
        plan = self.session.plan
        if plan is None or not plan.days:
            return 0
        day = self.panel.stops.current_day()
        if day is not None:
            return int(day)
        today = date.today()
        for plan_day in plan.days:
            when = plan.when(plan_day.index, 0)
            if when is not None and when.date() == today:
                return plan_day.index
        return 0

    def _export(self, export: Callable[[SavedTour], object]) -> None:
        """Exports take a saved tour: a draft is saved first, under its default name."""
        tour = self.session.ensure_saved()
        if tour is not None:
            export(tour)

    def print_sheet(self) -> None:
        self._export(lambda tour: self.exports.print_sheet(tour, _sheet_day(tour)))

    def save_pdf(self) -> None:
        self._export(lambda tour: self.exports.save_pdf(tour, _sheet_day(tour)))

    def save_calendar(self) -> None:
        self._export(self.exports.save_calendar)

    def open_google_maps(self) -> None:
        day, at = self._current_day(), self._menu_position()
        self._export(lambda tour: self.exports.google_maps(tour, day, at))

    def open_waze(self) -> None:
        day, at = self._current_day(), self._menu_position()
        self._export(lambda tour: self.exports.waze(tour, day, at))

    def _menu_position(self) -> QPoint:
        item = self.panel.export_bar.itemAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None and widget.isVisible():
            return widget.mapToGlobal(widget.rect().bottomLeft())
        return self.window.mapToGlobal(self.window.rect().center())

    # Helpers ---------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.status_message.emit(text)


def _sheet_day(tour: SavedTour) -> int | None:
    """The sheet of a one-day tour is its day's; a longer tour prints every day."""
    return 0 if len(tour.plan.days) == 1 else None
