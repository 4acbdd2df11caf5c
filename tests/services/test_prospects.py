"""The prospect service the window and the CLI share: one transaction per call, checked values."""

from __future__ import annotations

from datetime import timedelta

import pytest

from moovdesk.data.errors import RecordNotFoundError, ValidationError
from moovdesk.data.listing import ProspectFilter
from moovdesk.data.store import Store
from moovdesk.data.vocabulary import GeoPrecision, Stage, Temperature
from moovdesk.prospects import ProspectService


def test_create_applies_defaults_and_normalises(service: ProspectService) -> None:
    pid = service.create(
        {
            "company": "  Garage Martin ",
            "phone": "04 72 00 00 01",
            "postal_code": "1000",
            "city": "Bourg-en-Bresse",
            "siret": "123 456 789 00012",
            "tags": ["BTP", "Salon 2027"],
        }
    )
    row = service.get(pid).row
    assert row.company == "Garage Martin"
    assert row.phone == "+33472000001"
    assert row.postal_code == "01000"
    assert row.siret == "12345678900012"
    assert row.temperature is Temperature.COLD
    assert row.stage is Stage.SUSPECT
    assert row.country == "FR"
    assert row.tags == ("BTP", "Salon 2027")
    assert row.created_at <= row.updated_at < row.created_at + timedelta(seconds=1)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "not an email"),
        ("phone", "call me maybe"),
        ("postal_code", "ABCDE"),
        ("siret", "123"),
        ("temperature", "lukewarm"),
        ("stage", "customer?"),
        ("latitude", "91"),
        ("need", "perhaps"),
        ("password", "x"),
    ],
)
def test_bad_values_are_refused_with_the_field_named(
    service: ProspectService, field: str, value: str
) -> None:
    pid = service.create({"company": "Keep me"})
    with pytest.raises(ValidationError) as raised:
        service.update(pid, {field: value, "company": "Changed"})
    assert raised.value.field == field
    assert service.get(pid).row.company == "Keep me"  # nothing of the call was written


def test_contact_fields_go_to_the_primary_contact(service: ProspectService) -> None:
    pid = service.create({"company": "Pharmacie", "phone": "0472000001", "email": "pharma@x.fr"})
    details = service.get(pid)
    assert details.contacts == ()
    assert details.row.phone == "+33472000001"  # the business line, as there is no contact

    service.update(pid, {"first_name": "Hélène", "last_name": "Roux", "mobile": "0612345678"})
    details = service.get(pid)
    assert [c.last_name for c in details.contacts] == ["Roux"]
    assert details.contacts[0].is_primary
    assert details.row.mobile == "+33612345678"
    assert details.row.phone == "+33472000001"  # contact has none: the business line shows
    assert details.business_mobile == ""

    service.update(pid, {"business_phone": "0472000002"})
    assert service.get(pid).row.phone == "+33472000002"


def test_update_reports_before_and_after_for_undo(service: ProspectService) -> None:
    pid = service.create({"company": "Avant", "temperature": "cold"})
    change = service.update(pid, {"company": "Après", "temperature": "hot"})
    assert change.before == {"company": "Avant", "temperature": Temperature.COLD}
    assert change.after == {"company": "Après", "temperature": Temperature.HOT}
    service.update(pid, change.before)
    assert service.get(pid).row.company == "Avant"


def test_first_purchase_is_dated_once(service: ProspectService) -> None:
    pid = service.create({"company": "Client"})
    service.update(pid, {"stage": "client"})
    first = service.get(pid).became_client_at
    assert first is not None
    service.update(pid, {"stage": "prospect"})
    service.update(pid, {"stage": "client"})
    assert service.get(pid).became_client_at == first


def test_coordinates_typed_by_hand_are_manual(service: ProspectService) -> None:
    pid = service.create({"company": "Ici", "latitude": "45,76", "longitude": "4.84"})
    row = service.get(pid).row
    assert (row.latitude, row.longitude, row.geo_precision) == (45.76, 4.84, GeoPrecision.MANUAL)


def test_trash_and_restore(service: ProspectService) -> None:
    keep = service.create({"company": "Keep"})
    gone = service.create({"company": "Gone"})
    assert service.trash([gone]) == 1
    assert service.ids() == [keep]
    assert service.ids(ProspectFilter(trashed=True)) == [gone]
    with pytest.raises(RecordNotFoundError):
        service.update(gone, {"company": "Edited in the trash"})
    assert service.restore([gone]) == 1
    assert set(service.ids()) == {keep, gone}
    assert service.get(gone).row.deleted_at is None


def test_bulk_update_and_tags(service: ProspectService) -> None:
    ids = [service.create({"company": f"P{n}"}) for n in range(3)]
    assert service.bulk_update(ids[:2], {"temperature": "hot", "stage": "lead"}) == 2
    rows = {row.id: row for row in service.rows(ids)}
    assert [rows[i].temperature for i in ids] == [
        Temperature.HOT,
        Temperature.HOT,
        Temperature.COLD,
    ]
    assert service.count(ProspectFilter(temperatures=frozenset({Temperature.HOT}))) == 2
    assert service.add_tag(ids, "Salon") == 3
    assert service.add_tag(ids, "Salon") == 0  # no duplicate links
    assert service.remove_tag(ids[:1], "Salon") == 1
    assert service.count(ProspectFilter(tag_names=frozenset({"Salon"}))) == 2
    assert service.tag_names() == ["Salon"]
    with pytest.raises(ValueError, match="bulk"):
        service.bulk_update(ids, {"first_name": "X"})


def test_stats(service: ProspectService) -> None:
    service.create({"company": "A", "temperature": "hot", "stage": "lead"})
    service.create({"company": "B"})
    service.trash([service.create({"company": "C"})])
    stats = service.stats()
    assert stats.total == 2
    assert stats.by_temperature == {"hot": 1, "cold": 1}
    assert stats.by_stage == {"suspect": 1, "lead": 1, "prospect": 0, "client": 0}
    assert stats.in_trash == 1


def test_unknown_id(service: ProspectService) -> None:
    with pytest.raises(RecordNotFoundError):
        service.get("nope")


def test_changing_the_address_relocates_unless_placed_by_hand(store: Store) -> None:
    from moovdesk.services import gazetteer_locator

    service = ProspectService(store, locator=gazetteer_locator)
    pid = service.create({"company": "Atelier", "postal_code": "69003", "city": "Lyon"})
    lyon = service.get(pid).row
    assert lyon.geo_precision is GeoPrecision.CITY and lyon.latitude is not None
    change = service.update(pid, {"postal_code": "42000", "city": "Saint-Étienne"})
    moved = service.get(pid).row
    assert moved.latitude is not None and abs(moved.latitude - 45.43) < 0.1
    service.update(pid, change.before)  # undo puts the old position back
    assert service.get(pid).row.latitude == lyon.latitude
    service.update(pid, {"city": "Nulle-Part-sur-Mer", "postal_code": "99999"})
    assert service.get(pid).row.latitude is None  # never an invented position
    service.update(pid, {"latitude": "45.0", "longitude": "5.0"})  # placed by hand
    service.update(pid, {"postal_code": "69003", "city": "Lyon"})
    kept = service.get(pid).row
    assert (kept.latitude, kept.geo_precision) == (45.0, GeoPrecision.MANUAL)
