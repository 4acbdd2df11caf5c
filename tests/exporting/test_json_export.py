"""JSON: canonical names, contacts, exact text, ISO times with their offset."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from moovdesk.data.listing import ProspectFilter, ProspectSort
from moovdesk.exporting import export_prospects
from moovdesk.exporting.records import CONTACT_FIELDS, EXPORT_FIELDS
from moovdesk.services import Services
from tests.conftest import FIXED_NOW
from tests.exporting.conftest import HOSTILE, NOTES, Sample


def export_json(services: Services, path: Path, **options: object) -> list[dict[str, object]]:
    export_prospects(services.store, path, "json", now=FIXED_NOW, **options)  # type: ignore[arg-type]
    records = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(records, list)
    return records


def test_records_round_trip(services: Services, sample: Sample, tmp_path: Path) -> None:
    records = export_json(services, tmp_path / "prospects.json")
    assert [r["id"] for r in records] == services.prospects.ids()
    by_id = {r["id"]: r for r in records}
    for record in records:
        assert list(record) == [*EXPORT_FIELDS, "contacts"]
    artisan = by_id[sample.artisan]
    stored = services.prospects.rows([sample.artisan])[0]
    for name in ("company", "first_name", "last_name", "email", "street", "city", "siret"):
        assert artisan[name] == getattr(stored, name)
    assert artisan["notes"] == NOTES
    assert artisan["postal_code"] == "01000"
    assert (artisan["phone"], artisan["mobile"]) == ("+33474123456", "+33612345678")
    assert (artisan["latitude"], artisan["longitude"]) == (46.2052, 5.2255)
    assert (artisan["need"], artisan["budget"], artisan["zone"], artisan["timing"]) == (
        True,
        False,
        True,
        False,
    )
    assert (artisan["temperature"], artisan["stage"], artisan["country"]) == (
        "hot",
        "prospect",
        "FR",
    )
    assert artisan["tags"] == ["Été 2027", "VIP"]
    assert datetime.fromisoformat(str(artisan["next_follow_up"])) == FIXED_NOW + timedelta(days=2)
    assert datetime.fromisoformat(str(artisan["last_contact_at"])) == FIXED_NOW - timedelta(days=3)
    assert datetime.fromisoformat(str(artisan["updated_at"])).utcoffset() is not None
    town_hall = by_id[sample.town_hall]
    assert town_hall["contacts"] == []
    assert town_hall["next_follow_up"] is None and town_hall["last_contact_at"] is None
    trashed = export_json(services, tmp_path / "t.json", flt=ProspectFilter(trashed=True))
    assert trashed[0]["latitude"] is None  # no address, no position


def test_every_live_contact_primary_first(
    services: Services, sample: Sample, tmp_path: Path
) -> None:
    services.contacts.add_contact(sample.artisan, {"last_name": "Parti"})
    gone = services.contacts.contacts_of(sample.artisan)[-1].id
    services.contacts.remove_contact(gone)
    records = export_json(
        services, tmp_path / "p.json", flt=ProspectFilter(ids=frozenset({sample.artisan}))
    )
    contacts = records[0]["contacts"]
    assert isinstance(contacts, list)
    assert [c["id"] for c in contacts] == [sample.first_contact, sample.second_contact]
    assert all(list(c) == list(CONTACT_FIELDS) for c in contacts)
    first, second = contacts
    assert first["is_primary"] is True and second["is_primary"] is False
    assert (first["civility"], first["job_title"], first["phone"]) == (
        "M.",
        "Gérant",
        "+33474123456",
    )
    assert second == {
        "id": sample.second_contact,
        "civility": "Mme",
        "first_name": "Zoé",
        "last_name": "Ňovák-Çelik",
        "job_title": "Comptable, paie; RH",
        "phone": "",
        "mobile": "+33798765432",
        "email": "zoe@oeuvre.example.fr",
        "notes": "Préfère\nles appels le matin",
        "is_primary": False,
    }


def test_text_is_kept_exactly(services: Services, sample: Sample, tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    records = export_json(services, path, flt=ProspectFilter(ids=frozenset({sample.hostile})))
    for name, value in HOSTILE.items():
        assert records[0][name] == value  # no apostrophe: JSON is read by programs
    assert records[0]["tags"] == ["=tag"]
    raw = path.read_text(encoding="utf-8")
    assert "Éve" in raw  # UTF-8, not \u escapes


def test_sorted_and_empty(services: Services, sample: Sample, tmp_path: Path) -> None:
    records = export_json(services, tmp_path / "p.json", sort=ProspectSort("company", True))
    companies = [str(r["company"]) for r in records]
    assert companies[0].startswith("Œuvre") and companies[-1].startswith("=HYPERLINK")
    empty = export_json(services, tmp_path / "e.json", flt=ProspectFilter(text="introuvable"))
    assert empty == []
