"""Several contacts per prospect, exactly one primary."""

from __future__ import annotations

import pytest

from moovdesk.data.errors import ValidationError
from moovdesk.services import Services


def test_first_contact_is_primary_and_primary_moves(services: Services) -> None:
    pid = services.prospects.create({"company": "Clinique"})
    first = services.contacts.add_contact(pid, {"first_name": "Anne", "last_name": "Roux"})
    second = services.contacts.add_contact(
        pid, {"civility": "M.", "last_name": "Abel", "mobile": "07 01 02 03 04"}
    )
    assert [c.is_primary for c in services.contacts.contacts_of(pid)] == [True, False]
    assert services.prospects.get(pid).row.last_name == "Roux"

    assert services.contacts.set_primary(second) == first
    assert services.prospects.get(pid).row.last_name == "Abel"
    assert services.prospects.get(pid).row.mobile == "+33701020304"

    services.contacts.remove_contact(second)
    [remaining] = services.contacts.contacts_of(pid)
    assert remaining.id == first and remaining.is_primary
    services.contacts.restore_contact(second)
    assert [c.is_primary for c in services.contacts.contacts_of(pid)] == [True, False]


def test_contact_values_are_checked(services: Services) -> None:
    pid = services.prospects.create({"company": "Clinique"})
    cid = services.contacts.add_contact(pid, {"last_name": "Roux"})
    with pytest.raises(ValidationError) as raised:
        services.contacts.update_contact(cid, {"email": "roux@"})
    assert raised.value.field == "email"
    before, after = services.contacts.update_contact(cid, {"phone": "04 72 00 00 01"})
    assert before == {"phone": ""} and after == {"phone": "+33472000001"}


def test_search_finds_every_contact(services: Services) -> None:
    from moovdesk.data.listing import ProspectFilter

    pid = services.prospects.create({"company": "Clinique"})
    services.contacts.add_contact(pid, {"last_name": "Roux"})
    services.contacts.add_contact(pid, {"last_name": "Lefèvre"})
    assert services.prospects.ids(ProspectFilter(text="lefevre")) == [pid]
