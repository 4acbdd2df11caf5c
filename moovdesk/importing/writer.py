"""Turning cleaned rows into records inside the import's transaction.

New records are gathered and written with `executemany` in chunks (the ORM unit of work is
several times slower for bulk rows), each as a tuple of the values it brings: the columns every
new record of the import shares (the batch, the stamps, the defaults) are given once per chunk.
Existing records the import completes or overwrites are updated one by one, their replaced
values journaled so that undoing the import restores them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, time
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select, update

from moovdesk.data import search
from moovdesk.data.bulk import insert_tuples, new_ids
from moovdesk.data.models import (
    Activity,
    Contact,
    FollowUp,
    ImportChange,
    Prospect,
    ProspectTag,
    Tag,
)
from moovdesk.data.sort_keys import company_sort_key, with_company_key
from moovdesk.data.text_folding import fold
from moovdesk.data.types import new_id, utcnow
from moovdesk.data.vocabulary import ActivityKind, Stage
from moovdesk.importing.dates import DateValue
from moovdesk.importing.pending_rows import Names, PendingRows, Values
from moovdesk.importing.row_shapes import (
    CONTACT_OWN,
    PROSPECT_OWN,
    Route,
    RowShape,
    columns_only,
    routes_by_name,
)
from moovdesk.prospects import route_fields

FLUSH_EVERY = 5000  # new rows (prospects, contacts…) gathered before they are written
# Ids come in sorted pools that double in size: a big import inserts long runs in key order.
FIRST_ID_POOL = 1000
LAST_ID_POOL = 256_000
# Values an import never treats as "empty" when completing a record (they always have one).
_ALWAYS_SET = frozenset({"temperature", "stage", "country", "geo_precision"})
LAST_CONTACT_SUBJECT = "Dernier contact (d'après le fichier importé)"


def _template(table: Table) -> dict[str, Any]:
    """Every column with its default, so all rows of an executemany have the same keys."""
    values: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            values[column.key] = default.arg  # type: ignore[attr-defined]
        elif column.nullable:
            values[column.key] = None
    return values


_MODELS = (Prospect, Contact, FollowUp, Activity, ProspectTag)
_TEMPLATES: dict[type, dict[str, Any]] = {
    model: _template(cast(Table, model.__table__)) for model in _MODELS
}


class ImportWriter:
    def __init__(self, connection: Connection, batch_id: str) -> None:
        self.connection = connection
        self.batch_id = batch_id
        self._stamp = utcnow()
        self._pending = {
            model: PendingRows(
                {
                    **template,
                    "created_at": self._stamp,
                    "updated_at": self._stamp,
                    "import_batch_id": batch_id,
                }
            )
            for model, template in _TEMPLATES.items()
        }
        self._queued = 0
        self._tag_ids = dict(
            connection.execute(select(Tag.name, Tag.id).where(Tag.deleted_at.is_(None))).all()
        )
        self._tags: dict[str, set[str]] = {}  # prospect id -> tag names it has
        self._follow_ups: dict[str, set[datetime]] = {}  # prospect id -> open due times
        self._created: set[str] = set()
        self._ids: Iterator[str] = iter(())
        self._id_pool = FIRST_ID_POOL // 2
        self._primary_of: dict[str, bool] = {}
        self._people: dict[str, set[str]] = {}
        # People added by this import (their ref, column keys and values), keyed only when a
        # later row asks (most never do).
        self._unkeyed_people: dict[str, list[tuple[str, Names, Values]]] = {}
        self._activity_keys: set[tuple[str, str, str]] | None = None
        self._shapes: dict[Names, RowShape | None] = {}
        self.touched: set[str] = set()

    # New prospects ---------------------------------------------------------------------

    def new_prospect(self, fields: dict[str, Any], external_ref: str) -> tuple[str, bool]:
        """Create a prospect (and its primary contact when the row names a person); returns
        its id and whether a contact was created."""
        shape = self._shape_of(fields)
        prospect_id = self._new_id()
        stage = fields.get("stage")
        became_client = self._stamp if stage in (Stage.CLIENT, "client") else None
        company_key = company_sort_key(fields.get("company") or "")
        own = (prospect_id, external_ref, company_key, became_client)
        shape.prospects.append(own + shape.prospect_values(fields))
        shape.prospect_order.append(shape.prospect_slot)
        self.touched.add(prospect_id)
        self._created.add(prospect_id)
        with_contact = bool(shape.contact_names)
        if with_contact:
            values = shape.contact_values(fields)
            shape.contacts.append((self._new_id(), prospect_id, True, "", *values))
            shape.contact_order.append(shape.contact_slot)
            self._unkeyed_people[prospect_id] = [("", shape.contact_names, values)]
        self._primary_of[prospect_id] = with_contact
        self._queued += 2 if with_contact else 1
        if self._queued >= FLUSH_EVERY:
            self.flush()
        return prospect_id, with_contact

    def _shape_of(self, fields: dict[str, Any]) -> RowShape:
        """Where the fields of a new row go (see `RowShape`), decided once per list of field
        names: rows of one file mostly share a handful of shapes."""
        names = tuple(fields)
        try:
            shape = self._shapes[names]
        except KeyError:
            routes = routes_by_name(names)
            shape = self._shapes[names] = routes and self._shape(*routes)
        if shape is None:  # the route depends on the values, not only on the names
            prospect, contact = route_fields(fields, contact_exists=False)
            prospect_names, prospect_values = columns_only(Prospect, prospect, PROSPECT_OWN)
            contact_names, contact_values = columns_only(Contact, contact, CONTACT_OWN)
            return self._shape(
                (prospect_names, lambda _fields: prospect_values),
                (contact_names, lambda _fields: contact_values),
            )
        return shape

    def _shape(self, to_prospect: Route, to_contact: Route) -> RowShape:
        prospect_names, prospect_values = to_prospect
        contact_names, contact_values = to_contact
        prospects, contacts = self._pending[Prospect], self._pending[Contact]
        prospect_rows, prospect_slot = prospects.batch(PROSPECT_OWN + prospect_names)
        contact_rows, contact_slot = contacts.batch(CONTACT_OWN + contact_names)
        return RowShape(
            prospect_rows,
            prospect_slot,
            prospects.order,
            prospect_values,
            contact_rows,
            contact_slot,
            contacts.order,
            contact_names,
            contact_values,
        )

    def new_contact(
        self, prospect_id: str, values: dict[str, Any], external_ref: str, *, primary: bool
    ) -> None:
        names, row = columns_only(Contact, values, CONTACT_OWN)
        self._queue_contact(prospect_id, names, row, external_ref, primary)

    def _queue_contact(
        self, prospect_id: str, names: Names, values: Values, external_ref: str, primary: bool
    ) -> None:
        own = (self._new_id(), prospect_id, primary, external_ref)
        self._queue(Contact, CONTACT_OWN + names, own + values)
        if primary:
            self._primary_of[prospect_id] = True
        self._unkeyed_people.setdefault(prospect_id, []).append((external_ref, names, values))
        self.touched.add(prospect_id)

    def knows_person(self, prospect_id: str, external_ref: str, values: dict[str, Any]) -> bool:
        """Whether this prospect already has this person (same id in the exporting software,
        same email, or same first and last name)."""
        return bool(self._people_of(prospect_id) & _person_keys(external_ref, values))

    def _people_of(self, prospect_id: str) -> set[str]:
        known = self._people_of_base(prospect_id)
        for external_ref, names, values in self._unkeyed_people.pop(prospect_id, ()):
            known |= _person_keys(external_ref, dict(zip(names, values, strict=True)))
        return known

    def _people_of_base(self, prospect_id: str) -> set[str]:
        if prospect_id not in self._people:
            known: set[str] = set()
            if prospect_id in self._created:  # nobody there yet but what this import adds
                self._people[prospect_id] = known
                return known
            rows = self.connection.execute(
                select(
                    Contact.external_ref, Contact.email, Contact.first_name, Contact.last_name
                ).where(Contact.prospect_id == prospect_id, Contact.deleted_at.is_(None))
            )
            for external, email, first, last in rows:
                known |= _person_keys(
                    external, {"email": email, "first_name": first, "last_name": last}
                )
            self._people[prospect_id] = known
        return self._people[prospect_id]

    def has_primary_contact(self, prospect_id: str) -> bool:
        if prospect_id not in self._primary_of:
            found = self.connection.execute(
                select(Contact.id).where(
                    Contact.prospect_id == prospect_id,
                    Contact.is_primary.is_(True),
                    Contact.deleted_at.is_(None),
                )
            ).first()
            self._primary_of[prospect_id] = found is not None
        return self._primary_of[prospect_id]

    # Existing prospects ----------------------------------------------------------------

    def complete(self, prospect_id: str, fields: dict[str, Any], *, overwrite: bool) -> bool:
        """Fill the empty fields of an existing prospect (or, with `overwrite`, replace them
        with the file's non-empty values); returns whether anything changed."""
        self.flush()  # the prospect may have been created earlier in this same import
        contact_id = self.connection.execute(
            select(Contact.id).where(
                Contact.prospect_id == prospect_id,
                Contact.is_primary.is_(True),
                Contact.deleted_at.is_(None),
            )
        ).scalar_one_or_none()
        prospect_values, contact_values = route_fields(
            fields, contact_exists=contact_id is not None
        )
        changed = self._update(Prospect, prospect_id, prospect_values, overwrite)
        if contact_values:
            if contact_id is None:
                self.new_contact(prospect_id, contact_values, "", primary=True)
                changed = True
            else:
                changed = self._update(Contact, contact_id, contact_values, overwrite) or changed
        if changed:
            self.touched.add(prospect_id)
        return changed

    def _update(
        self,
        model: type[Prospect] | type[Contact],
        record_id: str,
        values: dict[str, Any],
        overwrite: bool,
    ) -> bool:
        table = cast(Table, model.__table__)
        current = self.connection.execute(
            select(*[table.c[name] for name in values]).where(table.c.id == record_id)
        ).one()
        changes: dict[str, Any] = {}
        for (name, value), old in zip(values.items(), current, strict=True):
            if value in ("", None) or value == old:
                continue
            if overwrite or (name not in _ALWAYS_SET and old in ("", None, False)):
                changes[name] = value
        if not changes:
            return False
        before = {name: _jsonable(current[list(values).index(name)]) for name in changes}
        self.connection.execute(
            insert(ImportChange),
            [
                {
                    "id": new_id(),
                    "import_batch_id": self.batch_id,
                    "table_name": table.name,
                    "record_id": record_id,
                    "before_json": json.dumps(before, ensure_ascii=False),
                    "created_at": self._stamp,
                    "updated_at": self._stamp,
                }
            ],
        )
        if model is Prospect:
            with_company_key(changes)
        self.connection.execute(
            update(table).where(table.c.id == record_id).values(**changes, updated_at=self._stamp)
        )
        return True

    # What hangs off a prospect ---------------------------------------------------------

    def tag(self, prospect_id: str, names: list[str]) -> bool:
        """Add the tags the prospect lacks; returns whether any was added."""
        having = self._tags_of(prospect_id)
        added = False
        for raw in names:
            name = " ".join(raw.split())
            if not name or name in having:
                continue
            tag_id = self._tag_ids.get(name)
            if tag_id is None:
                tag_id = new_id()
                self.connection.execute(
                    insert(Tag),
                    [
                        {
                            "id": tag_id,
                            "name": name,
                            "color": "",
                            "created_at": self._stamp,
                            "updated_at": self._stamp,
                        }
                    ],
                )
                self._tag_ids[name] = tag_id
            having.add(name)
            self._queue(
                ProspectTag, ("id", "prospect_id", "tag_id"), (new_id(), prospect_id, tag_id)
            )
            self.touched.add(prospect_id)
            added = True
        return added

    def follow_up(self, prospect_id: str, when: DateValue, note: str = "") -> bool:
        """Schedule a follow-up unless one is already open at that time; whether it was."""
        due = self._aware(when, time(9, 0))
        open_times = self._open_follow_ups_of(prospect_id)
        if due in open_times:
            return False
        open_times.add(due)
        self._queue(
            FollowUp,
            ("id", "prospect_id", "due_at", "note"),
            (self._new_id(), prospect_id, due, note),
        )
        return True

    def activity(
        self, prospect_id: str, kind: ActivityKind, when: DateValue, subject: str, body: str
    ) -> bool:
        """Log an activity unless the same one is already there (re-importing a file of visit
        reports adds nothing); returns whether it was added."""
        occurred = self._aware(when, time(12, 0))
        key = (prospect_id, occurred.astimezone().isoformat(), body.strip())
        if key in self._existing_activities():
            return False
        self._existing_activities().add(key)
        self._queue(
            Activity,
            ("id", "prospect_id", "kind", "occurred_at", "subject", "body"),
            (self._new_id(), prospect_id, kind, occurred, subject, body.strip()),
        )
        return True

    def last_contact(self, prospect_id: str, when: DateValue) -> bool:
        return self.activity(prospect_id, ActivityKind.NOTE, when, LAST_CONTACT_SUBJECT, "")

    # Writing ---------------------------------------------------------------------------

    def flush(self) -> None:
        """Write what is gathered, parents before children (foreign keys are enforced)."""
        for model in _MODELS:
            pending = self._pending[model]
            taken = pending.take()
            if taken is not None:
                names, rows = taken
                table = cast(Table, model.__table__)
                insert_tuples(self.connection, table, names, rows, pending.shared)
        self._queued = 0

    def _new_id(self) -> str:
        try:
            return next(self._ids)
        except StopIteration:
            self._id_pool = min(self._id_pool * 2, LAST_ID_POOL)
            self._ids = new_ids(self._id_pool)
            return next(self._ids)

    def finish(self) -> None:
        self.flush()
        search.enqueue(self.connection, self.touched)

    def _queue(self, model: type, names: Names, values: Values) -> None:
        """Gather a new row of `model`: `values` for the columns `names`, the rest shared."""
        self._pending[model].add(names, values)
        self._queued += 1
        if self._queued >= FLUSH_EVERY:
            self.flush()

    def _aware(self, value: DateValue, default_time: time) -> datetime:
        """File dates are the rep's local time (summer or winter offset as of that date); a
        date alone gets a sensible hour."""
        local = value if isinstance(value, datetime) else datetime.combine(value, default_time)
        return local if local.tzinfo is not None else local.astimezone()

    def _tags_of(self, prospect_id: str) -> set[str]:
        if prospect_id not in self._tags:
            names: set[str] = set()
            if prospect_id not in self._created:
                names = set(
                    self.connection.execute(
                        select(Tag.name)
                        .join(ProspectTag, ProspectTag.tag_id == Tag.id)
                        .where(
                            ProspectTag.prospect_id == prospect_id,
                            ProspectTag.deleted_at.is_(None),
                            Tag.deleted_at.is_(None),
                        )
                    ).scalars()
                )
            self._tags[prospect_id] = names
        return self._tags[prospect_id]

    def _open_follow_ups_of(self, prospect_id: str) -> set[datetime]:
        if prospect_id not in self._follow_ups:
            times: set[datetime] = set()
            if prospect_id not in self._created:
                times = set(
                    self.connection.execute(
                        select(FollowUp.due_at).where(
                            FollowUp.prospect_id == prospect_id,
                            FollowUp.done_at.is_(None),
                            FollowUp.deleted_at.is_(None),
                        )
                    ).scalars()
                )
            self._follow_ups[prospect_id] = times
        return self._follow_ups[prospect_id]

    def _existing_activities(self) -> set[tuple[str, str, str]]:
        if self._activity_keys is None:
            self._activity_keys = set()
            rows = self.connection.execute(
                select(Activity.prospect_id, Activity.occurred_at, Activity.body).where(
                    Activity.deleted_at.is_(None)
                )
            )
            for prospect_id, occurred, body in rows:
                key = (prospect_id, occurred.astimezone().isoformat(), body.strip())
                self._activity_keys.add(key)
        return self._activity_keys


# Where some of a new row's fields go: the column keys, and the getter of their values.


def _person_keys(external_ref: str, values: dict[str, Any]) -> set[str]:
    keys = set()
    if external_ref:
        keys.add("ref:" + external_ref)
    if values.get("email"):
        keys.add("email:" + str(values["email"]).lower())
    name = " ".join(str(values.get(k) or "") for k in ("first_name", "last_name")).strip()
    if name:
        keys.add("name:" + fold(name))
    return keys


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return value.value if hasattr(value, "value") else value
