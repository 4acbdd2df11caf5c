"""The export's view of a row: every field has the kind its values really have, and blocks of
rows come out in the order asked for, with their contacts."""

from __future__ import annotations

import enum
import time
from datetime import UTC, datetime

import pytest

from moovdesk.exporting.records import (
    EXPORT_FIELDS,
    FIELD_KINDS,
    FieldKind,
    _zone_at,
    local_time,
    record_batches,
    row_values,
)
from moovdesk.prospect_fields import CANONICAL_FIELDS
from moovdesk.services import Services
from tests.exporting.conftest import Sample

EXPECTED_TYPES = {
    FieldKind.TEXT: (str,),
    FieldKind.CHOICE: (enum.Enum,),
    FieldKind.FLAG: (bool,),
    FieldKind.NUMBER: (float, type(None)),
    FieldKind.TIME: (datetime, type(None)),
    FieldKind.TAGS: (tuple,),
}


def test_export_fields_are_the_canonical_ones_plus_two() -> None:
    assert (*CANONICAL_FIELDS, "next_follow_up", "last_contact_at") == EXPORT_FIELDS


def test_every_field_has_the_kind_of_its_values(services: Services, sample: Sample) -> None:
    for row in services.prospects.rows(services.prospects.ids()):
        for name, value in zip(EXPORT_FIELDS, row_values(row), strict=True):
            assert isinstance(value, EXPECTED_TYPES[FIELD_KINDS[name]]), (name, value)


def test_blocks_keep_the_order_and_carry_contacts(services: Services, sample: Sample) -> None:
    ids = [sample.town_hall, sample.artisan, sample.hostile]
    with services.store.read() as session:
        batches = list(record_batches(session, ids, with_contacts=True, chunk_size=2))
    assert [len(batch) for batch in batches] == [2, 1]
    records = [record for batch in batches for record in batch]
    assert [r.row.id for r in records] == ids
    town_hall, artisan, _ = records
    assert town_hall.contacts == () and town_hall.business.phone == "+33477000000"
    assert [c.id for c in artisan.contacts] == [sample.first_contact, sample.second_contact]
    assert artisan.business.phone == ""  # the artisan's numbers are its contact's


def test_local_time_keeps_the_instant(services: Services, sample: Sample) -> None:
    stored = services.prospects.rows([sample.artisan])[0].created_at
    shown = local_time(stored)
    assert shown == stored.replace(microsecond=0)
    assert shown.utcoffset() == stored.astimezone().utcoffset()


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset (POSIX)")
@pytest.mark.parametrize(
    ("zone", "utc", "offset"),
    [
        ("Europe/Paris", "2027-03-28T00:59:59", "+01:00"),  # last second of winter time
        ("Europe/Paris", "2027-03-28T01:00:00", "+02:00"),  # summer time starts
        ("Europe/Paris", "2027-10-31T00:59:59", "+02:00"),
        ("Europe/Paris", "2027-10-31T01:00:00", "+01:00"),
        ("America/St_Johns", "2027-03-14T05:29:59", "-03:30"),  # a half-hour zone
        ("America/St_Johns", "2027-03-14T05:30:00", "-02:30"),
    ],
)
def test_local_time_follows_daylight_saving(
    monkeypatch: pytest.MonkeyPatch, zone: str, utc: str, offset: str
) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    _zone_at.cache_clear()
    try:
        shown = local_time(datetime.fromisoformat(utc).replace(tzinfo=UTC))
        assert shown.isoformat().endswith(offset)
    finally:
        monkeypatch.undo()
        time.tzset()
        _zone_at.cache_clear()
