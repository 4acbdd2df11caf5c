"""Realistic made-up prospects across France, for screenshots, benchmarks and trying Moovdesk.

Deterministic for a given seed. Written with Core bulk inserts in one transaction, like an import.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert

from moovdesk.data import search
from moovdesk.data.models import Activity, Contact, FollowUp, Prospect
from moovdesk.data.sort_keys import company_sort_key
from moovdesk.data.store import Store
from moovdesk.data.text_folding import fold
from moovdesk.data.types import new_id

# (city, postal code, latitude, longitude)
CITIES: tuple[tuple[str, str, float, float], ...] = (
    ("Paris", "75011", 48.8590, 2.3800),
    ("Paris", "75015", 48.8412, 2.3003),
    ("Lyon", "69003", 45.7597, 4.8422),
    ("Villeurbanne", "69100", 45.7667, 4.8803),
    ("Marseille", "13008", 43.2420, 5.3790),
    ("Toulouse", "31000", 43.6045, 1.4440),
    ("Nice", "06000", 43.7031, 7.2661),
    ("Nantes", "44000", 47.2173, -1.5534),
    ("Strasbourg", "67000", 48.5846, 7.7507),
    ("Montpellier", "34000", 43.6109, 3.8772),
    ("Bordeaux", "33000", 44.8378, -0.5792),
    ("Lille", "59000", 50.6292, 3.0573),
    ("Rennes", "35000", 48.1173, -1.6778),
    ("Reims", "51100", 49.2583, 4.0317),
    ("Saint-Étienne", "42000", 45.4397, 4.3872),
    ("Le Havre", "76600", 49.4944, 0.1079),
    ("Grenoble", "38000", 45.1885, 5.7245),
    ("Dijon", "21000", 47.3220, 5.0415),
    ("Angers", "49000", 47.4784, -0.5632),
    ("Nîmes", "30000", 43.8367, 4.3601),
    ("Clermont-Ferrand", "63000", 45.7772, 3.0870),
    ("Aix-en-Provence", "13100", 43.5297, 5.4474),
    ("Brest", "29200", 48.3904, -4.4861),
    ("Tours", "37000", 47.3941, 0.6848),
    ("Amiens", "80000", 49.8941, 2.2958),
    ("Limoges", "87000", 45.8336, 1.2611),
    ("Annecy", "74000", 45.8992, 6.1294),
    ("Perpignan", "66000", 42.6887, 2.8948),
    ("Besançon", "25000", 47.2378, 6.0241),
    ("Orléans", "45000", 47.9030, 1.9093),
    ("Metz", "57000", 49.1193, 6.1757),
    ("Rouen", "76000", 49.4432, 1.0999),
    ("Mulhouse", "68100", 47.7508, 7.3359),
    ("Caen", "14000", 49.1829, -0.3707),
    ("Nancy", "54000", 48.6921, 6.1844),
    ("Bourg-en-Bresse", "01000", 46.2052, 5.2255),
    ("Valence", "26000", 44.9334, 4.8924),
    ("Chambéry", "73000", 45.5646, 5.9178),
    ("Roanne", "42300", 46.0344, 4.0722),
    ("Vienne", "38200", 45.5255, 4.8743),
    ("Villefranche-sur-Saône", "69400", 45.9898, 4.7190),
    ("Mâcon", "71000", 46.3069, 4.8287),
    ("L'Isle-sur-la-Sorgue", "84800", 43.9194, 5.0514),
    ("Avignon", "84000", 43.9493, 4.8055),
    ("Pau", "64000", 43.2951, -0.3708),
    ("La Rochelle", "17000", 46.1603, -1.1511),
    ("Poitiers", "86000", 46.5802, 0.3404),
    ("Troyes", "10000", 48.2973, 4.0744),
    ("Ajaccio", "20000", 41.9192, 8.7386),
    ("Quimper", "29000", 47.9960, -4.1024),
)
BUSINESS_KINDS = (
    ("Boulangerie", "Boulangerie-pâtisserie"),
    ("Garage", "Entretien automobile"),
    ("Pharmacie", "Pharmacie"),
    ("Cabinet", "Expertise comptable"),
    ("Menuiserie", "Menuiserie"),
    ("Restaurant", "Restauration"),
    ("Hôtel", "Hôtellerie"),
    ("Clinique", "Santé"),
    ("Imprimerie", "Imprimerie"),
    ("Fromagerie", "Commerce alimentaire"),
    ("Agence", "Immobilier"),
    ("Plomberie", "Bâtiment"),
    ("Librairie", "Commerce culturel"),
    ("Transports", "Transport routier"),
    ("Électricité", "Bâtiment"),
    ("Salon", "Coiffure"),
)
NAMES = (
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Lefebvre",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Lemaître",
    "Gauthier",
    "Chevalier",
    "Perrin",
)
# (first name, civility)
FIRST_NAMES = (
    ("Jérôme", "M."),
    ("Éloïse", "Mme"),
    ("Camille", "Mme"),
    ("Hélène", "Mme"),
    ("François", "M."),
    ("Zoé", "Mme"),
    ("Léa", "Mme"),
    ("Chloé", "Mme"),
    ("Inès", "Mme"),
    ("Noé", "M."),
    ("Étienne", "M."),
    ("Aurélie", "Mme"),
    ("Sébastien", "M."),
    ("Céline", "Mme"),
    ("Benoît", "M."),
    ("Gaëlle", "Mme"),
    ("Mathieu", "M."),
    ("Agnès", "Mme"),
    ("Raphaël", "M."),
    ("Maëlys", "Mme"),
    ("Thierry", "M."),
    ("Océane", "Mme"),
    ("Loïc", "M."),
    ("Brigitte", "Mme"),
    ("Cédric", "M."),
    ("Nathalie", "Mme"),
    ("Hugo", "M."),
    ("Manon", "Mme"),
)
JOB_TITLES = ("Gérance", "Direction", "Responsable achats", "Associé·e", "Comptabilité", "")
SOURCES = ("Salon", "Site web", "Recommandation", "Annuaire", "Prospection terrain", "Import")
NOTES = (
    "",
    "",
    "Rappeler après la saison.",
    "Intéressé par la gamme pro; préfère le matin.",
    "Budget validé pour le T2.",
    "Voir en début de mois; préfère le matin",
    "A déjà un fournisseur, contrat jusqu'en juin.",
)
STREETS = (
    "rue de la République",
    "avenue Jean Jaurès",
    "boulevard Gambetta",
    "place du Marché",
    "rue Victor Hugo",
    "chemin des Vignes",
    "rue Pasteur",
    "avenue de la Gare",
)


def generate(store: Store, count: int, *, seed: int = 7, now: datetime | None = None) -> int:
    """Add `count` prospects with contacts, follow-ups and visit reports; returns `count`."""
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    prospects, contacts, follow_ups, activities = [], [], [], []
    for values, contact, follow_up, activity in _records(rng, count, now):
        prospects.append(values)
        contacts.append(contact)
        if follow_up:
            follow_ups.append(follow_up)
        if activity:
            activities.append(activity)
    with store.write() as session:
        connection = session.connection()
        for table, rows in (
            (Prospect, prospects),
            (Contact, contacts),
            (FollowUp, follow_ups),
            (Activity, activities),
        ):
            for start in range(0, len(rows), 5000):
                connection.execute(insert(table), rows[start : start + 5000])
        search.enqueue(connection, [p["id"] for p in prospects])
    finish_search_index(store)
    return count


def finish_search_index(store: Store, batch: int = search.DRAIN_BATCH) -> int:
    """Index whatever bulk writes left in the search backlog, one short transaction per batch,
    so the window and other writers are never kept waiting long. Returns how many were done.

    It starts with the write-ahead log checkpoint the bulk write deferred (see
    `Store.checkpoint`), which the first commit here would otherwise pay anyway."""
    store.checkpoint()
    done = 0
    while True:
        with store.write() as session:
            connection = session.connection()
            before = search.backlog_size(connection)
            remaining = search.drain(connection, batch)
        done += before - remaining
        if remaining == 0:
            return done


def _records(
    rng: random.Random, count: int, now: datetime
) -> Iterator[tuple[dict[str, Any], dict[str, Any], dict[str, Any] | None, dict[str, Any] | None]]:
    for n in range(count):
        city, postal, lat, lon = rng.choice(CITIES)
        kind, activity = rng.choice(BUSINESS_KINDS)
        last, (first, civility) = rng.choice(NAMES), rng.choice(FIRST_NAMES)
        prospect_id = new_id()
        created = now - timedelta(days=rng.randint(1, 700), minutes=rng.randint(0, 1440))
        located = rng.random() > 0.04
        stage = rng.choices(("suspect", "lead", "prospect", "client"), (4, 3, 3, 1))[0]
        company = f"{kind} {last}" if n % 7 else f"{kind} de {city}"
        prospect = {
            "id": prospect_id,
            "company_key": company_sort_key(company),
            "company": company,
            "phone": f"+33{rng.choice('12345')}{rng.randint(10_000_000, 99_999_999)}",
            "street": f"{rng.randint(1, 120)} {rng.choice(STREETS)}",
            "postal_code": postal,
            "city": city,
            "country": "FR",
            "latitude": lat + rng.uniform(-0.04, 0.04) if located else None,
            "longitude": lon + rng.uniform(-0.06, 0.06) if located else None,
            "geo_precision": "city" if located else "none",
            "activity": activity,
            "source": rng.choice(SOURCES),
            "temperature": "hot" if rng.random() < 0.3 else "cold",
            "stage": stage,
            "need": rng.random() < 0.5,
            "budget": rng.random() < 0.3,
            "zone": rng.random() < 0.8,
            "timing": rng.random() < 0.3,
            "notes": rng.choice(NOTES),
            "created_at": created,
            "updated_at": created,
        }
        contact = {
            "id": new_id(),
            "prospect_id": prospect_id,
            "civility": civility,
            "first_name": first,
            "last_name": last,
            "job_title": rng.choice(JOB_TITLES),
            "mobile": f"+336{rng.randint(10_000_000, 99_999_999)}",
            "email": f"{_ascii(first)}.{_ascii(last)}@{_ascii(kind)}-{n}.example.fr",
            "is_primary": True,
            "created_at": created,
            "updated_at": created,
        }
        follow_up = None
        if rng.random() < 0.35:
            day = (now + timedelta(days=rng.randint(-10, 40))).astimezone()
            due = day.replace(hour=rng.randint(8, 18), minute=rng.choice((0, 30)), second=0)
            follow_up = {
                "id": new_id(),
                "prospect_id": prospect_id,
                "due_at": due.replace(microsecond=0),
                "note": rng.choice(("Rappeler pour le devis", "Relancer après salon", "")),
                "created_at": created,
                "updated_at": created,
            }
        activity_row = None
        if rng.random() < 0.6:
            when = now - timedelta(days=rng.randint(0, 200))
            activity_row = {
                "id": new_id(),
                "prospect_id": prospect_id,
                "kind": rng.choice(("visit", "call", "email", "note")),
                "occurred_at": when,
                "subject": "",
                "body": "Échange sur les besoins.",
                "created_at": when,
                "updated_at": when,
            }
        yield prospect, contact, follow_up, activity_row


def _ascii(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())
