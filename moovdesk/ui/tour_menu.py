"""The Tour menu's actions: planning, saved tours, the day's stops and the exports; the same
actions on the tour panel's buttons and the stop list's context menu, each enabled only when
it applies to the tour on screen. What each action does lives in TourActions."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from moovdesk.data.vocabulary import TourStopStatus

if TYPE_CHECKING:
    from moovdesk.ui.tour_actions import TourActions


class TourMenu(QObject):
    def __init__(self, owner: TourActions) -> None:
        super().__init__(owner)
        self._owner = owner
        self._make_actions(owner)
        self.menu = self._make_menu()
        self._fill_panel()

    def _action(
        self, text: str, short: str, slot: Callable[[], object], shortcut: str = ""
    ) -> QAction:
        action = QAction(text, self._owner.window)
        action.setIconText(short)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _make_actions(self, owner: TourActions) -> None:
        tr = self.tr
        self.plan_selection = self._action(
            tr("Plan a tour of the &selected prospects…"),
            tr("Plan a tour"),
            owner.plan_from_selection,
            "Ctrl+Shift+T",
        )
        self.plan_selection.setToolTip(tr("Plan a tour of the prospects selected in the table"))
        self.plan_lasso = self._action(
            tr("Plan a tour: &draw around prospects on the map…"),
            tr("Draw on the map"),
            owner.plan_from_lasso,
        )
        self.plan_filter = self._action(
            tr("Plan a tour of the prospects s&hown…"),
            tr("Prospects shown"),
            owner.plan_from_filter,
        )
        self.plan_filter.setToolTip(tr("Every prospect the search and filters keep"))
        self.save_action = self._action(tr("Sa&ve the tour…"), tr("Save"), owner.save_tour)
        self.rename_action = self._action(tr("&Rename the tour…"), tr("Rename"), owner.rename_tour)
        self.delete_action = self._action(tr("De&lete the tour"), tr("Delete"), owner.delete_tour)
        self.visited_action = self._action(
            tr("Mark the stop visi&ted…"), tr("Visited…"), owner.mark_visited
        )
        self.visited_action.setToolTip(
            tr("Log the visit on the prospect, set hot or cold and a follow-up")
        )
        self.skip_action = self._action(tr("S&kip the stop"), tr("Skip"), owner.skip)
        self.skip_action.setToolTip(tr("Keep the stop in the list but leave it out of the route"))
        self.replan_action = self._action(
            tr("&Back to planned"), tr("Back to planned"), owner.back_to_planned
        )
        self.add_action = self._action(
            tr("&Add the selected prospect"), tr("Add"), owner.add_selected
        )
        self.add_action.setToolTip(
            tr("Add the prospect selected in the table where it costs least")
        )
        self.remove_action = self._action(
            tr("Take &out of the tour"), tr("Take out"), owner.take_out
        )
        self.print_action = self._action(
            tr("&Print the day sheet…"), tr("Print…"), owner.print_sheet
        )
        self.pdf_action = self._action(
            tr("Save the day sheet as PD&F…"), tr("PDF…"), owner.save_pdf
        )
        self.calendar_action = self._action(
            tr("Export to a &calendar (.ics)…"), tr("Calendar…"), owner.save_calendar
        )
        self.google_action = self._action(
            tr("Open in &Google Maps"), tr("Google Maps"), owner.open_google_maps
        )
        self.waze_action = self._action(tr("Open in Wa&ze"), tr("Waze"), owner.open_waze)
        self.google_action.setToolTip(tr("Open the rest of the day's route (needs a connection)"))
        self.waze_action.setToolTip(tr("Drive to the next stop with Waze (needs a connection)"))
        self.show_panel = owner.dock.toggleViewAction()
        self.show_panel.setText(tr("Tour &panel"))
        self.show_panel.setShortcut(QKeySequence("Ctrl+Shift+U"))

    @property
    def _plan_actions(self) -> tuple[QAction, ...]:
        return (self.plan_selection, self.plan_lasso, self.plan_filter)

    @property
    def _library_actions(self) -> tuple[QAction, ...]:
        return (self.save_action, self.rename_action, self.delete_action)

    @property
    def _export_actions(self) -> tuple[QAction, ...]:
        return (
            self.print_action,
            self.pdf_action,
            self.calendar_action,
            self.google_action,
            self.waze_action,
        )

    def _make_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Tour"), self._owner.window)
        menu.setObjectName("tourMenu")
        stop_actions = (
            self.visited_action,
            self.skip_action,
            self.replan_action,
            self.add_action,
            self.remove_action,
        )
        for group in (
            self._plan_actions,
            self._library_actions,
            stop_actions,
            self._export_actions,
        ):
            if menu.actions():
                menu.addSeparator()
            for action in group:
                menu.addAction(action)
        return menu

    def _fill_panel(self) -> None:
        panel = self._owner.panel
        panel.new_button.setDefaultAction(self.plan_selection)
        plans = QMenu(panel.new_button)
        for action in self._plan_actions:
            plans.addAction(action)
        panel.new_button.setMenu(plans)
        more = QMenu(panel.more_button)
        for action in self._library_actions:
            more.addAction(action)
        panel.more_button.setMenu(more)
        for action in (self.visited_action, self.skip_action, self.add_action, self.remove_action):
            panel.add_day_action(action)
        for action in self._export_actions:
            panel.add_export_action(action)
        panel.finish_bars()
        stops = panel.stops
        stops.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        stops.customContextMenuRequested.connect(self._stop_menu)

    def update(self) -> None:
        """Enable what applies to the tour on screen, its current stop and the table's row."""
        owner = self._owner
        session = owner.session
        has_plan = session.plan is not None
        stop = owner.panel.stops.current_stop() if has_plan else None
        status = session.status(stop) if stop else None
        # The session gives the status as text: a StrEnum member equals its text.
        planned, visited, skipped = (
            TourStopStatus.PLANNED,
            TourStopStatus.VISITED,
            TourStopStatus.SKIPPED,
        )
        self.visited_action.setEnabled(status in (planned, skipped))
        self.skip_action.setEnabled(status == planned)
        self.replan_action.setEnabled(status in (visited, skipped))
        self.remove_action.setEnabled(status is not None)
        current = owner.window.table.current_id()
        self.add_action.setEnabled(
            has_plan and bool(current) and current not in session.prospects_in_tour()
        )
        self.save_action.setEnabled(session.draft is not None)
        self.rename_action.setEnabled(session.saved is not None)
        self.delete_action.setEnabled(session.saved is not None or session.draft is not None)
        for action in self._export_actions:
            action.setEnabled(has_plan)

    def _stop_menu(self, position: QPoint) -> None:
        stops = self._owner.panel.stops
        menu = QMenu(stops)
        for action in (
            self.visited_action,
            self.skip_action,
            self.replan_action,
            self.remove_action,
        ):
            menu.addAction(action)
        menu.exec(stops.viewport().mapToGlobal(position))
