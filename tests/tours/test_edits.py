"""The edits of the day: reorder, mark visited, skip, add and remove a stop."""

from __future__ import annotations

import pytest

from moovdesk.tours import (
    Stop,
    TimeWindow,
    TourPlan,
    UnplacedReason,
    VisitStatus,
    add_stop,
    mark_visited,
    plan_tour,
    recompute,
    remove_stop,
    schedule_tour,
    set_status,
    skip_stop,
)
from tests.tours.scenes import HOME, request, scattered
from tests.tours.test_days import check_legs


@pytest.fixture
def plan() -> TourPlan:
    stops = scattered(10, 40, spread=0.2, visit=20)  # one day, with room to spare
    stops[3] = Stop("s3", stops[3].lat, stops[3].lon, 20, TimeWindow(9 * 60, 11 * 60))
    return plan_tour(request(stops), time_limit=None)


def ids(plan: TourPlan) -> list[list[str]]:
    return [list(day.order) for day in plan.days]


def test_a_new_order_is_kept_and_timed(plan: TourPlan) -> None:
    order = ids(plan)
    order[0].reverse()
    again = recompute(plan, order)
    assert ids(again) == order
    check_legs(again)
    assert not again.optimal
    assert again.travel_minutes >= plan.travel_minutes - 1e-6


def test_a_forced_order_shows_what_it_breaks(plan: TourPlan) -> None:
    order = ids(plan)
    day = order[0]
    day.remove("s3")
    day.append("s3")  # the 9-11 shop last: late
    again = recompute(plan, order)
    visit = again.visit("s3")
    assert visit is not None and visit[1].late_by > 0


def test_stops_can_move_between_days_and_out(plan: TourPlan) -> None:
    order = ids(plan)
    moved = order[0].pop()
    gone = order[0].pop()
    order.append([moved])
    again = recompute(plan, order)
    assert again.days[-1].stop_ids == (moved,)
    assert [(u.stop.id, u.reason) for u in again.unplaced] == [(gone, UnplacedReason.REMOVED)]
    back = recompute(again, [*ids(again)[:-1], [moved, gone]])
    assert not back.unplaced


def test_a_bad_order_is_refused(plan: TourPlan) -> None:
    with pytest.raises(ValueError, match="twice"):
        recompute(plan, [["s1", "s1"]])
    with pytest.raises(ValueError, match="unknown"):
        recompute(plan, [["nobody"]])


def test_a_late_departure_moves_the_rest_of_the_day(plan: TourPlan) -> None:
    day = plan.days[0]
    first, second = day.visits[0], day.visits[1]
    later = mark_visited(plan, first.stop.id, departed_at=first.departure + 25)
    day_after = later.days[0]
    assert day_after.visits[0].status is VisitStatus.VISITED
    assert day_after.visits[0].departure == first.departure + 25
    assert day_after.leave == day.leave  # a day under way keeps its start
    delay = day_after.visits[1].arrival - second.arrival
    assert delay == pytest.approx(25)
    assert later.statuses[first.stop.id] is VisitStatus.VISITED
    assert later.departed == {first.stop.id: first.departure + 25}


def test_a_skipped_stop_stays_listed_out_of_the_route(plan: TourPlan) -> None:
    day = plan.days[0]
    skipped = day.visits[2].stop.id
    after = skip_stop(plan, skipped)
    changed = after.days[0]
    assert skipped not in changed.stop_ids
    assert [s.id for s in changed.skipped] == [skipped]
    assert changed.order == day.order
    before, nxt = day.visits[1].stop.id, day.visits[3].stop.id
    leg = after.matrix.minutes[after.request.stops.index(day.visits[1].stop)][
        after.request.stops.index(day.visits[3].stop)
    ]
    (following,) = [v for v in changed.visits if v.stop.id == nxt]
    assert following.travel_minutes == pytest.approx(leg)
    assert before in changed.stop_ids
    restored = set_status(after, skipped, VisitStatus.PLANNED)
    assert restored.days[0].stop_ids == day.stop_ids
    assert restored.travel_minutes == pytest.approx(plan.travel_minutes)


def test_an_added_stop_goes_where_it_costs_least(plan: TourPlan) -> None:
    first = plan.days[0].visits[0].stop
    near_first = Stop("new", first.lat + 0.002, first.lon + 0.002, 20)
    after = add_stop(plan, near_first)
    found = after.visit("new")
    assert found is not None
    order = list(after.days[0].order)
    assert abs(order.index("new") - order.index(first.id)) == 1
    for k, day in enumerate(plan.days):  # the others keep their order
        assert [i for i in after.days[k].order if i != "new"] == list(day.order)
    check_legs(after)


def test_an_added_stop_never_goes_before_a_visited_one(plan: TourPlan) -> None:
    day = plan.days[0]
    visited = day.visits[3].stop.id
    done = mark_visited(plan, visited)
    first = day.visits[0].stop
    after = add_stop(done, Stop("new", first.lat + 0.002, first.lon, 20), day=0)
    order = list(after.days[0].order)
    assert order.index("new") > order.index(visited)


def test_an_added_stop_that_fits_nowhere_is_reported(plan: TourPlan) -> None:
    far = Stop("far", HOME.lat + 3, HOME.lon, 30, TimeWindow(8 * 60, 8 * 60 + 40))
    after = add_stop(plan, far)
    assert [(u.stop.id, u.reason) for u in after.unplaced] == [
        ("far", UnplacedReason.WINDOW_UNREACHABLE)
    ]
    crowded = plan_tour(request(scattered(14, 40, spread=0.3, visit=30), max_days=2))
    full = add_stop(crowded, Stop("big", HOME.lat, HOME.lon + 0.01, 9 * 60))
    assert full.unplaced[-1].reason is UnplacedReason.NO_ROOM


def test_a_removed_stop_is_listed_as_removed(plan: TourPlan) -> None:
    gone = plan.days[0].visits[1].stop.id
    after = remove_stop(plan, gone)
    assert gone not in [i for day in after.order for i in day]
    assert after.unplaced[-1].reason is UnplacedReason.REMOVED


def test_a_saved_tour_reopens_as_it_was(plan: TourPlan) -> None:
    first = plan.days[0].visits[0]
    edited = skip_stop(mark_visited(plan, first.stop.id, first.departure + 10), "s3")
    reopened = schedule_tour(
        edited.request, edited.order, statuses=edited.statuses, departed=edited.departed
    )
    assert reopened.days == edited.days
    assert reopened.estimated
    partial = schedule_tour(edited.request, [list(edited.order[0][:3])], edited.matrix)
    assert len(partial.days[0].order) == 3
    assert {u.reason for u in partial.unplaced} == {UnplacedReason.REMOVED}
