"""Between a request and its plan: the solver's view of the request (numbered nodes, minutes,
bounds on each visit's start) and the timing of a day in a given order, which the planner and
every edit of the day share.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time

from moovdesk.tours.exact import fits_some_day
from moovdesk.tours.instance import EPS, INF, DayShape, Instance
from moovdesk.tours.model import (
    DayPlan,
    Moment,
    Place,
    Stop,
    TourPlan,
    TourRequest,
    Unplaced,
    UnplacedReason,
    Visit,
    VisitStatus,
    minute_of_day,
)
from moovdesk.tours.travel import LatLon, TravelMatrix, TravelModel

Order = Sequence[Sequence[str]]


def solver_instance(request: TourRequest, matrix: TravelMatrix) -> Instance:
    """The solver's view of a request (nodes, minutes, bounds), for references and benchmarks
    that solve the same problem another way. Stop u is `request.stops[u]`."""
    return Timetable(request, matrix).instance


def points(request: TourRequest) -> list[LatLon]:
    """The points of a request's travel matrix: its stops in order, then each distinct place
    where a day starts or ends."""
    return [(s.lat, s.lon) for s in request.stops] + [(p.lat, p.lon) for p in places(request)]


def places(request: TourRequest) -> list[Place]:
    return list(dict.fromkeys(p for d in request.days for p in (d.start, d.end)))


def _beyond(value: float, bound: float) -> float:
    """How far `value` runs past `bound`, rounding errors counted as on time."""
    return value - bound if value > bound + EPS else 0.0


def _hhmm(minute: float) -> str:
    whole = round(minute)
    return f"{whole // 60:02d}:{whole % 60:02d}"


class Timetable:
    """A request seen by the solver (its instance) and by the rep (days with times)."""

    def __init__(self, request: TourRequest, matrix: TravelMatrix) -> None:
        self.request = request
        self.matrix = matrix
        stops = request.stops
        n = len(stops)
        self.index = {stop.id: u for u, stop in enumerate(stops)}
        node = {place: n + k for k, place in enumerate(places(request))}
        if len(matrix) != n + len(node):
            raise ValueError("the travel matrix does not match the request")
        shapes = [
            DayShape(node[d.start], node[d.end], d.start_minute, d.end_minute) for d in request.days
        ]
        self.before_start: set[int] = set()
        early, late, pinned = [], [], []
        for u, stop in enumerate(stops):
            low, high, pin = self._bounds(stop, request.first_day)
            if pin is not None and pin < 0:
                self.before_start.add(u)
            early.append(low)
            late.append(high)
            pinned.append(-1 if pin is None or pin < 0 else pin)
        self.instance = Instance(
            n,
            matrix.minutes,
            [stop.visit_minutes for stop in stops],
            early,
            late,
            shapes,
            pinned,
            request.max_days,
            points(request),
        )

    @staticmethod
    def _bounds(stop: Stop, first_day: date | None) -> tuple[float, float, int | None]:
        """Earliest and latest start of the visit, and the day it is pinned to."""

        def read(moment: Moment) -> tuple[float, int | None]:
            if isinstance(moment, datetime):
                if first_day is None:
                    raise ValueError("a request with datetimes needs a first_day")
                return minute_of_day(moment), (moment.date() - first_day).days
            if isinstance(moment, time):
                return minute_of_day(moment), None
            return float(moment), None

        early, late, pin = -INF, INF, stop.day
        if stop.window is not None:
            (opens, day_a), (closes, day_b) = read(stop.window.open), read(stop.window.close)
            if day_a != day_b:
                raise ValueError(f"the window of {stop.id!r} must open and close on one day")
            early, late = opens, closes - stop.visit_minutes
            pin = pin if day_a is None else day_a
        if stop.appointment is not None:
            at, day_c = read(stop.appointment)
            early = late = at
            pin = pin if day_c is None else day_c
        return early, late, pin

    def alone_reason(self, u: int) -> tuple[UnplacedReason, str] | None:
        """Why stop u cannot be visited even alone, or None if some day can hold it."""
        instance = self.instance
        limit = self.request.max_days or 10**6
        pin = instance.pinned[u]
        if u in self.before_start:
            return UnplacedReason.BEYOND_DAYS, "its date is before the first day of the tour"
        if pin >= limit:
            return UnplacedReason.BEYOND_DAYS, f"its date is past the {limit} days allowed"
        if any(fits_some_day(instance, u, limit)):
            return None
        if instance.late[u] < instance.early[u] - EPS:
            return UnplacedReason.WINDOW_TOO_SHORT, "the window is shorter than the visit"
        shape = instance.day(max(pin, 0))
        earliest = shape.start + instance.travel[shape.start_node][u]
        if earliest > instance.late[u] + EPS:
            return (
                UnplacedReason.WINDOW_UNREACHABLE,
                f"the earliest arrival is {_hhmm(earliest)}, "
                f"after the latest start {_hhmm(instance.late[u])}",
            )
        return UnplacedReason.OUTSIDE_DAY, f"no time left to be back by {_hhmm(shape.end)}"

    def crowded_reason(self, u: int) -> tuple[UnplacedReason, str]:
        """Why a stop that fits alone found no place among the others."""
        pin = self.instance.pinned[u]
        if pin >= 0:
            return UnplacedReason.CONFLICT, f"clashes with the visits fixed on day {pin + 1}"
        return UnplacedReason.NO_ROOM, f"no room left in the {self.request.max_days} days allowed"

    def day(
        self,
        k: int,
        ids: Sequence[str],
        statuses: Mapping[str, VisitStatus],
        departed: Mapping[str, float],
    ) -> DayPlan:
        """Day k in this order, leaving as late as waiting allows."""
        instance, matrix = self.instance, self.matrix
        shape = instance.day(k)
        nodes = [self.index[i] for i in ids]
        route = [
            u for u, i in zip(nodes, ids, strict=True) if statuses.get(i) is not VisitStatus.SKIPPED
        ]
        leave = shape.start
        visits, back = self._run(shape, route, leave, statuses, {})
        if all(v.late_by <= EPS for v in visits):
            # Leave later by what the day would otherwise wait, as far as the windows allow
            # (as planned: what really happened since does not move the start).
            waited, shift = 0.0, sum(v.wait for v in visits)
            for u, visit in zip(route, visits, strict=True):
                waited += visit.wait
                shift = min(shift, instance.late[u] - visit.start + waited)
            leave += max(shift, 0.0)
        visits, back = self._run(shape, route, leave, statuses, departed)
        last = route[-1] if route else shape.start_node
        skipped = tuple(self.request.stops[u] for u in nodes if u not in route)
        return DayPlan(
            index=k,
            settings=self.request.day_settings(k),
            leave=leave,
            visits=tuple(visits),
            back=back,
            return_minutes=matrix.minutes[last][shape.end_node],
            return_km=matrix.km[last][shape.end_node],
            skipped=skipped,
            overtime=_beyond(back, shape.end),
            order=tuple(ids),
        )

    def _run(
        self,
        shape: DayShape,
        route: Sequence[int],
        leave: float,
        statuses: Mapping[str, VisitStatus],
        departed: Mapping[str, float],
    ) -> tuple[list[Visit], float]:
        instance, matrix = self.instance, self.matrix
        clock, prev = leave, shape.start_node
        visits = []
        for u in route:
            stop = self.request.stops[u]
            arrival = clock + matrix.minutes[prev][u]
            start = max(arrival, instance.early[u])
            departure = start + stop.visit_minutes
            if stop.id in departed:  # what really happened overrides the plan
                departure = departed[stop.id]
                start = departure - stop.visit_minutes
                arrival = min(arrival, start)
            visits.append(
                Visit(
                    stop=stop,
                    arrival=arrival,
                    start=start,
                    departure=departure,
                    wait=start - arrival,
                    travel_minutes=matrix.minutes[prev][u],
                    travel_km=matrix.km[prev][u],
                    late_by=_beyond(start, instance.late[u]),
                    status=statuses.get(stop.id, VisitStatus.PLANNED),
                )
            )
            clock, prev = departure, u
        return visits, clock + matrix.minutes[prev][shape.end_node]

    def schedule(
        self,
        order: Order,
        statuses: Mapping[str, VisitStatus],
        departed: Mapping[str, float],
        unplaced: Sequence[Unplaced],
        optimal: bool,
        travel: TravelModel,
    ) -> TourPlan:
        days = tuple(self.day(k, ids, statuses, departed) for k, ids in enumerate(order))
        return TourPlan(
            request=self.request,
            days=days,
            unplaced=tuple(unplaced),
            optimal=optimal,
            matrix=self.matrix,
            travel=travel,
            departed=dict(departed),
        )
