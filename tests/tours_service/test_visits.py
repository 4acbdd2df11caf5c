"""Marking a stop visited: the visit logged on the prospect, hot/cold and a follow-up set, all
in one transaction."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from moovdesk.data.errors import RecordNotFoundError, ValidationError
from moovdesk.data.vocabulary import ActivityKind, AppointmentStatus, Temperature
from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.tour_plans import SavedTour, TourService, TourStatus, VisitReport
from moovdesk.tour_plans import visits as visits_module
from moovdesk.tours import EstimatedTravel, Place, VisitStatus
from tests.conftest import FIXED_NOW
from tests.tours_service.conftest import TOUR_DAY, ZONE, draft_of, planned


def first_stop(tour: SavedTour) -> tuple[str, str]:
    """(stop id, prospect id) of the day's first visit."""
    stop_id = tour.plan.days[0].visits[0].stop.id
    prospect_id = tour.stops[stop_id].prospect_id
    assert prospect_id is not None
    return stop_id, prospect_id


def counts(home: Home) -> tuple[int, int]:
    with sqlite3.connect(home.database) as connection:
        activities = connection.execute("SELECT count(*) FROM activity").fetchone()[0]
        follow_ups = connection.execute("SELECT count(*) FROM follow_up").fetchone()[0]
    connection.close()
    return activities, follow_ups


def test_a_visit_is_logged_with_its_decisions(
    services: Services, tours: TourService, saved: SavedTour
) -> None:
    stop_id, prospect_id = first_stop(saved)
    callback = datetime(2027, 3, 25, 9, 0, tzinfo=ZONE)
    report = VisitReport(
        note="  Intéressée par la gamme bio ",
        temperature=Temperature.HOT,
        follow_up_at=callback,
        follow_up_note="Envoyer le devis",
        departed_minute=10 * 60,
    )
    after = tours.mark_visited(saved, stop_id, report)
    assert after.plan.statuses[stop_id] is VisitStatus.VISITED
    assert after.plan.departed == {stop_id: 600}
    (activity,) = services.activities.activities_of(prospect_id)
    assert activity.kind is ActivityKind.VISIT
    assert (activity.subject, activity.body) == ("Tournée test", "Intéressée par la gamme bio")
    assert activity.occurred_at == FIXED_NOW
    assert services.prospects.get(prospect_id).row.temperature is Temperature.HOT
    (follow_up,) = services.agenda.follow_ups_of(prospect_id)
    assert (follow_up.due_at, follow_up.note) == (callback, "Envoyer le devis")
    again = tours.open(saved.id, EstimatedTravel())
    assert again.plan.statuses[stop_id] is VisitStatus.VISITED
    assert again.plan.days[0].visits[0].departure == pytest.approx(600)
    # The next visit starts from when the rep really left.
    second = again.plan.days[0].visits[1]
    assert second.arrival == pytest.approx(600 + second.travel_minutes)
    summary = tours.list_tours()[0]
    assert (summary.visited_count, summary.status) == (1, TourStatus.IN_PROGRESS)
    with pytest.raises(ValidationError, match="already"):
        tours.mark_visited(after, stop_id)
    # Planned again, then visited again: a second visit is logged, the first one stays.
    replanned = tours.replan_stop(after, stop_id)
    assert tours.open(saved.id, EstimatedTravel()).plan.statuses[stop_id] is VisitStatus.PLANNED
    tours.mark_visited(replanned, stop_id, VisitReport(note="Repassé"))
    assert [a.body for a in services.activities.activities_of(prospect_id)] == [
        "Repassé",
        "Intéressée par la gamme bio",
    ]


def test_a_visit_with_nothing_to_say_still_logs_it(
    services: Services, tours: TourService, saved: SavedTour
) -> None:
    stop_id, prospect_id = first_stop(saved)
    tours.mark_visited(saved, stop_id)
    (activity,) = services.activities.activities_of(prospect_id)
    assert activity.kind is ActivityKind.VISIT and activity.body == ""
    assert services.prospects.get(prospect_id).row.temperature is Temperature.COLD
    assert services.agenda.follow_ups_of(prospect_id) == []


def test_every_stop_visited_makes_the_tour_done(tours: TourService, saved: SavedTour) -> None:
    tour = saved
    for k, stop_id in enumerate(saved.plan.days[0].order):
        tour = tours.skip_stop(tour, stop_id) if k == 0 else tours.mark_visited(tour, stop_id)
    assert tours.list_tours()[0].status is TourStatus.DONE


def test_the_appointment_of_a_fixed_stop_is_done(
    services: Services, tours: TourService, prospect_ids: list[str]
) -> None:
    start = datetime(2027, 3, 11, 11, 0, tzinfo=ZONE)
    appointment = services.agenda.add_appointment(
        prospect_ids[0], start, start + timedelta(hours=1)
    )
    tour = planned(tours, draft_of(services, prospect_ids[:2]))
    stop_id = next(i for i, info in tour.stops.items() if info.appointment_id == appointment)
    tours.mark_visited(tour, stop_id, VisitReport(note="RDV tenu"))
    assert services.agenda.get_appointment(appointment).status is AppointmentStatus.DONE
    (activity,) = services.activities.activities_of(prospect_ids[0])
    assert activity.appointment_id == appointment


def test_a_failure_leaves_nothing(
    services: Services,
    tours: TourService,
    saved: SavedTour,
    home: Home,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stop_id, prospect_id = first_stop(saved)

    class BrokenFollowUp:
        def __init__(self, **_: object) -> None:
            raise RuntimeError("disk gone while writing the follow-up")

    monkeypatch.setattr(visits_module, "FollowUp", BrokenFollowUp)
    report = VisitReport(
        note="x", temperature=Temperature.HOT, follow_up_at=FIXED_NOW + timedelta(days=3)
    )
    with pytest.raises(RuntimeError, match="disk gone"):
        tours.mark_visited(saved, stop_id, report)
    assert counts(home) == (0, 0)
    assert services.prospects.get(prospect_id).row.temperature is Temperature.COLD
    again = tours.open(saved.id, EstimatedTravel())
    assert again.plan.statuses[stop_id] is VisitStatus.PLANNED
    assert tours.list_tours()[0].visited_count == 0


def test_bad_reports_are_refused_before_writing(
    tours: TourService, saved: SavedTour, home: Home
) -> None:
    stop_id, _ = first_stop(saved)
    naive = datetime(2027, 3, 20, 9, 0)
    with pytest.raises(ValidationError):
        tours.mark_visited(saved, stop_id, VisitReport(follow_up_at=naive))
    with pytest.raises(ValidationError):
        tours.mark_visited(saved, stop_id, VisitReport(departed_minute=-5))
    with pytest.raises(RecordNotFoundError):
        tours.mark_visited(saved, "not-a-stop")
    assert counts(home) == (0, 0)


def test_a_trashed_prospect_fails_the_whole_visit(
    services: Services, tours: TourService, saved: SavedTour, home: Home
) -> None:
    stop_id, prospect_id = first_stop(saved)
    services.prospects.trash([prospect_id])
    with pytest.raises(RecordNotFoundError):
        tours.mark_visited(saved, stop_id, VisitReport(note="?"))
    assert tours.open(saved.id, EstimatedTravel()).plan.statuses[stop_id] is VisitStatus.PLANNED
    assert counts(home) == (0, 0)


def test_a_plain_place_logs_no_activity(
    services: Services, tours: TourService, prospect_ids: list[str], home: Home
) -> None:
    tour = planned(tours, draft_of(services, prospect_ids[:1]))
    tour = tours.add_place(tour, Place(45.70, 4.85, "Fournisseur"))
    place_id = next(i for i, info in tour.stops.items() if info.prospect_id is None)
    tour = tours.mark_visited(tour, place_id)
    assert tour.plan.statuses[place_id] is VisitStatus.VISITED
    assert counts(home) == (0, 0)
    assert tour.first_day == TOUR_DAY
