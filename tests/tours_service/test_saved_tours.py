"""Saving, listing, reopening, renaming and deleting tours, and the edits of the day."""

from __future__ import annotations

import sqlite3

import pytest

from moovdesk.data.errors import RecordNotFoundError, ValidationError
from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.tour_plans import SavedTour, TourService, TourStatus
from moovdesk.tours import EstimatedTravel, Place, UnplacedReason, VisitStatus
from tests.tours_service.conftest import TOUR_DAY, draft_of, planned


def order(tour: SavedTour) -> list[list[str]]:
    return [list(day.order) for day in tour.plan.days]


def reopened(tours: TourService, tour: SavedTour) -> SavedTour:
    return tours.open(tour.id, EstimatedTravel())


def test_a_saved_tour_reopens_as_it_was(tours: TourService, saved: SavedTour) -> None:
    again = tours.open(saved.id)  # with its own travel settings: the estimate
    assert again.name == "Tournée test"
    assert again.first_day == TOUR_DAY
    assert order(again) == order(saved)
    assert again.stops == saved.stops
    assert again.request.days == saved.request.days
    for before, after in zip(saved.plan.days, again.plan.days, strict=True):
        assert [v.arrival for v in after.visits] == pytest.approx(
            [v.arrival for v in before.visits]
        )
        assert after.travel_km == pytest.approx(before.travel_km)
    assert again.plan.estimated


def test_the_list_shows_totals_newest_first(
    services: Services, tours: TourService, saved: SavedTour, prospect_ids: list[str]
) -> None:
    later = planned(tours, draft_of(services, prospect_ids[:2], first_day=TOUR_DAY.replace(day=20)))
    listed = tours.list_tours()
    assert [t.id for t in listed] == [later.id, saved.id]
    first = listed[1]
    assert (first.name, first.first_day, first.stop_count, first.day_count) == (
        "Tournée test",
        TOUR_DAY,
        5,
        1,
    )
    assert first.travel_km == pytest.approx(saved.plan.travel_km, abs=0.01)
    assert first.status is TourStatus.PLANNED and first.estimated


def test_rename_and_soft_delete(tours: TourService, saved: SavedTour, home: Home) -> None:
    tours.rename(saved.id, "  Loire   et Rhône ")
    assert tours.list_tours()[0].name == "Loire et Rhône"
    with pytest.raises(ValidationError):
        tours.rename(saved.id, "   ")
    tours.delete(saved.id)
    assert tours.list_tours() == []
    assert [t.id for t in tours.list_tours(trashed=True)] == [saved.id]
    with pytest.raises(RecordNotFoundError):
        tours.open(saved.id)
    with sqlite3.connect(home.database) as connection:  # a tombstone, not a deletion
        assert connection.execute("SELECT count(*) FROM tour_stop").fetchone() == (5,)
    connection.close()
    tours.delete(saved.id, deleted=False)
    assert tours.open(saved.id).name == "Loire et Rhône"


def test_saving_the_same_draft_twice_is_refused(
    services: Services, tours: TourService, saved: SavedTour, prospect_ids: list[str]
) -> None:
    with pytest.raises(ValidationError, match="already saved"):
        tours.save("again", draft_of(services, []), saved.plan)


def test_a_new_order_is_timed_and_kept(tours: TourService, saved: SavedTour) -> None:
    new_order = [list(reversed(order(saved)[0]))]
    changed = tours.save_order(saved, new_order)
    assert order(changed) == new_order
    again = reopened(tours, saved)
    assert order(again) == new_order
    assert again.plan.travel_km == pytest.approx(changed.plan.travel_km)
    assert tours.list_tours()[0].travel_km == pytest.approx(changed.plan.travel_km, abs=0.01)


def test_removing_a_stop_keeps_it_unplaced(tours: TourService, saved: SavedTour) -> None:
    gone = order(saved)[0][1]
    changed = tours.remove_stop(saved, gone)
    again = reopened(tours, saved)
    assert gone not in order(again)[0]
    assert [(u.stop.id, u.reason) for u in again.plan.unplaced] == [(gone, UnplacedReason.REMOVED)]
    assert tours.list_tours()[0].stop_count == 4
    back = tours.save_order(changed, [[*order(changed)[0], gone]])
    assert order(reopened(tours, back))[0][-1] == gone


def test_skip_and_plan_again(tours: TourService, saved: SavedTour) -> None:
    stop_id = order(saved)[0][2]
    skipped = tours.skip_stop(saved, stop_id)
    assert skipped.plan.statuses[stop_id] is VisitStatus.SKIPPED
    again = reopened(tours, saved)
    assert again.plan.statuses[stop_id] is VisitStatus.SKIPPED
    assert stop_id not in again.plan.days[0].stop_ids  # out of the route, kept in the list
    assert stop_id in again.plan.days[0].order
    summary = tours.list_tours()[0]
    assert (summary.skipped_count, summary.status) == (1, TourStatus.IN_PROGRESS)
    tours.replan_stop(skipped, stop_id)
    assert reopened(tours, saved).plan.statuses[stop_id] is VisitStatus.PLANNED


def test_an_unknown_stop_is_not_found(tours: TourService, saved: SavedTour) -> None:
    with pytest.raises(RecordNotFoundError):
        tours.skip_stop(saved, "nope")


def test_add_a_prospect_and_a_place(
    services: Services, tours: TourService, prospect_ids: list[str]
) -> None:
    tour = planned(tours, draft_of(services, prospect_ids[:3]))
    extra = services.prospects.create({"company": "Nouveau", "latitude": 45.75, "longitude": 4.9})
    grown = tours.add_prospect(tour, extra)
    new_ids = set(grown.plan.days[0].order) - set(tour.plan.days[0].order)
    (new_stop,) = new_ids
    assert grown.stops[new_stop].prospect_id == extra
    hotel = Place(45.70, 4.85, "Dépôt Sud")
    grown = tours.add_place(grown, hotel, visit_minutes=15, address="1 quai Sud, 69007 Lyon")
    again = reopened(tours, tour)
    assert len(again.plan.days[0].order) == 5
    place_stops = [i for i, info in again.stops.items() if info.prospect_id is None]
    assert len(place_stops) == 1
    assert again.stops[place_stops[0]].address == "1 quai Sud, 69007 Lyon"
    stop = next(s for s in again.request.stops if s.id == place_stops[0])
    assert (stop.label, stop.visit_minutes) == ("Dépôt Sud", 15)
    assert tours.list_tours()[0].stop_count == 5


def test_a_prospect_off_the_map_cannot_be_added(
    services: Services, tours: TourService, saved: SavedTour
) -> None:
    nowhere = services.prospects.create({"company": "Sans adresse"})
    with pytest.raises(ValidationError, match="not on the map"):
        tours.add_prospect(saved, nowhere)


def test_resolve_id_by_prefix(tours: TourService, saved: SavedTour) -> None:
    assert tours.resolve_id(saved.id[:8]) == saved.id
    assert tours.resolve_id(saved.id.upper()) == saved.id
    with pytest.raises(RecordNotFoundError):
        tours.resolve_id("abc")
    with pytest.raises(RecordNotFoundError):
        tours.resolve_id("ffffffff-nope")


def test_unplaced_reasons_survive_a_reopen(
    services: Services, tours: TourService, prospect_ids: list[str]
) -> None:
    late = services.agenda.add_appointment(
        prospect_ids[0],
        services.agenda.clock().replace(day=11, hour=23, minute=0),
        services.agenda.clock().replace(day=11, hour=23, minute=30),
    )
    assert late
    tour = planned(tours, draft_of(services, prospect_ids))
    (unplaced,) = tour.plan.unplaced
    again = reopened(tours, tour)
    assert [(u.stop.id, u.reason) for u in again.plan.unplaced] == [
        (unplaced.stop.id, unplaced.reason)
    ]
    assert unplaced.reason is not UnplacedReason.REMOVED
