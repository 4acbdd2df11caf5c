"""The tour on screen and everything done to it: planned in the thread pool, reordered, saved,
renamed, reopened, deleted, and the edits of the day (visited, skipped, a stop added or taken
out). No widgets: the Tour menu (tour_actions) asks the rep and shows what this reports.

The tour is either a draft (planned, not saved: its order is recomputed here) or a saved tour
(every edit goes through the tour service, which stores it). A draft is saved under its default
name as soon as the day starts (visited, skipped, a stop added, an export).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QObject, Signal

from moovdesk.data.errors import StoreError
from moovdesk.ui.tour_builder_dialog import TourChoices
from moovdesk.ui.tour_format import counted, distance, duration
from moovdesk.ui.workers import Job, start

if TYPE_CHECKING:  # the planner (and numpy) load with the first tour, not at start-up
    from moovdesk.preferences import Preferences
    from moovdesk.services import Services
    from moovdesk.tour_plans.draft import StopInfo, TourDraft
    from moovdesk.tour_plans.service import SavedTour, TourService, TourSummary
    from moovdesk.tour_plans.visits import VisitReport
    from moovdesk.tours import Stop, TourPlan


def apply_choices(draft: TourDraft, choices: TourChoices) -> TourDraft:
    """The draft with the visit lengths and opening hours the rep set per prospect (a stop
    fixed by an appointment keeps its time and length)."""
    from moovdesk.tours import TimeWindow

    prospect_of = {stop_id: info.prospect_id for stop_id, info in draft.stops.items()}
    stops: list[Stop] = []
    for stop in draft.request.stops:
        prospect_id = prospect_of.get(stop.id)
        if stop.appointment is None and prospect_id is not None:
            minutes = choices.visit_minutes.get(prospect_id)
            if minutes is not None:
                stop = replace(stop, visit_minutes=float(minutes))
            window = choices.windows.get(prospect_id)
            if window is not None:
                stop = replace(stop, window=TimeWindow(float(window[0]), float(window[1])))
        stops.append(stop)
    return replace(draft, request=replace(draft.request, stops=tuple(stops)))


class TourSession(QObject):
    changed = Signal(object, bool)  # the TourPlan on screen (None: no tour), and "frame it"
    tours_changed = Signal()  # a tour was saved, renamed or deleted
    message = Signal(str)  # for the status bar
    problem = Signal(str, str)  # title and text of something that went wrong
    planning_changed = Signal(object)  # what is being planned (text), None once done
    progress = Signal(float)  # fraction of the planning done
    prospects_touched = Signal(list)  # prospect ids a visit report changed

    def __init__(self, services: Services, owner: QObject) -> None:
        super().__init__(owner)
        self.services = services
        self._owner = owner
        self.draft: TourDraft | None = None
        self.saved: SavedTour | None = None
        self.plan: TourPlan | None = None
        self._job: Job | None = None
        self._opening: Job | None = None
        self.listing: Job | None = None

    def tours(self) -> TourService:
        return self.services.tours

    # What the tour holds ---------------------------------------------------------------

    def stops(self) -> dict[str, StopInfo]:
        source = self.saved.stops if self.saved is not None else None
        if source is None and self.draft is not None:
            source = self.draft.stops
        return dict(source or {})

    def prospect_of(self, stop_id: str) -> str | None:
        info = self.stops().get(stop_id)
        return info.prospect_id if info is not None else None

    def prospects_in_tour(self) -> set[str]:
        return {i.prospect_id for i in self.stops().values() if i.prospect_id}

    def stop_of_prospect(self, prospect_id: str) -> str | None:
        """The stop of a prospect in the days of the tour (None: not in them)."""
        if self.plan is None:
            return None
        placed = {i for day in self.plan.order for i in day}
        for stop_id, info in self.stops().items():
            if info.prospect_id == prospect_id and stop_id in placed:
                return stop_id
        return None

    def status(self, stop_id: str) -> str | None:
        """ "planned", "visited" or "skipped"; None for a stop out of the days."""
        status = self.plan.statuses.get(stop_id) if self.plan is not None else None
        return status.value if status is not None else None

    def label(self, stop_id: str) -> str:
        if self.plan is not None:
            for stop in self.plan.request.stops:
                if stop.id == stop_id:
                    return stop.label or stop_id
        return stop_id

    def default_name(self) -> str:
        first = self.plan.request.first_day if self.plan is not None else None
        if first is None:
            return self.tr("New tour")
        when = QLocale().toString(QDate(first.year, first.month, first.day), "dddd d MMMM")
        return self.tr("Tour of %1").replace("%1", when)

    def default_departure(self, stop_id: str, now: datetime | None = None) -> float:
        """When the rep left a stop: now if it is today and its visit has begun, else as
        planned (minutes after midnight)."""
        found = self.plan.visit(stop_id) if self.plan is not None else None
        if found is None or self.plan is None:
            return 0.0
        day_index, visit = found
        when = self.plan.when(day_index, visit.start)
        now = now or datetime.now()
        if when is not None and when.date() == now.date() and now >= when:
            return float(now.hour * 60 + now.minute)
        return visit.departure

    # Planning --------------------------------------------------------------------------

    def plan_choices(self, choices: TourChoices, preferences: Preferences) -> None:
        """Build the draft the dialog's choices describe, then plan it."""
        from moovdesk.tour_plans.draft import build_draft
        from moovdesk.tour_plans.settings import travel_settings

        travel = travel_settings(preferences)
        draft = build_draft(self.services.store, choices.prospect_ids, choices.options, travel)
        self.start_planning(apply_choices(draft, choices))

    def start_planning(self, draft: TourDraft) -> None:
        """Plan in the thread pool; `progress` reports, `cancel_planning` stops the search
        and keeps the best order found."""
        from moovdesk.tours import plan_tour

        if self._job is not None:
            self._job.cancel()
        request = draft.request
        travel = draft.travel.model()

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> TourPlan:
            return plan_tour(
                request,
                travel,
                progress=lambda fraction: progress(round(fraction * 1000), 1000),
                should_stop=cancelled,
            )

        count = len(request.stops)
        self.planning_changed.emit(counted(self.tr("Planning %n stop(s)…", "", count), count))
        job = Job(work)
        self._job = job
        start(
            job,
            lambda plan: self._planned(job, draft, plan),
            lambda error: self._planning_failed(job, error),
            lambda done, total: self._progress(job, done, total),
            owner=self._owner,
        )

    def cancel_planning(self) -> None:
        if self._job is not None:
            self._job.cancel()

    @property
    def planning(self) -> bool:
        return self._job is not None

    def _progress(self, job: Job, done: int, total: int) -> None:
        if job is self._job:
            self.progress.emit(done / max(total, 1))

    def _planned(self, job: Job, draft: TourDraft, plan: TourPlan) -> None:
        if job is not self._job:
            return
        self._job = None
        self.planning_changed.emit(None)
        self.draft, self.saved = draft, None
        self._set(plan, fit=True)
        self.tours_changed.emit()
        visits = sum(len(day.visits) for day in plan.days)
        text = (
            counted(self.tr("Tour planned: %n visit(s), %1, %2 driving.", "", visits), visits)
            .replace("%1", distance(plan.travel_km))
            .replace("%2", duration(plan.travel_minutes))
        )
        if plan.unplaced:
            left = len(plan.unplaced)
            text += " " + counted(self.tr("%n stop(s) left out.", "", left), left)
        self.message.emit(text)

    def _planning_failed(self, job: Job, error: BaseException) -> None:
        if job is not self._job:
            return
        self._job = None
        self.planning_changed.emit(None)
        self.problem.emit(
            self.tr("Plan a tour"), self.tr("The tour could not be planned.") + f"\n\n{error}"
        )

    def _set(self, plan: TourPlan | None, *, fit: bool = False) -> None:
        self.plan = plan
        self.changed.emit(plan, fit)

    # Order -----------------------------------------------------------------------------

    def reorder(self, order: Sequence[Sequence[str]]) -> None:
        """A new order (a drag and drop): the times follow at once."""
        from moovdesk.tours import recompute

        if self.plan is None:
            return
        if self.saved is not None:
            self._apply(lambda tour: self.tours().save_order(tour, order))
        else:
            self._set(recompute(self.plan, order))

    def put_back(self, stop_id: str, day: int) -> None:
        """An unplaced stop back, at the end of a day."""
        if self.plan is None or not self.plan.days:
            return
        order = [list(ids) for ids in self.plan.order]
        order[min(max(day, 0), len(order) - 1)].append(stop_id)
        self.reorder(order)

    def take_out(self, stop_id: str) -> None:
        from moovdesk.tours import remove_stop

        if self.plan is None:
            return
        if self.saved is not None:
            self._apply(lambda tour: self.tours().remove_stop(tour, stop_id))
        else:
            self._set(remove_stop(self.plan, stop_id))

    # The day ---------------------------------------------------------------------------

    def record_visit(self, stop_id: str, report: VisitReport) -> bool:
        """Mark a stop visited; the service logs the visit on the prospect."""
        if not self._apply(lambda tour: self.tours().mark_visited(tour, stop_id, report)):
            return False
        prospect_id = self.prospect_of(stop_id)
        if prospect_id:
            self.prospects_touched.emit([prospect_id])
        self.message.emit(self.tr("“%1” visited.").replace("%1", self.label(stop_id)))
        return True

    def skip(self, stop_id: str) -> bool:
        return self._apply(lambda tour: self.tours().skip_stop(tour, stop_id))

    def back_to_planned(self, stop_id: str) -> bool:
        return self._apply(lambda tour: self.tours().replan_stop(tour, stop_id))

    def add_prospect(self, prospect_id: str, day: int | None) -> str | None:
        """Add a prospect where it costs least; returns its new stop's id."""
        before = set(self.stops())
        if not self._apply(lambda tour: self.tours().add_prospect(tour, prospect_id, day)):
            return None
        added = [i for i in self.stops() if i not in before]
        return added[0] if added else None

    def _apply(self, edit: Callable[[SavedTour], SavedTour]) -> bool:
        """Run an edit of the saved tour (saving a draft first) and show the result."""
        tour = self.ensure_saved()
        if tour is None:
            return False
        try:
            self.saved = edit(tour)
        except StoreError as error:
            self.problem.emit(self.tr("Tour"), str(error))
            return False
        self._set(self.saved.plan)
        return True

    # Saved tours -----------------------------------------------------------------------

    def ensure_saved(self) -> SavedTour | None:
        """The tour on screen, saved (a draft gets its default name)."""
        if self.saved is not None:
            return self.saved
        if self.draft is None or self.plan is None:
            return None
        return self.save(self.default_name())

    def save(self, name: str) -> SavedTour | None:
        if self.draft is None or self.plan is None:
            return self.saved
        try:
            self.saved = self.tours().save(name, self.draft, self.plan)
        except StoreError as error:
            self.problem.emit(self.tr("Save the tour"), str(error))
            return None
        self.draft = None
        self.tours_changed.emit()
        self.changed.emit(self.plan, False)
        self.message.emit(self.tr("Tour saved as “%1”.").replace("%1", self.saved.name))
        return self.saved

    def rename(self, name: str) -> None:
        if self.saved is None:
            return
        self.tours().rename(self.saved.id, name)
        self.saved = replace(self.saved, name=" ".join(name.split()))
        self.tours_changed.emit()

    def delete(self) -> None:
        """Delete the saved tour on screen (or drop the draft)."""
        if self.saved is not None:
            self.tours().delete(self.saved.id)
        self.saved = self.draft = None
        self._set(None)
        self.tours_changed.emit()

    def discard_draft(self) -> None:
        self.draft = None

    def list_tours(self) -> list[TourSummary]:
        return self.tours().list_tours()

    def list_in_background(self, then: Callable[[list[TourSummary]], None]) -> None:
        """The saved tours, read in the thread pool (where the planner's modules load too:
        numpy takes a while)."""
        service_of = self.tours
        job = Job(lambda: service_of().list_tours(), takes_progress=False)
        self.listing = job

        def listed(summaries: list[Any]) -> None:
            self.listing = None
            then(summaries)

        def failed(error: BaseException) -> None:
            self.listing = None
            self.message.emit(str(error))

        start(job, listed, failed, owner=self._owner)

    def open_tour(self, tour_id: str) -> None:
        """Reopen a saved tour (in the thread pool: a routing server may be slow)."""
        service = self.tours()
        job = Job(lambda: service.open(tour_id), takes_progress=False)
        self._opening = job

        def opened(tour: SavedTour) -> None:
            if job is self._opening:
                self._opening = None
                self.saved, self.draft = tour, None
                self._set(tour.plan, fit=True)
                self.tours_changed.emit()

        def failed(error: BaseException) -> None:
            if job is self._opening:
                self._opening = None
                self.problem.emit(self.tr("Open the tour"), str(error))
                self.tours_changed.emit()

        start(job, opened, failed, owner=self._owner)

    @property
    def opening(self) -> bool:
        return self._opening is not None

    @property
    def busy(self) -> bool:
        return self._job is not None or self._opening is not None
