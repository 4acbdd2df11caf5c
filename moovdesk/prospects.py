"""The prospect service: the one API the window and the CLI both use to read and change prospects.

Every method is one transaction. Reads return frozen rows, never live ORM objects, so nothing held
by a widget can drift from the database.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from moovdesk.data import queries, search
from moovdesk.data.errors import RecordNotFoundError
from moovdesk.data.listing import MapRow, ProspectFilter, ProspectRow, ProspectSort
from moovdesk.data.models import Contact, Prospect, ProspectTag, Tag
from moovdesk.data.sort_keys import with_company_key
from moovdesk.data.store import Store
from moovdesk.data.types import utcnow
from moovdesk.data.vocabulary import GeoPrecision, Stage, Temperature
from moovdesk.prospect_fields import (
    BUSINESS_LINE_FIELDS,
    CONTACT_OR_BUSINESS_COLUMNS,
    PRIMARY_CONTACT_COLUMNS,
    PROSPECT_COLUMNS,
    clean_changes,
)
from moovdesk.views import (
    ContactView,
    FieldChanges,
    ProspectDetails,
    ProspectStats,
    local_now,
)

EVERYTHING = ProspectFilter()
BY_COMPANY = ProspectSort()


# (country, postal code, city) -> (latitude, longitude, precision), or None when unknown.
Locator = Callable[[str, str, str], tuple[float, float, GeoPrecision] | None]
ADDRESS_FIELDS = frozenset({"street", "postal_code", "city", "country"})


class ProspectService:
    def __init__(
        self,
        store: Store,
        *,
        phone_region: str = "FR",
        clock: Callable[[], datetime] = local_now,
        locator: Locator | None = None,
    ) -> None:
        self.store = store
        self.phone_region = phone_region
        self.clock = clock
        self.locator = locator

    # Reads -------------------------------------------------------------------------------

    def ids(
        self,
        flt: ProspectFilter = EVERYTHING,
        sort: ProspectSort = BY_COMPANY,
        limit: int | None = None,
    ) -> list[str]:
        """The matching ids in display order: all of them, or the first `limit`."""
        with self.store.read() as session:
            return queries.select_ids(session, flt, sort, self.clock(), limit)

    def matching_ids(self, text: str) -> set[str]:
        """Prospects whose searchable text matches every typed word (see data.search)."""
        with self.store.read() as session:
            return search.matching_ids(session.connection(), text)

    def map_rows(self, ids: Sequence[str] | None = None) -> list[MapRow]:
        """The located live prospects the map shows (all, or those of `ids`)."""
        with self.store.read() as session:
            return queries.map_rows(session, ids)

    def rows(self, ids: Sequence[str]) -> list[ProspectRow]:
        with self.store.read() as session:
            return queries.rows_by_ids(session, ids)

    def page(
        self,
        flt: ProspectFilter = EVERYTHING,
        sort: ProspectSort = BY_COMPANY,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[ProspectRow]:
        with self.store.read() as session:
            return queries.list_rows(session, flt, sort, self.clock(), offset, limit)

    def count(self, flt: ProspectFilter = EVERYTHING) -> int:
        with self.store.read() as session:
            return queries.count(session, flt, self.clock())

    def get(self, prospect_id: str) -> ProspectDetails:
        with self.store.read() as session:
            rows = queries.rows_by_ids(session, [prospect_id])
            prospect = session.get(Prospect, prospect_id)
            if not rows or prospect is None:
                raise RecordNotFoundError(f"No prospect with id {prospect_id}.")
            contacts = session.execute(
                select(Contact)
                .where(Contact.prospect_id == prospect_id, Contact.deleted_at.is_(None))
                .order_by(Contact.is_primary.desc(), Contact.created_at)
            ).scalars()
            return ProspectDetails(
                row=rows[0],
                business_phone=prospect.phone,
                business_mobile=prospect.mobile,
                business_email=prospect.email,
                became_client_at=prospect.became_client_at,
                contacts=tuple(contact_view(contact) for contact in contacts),
            )

    def stats(self) -> ProspectStats:
        with self.store.read() as session:
            by_temperature = queries.counts_by(session, Prospect.temperature)
            by_stage = queries.counts_by(session, Prospect.stage)
            return ProspectStats(
                total=sum(by_temperature.values()),
                by_temperature={t.value: by_temperature.get(t.value, 0) for t in Temperature},
                by_stage={s.value: by_stage.get(s.value, 0) for s in Stage},
                overdue_follow_ups=queries.overdue_follow_up_count(session, self.clock()),
                in_trash=queries.count(session, ProspectFilter(trashed=True), self.clock()),
            )

    def sources(self) -> list[str]:
        """Sources in use, for filter choices and completion."""
        with self.store.read() as session:
            return sorted(s for s in queries.counts_by(session, Prospect.source) if s)

    def tag_names(self) -> list[str]:
        with self.store.read() as session:
            names = session.execute(select(Tag.name).where(Tag.deleted_at.is_(None))).scalars()
            return sorted(names, key=str.casefold)

    # Writes ------------------------------------------------------------------------------

    def create(self, values: Mapping[str, Any] | None = None) -> str:
        """Add a prospect; returns its id. Unset fields take their defaults (cold suspect, FR)."""
        values = dict(values or {})
        tags = values.pop("tags", ())
        with self.store.write() as session:
            country = str(values.get("country") or "FR")
            cleaned = clean_changes(values, country=country, phone_region=self.phone_region)
            prospect_values, contact_values = route_fields(cleaned, contact_exists=False)
            prospect = Prospect(**prospect_values)
            if prospect.latitude is None:
                self._locate(prospect)
            if prospect.stage is Stage.CLIENT:
                prospect.became_client_at = utcnow()
            session.add(prospect)
            session.flush()
            if contact_values:
                session.add(Contact(prospect_id=prospect.id, is_primary=True, **contact_values))
            for name in tags:
                _add_tag(session, prospect.id, name)
            return prospect.id

    def update(self, prospect_id: str, changes: Mapping[str, Any]) -> FieldChanges:
        """Change some fields of one prospect; returns before/after values for undo."""
        with self.store.write() as session:
            prospect = _live_prospect(session, prospect_id)
            country = str(changes.get("country") or prospect.country or "FR")
            cleaned = clean_changes(changes, country=country, phone_region=self.phone_region)
            before = _current_values(session, prospect, cleaned)
            _apply(session, prospect, cleaned)
            moved = ADDRESS_FIELDS & set(cleaned) and "latitude" not in cleaned
            placed_by_hand = prospect.geo_precision in (GeoPrecision.MANUAL, GeoPrecision.GIVEN)
            if moved and not placed_by_hand:
                # The position follows the address, unless the rep (or the file) set it.
                position = ("latitude", "longitude", "geo_precision")
                before.update({name: getattr(prospect, name) for name in position})
                self._locate(prospect)
                session.flush()
                after = _current_values(session, prospect, cleaned)
                after.update({name: getattr(prospect, name) for name in position})
                return FieldChanges(prospect_id, before, after)
            return FieldChanges(prospect_id, before, _current_values(session, prospect, cleaned))

    def _locate(self, prospect: Prospect) -> None:
        """Place the prospect from its address with the offline gazetteer (town level), or take
        it off the map when the address is unknown: never an invented position."""
        if self.locator is None:
            return
        found = None
        if prospect.postal_code or prospect.city:
            found = self.locator(prospect.country or "FR", prospect.postal_code, prospect.city)
        if found is None:
            prospect.latitude = prospect.longitude = None
            prospect.geo_precision = GeoPrecision.NONE
        else:
            prospect.latitude, prospect.longitude, prospect.geo_precision = found

    def bulk_update(self, ids: Collection[str], changes: Mapping[str, Any]) -> int:
        """Set the same prospect-row fields (temperature, stage, source...) on many prospects."""
        cleaned = clean_changes(changes, country="FR", phone_region=self.phone_region)
        not_bulk = sorted(set(cleaned) - PROSPECT_COLUMNS - {"postal_code"})
        if not_bulk or "postal_code" in cleaned:
            raise ValueError(f"bulk updates take prospect fields only, not {not_bulk}")
        if cleaned.get("stage") == Stage.CLIENT:
            cleaned["became_client_at"] = utcnow()
        with_company_key(cleaned)
        with self.store.write() as session:
            changed = 0
            id_list = list(ids)
            for start in range(0, len(id_list), 500):
                chunk = id_list[start : start + 500]
                result = session.execute(
                    update(Prospect)
                    .where(Prospect.id.in_(chunk), Prospect.deleted_at.is_(None))
                    .values(**cleaned, updated_at=utcnow())
                    .execution_options(synchronize_session=False)
                )
                changed += cast(CursorResult[Any], result).rowcount
            search.reindex(session.connection(), id_list)
            return changed

    def trash(self, ids: Collection[str]) -> int:
        """Move prospects to the trash (a tombstone, restorable)."""
        return self._set_deleted(ids, utcnow())

    def restore(self, ids: Collection[str]) -> int:
        return self._set_deleted(ids, None)

    def add_tag(self, ids: Collection[str], name: str) -> int:
        with self.store.write() as session:
            return sum(_add_tag(session, prospect_id, name) for prospect_id in ids)

    def remove_tag(self, ids: Collection[str], name: str) -> int:
        with self.store.write() as session:
            tag_id = session.execute(
                select(Tag.id).where(Tag.name == name.strip(), Tag.deleted_at.is_(None))
            ).scalar_one_or_none()
            if tag_id is None:
                return 0
            links = (
                session.execute(
                    select(ProspectTag).where(
                        ProspectTag.tag_id == tag_id,
                        ProspectTag.prospect_id.in_(list(ids)),
                        ProspectTag.deleted_at.is_(None),
                    )
                )
                .scalars()
                .all()
            )
            now = utcnow()
            for link in links:
                link.deleted_at = now
            return len(links)

    def _set_deleted(self, ids: Collection[str], stamp: datetime | None) -> int:
        with self.store.write() as session:
            changed = 0
            id_list = list(ids)
            for start in range(0, len(id_list), 500):
                chunk = id_list[start : start + 500]
                condition = (
                    Prospect.deleted_at.is_(None) if stamp else Prospect.deleted_at.is_not(None)
                )
                result = session.execute(
                    update(Prospect)
                    .where(Prospect.id.in_(chunk), condition)
                    .values(deleted_at=stamp, updated_at=utcnow())
                    .execution_options(synchronize_session=False)
                )
                changed += cast(CursorResult[Any], result).rowcount
            return changed


def _live_prospect(session: Session, prospect_id: str) -> Prospect:
    prospect = session.get(Prospect, prospect_id)
    if prospect is None or prospect.deleted_at is not None:
        raise RecordNotFoundError(f"No prospect with id {prospect_id} (it may be in the trash).")
    return prospect


def _primary_contact(session: Session, prospect_id: str) -> Contact | None:
    return session.execute(
        select(Contact).where(
            Contact.prospect_id == prospect_id,
            Contact.is_primary.is_(True),
            Contact.deleted_at.is_(None),
        )
    ).scalar_one_or_none()


def _current_values(
    session: Session, prospect: Prospect, fields: Collection[str]
) -> dict[str, Any]:
    contact = _primary_contact(session, prospect.id)
    values: dict[str, Any] = {}
    for name in fields:
        if name in PROSPECT_COLUMNS:
            values[name] = getattr(prospect, name)
        elif name in BUSINESS_LINE_FIELDS:
            values[name] = getattr(prospect, BUSINESS_LINE_FIELDS[name])
        elif name in PRIMARY_CONTACT_COLUMNS:
            values[name] = getattr(contact, name) if contact else ""
        elif name in CONTACT_OR_BUSINESS_COLUMNS:
            values[name] = getattr(contact if contact else prospect, name)
    return values


def route_fields(
    cleaned: Mapping[str, Any], contact_exists: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Route canonical values to the prospect row or to its primary contact.

    Email and phones go to the contact when there is one, or when this change creates one
    (a name or job title is given); otherwise they are the business's own line.
    """
    to_contact = contact_exists or any(name in PRIMARY_CONTACT_COLUMNS for name in cleaned)
    prospect_values: dict[str, Any] = {}
    contact_values: dict[str, Any] = {}
    for name, value in cleaned.items():
        if name in PROSPECT_COLUMNS:
            prospect_values[name] = value
        elif name in BUSINESS_LINE_FIELDS:
            prospect_values[BUSINESS_LINE_FIELDS[name]] = value
        elif name in PRIMARY_CONTACT_COLUMNS or to_contact:
            contact_values[name] = value
        else:
            prospect_values[name] = value
    if ("latitude" in cleaned or "longitude" in cleaned) and "geo_precision" not in cleaned:
        located = prospect_values.get("latitude") is not None
        prospect_values["geo_precision"] = GeoPrecision.MANUAL if located else GeoPrecision.NONE
    return prospect_values, contact_values


def _apply(session: Session, prospect: Prospect, cleaned: Mapping[str, Any]) -> None:
    """Write cleaned canonical values to a prospect that is already in the session."""
    contact = _primary_contact(session, prospect.id)
    prospect_values, contact_values = route_fields(cleaned, contact is not None)
    for name, value in prospect_values.items():
        setattr(prospect, name, value)
    if prospect.stage is Stage.CLIENT and prospect.became_client_at is None:
        prospect.became_client_at = utcnow()
    if contact_values:
        if contact is None:
            contact = Contact(prospect_id=prospect.id, is_primary=True)
            session.add(contact)
        for name, value in contact_values.items():
            setattr(contact, name, value)
    session.flush()


def _add_tag(session: Session, prospect_id: str, name: str) -> int:
    """Tag one prospect, creating the tag on first use; 0 when it already had it."""
    label = " ".join(name.split())
    if not label:
        return 0
    tag = session.execute(
        select(Tag).where(Tag.name == label, Tag.deleted_at.is_(None))
    ).scalar_one_or_none()
    if tag is None:
        tag = Tag(name=label)
        session.add(tag)
        session.flush()
    existing = session.execute(
        select(ProspectTag.id).where(
            ProspectTag.prospect_id == prospect_id,
            ProspectTag.tag_id == tag.id,
            ProspectTag.deleted_at.is_(None),
        )
    ).first()
    if existing:
        return 0
    session.add(ProspectTag(prospect_id=prospect_id, tag_id=tag.id))
    return 1


def contact_view(contact: Contact) -> ContactView:
    return ContactView(
        id=contact.id,
        civility=contact.civility,
        first_name=contact.first_name,
        last_name=contact.last_name,
        job_title=contact.job_title,
        phone=contact.phone,
        mobile=contact.mobile,
        email=contact.email,
        notes=contact.notes,
        is_primary=contact.is_primary,
    )
