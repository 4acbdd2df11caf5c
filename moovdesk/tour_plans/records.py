"""Between the stored rows of a tour (Tour, TourDay, TourStop) and the planner's request and
plan. Session-level helpers: the service calls them inside its transactions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from moovdesk.data.errors import RecordNotFoundError
from moovdesk.data.models import Tour, TourDay, TourStop
from moovdesk.data.vocabulary import TourStopStatus
from moovdesk.tour_plans.draft import StopInfo
from moovdesk.tours import (
    DaySettings,
    Place,
    Stop,
    TimeWindow,
    TourPlan,
    TourRequest,
    UnplacedReason,
    VisitStatus,
)
from moovdesk.tours.model import Moment, minute_of_day


def live_tour(session: Session, tour_id: str) -> Tour:
    tour = session.get(Tour, tour_id)
    if tour is None or tour.deleted_at is not None:
        raise RecordNotFoundError(f"No tour with id {tour_id} (it may have been deleted).")
    return tour


def day_rows(session: Session, tour_id: str) -> list[TourDay]:
    return list(
        session.execute(
            select(TourDay)
            .where(TourDay.tour_id == tour_id, TourDay.deleted_at.is_(None))
            .order_by(TourDay.day_index)
        ).scalars()
    )


def stop_rows(session: Session, tour_id: str) -> list[TourStop]:
    """The live stops of a tour: placed ones in their order, then the ones left out."""
    rows = session.execute(
        select(TourStop).where(TourStop.tour_id == tour_id, TourStop.deleted_at.is_(None))
    ).scalars()
    return sorted(rows, key=_saved_order)


def _saved_order(row: TourStop) -> tuple[int, int, int, datetime]:
    if row.day_index is None or row.position is None:
        return (1, 0, 0, row.created_at)
    return (0, row.day_index, row.position, row.created_at)


def new_day_rows(tour_id: str, days: Sequence[DaySettings]) -> list[TourDay]:
    return [
        TourDay(
            tour_id=tour_id,
            day_index=k,
            start_label=day.start.label,
            start_lat=day.start.lat,
            start_lon=day.start.lon,
            end_label=day.end.label,
            end_lat=day.end.lat,
            end_lon=day.end.lon,
            start_minute=day.start_minute,
            end_minute=day.end_minute,
        )
        for k, day in enumerate(days)
    ]


def day_settings(row: TourDay) -> DaySettings:
    return DaySettings(
        Place(row.start_lat, row.start_lon, row.start_label),
        Place(row.end_lat, row.end_lon, row.end_label),
        row.start_minute,
        row.end_minute,
    )


def new_stop_row(tour_id: str, stop: Stop, info: StopInfo | None, first_day: date) -> TourStop:
    """A row for a stop of the request, its id kept (it names the stop in the plan)."""
    pinned = stop.day
    window_open = window_close = appointment = None
    if stop.window is not None:
        window_open, day_a = _minute(stop.window.open, first_day)
        window_close, _ = _minute(stop.window.close, first_day)
        pinned = day_a if day_a is not None else pinned
    if stop.appointment is not None:
        appointment, day_c = _minute(stop.appointment, first_day)
        pinned = day_c if day_c is not None else pinned
    return TourStop(
        id=stop.id,
        tour_id=tour_id,
        prospect_id=info.prospect_id if info else None,
        appointment_id=info.appointment_id if info else None,
        address=info.address if info else "",
        label=stop.label,
        lat=stop.lat,
        lon=stop.lon,
        visit_minutes=stop.visit_minutes,
        window_open=window_open,
        window_close=window_close,
        appointment_minute=appointment,
        pinned_day=pinned,
    )


def _minute(moment: Moment, first_day: date) -> tuple[float, int | None]:
    """Minute of the day, and the day index when the moment names a day (a datetime)."""
    if isinstance(moment, datetime):
        return minute_of_day(moment), (moment.date() - first_day).days
    if isinstance(moment, time):
        return minute_of_day(moment), None
    return float(moment), None


def stop_of(row: TourStop) -> Stop:
    window = None
    if row.window_open is not None and row.window_close is not None:
        window = TimeWindow(row.window_open, row.window_close)
    return Stop(
        id=row.id,
        lat=row.lat,
        lon=row.lon,
        visit_minutes=row.visit_minutes,
        window=window,
        appointment=row.appointment_minute,
        day=row.pinned_day,
        label=row.label,
    )


def info_of(row: TourStop) -> StopInfo:
    return StopInfo(row.id, row.prospect_id, row.appointment_id, row.address)


def request_of(tour: Tour, days: Sequence[TourDay], stops: Sequence[TourStop]) -> TourRequest:
    return TourRequest(
        tuple(stop_of(row) for row in stops),
        tuple(day_settings(row) for row in days),
        max_days=tour.max_days,
        first_day=tour.first_day,
    )


def saved_order(tour: Tour, stops: Sequence[TourStop]) -> list[list[str]]:
    """The stop ids of each day, as saved (`stops` already in their saved order)."""
    placed = [row for row in stops if row.day_index is not None]
    count = max(
        [tour.day_count, *(row.day_index + 1 for row in placed if row.day_index is not None)]
    )
    order: list[list[str]] = [[] for _ in range(count)]
    for row in placed:
        assert row.day_index is not None
        order[row.day_index].append(row.id)
    return order


def saved_statuses(stops: Sequence[TourStop]) -> dict[str, VisitStatus]:
    return {row.id: VisitStatus(row.status.value) for row in stops if row.day_index is not None}


def saved_departures(stops: Sequence[TourStop]) -> dict[str, float]:
    return {row.id: row.departed_minute for row in stops if row.departed_minute is not None}


def saved_reasons(stops: Sequence[TourStop]) -> dict[str, UnplacedReason]:
    reasons = {}
    for row in stops:
        if row.day_index is None and row.unplaced_reason:
            try:
                reasons[row.id] = UnplacedReason(row.unplaced_reason)
            except ValueError:  # a reason a newer Moovdesk wrote
                continue
    return reasons


def write_plan(tour: Tour, plan: TourPlan, rows: Mapping[str, TourStop]) -> None:
    """Store a plan's order, statuses and departures on the stop rows, and its totals on the
    tour. Every stop of the plan must have a row."""
    placed: set[str] = set()
    statuses = plan.statuses
    for day in plan.days:
        for position, stop_id in enumerate(day.order):
            row = rows[stop_id]
            row.day_index, row.position = day.index, position
            row.unplaced_reason = ""
            row.status = TourStopStatus(statuses.get(stop_id, VisitStatus.PLANNED).value)
            row.departed_minute = plan.departed.get(stop_id)
            placed.add(stop_id)
    for unplaced in plan.unplaced:
        row = rows[unplaced.stop.id]
        row.day_index = row.position = None
        row.unplaced_reason = unplaced.reason.value
        row.status = TourStopStatus.PLANNED
        row.departed_minute = None
    counts = list(statuses.values())
    tour.day_count = len(plan.days)
    tour.stop_count = len(placed)
    tour.visited_count = counts.count(VisitStatus.VISITED)
    tour.skipped_count = counts.count(VisitStatus.SKIPPED)
    tour.travel_km = round(plan.travel_km, 3)
    tour.travel_minutes = round(plan.travel_minutes, 3)
    tour.estimated = plan.estimated
