"""Tour planning against Google OR-Tools' routing solver (guided local search, same matrix).

Two kinds of instance, each random or clustered, of 25 to 200 stops, with and without windows:
- "route": one long day, so only the order counts (TSP, and TSP with windows set around a
  reference tour so that one day can hold them all);
- "days": a rep's week: 8:00-18:00 days from home, 20-45 minute visits, and with windows,
  shop hours (9-12, 14-18) and a few fixed-time appointments.
The figure is our travel time, the floor OR-Tools' (ratio target ≤ 1.02); with "days", fewer
days wins first. Our time is CPU seconds of the whole `plan_tour` (matrix, solve, schedule).
OR-Tools is a test/benchmark reference only; the app does not need it.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass
from pathlib import Path

from bench.common import Result, print_table
from moovdesk.tours import (
    DaySettings,
    EstimatedTravel,
    Place,
    Stop,
    TimeWindow,
    TourPlan,
    TourRequest,
    plan_tour,
)
from moovdesk.tours.instance import INF, Instance, simulate
from moovdesk.tours.timetable import points, solver_instance

SIZES = (25, 50, 100, 200)
FAMILIES = ("random", "clustered")
ORTOOLS_SECONDS = 2.0
HOME = Place(45.76, 4.84, "home")  # Lyon
SCALE = 100  # OR-Tools works in integers: hundredths of a minute


def scatter(n: int, family: str, rng: random.Random, spread_km: float) -> list[tuple[float, float]]:
    """Points around HOME: uniform in a square, or in towns of ~20 stops each."""
    km_lat = 1 / 111.0
    km_lon = 1 / (111.0 * math.cos(math.radians(HOME.lat)))
    if family == "random":
        return [
            (
                HOME.lat + rng.uniform(-spread_km, spread_km) * km_lat,
                HOME.lon + rng.uniform(-spread_km, spread_km) * km_lon,
            )
            for _ in range(n)
        ]
    towns = [
        (rng.uniform(-spread_km, spread_km), rng.uniform(-spread_km, spread_km))
        for _ in range(max(3, n // 20))
    ]
    found = []
    for _ in range(n):
        x, y = rng.choice(towns)
        found.append(
            (HOME.lat + (x + rng.gauss(0, 4)) * km_lat, HOME.lon + (y + rng.gauss(0, 4)) * km_lon)
        )
    return found


def route_request(n: int, family: str, windows: bool, seed: int) -> TourRequest:
    """One day long enough for every stop; windows (1-4 h) around a nearest-neighbour tour."""
    rng = random.Random(seed)
    stops = [
        Stop(f"s{i}", lat, lon, visit_minutes=10)
        for i, (lat, lon) in enumerate(scatter(n, family, rng, 80))
    ]
    day = DaySettings(HOME, HOME, 0, 100_000)
    request = TourRequest(tuple(stops), (day,))
    if not windows:
        return request
    instance = solver_instance(request, EstimatedTravel().matrix(points(request)))
    t = instance.travel
    here, left, tour = n, set(range(n)), []
    while left:
        row = t[here]
        here = min(left, key=row.__getitem__)
        tour.append(here)
        left.remove(here)
    starts = simulate(instance, 0, tour).starts
    timed = list(stops)
    for u, start in zip(tour, starts, strict=True):
        width = rng.uniform(60, 240)
        opens = max(0.0, start - rng.uniform(0, width))
        timed[u] = Stop(
            stops[u].id, stops[u].lat, stops[u].lon, 10, TimeWindow(opens, opens + width + 10)
        )
    return TourRequest(tuple(timed), (day,))


def days_request(n: int, family: str, windows: bool, seed: int) -> TourRequest:
    """A rep's stops within ~60 km of home, visited on 8:00-18:00 days."""
    rng = random.Random(seed)
    stops = []
    for i, (lat, lon) in enumerate(scatter(n, family, rng, 60)):
        window, appointment = None, None
        draw = rng.random()
        if windows and draw < 0.25:
            window = TimeWindow(9 * 60, 12 * 60)
        elif windows and draw < 0.45:
            window = TimeWindow(14 * 60, 18 * 60)
        elif windows and draw < 0.5:
            appointment = rng.choice([9.5, 10.5, 11.5, 14.5, 15.5, 16.5]) * 60
        visit = rng.choice([20, 30, 30, 45])
        stops.append(Stop(f"s{i}", lat, lon, visit, window, appointment))
    return TourRequest(tuple(stops), (DaySettings(HOME, HOME, 8 * 60, 18 * 60),))


@dataclass(frozen=True)
class Reference:
    days: int
    travel: float
    placed: int


def ortools_reference(instance: Instance, vehicles: int, seconds: float) -> Reference | None:
    """OR-Tools on the same instance: one vehicle per day, a fixed cost per day used (so days
    come first), each stop droppable at a prohibitive penalty (so it always has an answer).
    Its routes are re-timed with our model; None if it found nothing in time."""
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2

    n = instance.n
    shape = instance.days[0]
    # OR-Tools wants distinct start and end nodes: n is the start, n + 1 the end.
    node = [*range(n), shape.start_node, shape.end_node]
    t = instance.travel
    manager = pywrapcp.RoutingIndexManager(n + 2, vehicles, [n] * vehicles, [n + 1] * vehicles)
    routing = pywrapcp.RoutingModel(manager)
    cost: list[list[int]] = [
        [round(t[node[a]][node[b]] * SCALE) for b in range(n + 2)] for a in range(n + 2)
    ]
    busy: list[list[int]] = [
        [math.ceil((instance.service[node[a]] + t[node[a]][node[b]]) * SCALE) for b in range(n + 2)]
        for a in range(n + 2)
    ]

    def arc(i: int, j: int) -> int:
        return cost[int(manager.IndexToNode(i))][int(manager.IndexToNode(j))]

    def transit(i: int, j: int) -> int:
        return busy[int(manager.IndexToNode(i))][int(manager.IndexToNode(j))]

    routing.SetArcCostEvaluatorOfAllVehicles(routing.RegisterTransitCallback(arc))
    horizon = math.floor(shape.end * SCALE)
    routing.AddDimension(routing.RegisterTransitCallback(transit), horizon, horizon, False, "time")
    clock = routing.GetDimensionOrDie("time")
    for v in range(vehicles):
        clock.CumulVar(routing.Start(v)).SetRange(
            math.ceil(shape.start * SCALE), math.ceil(shape.start * SCALE)
        )
        clock.CumulVar(routing.End(v)).SetRange(0, horizon)
    for u in range(n):
        low = 0 if instance.early[u] == -INF else math.ceil(instance.early[u] * SCALE)
        high = horizon if instance.late[u] == INF else math.floor(instance.late[u] * SCALE)
        clock.CumulVar(manager.NodeToIndex(u)).SetRange(low, min(high, horizon))
        routing.AddDisjunction([manager.NodeToIndex(u)], 10**12)
    if vehicles > 1:
        routing.SetFixedCostOfAllVehicles(10**9)
    parameters = pywrapcp.DefaultRoutingSearchParameters()
    strategy = routing_enums_pb2.FirstSolutionStrategy
    parameters.first_solution_strategy = (
        strategy.PARALLEL_CHEAPEST_INSERTION if instance.has_windows else strategy.PATH_CHEAPEST_ARC
    )
    parameters.local_search_metaheuristic = (
        routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    )
    parameters.time_limit.FromMilliseconds(int(seconds * 1000))
    solution = routing.SolveWithParameters(parameters)
    if solution is None:
        return None
    routes = []
    for v in range(vehicles):
        index = solution.Value(routing.NextVar(routing.Start(v)))
        route = []
        while not routing.IsEnd(index):
            route.append(manager.IndexToNode(index))
            index = solution.Value(routing.NextVar(index))
        if route:
            routes.append(route)
    for k, route in enumerate(routes):
        if not simulate(instance, k, route).feasible:
            raise AssertionError("OR-Tools' plan breaks our model: check the scaling")
    travel = sum(simulate(instance, k, route).travel for k, route in enumerate(routes))
    return Reference(len(routes), travel, sum(len(route) for route in routes))


def ortools_available() -> bool:
    try:
        import ortools.constraint_solver.pywrapcp  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True)
class Comparison:
    name: str
    plan: TourPlan
    cpu_seconds: float
    reference: Reference | None


def compare(name: str, request: TourRequest, seconds: float = ORTOOLS_SECONDS) -> Comparison:
    start = time.process_time()
    plan = plan_tour(request, time_limit=None)
    cpu = time.process_time() - start
    reference = None
    if ortools_available():
        instance = solver_instance(request, plan.matrix)
        reference = ortools_reference(instance, len(plan.days) + 1, seconds)
    return Comparison(name, plan, cpu, reference)


def run(work_dir: Path, count: int = 0) -> list[Result]:
    """`work_dir` and `count` follow the suite convention; the instances are generated."""
    del work_dir, count
    if not ortools_available():
        print("tours: OR-Tools is not installed (pip install ortools): no reference costs")
    results = []
    slowest = 0.0
    for kind, make in (("route", route_request), ("days", days_request)):
        for family in FAMILIES:
            for windows in (False, True):
                for n in SIZES:
                    label = f"tours {kind} {family} {'windows' if windows else 'no windows'} {n}"
                    found = compare(label, make(n, family, windows, seed=n))
                    slowest = max(slowest, found.cpu_seconds)
                    ours = found.plan
                    theirs = found.reference
                    print(
                        f"  {label}: {len(ours.days)} days {ours.travel_minutes:.0f} min"
                        f" in {found.cpu_seconds:.2f} s CPU; OR-Tools: "
                        + (f"{theirs.days} days {theirs.travel:.0f} min" if theirs else "none"),
                        flush=True,
                    )
                    if theirs is None:
                        continue
                    placed = sum(len(day.visits) for day in ours.days)
                    days = f" ({len(ours.days)} vs {theirs.days} days)" if kind == "days" else ""
                    if placed > theirs.placed:
                        target = f"OR-Tools drops {placed - theirs.placed}"
                    elif len(ours.days) != theirs.days:
                        target = "fewer days" if len(ours.days) < theirs.days else "MORE DAYS"
                    else:
                        target = "≤ 1.02"
                    results.append(
                        Result(label + days, ours.travel_minutes, theirs.travel, "min", target)
                    )
    results.append(Result("tours plan time, slowest instance (CPU)", slowest, 1.0, "s", "≤ 1 s"))
    return results


if __name__ == "__main__":
    print_table(run(Path(), 0))
