"""Tours saved in a real base under a temporary home, around Lyon, on a fixed day."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo

import pytest

from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.tour_plans import (
    SavedTour,
    TourDraft,
    TourOptions,
    TourService,
    TravelSettings,
    build_draft,
)
from moovdesk.tours import EstimatedTravel, Place, plan_tour
from tests.conftest import FIXED_NOW

ZONE: tzinfo = FIXED_NOW.tzinfo  # type: ignore[assignment]
TOUR_DAY = date(2027, 3, 11)  # the day after FIXED_NOW, a Thursday
HOME = Place(45.7597, 4.8422, "12 rue des Lilas, 69003 Lyon")
TRAVEL = TravelSettings()

# (company, latitude, longitude, street, postal code, city)
PLACES = (
    ("Boulangerie Étienne", 45.4397, 4.3872, "3 rue Victor Hugo", "42000", "Saint-Étienne"),
    ("Garage Martin", 45.5906, 4.7689, "", "69700", "Givors"),
    ("Pharmacie du Parc", 45.7800, 4.8000, "1 place du Parc", "69009", "Lyon"),
    ("Fleurs & Co", 45.6950, 4.9400, "8 avenue Jean Jaurès", "69200", "Vénissieux"),
    ("Ébénisterie Roux", 45.8300, 4.7300, "", "69130", "Écully"),
)


@pytest.fixture
def services(home: Home, store: Store) -> Services:
    return Services.on_store(home, store, clock=lambda: FIXED_NOW)


@pytest.fixture
def tours(store: Store) -> TourService:
    return TourService(store, clock=lambda: FIXED_NOW, zone=ZONE)


@pytest.fixture
def prospect_ids(services: Services) -> list[str]:
    """Five located prospects around Lyon, with phones, a contact and notes."""
    ids = []
    for k, (company, lat, lon, street, code, city) in enumerate(PLACES):
        ids.append(
            services.prospects.create(
                {
                    "company": company,
                    "latitude": lat,
                    "longitude": lon,
                    "street": street,
                    "postal_code": code,
                    "city": city,
                    "phone": f"04 72 00 00 0{k}",
                    "first_name": "Anne",
                    "last_name": f"Client{k}",
                    "notes": f"Note {k}",
                }
            )
        )
    return ids


def options(**changes: object) -> TourOptions:
    values: dict[str, object] = {"first_day": TOUR_DAY, "start": HOME, "max_days": 1}
    values.update(changes)
    return TourOptions(**values)  # type: ignore[arg-type]


def draft_of(services: Services, ids: Sequence[str], **changes: object) -> TourDraft:
    return build_draft(services.store, ids, options(**changes), TRAVEL, zone=ZONE)


def planned(tours: TourService, draft: TourDraft, name: str = "Tournée test") -> SavedTour:
    plan = plan_tour(draft.request, EstimatedTravel(), time_limit=None)
    return tours.save(name, draft, plan)


@pytest.fixture
def saved(services: Services, tours: TourService, prospect_ids: list[str]) -> SavedTour:
    return planned(tours, draft_of(services, prospect_ids))
