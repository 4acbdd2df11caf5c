"""What every export format writes: the canonical prospect rows, read in blocks so 100,000
prospects never sit in memory at once, with their contact persons when the format wants them.

Each field has a kind (text, choice, flag, number, time, tags); the format writers decide how
each kind is spelled in their file, once per column rather than once per value.
"""

from __future__ import annotations

import enum
import operator
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from moovdesk.data import queries
from moovdesk.data.listing import ProspectRow
from moovdesk.data.models import Contact, Prospect
from moovdesk.prospect_fields import BOOLEAN_FIELDS, CANONICAL_FIELDS

# The columns of CSV and XLSX exports and the keys of a JSON record (before `contacts`).
EXPORT_FIELDS: tuple[str, ...] = (*CANONICAL_FIELDS, "next_follow_up", "last_contact_at")
CONTACT_FIELDS: tuple[str, ...] = (
    "id",
    "civility",
    "first_name",
    "last_name",
    "job_title",
    "phone",
    "mobile",
    "email",
    "notes",
    "is_primary",
)


class FieldKind(enum.Enum):
    """How a field's value is spelled in a file."""

    TEXT = "text"  # str, typed by the rep or imported: neutralised in spreadsheets
    CHOICE = "choice"  # a vocabulary enum (temperature, stage, geo_precision)
    FLAG = "flag"  # bool
    NUMBER = "number"  # float or None
    TIME = "time"  # aware datetime (stored in UTC) or None
    TAGS = "tags"  # tuple of tag names


_SPECIAL_KINDS = {
    "geo_precision": FieldKind.CHOICE,
    "temperature": FieldKind.CHOICE,
    "stage": FieldKind.CHOICE,
    "latitude": FieldKind.NUMBER,
    "longitude": FieldKind.NUMBER,
    "created_at": FieldKind.TIME,
    "updated_at": FieldKind.TIME,
    "next_follow_up": FieldKind.TIME,
    "last_contact_at": FieldKind.TIME,
    "tags": FieldKind.TAGS,
    **dict.fromkeys(BOOLEAN_FIELDS, FieldKind.FLAG),
}
FIELD_KINDS: dict[str, FieldKind] = {
    name: _SPECIAL_KINDS.get(name, FieldKind.TEXT) for name in EXPORT_FIELDS
}
_ROW_VALUES = operator.attrgetter(*EXPORT_FIELDS)
# Rows fetched per read: large enough that SQL round trips do not dominate, small enough that a
# block of rows (and its contacts) stays a few megabytes.
CHUNK_SIZE = 2000
_IN_LIST_SIZE = 500
TAG_SEPARATOR = ", "


@dataclass(frozen=True)
class ExportContact:
    """A contact person; fields in CONTACT_FIELDS order (it is built from a row of them)."""

    id: str
    civility: str
    first_name: str
    last_name: str
    job_title: str
    phone: str
    mobile: str
    email: str
    notes: str
    is_primary: bool
    updated_at: datetime

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


@dataclass(frozen=True)
class BusinessLine:
    """The business's own phone, mobile and email, whatever its contacts have."""

    phone: str = ""
    mobile: str = ""
    email: str = ""


@dataclass(frozen=True)
class ExportRecord:
    """One prospect as an export sees it; `contacts` and `business` are filled only for the
    formats that write them (JSON, vCard), primary contact first."""

    row: ProspectRow
    contacts: tuple[ExportContact, ...] = ()
    business: BusinessLine = field(default_factory=BusinessLine)


def record_batches(
    session: Session,
    ids: Sequence[str],
    *,
    with_contacts: bool,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[list[ExportRecord]]:
    """The records of `ids`, in that order, one block of `chunk_size` at a time."""
    for start in range(0, len(ids), chunk_size):
        rows = queries.rows_by_ids(session, ids[start : start + chunk_size])
        if not with_contacts:
            yield [ExportRecord(row) for row in rows]
            continue
        found = [row.id for row in rows]
        contacts = _contacts_of(session, found)
        business = _business_lines(session, found)
        yield [
            ExportRecord(row, contacts.get(row.id, ()), business.get(row.id, BusinessLine()))
            for row in rows
        ]


def row_values(row: ProspectRow) -> tuple[Any, ...]:
    """The row's values in EXPORT_FIELDS order (one C-level call: this runs 100,000 times)."""
    return _ROW_VALUES(row)


def local_time(moment: datetime) -> datetime:
    """A stored (UTC) time in the laptop's zone, offset included, to the second."""
    return moment.astimezone(_zone_at(int(moment.timestamp()) // 900)).replace(microsecond=0)


def iso_text(moment: datetime | None) -> str:
    """ISO 8601 with the offset ("2027-03-11T09:00:00+01:00"); empty for no time."""
    return "" if moment is None else local_time(moment).isoformat()


@lru_cache(maxsize=65_536)
def _zone_at(quarter_hour: int) -> tzinfo | None:
    """The local zone's offset during one quarter hour of UTC. Offsets change (daylight saving)
    only on UTC quarter hours, so a cached lookup per quarter replaces astimezone()'s call into
    the C library for each of the 400,000 times of a 100,000-prospect export."""
    return datetime.fromtimestamp(quarter_hour * 900, UTC).astimezone().tzinfo


def _contacts_of(session: Session, ids: list[str]) -> dict[str, tuple[ExportContact, ...]]:
    found: dict[str, list[ExportContact]] = {}
    columns = [getattr(Contact, name) for name in CONTACT_FIELDS]
    for start in range(0, len(ids), _IN_LIST_SIZE):
        statement = (
            select(Contact.prospect_id, *columns, Contact.updated_at)
            .where(
                Contact.prospect_id.in_(ids[start : start + _IN_LIST_SIZE]),
                Contact.deleted_at.is_(None),
            )
            .order_by(Contact.prospect_id, Contact.is_primary.desc(), Contact.created_at)
        )
        for prospect_id, *values in session.execute(statement):
            found.setdefault(prospect_id, []).append(ExportContact(*values))
    return {key: tuple(value) for key, value in found.items()}


def _business_lines(session: Session, ids: list[str]) -> dict[str, BusinessLine]:
    found: dict[str, BusinessLine] = {}
    for start in range(0, len(ids), _IN_LIST_SIZE):
        statement = select(Prospect.id, Prospect.phone, Prospect.mobile, Prospect.email).where(
            Prospect.id.in_(ids[start : start + _IN_LIST_SIZE])
        )
        for prospect_id, phone, mobile, email in session.execute(statement):
            found[prospect_id] = BusinessLine(phone, mobile, email)
    return found
