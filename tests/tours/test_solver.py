"""The planner's orders against brute force: proven best for a few stops, and the heuristic
(used past a dozen) finding the same answers where both can run."""

from __future__ import annotations

import pytest

from moovdesk.tours import DaySettings, plan_tour
from moovdesk.tours.exact import solve_exact
from moovdesk.tours.instance import simulate
from moovdesk.tours.solver import solve
from tests.tours.scenes import HOME, best_days, best_single_day, instance_of, request, scattered


@pytest.mark.parametrize("windows", [False, True])
@pytest.mark.parametrize(("count", "seed"), [(5, 1), (7, 2), (8, 4), (8, 5), (8, 6)])
def test_one_day_is_the_best_order_of_all(count: int, seed: int, windows: bool) -> None:
    tour = request(scattered(count, seed, windows=windows, visit=20))
    best = best_single_day(tour)
    assert best is not None, "the scene should fit in one day"
    plan = plan_tour(tour, time_limit=None)
    assert plan.optimal
    assert len(plan.days) == 1 and not plan.unplaced
    assert plan.travel_minutes == pytest.approx(best, abs=1e-6)


@pytest.mark.parametrize("windows", [False, True])
@pytest.mark.parametrize("seed", [5, 6, 7])
def test_several_days_are_the_fewest_then_the_shortest(seed: int, windows: bool) -> None:
    # Long visits far apart: six stops need two or three days.
    tour = request(scattered(6, seed, windows=windows, spread=0.8, visit=100))
    days, travel = best_days(tour)
    plan = plan_tour(tour, time_limit=None)
    assert len(plan.days) == days > 1
    assert plan.travel_minutes == pytest.approx(travel, abs=1e-6)
    for day in plan.days:  # each day leaves home and comes back
        assert day.settings.start == HOME == day.settings.end
        assert day.overtime == 0


@pytest.mark.parametrize("windows", [False, True])
@pytest.mark.parametrize("seed", [11, 12, 13])
def test_the_heuristic_finds_the_proven_best_on_a_dozen_stops(seed: int, windows: bool) -> None:
    tour = request(scattered(12, seed, windows=windows, spread=0.5, visit=40))
    instance = instance_of(tour)
    stops = list(range(instance.n))
    exact = solve_exact(instance, stops)
    heuristic = solve(instance, stops, exact=False)
    assert not exact.unplaced and not heuristic.unplaced
    assert len(heuristic.routes) == len(exact.routes)

    def travel(routes: list[list[int]]) -> float:
        for k, route in enumerate(routes):
            assert simulate(instance, k, route).feasible
        return sum(simulate(instance, k, route).travel for k, route in enumerate(routes))

    assert travel(heuristic.routes) <= travel(exact.routes) * 1.005 + 1e-9


def test_the_same_seed_gives_the_same_plan() -> None:
    tour = request(scattered(60, 21, windows=True, spread=0.4, visit=25))
    first = plan_tour(tour, seed=3, time_limit=None)
    again = plan_tour(tour, seed=3, time_limit=None)
    assert first.order == again.order
    assert first.travel_minutes == again.travel_minutes


def test_a_different_end_place_is_honoured() -> None:
    office = HOME.__class__(45.9, 5.1, "office")
    tour = request(scattered(20, 31, visit=15, spread=0.2), DaySettings(HOME, office, 480, 1080))
    plan = plan_tour(tour, time_limit=None)
    (day,) = plan.days
    instance = instance_of(tour)
    last = tour.stops.index(day.visits[-1].stop)
    end_node = instance.days[0].end_node
    assert day.return_minutes == pytest.approx(instance.travel[last][end_node])
    assert day.back == pytest.approx(day.visits[-1].departure + day.return_minutes)


def test_progress_is_reported_and_a_cancelled_search_still_places_everything() -> None:
    tour = request(scattered(80, 41, windows=True, spread=0.5, visit=30))
    seen: list[float] = []
    asked = 0

    def should_stop() -> bool:
        nonlocal asked
        asked += 1
        return asked > 30

    plan = plan_tour(tour, progress=seen.append, should_stop=should_stop)
    assert seen and seen == sorted(seen) and seen[0] >= 0 and seen[-1] < 1
    assert not plan.unplaced
    assert sum(len(day.visits) for day in plan.days) == 80


def test_a_time_limit_cuts_the_search_short_with_a_sound_plan() -> None:
    tour = request(scattered(150, 42, windows=True, spread=0.5, visit=30))
    plan = plan_tour(tour, time_limit=0.01)
    assert not plan.unplaced
    assert all(day.overtime == 0 for day in plan.days)
