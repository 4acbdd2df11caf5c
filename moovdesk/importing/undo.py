"""Undoing an import, at any size, in one transaction: the base is as it was before it.

Records the import created are deleted (they had no life before it), except prospects the rep
has since given something of their own (a follow-up, a note, a contact, a tag…): those are kept
and counted, so undoing never destroys the rep's later work. Values the import replaced in
records that existed before are put back from its journal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, and_, delete, exists, or_, select, update

from moovdesk.data import search
from moovdesk.data.errors import RecordNotFoundError, StoreError
from moovdesk.data.models import (
    Activity,
    Appointment,
    Contact,
    FollowUp,
    ImportBatch,
    ImportChange,
    Prospect,
    ProspectTag,
    Task,
)
from moovdesk.data.sort_keys import with_company_key
from moovdesk.data.store import Store
from moovdesk.data.types import utcnow
from moovdesk.data.vocabulary import ImportStatus

_CHUNK = 500


@dataclass(frozen=True)
class UndoReport:
    removed: int
    restored: int
    kept: int  # prospects kept because the rep added their own records to them since


@dataclass(frozen=True)
class ImportSummary:
    id: str
    file_name: str
    format_name: str
    created_at: datetime
    rows_imported: int
    rows_updated: int
    rows_skipped: int
    rows_rejected: int
    status: ImportStatus
    undone_at: datetime | None


def import_history(store: Store) -> list[ImportSummary]:
    """Every import, newest first, for the history dialog and `moovdesk-cli imports`."""
    with store.read() as session:
        batches = session.execute(select(ImportBatch).order_by(ImportBatch.created_at.desc()))
        return [
            ImportSummary(
                b.id,
                b.file_name,
                b.format_name,
                b.created_at,
                b.rows_imported,
                b.rows_updated,
                b.rows_skipped,
                b.rows_rejected,
                b.status,
                b.undone_at,
            )
            for b in batches.scalars()
        ]


def undo_import(store: Store, batch_id: str) -> UndoReport:
    with store.write() as session:
        connection = session.connection()
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise RecordNotFoundError(f"No import with id {batch_id}.")
        if batch.status is ImportStatus.UNDONE:
            raise StoreError(f"The import of {batch.file_name} was already undone.")
        restored = _restore_replaced_values(connection, batch_id)
        created = list(
            connection.execute(
                select(Prospect.id).where(Prospect.import_batch_id == batch_id)
            ).scalars()
        )
        kept = set(_prospects_with_later_records(connection, batch_id, created))
        for model in (Activity, FollowUp, ProspectTag, Contact):
            connection.execute(delete(model).where(model.import_batch_id == batch_id))
        removable = [pid for pid in created if pid not in kept]
        _delete_prospects(connection, removable)
        search.enqueue(connection, kept | _restored_prospects(connection, batch_id))
        batch.status = ImportStatus.UNDONE
        batch.undone_at = utcnow()
    return UndoReport(removed=len(removable), restored=restored, kept=len(kept))


def _restore_replaced_values(connection: Connection, batch_id: str) -> int:
    changes = connection.execute(
        select(ImportChange.table_name, ImportChange.record_id, ImportChange.before_json)
        .where(ImportChange.import_batch_id == batch_id)
        .order_by(ImportChange.created_at.desc())  # several changes to one record: oldest wins
    ).all()
    tables = {
        "prospect": cast(Table, Prospect.__table__),
        "contact": cast(Table, Contact.__table__),
    }
    for table_name, record_id, before_json in changes:
        table = tables[table_name]
        values: dict[str, Any] = json.loads(before_json)
        for name, value in values.items():
            if isinstance(value, str) and table.c[name].type.python_type is datetime:
                values[name] = datetime.fromisoformat(value)
        if table_name == "prospect":
            with_company_key(values)
        connection.execute(
            update(table).where(table.c.id == record_id).values(**values, updated_at=utcnow())
        )
    return len({record_id for _table, record_id, _before in changes})


def _restored_prospects(connection: Connection, batch_id: str) -> set[str]:
    prospect_ids = connection.execute(
        select(ImportChange.record_id).where(
            ImportChange.import_batch_id == batch_id, ImportChange.table_name == "prospect"
        )
    ).scalars()
    contact_prospects = connection.execute(
        select(Contact.prospect_id)
        .join(ImportChange, ImportChange.record_id == Contact.id)
        .where(ImportChange.import_batch_id == batch_id, ImportChange.table_name == "contact")
    ).scalars()
    return set(prospect_ids) | set(contact_prospects)


def _prospects_with_later_records(
    connection: Connection, batch_id: str, prospect_ids: list[str]
) -> list[str]:
    """Imported prospects that the rep has since given records of their own."""
    kept: list[str] = []
    for start in range(0, len(prospect_ids), _CHUNK):
        chunk = prospect_ids[start : start + _CHUNK]
        conditions = []
        for model in (Activity, FollowUp, ProspectTag, Contact):
            conditions.append(
                exists().where(
                    model.prospect_id == Prospect.id,
                    or_(model.import_batch_id.is_(None), model.import_batch_id != batch_id),
                )
            )
        for planned in (Task, Appointment):
            conditions.append(exists().where(planned.prospect_id == Prospect.id))
        edited = Prospect.updated_at > Prospect.created_at
        rows = connection.execute(
            select(Prospect.id).where(Prospect.id.in_(chunk), or_(*conditions, edited))
        ).scalars()
        kept.extend(rows)
    return kept


def _delete_prospects(connection: Connection, prospect_ids: list[str]) -> None:
    for start in range(0, len(prospect_ids), _CHUNK):
        chunk = prospect_ids[start : start + _CHUNK]
        connection.execute(
            delete(search.prospect_search).where(search.prospect_search.c.prospect_id.in_(chunk))
        )
        connection.execute(
            delete(search.search_backlog).where(search.search_backlog.c.prospect_id.in_(chunk))
        )
        connection.execute(delete(Prospect).where(and_(Prospect.id.in_(chunk))))
