"""The edits of the day, each giving a new plan with its times recomputed and nothing else
reordered: a new order (drag and drop), a stop visited, skipped, added or removed.
"""

from __future__ import annotations

from dataclasses import replace

from moovdesk.tours.exact import fits_some_day
from moovdesk.tours.instance import EPS
from moovdesk.tours.model import Stop, TourPlan, Unplaced, UnplacedReason, VisitStatus
from moovdesk.tours.timetable import Order, Timetable, points

PLANNED = VisitStatus.PLANNED


def recompute(plan: TourPlan, new_order: Order) -> TourPlan:
    """The same tour in the order the user chose (drag and drop, even across days): times
    are recomputed, nothing is reordered, and a broken window shows as `late_by`/`overtime`.
    Stops left out of `new_order` become unplaced (REMOVED); unplaced ones may be put in."""
    request = plan.request
    known = {stop.id for stop in request.stops}
    flat = [i for day in new_order for i in day]
    if len(set(flat)) != len(flat):
        raise ValueError("a stop appears twice in the new order")
    if unknown := set(flat) - known:
        raise ValueError(f"unknown stops: {sorted(unknown)}")
    placed = set(flat)
    unplaced = [u for u in plan.unplaced if u.stop.id not in placed]
    dropped = [i for day in plan.order for i in day if i not in placed]
    by_id = {stop.id: stop for stop in request.stops}
    unplaced += [
        Unplaced(by_id[i], UnplacedReason.REMOVED, "taken out of the tour") for i in dropped
    ]
    statuses = {i: s for i, s in plan.statuses.items() if i in placed}
    departed = {i: m for i, m in plan.departed.items() if i in placed}
    built = Timetable(request, plan.matrix)
    return built.schedule(new_order, statuses, departed, unplaced, False, plan.travel)


def set_status(
    plan: TourPlan, stop_id: str, status: VisitStatus, departed_at: float | None = None
) -> TourPlan:
    """Mark a stop visited (optionally with when the rep left it, which moves the times of
    the rest of the day), skipped (kept in the list, out of the route), or planned again."""
    statuses = plan.statuses
    if stop_id not in statuses:
        raise KeyError(f"{stop_id!r} is not in the days of this tour")
    statuses[stop_id] = status
    departed = dict(plan.departed)
    if status is VisitStatus.VISITED and departed_at is not None:
        departed[stop_id] = departed_at
    elif status is not VisitStatus.VISITED:
        departed.pop(stop_id, None)
    built = Timetable(plan.request, plan.matrix)
    return built.schedule(
        plan.order, statuses, departed, list(plan.unplaced), plan.optimal, plan.travel
    )


def mark_visited(plan: TourPlan, stop_id: str, departed_at: float | None = None) -> TourPlan:
    return set_status(plan, stop_id, VisitStatus.VISITED, departed_at)


def skip_stop(plan: TourPlan, stop_id: str) -> TourPlan:
    return set_status(plan, stop_id, VisitStatus.SKIPPED)


def remove_stop(plan: TourPlan, stop_id: str) -> TourPlan:
    return recompute(plan, [[i for i in day if i != stop_id] for day in plan.order])


def add_stop(plan: TourPlan, stop: Stop, day: int | None = None) -> TourPlan:
    """Add a stop where it costs least without moving the others (and never before a stop
    already visited or skipped): in `day`, or in any day, or in a new day if one is allowed.
    If it fits nowhere it is listed as unplaced with the reason."""
    request = replace(plan.request, stops=(*plan.request.stops, stop))
    matrix = plan.travel.matrix(points(request))
    built = Timetable(request, matrix)
    u = len(request.stops) - 1
    order = [list(ids) for ids in plan.order]
    statuses, departed = plan.statuses, dict(plan.departed)
    unplaced = list(plan.unplaced)
    reason = built.alone_reason(u)
    if reason is not None:
        unplaced.append(Unplaced(stop, *reason))
        return built.schedule(order, statuses, departed, unplaced, False, plan.travel)
    best: tuple[float, int, int] | None = None
    for k in range(len(order)) if day is None else [day]:
        if k >= len(order) or not built.instance.allowed(u, k):
            continue
        ids = order[k]
        done = [p for p, i in enumerate(ids) if statuses.get(i, PLANNED) is not PLANNED]
        before = built.day(k, ids, statuses, departed).travel_minutes
        for p in range((done[-1] + 1) if done else 0, len(ids) + 1):
            trial = built.day(k, [*ids[:p], stop.id, *ids[p:]], statuses, departed)
            if trial.overtime > EPS or any(v.late_by > EPS for v in trial.visits):
                continue
            extra = trial.travel_minutes - before
            if best is None or extra < best[0] - EPS:
                best = (extra, k, p)
    limit = request.max_days
    new_day = len(order)
    if best is not None:
        _, k, p = best
        order[k].insert(p, stop.id)
    elif (
        (day is None or day == new_day)
        and (limit is None or new_day < limit)
        and any(fits_some_day(built.instance, u, new_day + 1))
    ):
        order.append([stop.id])
    else:
        unplaced.append(Unplaced(stop, *built.crowded_reason(u)))
    return built.schedule(order, statuses, departed, unplaced, False, plan.travel)
