"""Small made-up tours around Lyon, and a brute force to check the planner against."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

from moovdesk.tours import DaySettings, Place, Stop, TimeWindow, TourRequest
from moovdesk.tours.instance import Instance, simulate
from moovdesk.tours.timetable import points, solver_instance
from moovdesk.tours.travel import EstimatedTravel

HOME = Place(45.764, 4.836, "home")
DAY = DaySettings(HOME, HOME, 8 * 60, 18 * 60)


def scattered(
    count: int, seed: int, *, windows: bool = False, spread: float = 0.3, visit: float = 30
) -> list[Stop]:
    """Stops within ~30 km of HOME; with `windows`, half get shop hours."""
    rng = random.Random(seed)
    stops = []
    for i in range(count):
        window = None
        if windows and rng.random() < 0.5:
            window = rng.choice([TimeWindow(540, 720), TimeWindow(840, 1080), TimeWindow(600, 780)])
        stops.append(
            Stop(
                f"s{i}",
                HOME.lat + rng.uniform(-spread, spread),
                HOME.lon + rng.uniform(-spread, spread) * 1.4,
                visit,
                window,
            )
        )
    return stops


def request(stops: Sequence[Stop], *days: DaySettings, max_days: int | None = None) -> TourRequest:
    return TourRequest(tuple(stops), days or (DAY,), max_days=max_days)


def instance_of(tour: TourRequest) -> Instance:
    return solver_instance(tour, EstimatedTravel().matrix(points(tour)))


def best_single_day(tour: TourRequest) -> float | None:
    """Least travel over every order of the stops in one day, None if no order fits."""
    instance = instance_of(tour)
    best = None
    for order in itertools.permutations(range(instance.n)):
        schedule = simulate(instance, 0, order)
        if schedule.feasible and (best is None or schedule.travel < best):
            best = schedule.travel
    return best


def best_days(tour: TourRequest) -> tuple[int, float]:
    """(days, travel) of the best plan over every order cut into consecutive days (alike
    days): fewest days first, then least travel."""
    instance = instance_of(tour)
    n = instance.n
    best: tuple[int, float] | None = None
    for order in itertools.permutations(range(n)):
        for cuts in range(1 << (n - 1)):
            days, start, travel, ok = [], 0, 0.0, True
            for i in range(1, n + 1):
                if i == n or cuts >> (i - 1) & 1:
                    days.append(order[start:i])
                    start = i
            for day in days:
                schedule = simulate(instance, 0, day)
                if not schedule.feasible:
                    ok = False
                    break
                travel += schedule.travel
            if ok and (best is None or (len(days), travel) < best):
                best = (len(days), travel)
    assert best is not None
    return best
