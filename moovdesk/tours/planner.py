"""Planning a tour: from a request to days with times (`plan_tour`), or reopening a saved
order without solving (`schedule_tour`). The edits of the day are in `edits`.

The objective is lexicographic: most stops placed, then fewest days, then least travel time
(not distance, not waiting). Travel comes from a TravelModel, the offline estimate by default.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from moovdesk.tours.model import TourPlan, TourRequest, Unplaced, UnplacedReason, VisitStatus
from moovdesk.tours.solver import solve
from moovdesk.tours.timetable import Order, Timetable, points
from moovdesk.tours.travel import EstimatedTravel, TravelMatrix, TravelModel


def plan_tour(
    request: TourRequest,
    travel: TravelModel | None = None,
    *,
    seed: int = 0,
    time_limit: float | None = 2.0,
    progress: Callable[[float], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> TourPlan:
    """Order the request's stops into days (200 stops take about half a second of CPU).
    Deterministic for a seed unless `time_limit` (wall seconds, a guard) cuts the search
    short on a slow or busy machine; `progress` gets the fraction done, and `should_stop`
    lets a UI cancel (the best plan so far is returned). Meant to run in a worker thread."""
    travel = travel or EstimatedTravel()
    matrix = travel.matrix(points(request))
    built = Timetable(request, matrix)
    unplaced: list[Unplaced] = []
    candidates: list[int] = []
    for u, stop in enumerate(request.stops):
        reason = built.alone_reason(u)
        if reason is None:
            candidates.append(u)
        else:
            unplaced.append(Unplaced(stop, *reason))
    solution = solve(
        built.instance,
        candidates,
        seed=seed,
        time_limit=time_limit,
        progress=progress,
        should_stop=should_stop,
    )
    for u in solution.unplaced:
        unplaced.append(Unplaced(request.stops[u], *built.crowded_reason(u)))
    order = [[request.stops[u].id for u in route] for route in solution.routes]
    return built.schedule(order, {}, {}, unplaced, solution.optimal, travel)


def schedule_tour(
    request: TourRequest,
    order: Order,
    travel: TravelModel | TravelMatrix | None = None,
    *,
    statuses: Mapping[str, VisitStatus] | None = None,
    departed: Mapping[str, float] | None = None,
) -> TourPlan:
    """A plan in a given order, without solving: how a saved tour reopens (its request, its
    `plan.order`, `plan.statuses` and `plan.departed`). Stops of the request left out of
    `order` are listed as REMOVED."""
    model = travel if not isinstance(travel, TravelMatrix) else None
    model = model or EstimatedTravel()
    matrix = travel if isinstance(travel, TravelMatrix) else model.matrix(points(request))
    built = Timetable(request, matrix)
    placed = {i for day in order for i in day}
    unplaced = [
        Unplaced(stop, UnplacedReason.REMOVED, "taken out of the tour")
        for stop in request.stops
        if stop.id not in placed
    ]
    return built.schedule(order, statuses or {}, departed or {}, unplaced, False, model)
