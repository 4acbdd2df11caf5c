"""Tours longer than a day: split into days that each leave and return as told."""

from __future__ import annotations

import pytest

from moovdesk.tours import DaySettings, Place, TourPlan, UnplacedReason, plan_tour
from moovdesk.tours.instance import lower_bound_days
from tests.tours.scenes import DAY, HOME, instance_of, request, scattered
from tests.tours.test_windows import check_bounds

HOTEL = Place(45.19, 5.72, "hotel in Grenoble")


def check_legs(plan: TourPlan) -> None:
    """Each day's times follow from its legs: leave, travel, visit, travel home."""
    for day in plan.days:
        clock = day.leave
        for visit in day.visits:
            assert visit.arrival == pytest.approx(clock + visit.travel_minutes)
            clock = visit.departure
        assert day.back == pytest.approx(clock + day.return_minutes)


@pytest.mark.parametrize(("count", "windows"), [(40, False), (40, True), (120, True)])
def test_a_long_tour_splits_into_days_from_home(count: int, windows: bool) -> None:
    tour = request(scattered(count, count, windows=windows, spread=0.5, visit=30))
    plan = plan_tour(tour, time_limit=None)
    assert not plan.unplaced
    assert sorted(v.stop.id for d in plan.days for v in d.visits) == sorted(
        s.id for s in tour.stops
    )
    assert len(plan.days) >= lower_bound_days(instance_of(tour), range(count)) > 1
    for day in plan.days:
        assert day.settings == DAY and day.visits
    check_bounds(plan)
    check_legs(plan)
    assert plan.travel_minutes == pytest.approx(sum(d.travel_minutes for d in plan.days))


def test_a_day_limit_leaves_the_rest_out_with_the_reason() -> None:
    tour = request(scattered(40, 3, spread=0.5, visit=30), max_days=2)
    plan = plan_tour(tour, time_limit=None)
    assert len(plan.days) == 2
    assert plan.unplaced and {u.reason for u in plan.unplaced} == {UnplacedReason.NO_ROOM}
    placed = sum(len(d.visits) for d in plan.days)
    assert placed + len(plan.unplaced) == 40
    assert placed >= 20  # two full days of 30-minute visits close to home
    check_bounds(plan)


def test_a_trip_with_hotel_nights_follows_each_days_places() -> None:
    days = (
        DaySettings(HOME, HOTEL, 8 * 60, 19 * 60),
        DaySettings(HOTEL, HOTEL, 8 * 60, 19 * 60),
        DaySettings(HOTEL, HOME, 8 * 60, 17 * 60),
    )
    stops = scattered(30, 8, spread=0.6, visit=30)
    plan = plan_tour(request(stops, *days, max_days=3), time_limit=None)
    assert len(plan.days) <= 3
    for day in plan.days:
        assert day.settings == days[day.index]
    check_bounds(plan)
    check_legs(plan)
    instance = instance_of(plan.request)
    for day in plan.days:
        shape = instance.day(day.index)
        if day.visits:
            last = plan.request.stops.index(day.visits[-1].stop)
            assert day.return_minutes == pytest.approx(instance.travel[last][shape.end_node])


def test_a_half_day_holds_less() -> None:
    half = DaySettings(HOME, HOME, 8 * 60, 12 * 60)
    stops = scattered(16, 9, spread=0.3, visit=30)
    plan = plan_tour(request(stops, half, DAY), time_limit=None)
    assert not plan.unplaced
    first = plan.days[0]
    assert first.settings == half and first.back <= 12 * 60 + 1e-6
    assert len(first.visits) < len(plan.days[1].visits)
