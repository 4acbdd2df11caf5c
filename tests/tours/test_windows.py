"""Time windows and appointments: kept, waited for, or reported when they cannot be."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from moovdesk.tours import (
    Stop,
    TimeWindow,
    TourPlan,
    TourRequest,
    UnplacedReason,
    plan_tour,
)
from tests.tours.scenes import DAY, HOME, request, scattered


def check_bounds(plan: TourPlan) -> None:
    """Every visit inside its window (started from open, over by close), on time for its
    appointment, arrival before start, and every day back home by its end."""
    for day in plan.days:
        assert day.back <= day.settings.end_minute + 1e-6
        assert day.leave >= day.settings.start_minute - 1e-6
        for visit in day.visits:
            stop = visit.stop
            assert visit.arrival <= visit.start + 1e-9
            assert visit.wait == pytest.approx(visit.start - visit.arrival)
            assert visit.departure == pytest.approx(visit.start + stop.visit_minutes)
            assert visit.late_by == 0
            if stop.window is not None:
                assert isinstance(stop.window.open, float | int)
                assert isinstance(stop.window.close, float | int)
                assert visit.start >= stop.window.open - 1e-6
                assert visit.departure <= stop.window.close + 1e-6
            if stop.appointment is not None:
                assert visit.start == pytest.approx(stop.appointment)


@pytest.mark.parametrize(("count", "seed"), [(10, 1), (40, 2), (90, 3)])
def test_visits_keep_their_windows(count: int, seed: int) -> None:
    stops = scattered(count, seed, windows=True, spread=0.5, visit=25)
    plan = plan_tour(request(stops), time_limit=None)
    assert not plan.unplaced
    assert sum(len(day.visits) for day in plan.days) == count
    check_bounds(plan)


def test_an_early_arrival_waits_for_the_opening() -> None:
    morning = Stop("morning", HOME.lat + 0.05, HOME.lon, 30, TimeWindow(9 * 60, 10 * 60))
    afternoon = Stop("afternoon", HOME.lat - 0.05, HOME.lon, 30, TimeWindow(14 * 60, 16 * 60))
    plan = plan_tour(request([morning, afternoon]), time_limit=None)
    check_bounds(plan)
    (day,) = plan.days
    first, second = day.visits
    assert first.stop.id == "morning" and second.stop.id == "afternoon"
    assert second.start == 14 * 60
    assert second.wait > 0 and second.arrival < 14 * 60
    assert day.wait_minutes == pytest.approx(second.wait)


def test_the_rep_leaves_later_rather_than_waits() -> None:
    only = Stop("only", HOME.lat + 0.1, HOME.lon, 30, appointment=15 * 60)
    plan = plan_tour(request([only]), time_limit=None)
    (day,) = plan.days
    (visit,) = day.visits
    assert visit.start == 15 * 60 and visit.wait == pytest.approx(0)
    assert day.leave == pytest.approx(15 * 60 - visit.travel_minutes)


def test_appointments_keep_their_time_in_any_form() -> None:
    first_day = date(2027, 3, 15)
    stops = [
        *scattered(14, 4, spread=0.3, visit=20),
        Stop("minutes", HOME.lat + 0.1, HOME.lon + 0.1, 30, appointment=11 * 60),
        Stop("time", HOME.lat - 0.1, HOME.lon + 0.1, 30, appointment=time(14, 30)),
        Stop("datetime", HOME.lat, HOME.lon - 0.1, 45, appointment=datetime(2027, 3, 16, 10)),
    ]
    tour = TourRequest(tuple(stops), (DAY,), first_day=first_day)
    plan = plan_tour(tour, time_limit=None)
    assert not plan.unplaced
    found = {v.stop.id: (k, v) for k in range(len(plan.days)) for v in plan.days[k].visits}
    assert found["minutes"][1].start == 11 * 60
    assert found["time"][1].start == 14 * 60 + 30
    day, visit = found["datetime"]
    assert (day, visit.start) == (1, 10 * 60)  # the day after the first
    assert plan.when(day, visit.start) == datetime(2027, 3, 16, 10)


def test_windows_that_cannot_be_kept_are_reported_with_the_reason() -> None:
    far = Stop("far", HOME.lat + 0.8, HOME.lon, 30, TimeWindow(8 * 60, 8 * 60 + 45))
    short = Stop("short", HOME.lat + 0.1, HOME.lon, 30, TimeWindow(9 * 60, 9 * 60 + 15))
    early = Stop("early", HOME.lat + 0.1, HOME.lon, 30, appointment=7 * 60)
    late = Stop("late", HOME.lat + 0.1, HOME.lon, 30, appointment=17 * 60 + 50)
    fine = Stop("fine", HOME.lat + 0.1, HOME.lon, 30, TimeWindow(9 * 60, 12 * 60))
    plan = plan_tour(request([far, short, early, late, fine]), time_limit=None)
    reasons = {u.stop.id: u.reason for u in plan.unplaced}
    assert reasons == {
        "far": UnplacedReason.WINDOW_UNREACHABLE,
        "short": UnplacedReason.WINDOW_TOO_SHORT,
        "early": UnplacedReason.WINDOW_UNREACHABLE,
        "late": UnplacedReason.OUTSIDE_DAY,
    }
    assert "08:" in next(u.detail for u in plan.unplaced if u.stop.id == "far")
    assert [v.stop.id for d in plan.days for v in d.visits] == ["fine"]


def test_clashing_appointments_on_one_day_leave_one_out() -> None:
    first_day = date(2027, 3, 15)
    at = datetime(2027, 3, 15, 10)
    one = Stop("one", HOME.lat + 0.2, HOME.lon, 30, appointment=at)
    two = Stop("two", HOME.lat - 0.2, HOME.lon, 30, appointment=at)
    plan = plan_tour(TourRequest((one, two), (DAY,), first_day=first_day), time_limit=None)
    assert [u.reason for u in plan.unplaced] == [UnplacedReason.CONFLICT]
    assert len(plan.days) == 1 and len(plan.days[0].visits) == 1


def test_fixed_times_without_a_date_go_to_different_days() -> None:
    one = Stop("one", HOME.lat + 0.2, HOME.lon, 30, appointment=10 * 60)
    two = Stop("two", HOME.lat - 0.2, HOME.lon, 30, appointment=10 * 60)
    plan = plan_tour(request([one, two]), time_limit=None)
    assert not plan.unplaced and len(plan.days) == 2


def test_dates_outside_the_tour_are_refused() -> None:
    first_day = date(2027, 3, 15)
    before = Stop("before", HOME.lat, HOME.lon + 0.1, 30, appointment=datetime(2027, 3, 14, 10))
    after = Stop("after", HOME.lat, HOME.lon - 0.1, 30, appointment=datetime(2027, 3, 20, 10))
    tour = TourRequest((before, after), (DAY,), max_days=3, first_day=first_day)
    plan = plan_tour(tour, time_limit=None)
    assert {u.stop.id: u.reason for u in plan.unplaced} == {
        "before": UnplacedReason.BEYOND_DAYS,
        "after": UnplacedReason.BEYOND_DAYS,
    }


def test_a_window_over_two_dates_or_without_a_first_day_is_an_error() -> None:
    window = TimeWindow(datetime(2027, 3, 15, 9), datetime(2027, 3, 16, 12))
    with pytest.raises(ValueError, match="one day"):
        plan_tour(
            TourRequest(
                (Stop("a", HOME.lat, HOME.lon, window=window),), (DAY,), first_day=date(2027, 3, 15)
            )
        )
    with pytest.raises(ValueError, match="first_day"):
        plan_tour(TourRequest((Stop("a", HOME.lat, HOME.lon, window=window),), (DAY,)))
