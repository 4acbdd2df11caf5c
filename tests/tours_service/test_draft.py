"""Building a tour from prospects: who becomes a stop, who is reported, appointments fixed."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from moovdesk.data.vocabulary import AppointmentStatus
from moovdesk.preferences import Preferences
from moovdesk.services import Services
from moovdesk.tour_plans import (
    TourDraft,
    TourService,
    TravelSettings,
    home_place,
    locate_address,
    tour_options,
    travel_model,
)
from moovdesk.tours import EstimatedTravel, OsrmTravel, VisitStatus, plan_tour
from tests.tours_service.conftest import HOME, TOUR_DAY, ZONE, draft_of, planned


def at(hour: int, minute: int = 0, days: int = 0) -> datetime:
    return datetime(TOUR_DAY.year, TOUR_DAY.month, TOUR_DAY.day, hour, minute, tzinfo=ZONE) + (
        timedelta(days=days)
    )


def test_only_located_prospects_become_stops(services: Services, prospect_ids: list[str]) -> None:
    nowhere = [
        services.prospects.create({"company": "Sans adresse"}),
        services.prospects.create({"first_name": "Jean", "last_name": "Perdu"}),
        services.prospects.create({"company": "Ville inconnue", "city": "Xyzzyville"}),
    ]
    trashed = services.prospects.create({"company": "Corbeille", "latitude": 45, "longitude": 4})
    services.prospects.trash([trashed])
    draft = draft_of(services, [*prospect_ids, *nowhere, trashed, "no-such-id", prospect_ids[0]])
    assert len(draft.request.stops) == 5  # each prospect once
    assert draft.request.stops[0].label == "Boulangerie Étienne"
    assert [(u.prospect_id, u.name) for u in draft.unlocated] == [
        (nowhere[0], "Sans adresse"),
        (nowhere[1], "Jean Perdu"),
        (nowhere[2], "Ville inconnue"),
    ]
    assert draft.missing == (trashed, "no-such-id")
    assert {info.prospect_id for info in draft.stops.values()} == set(prospect_ids)
    assert all(stop.id in draft.stops for stop in draft.request.stops)
    assert draft.request.first_day == TOUR_DAY
    assert draft.request.days[0].start == HOME and draft.request.days[0].end == HOME


def test_appointments_on_the_tour_day_become_fixed_stops(
    services: Services, tours: TourService, prospect_ids: list[str]
) -> None:
    agenda = services.agenda
    fixed = agenda.add_appointment(prospect_ids[1], at(14, 15), at(15, 0), title="Démo")
    agenda.add_appointment(prospect_ids[1], at(16), at(16, 30))  # later the same day: not used
    agenda.add_appointment(prospect_ids[2], at(10), at(10))  # no length: the default visit
    agenda.add_appointment(prospect_ids[3], at(9, days=-1), at(10, days=-1))  # the day before
    cancelled = agenda.add_appointment(prospect_ids[3], at(11), at(11, 30))
    agenda.set_appointment_status(cancelled, AppointmentStatus.CANCELLED)
    next_day = agenda.add_appointment(prospect_ids[4], at(9, days=1), at(10, days=1))
    assert next_day
    draft = draft_of(services, prospect_ids, max_days=1)
    by_prospect = {info.prospect_id: info for info in draft.stops.values()}
    stop = next(s for s in draft.request.stops if s.id == by_prospect[prospect_ids[1]].stop_id)
    assert (stop.appointment, stop.day, stop.visit_minutes) == (14 * 60 + 15, 0, 45)
    assert by_prospect[prospect_ids[1]].appointment_id == fixed
    short = next(s for s in draft.request.stops if s.id == by_prospect[prospect_ids[2]].stop_id)
    assert (short.appointment, short.visit_minutes) == (10 * 60, 30)
    # The cancelled one, the day before's and the next day's (a one-day tour) are not fixed.
    fixed_ids = {info.prospect_id for info in draft.stops.values() if info.appointment_id}
    assert fixed_ids == {prospect_ids[1], prospect_ids[2]}
    assert sum(s.appointment is not None for s in draft.request.stops) == 2
    two_days = draft_of(services, prospect_ids, max_days=2)
    fixed_ids = {info.prospect_id for info in two_days.stops.values() if info.appointment_id}
    assert fixed_ids == {prospect_ids[1], prospect_ids[2], prospect_ids[4]}
    plan = plan_tour(two_days.request, EstimatedTravel(), time_limit=None)
    placed = plan.visit(by_stop(two_days, prospect_ids[4]))
    assert placed is not None and placed[0] == 1 and placed[1].start == pytest.approx(9 * 60)
    saved = tours.save("RDV", two_days, plan)
    again = tours.open(saved.id, EstimatedTravel())
    visit = again.plan.visit(by_stop(two_days, prospect_ids[1]))
    assert visit is not None and visit[1].start == pytest.approx(14 * 60 + 15)
    assert visit[1].status is VisitStatus.PLANNED


def by_stop(draft: TourDraft, prospect_id: str) -> str:
    return next(i for i, info in draft.stops.items() if info.prospect_id == prospect_id)


def test_options_and_travel_from_preferences() -> None:
    preferences = Preferences(
        tour_visit_minutes=45, tour_day_start="07:45", tour_day_end="17:30", detour_factor=1.5
    )
    options = tour_options(preferences, TOUR_DAY, HOME, max_days=2)
    assert (options.visit_minutes, options.day_start_minute, options.day_end_minute) == (
        45,
        7 * 60 + 45,
        17 * 60 + 30,
    )
    (day,) = options.days()
    assert day.start == day.end == HOME
    model = travel_model(preferences)
    assert model == EstimatedTravel(1.5, 60)
    routed = travel_model(Preferences(routing_url="http://localhost:5000"))
    assert isinstance(routed, OsrmTravel)
    assert routed.base_url == "http://localhost:5000" and routed.fallback == EstimatedTravel()


def test_an_unreachable_router_falls_back_to_the_estimate(
    services: Services, prospect_ids: list[str]
) -> None:
    draft = draft_of(services, prospect_ids[:3])
    settings = TravelSettings(routing_url="http://127.0.0.1:9")  # discard port: refused
    plan = plan_tour(draft.request, settings.model(), time_limit=None)
    assert plan.estimated and len(plan.days[0].visits) == 3


def test_the_home_address_is_placed_offline() -> None:
    home = home_place(Preferences(home_address="  12 rue des Lilas, 69003 Lyon "))
    assert home is not None
    assert home.label == "12 rue des Lilas, 69003 Lyon"
    assert home.lat == pytest.approx(45.76, abs=0.05) and home.lon == pytest.approx(4.85, abs=0.05)
    assert home_place(Preferences()) is None
    assert locate_address("chez moi") is None
    city_only = locate_address("Annecy")
    assert city_only is not None and city_only.lat == pytest.approx(45.9, abs=0.05)
    belgian = home_place(Preferences(country="BE", home_address="Rue Haute 5, 1000 Bruxelles"))
    assert belgian is not None and belgian.lat == pytest.approx(50.85, abs=0.05)


def test_a_tour_of_prospects_with_nothing_located_is_empty(
    services: Services, tours: TourService
) -> None:
    nowhere = services.prospects.create({"company": "Sans adresse"})
    draft = draft_of(services, [nowhere])
    assert draft.request.stops == () and len(draft.unlocated) == 1
    saved = planned(tours, draft, "Vide")
    assert tours.list_tours()[0].stop_count == 0
    assert tours.open(saved.id).plan.days == ()
