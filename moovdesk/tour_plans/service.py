"""Saved tours: save, list, reopen, rename, delete, and the edits of the day (reorder, visited,
skipped, a stop added or removed). The window and the CLI both go through it; every write is one
transaction, and every edit returns the tour as it now stands.

Edits reuse the open tour's travel matrix (`moovdesk.tours` recomputes the times, no new solve
and no new routing call), then store the result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from moovdesk import tours
from moovdesk.data import queries
from moovdesk.data.errors import RecordNotFoundError, ValidationError
from moovdesk.data.models import Tour, TourStop
from moovdesk.data.store import Store
from moovdesk.data.types import new_id, utcnow
from moovdesk.tour_plans import records
from moovdesk.tour_plans.details import StopDetails, read_stop_details
from moovdesk.tour_plans.draft import (
    StopInfo,
    TourDraft,
    display_name,
    fixed_appointments,
    is_located,
    prospect_stop,
)
from moovdesk.tour_plans.saved import SavedTour, TourStatus, TourSummary, summary_of
from moovdesk.tour_plans.settings import TravelSettings
from moovdesk.tour_plans.visits import VisitReport, record_visit
from moovdesk.tours import Place, Stop, TourPlan, TravelModel, Unplaced
from moovdesk.views import local_now

# SavedTour and TourSummary live in `saved`; they are named here too for the window's imports.
__all__ = ["Order", "SavedTour", "TourService", "TourStatus", "TourSummary"]

Order = Sequence[Sequence[str]]


class TourService:
    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], datetime] = local_now,
        zone: tzinfo | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.zone = zone  # None: the computer's time zone

    # Saving and reading ------------------------------------------------------------------

    def save(self, name: str, draft: TourDraft, plan: TourPlan) -> SavedTour:
        """Store a planned tour (its stops, order, statuses and departures) under a name."""
        request = plan.request
        if request.first_day is None:
            raise ValidationError("first_day", "A tour needs its first day.")
        title = " ".join(name.split()) or request.first_day.isoformat()
        infos = {
            stop.id: draft.stops.get(stop.id) or StopInfo(stop.id, None) for stop in request.stops
        }
        with self.store.write() as session:
            if session.execute(
                select(TourStop.id).where(TourStop.id.in_(list(infos))).limit(1)
            ).first():
                raise ValidationError("tour", "This tour is already saved.")
            tour = Tour(
                name=title,
                first_day=request.first_day,
                max_days=request.max_days,
                visit_minutes=draft.visit_minutes,
                detour_factor=draft.travel.detour_factor,
                speed_kmh=draft.travel.speed_kmh,
                routing_url=draft.travel.routing_url,
            )
            session.add(tour)
            session.flush()
            session.add_all(records.new_day_rows(tour.id, request.days))
            rows = {
                stop.id: records.new_stop_row(tour.id, stop, infos[stop.id], request.first_day)
                for stop in request.stops
            }
            session.add_all(rows.values())
            records.write_plan(tour, plan, rows)
            tour_id = tour.id
        return SavedTour(tour_id, title, plan, infos, draft.travel, draft.visit_minutes)

    def list_tours(self, *, trashed: bool = False) -> list[TourSummary]:
        """Live tours (or those in the trash), newest first day first."""
        deleted = Tour.deleted_at.is_not(None) if trashed else Tour.deleted_at.is_(None)
        with self.store.read() as session:
            rows = session.execute(
                select(Tour).where(deleted).order_by(Tour.first_day.desc(), Tour.created_at.desc())
            ).scalars()
            return [summary_of(tour) for tour in rows]

    def open(self, tour_id: str, travel: TravelModel | None = None) -> SavedTour:
        """A saved tour as it stands. Its travel is measured again with the settings it was
        planned with (a routing server may be slow: call this from a worker) unless `travel`
        is given."""
        with self.store.read() as session:
            tour = records.live_tour(session, tour_id)
            days = records.day_rows(session, tour_id)
            stops = records.stop_rows(session, tour_id)
            request = records.request_of(tour, days, stops)
            order = records.saved_order(tour, stops)
            statuses = records.saved_statuses(stops)
            departed = records.saved_departures(stops)
            reasons = records.saved_reasons(stops)
            settings = TravelSettings(tour.detour_factor, tour.speed_kmh, tour.routing_url)
            name, visit_minutes = tour.name, tour.visit_minutes
            infos = {row.id: records.info_of(row) for row in stops}
        plan = tours.schedule_tour(
            request, order, travel or settings.model(), statuses=statuses, departed=departed
        )
        # The planner's reason for leaving a stop out is kept; its wording is the UI's.
        unplaced = tuple(
            Unplaced(u.stop, reasons[u.stop.id], "left out when the tour was planned")
            if u.stop.id in reasons
            else u
            for u in plan.unplaced
        )
        plan = dataclasses.replace(plan, unplaced=unplaced)
        return SavedTour(tour_id, name, plan, infos, settings, visit_minutes)

    def resolve_id(self, text: str) -> str:
        """The id of the live tour whose id is `text` or starts with it (at least 4 characters)."""
        wanted = text.strip().lower()
        if len(wanted) < 4:
            raise RecordNotFoundError(f"No tour with id {text!r}.")
        with self.store.read() as session:
            found = list(
                session.execute(
                    select(Tour.id).where(
                        Tour.id.startswith(wanted, autoescape=True), Tour.deleted_at.is_(None)
                    )
                ).scalars()
            )
        if len(found) != 1:
            detail = "several tours" if found else "no tour"
            raise RecordNotFoundError(f"{detail.capitalize()} with an id starting {text!r}.")
        return found[0]

    def stop_details(self, tour: SavedTour) -> dict[str, StopDetails]:
        """What the exports show about each stop (company, contact, address, phones, notes)."""
        return read_stop_details(self.store, tour.request.stops, tour.stops)

    # Whole-tour changes ------------------------------------------------------------------

    def rename(self, tour_id: str, name: str) -> None:
        title = " ".join(name.split())
        if not title:
            raise ValidationError("name", "A tour needs a name.")
        with self.store.write() as session:
            records.live_tour(session, tour_id).name = title

    def delete(self, tour_id: str, deleted: bool = True) -> None:
        """Put the tour in the trash (or take it out with `deleted=False`)."""
        with self.store.write() as session:
            tour = session.get(Tour, tour_id)
            if tour is None:
                raise RecordNotFoundError(f"No tour with id {tour_id}.")
            tour.deleted_at = utcnow() if deleted else None

    # Edits of the day --------------------------------------------------------------------

    def save_order(self, tour: SavedTour, new_order: Order) -> SavedTour:
        """The order after a drag and drop (across days too): times recomputed and stored."""
        return self._store_plan(tour, tours.recompute(tour.plan, new_order))

    def skip_stop(self, tour: SavedTour, stop_id: str) -> SavedTour:
        return self._store_plan(tour, _edit(tours.skip_stop, tour.plan, stop_id))

    def replan_stop(self, tour: SavedTour, stop_id: str) -> SavedTour:
        """A visited or skipped stop back to planned (a visit already logged stays logged)."""
        plan = _edit(tours.set_status, tour.plan, stop_id, tours.VisitStatus.PLANNED)

        def forget_visit(_session: Session, rows: Mapping[str, TourStop]) -> None:
            rows[stop_id].visited_at = None

        return self._store_plan(tour, plan, also=forget_visit)

    def remove_stop(self, tour: SavedTour, stop_id: str) -> SavedTour:
        """Take a stop out of the days; it stays in the tour, unplaced, to be put back."""
        return self._store_plan(tour, tours.remove_stop(tour.plan, stop_id))

    def mark_visited(
        self, tour: SavedTour, stop_id: str, report: VisitReport | None = None
    ) -> SavedTour:
        """The stop visited, and in the same transaction its prospect's visit logged, its
        temperature set and a follow-up created as the report says."""
        report = report or VisitReport()
        report.check()
        if tour.plan.statuses.get(stop_id) is tours.VisitStatus.VISITED:
            raise ValidationError("stop", "This stop is already marked visited.")
        plan = _edit(tours.mark_visited, tour.plan, stop_id, report.departed_minute)
        now = self.clock()

        def visit(session: Session, rows: Mapping[str, TourStop]) -> None:
            row = rows[stop_id]
            activity_id = record_visit(session, row, report, tour.name, now)
            row.visited_at = report.occurred_at or now
            row.activity_id = activity_id or row.activity_id

        return self._store_plan(tour, plan, also=visit)

    def add_prospect(self, tour: SavedTour, prospect_id: str, day: int | None = None) -> SavedTour:
        """Add a prospect where it costs least (in `day` if given), fixed by its appointment
        on the tour's days if it has one. It must have a position."""
        with self.store.read() as session:
            rows = queries.rows_by_ids(session, [prospect_id])
            if not rows or rows[0].deleted_at is not None:
                raise RecordNotFoundError(f"No prospect with id {prospect_id}.")
            row = rows[0]
            if not is_located(row):
                raise ValidationError(
                    "prospect", f"{display_name(row) or 'This prospect'} is not on the map."
                )
            fixed = fixed_appointments(
                session, [prospect_id], tour.first_day, tour.request.max_days, self.zone
            )
        stop, info = prospect_stop(row, tour.visit_minutes, fixed.get(prospect_id))
        return self._add(tour, stop, info, day)

    def add_place(
        self,
        tour: SavedTour,
        place: Place,
        *,
        visit_minutes: float | None = None,
        address: str = "",
        day: int | None = None,
    ) -> SavedTour:
        """Add a plain place (a supplier, a depot) where it costs least."""
        stop = Stop(
            id=new_id(),
            lat=place.lat,
            lon=place.lon,
            visit_minutes=tour.visit_minutes if visit_minutes is None else visit_minutes,
            label=place.label,
        )
        return self._add(tour, stop, StopInfo(stop.id, None, None, address.strip()), day)

    # Internals ---------------------------------------------------------------------------

    def _add(self, tour: SavedTour, stop: Stop, info: StopInfo, day: int | None) -> SavedTour:
        plan = tours.add_stop(tour.plan, stop, day)
        first_day = tour.first_day

        def insert(session: Session, rows: dict[str, TourStop]) -> None:
            row = records.new_stop_row(tour.id, stop, info, first_day)
            session.add(row)
            rows[stop.id] = row

        saved = self._store_plan(tour, plan, also=insert)
        return dataclasses.replace(saved, stops={**tour.stops, stop.id: info})

    def _store_plan(
        self,
        tour: SavedTour,
        plan: TourPlan,
        also: Callable[[Session, dict[str, TourStop]], None] | None = None,
    ) -> SavedTour:
        """Write `plan` over the tour's rows (and whatever `also` does) in one transaction."""
        with self.store.write() as session:
            saved = records.live_tour(session, tour.id)
            rows = {row.id: row for row in records.stop_rows(session, tour.id)}
            if also is not None:
                also(session, rows)
            missing = {stop.id for stop in plan.request.stops} - set(rows)
            if missing:
                raise RecordNotFoundError("The tour changed since it was opened; open it again.")
            records.write_plan(saved, plan, rows)
        return dataclasses.replace(tour, plan=plan)


def _edit(edit: Callable[..., TourPlan], plan: TourPlan, stop_id: str, *args: object) -> TourPlan:
    """An edit of one stop; a stop that is not in the days is reported as not found."""
    try:
        return edit(plan, stop_id, *args)
    except KeyError as error:
        raise RecordNotFoundError(f"No stop {stop_id} in the days of this tour.") from error
