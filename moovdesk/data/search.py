"""The full-text index behind search-as-you-type: one text per prospect, matched by FTS5.

Every word the rep types must begin a word of the prospect (company, any contact's name, city,
postal code, email, phone, notes, SIRET, activity, tags), in any order, accents and case ignored.
A run of digits also matches phone numbers however they were typed ("06 12 34" finds
+33612345678, so do "+33 6 12" and "612 34").

The index is derived data. ORM writes keep it current through session events. Bulk writes (an
import) only `enqueue` their prospects in the same transaction, and `drain` indexes the backlog
afterwards in short transactions of its own: the import commits without waiting for indexing, and
a backlog left by a crash is finished at the next start. A schema upgrade calls `rebuild`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from typing import Any

from phonenumbers import COUNTRY_CODE_TO_REGION_CODE
from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    event,
    func,
    select,
    text,
)
from sqlalchemy.orm import Session, sessionmaker

from moovdesk.data.bulk import insert_tuples
from moovdesk.data.models import Contact, Prospect, ProspectTag, Tag
from moovdesk.data.text_folding import fold

# Not in the ORM metadata: created by migration 0002 with FTS5 next to it.
search_metadata = MetaData()
prospect_search = Table(
    "prospect_search",
    search_metadata,
    Column("rowid", Integer, primary_key=True),
    Column("prospect_id", String(36), nullable=False, unique=True),
    Column("body", Text, nullable=False),
)
search_backlog = Table(
    "search_backlog",
    search_metadata,
    Column("prospect_id", String(36), primary_key=True),
)

_CHUNK = 500
DRAIN_BATCH = 5000
# The same word boundaries as FTS5's unicode61 tokenizer: letters and digits, nothing else.
_WORD = re.compile(r"[^\W_]+")
_PHONE_LIKE = re.compile(r"^[\s\d+().\-/]*\d[\s\d+().\-/]*$")
_MATCHING_IDS = text(
    "SELECT prospect_search.prospect_id FROM prospect_fts "
    "JOIN prospect_search ON prospect_search.rowid = prospect_fts.rowid "
    "WHERE prospect_fts MATCH :fts_query"
)


def match_clause(query: str) -> ColumnElement[bool] | None:
    """A WHERE clause keeping prospects whose index matches every word of `query`.

    Returns None when the query holds no searchable word. Whatever the rep types is taken as
    text: FTS operators, quotes and wildcards are never interpreted.
    """
    expression = fts_expression(query)
    if expression is None:
        return None
    matching = _MATCHING_IDS.bindparams(fts_query=expression)
    return Prospect.id.in_(matching.columns(prospect_search.c.prospect_id))


def matching_ids(connection: Connection, query: str) -> set[str]:
    """Ids of every prospect (live or trashed) whose index matches `query`; the table intersects
    them with the ordered ids it already has, so a keystroke never re-sorts the base."""
    expression = fts_expression(query)
    if expression is None:
        return set()
    return {row[0] for row in connection.execute(_MATCHING_IDS, {"fts_query": expression})}


def fts_expression(query: str) -> str | None:
    """Turn typed text into an FTS5 expression of quoted prefix terms joined by AND."""
    stripped = query.strip()
    if _PHONE_LIKE.match(stripped) and sum(ch.isdigit() for ch in stripped) >= 3:
        return _phone_expression(stripped)
    # Each word once: a pasted paragraph repeating words would otherwise cost seconds.
    words = dict.fromkeys(_WORD.findall(fold(stripped)))
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def _phone_expression(typed: str) -> str:
    """A phone as typed: international ("+33 6 12", "0033 6") or national ("06 12"); a national
    number that lost its leading zero ("612 34") is also looked for with it."""
    digits = "".join(ch for ch in typed if ch.isdigit())
    if typed.lstrip().startswith("+"):
        return f'"{digits}"*'
    if digits.startswith("00"):
        return f'"{digits[2:]}"*'
    if digits.startswith("0"):
        return f'"{digits}"*'
    return f'("{digits}"* OR "0{digits}"*)'


# Keeping the index current -------------------------------------------------------------------


def reindex(connection: Connection, prospect_ids: Collection[str]) -> None:
    """Recompute the index entries of these prospects now (deleted ones included: the trash is
    searchable too)."""
    ids = list(dict.fromkeys(prospect_ids))
    for start in range(0, len(ids), _CHUNK):
        _reindex_chunk(connection, ids[start : start + _CHUNK])


def enqueue(connection: Connection, prospect_ids: Iterable[str]) -> None:
    """Note prospects to index later, in the caller's transaction (cheap: one small row each).

    Straight to sqlite3 (a Core insert costs ~3 µs a row, more than SQLite's work for 100,000
    imported prospects), in key order: the backlog's primary key index then grows at its end.
    """
    rows = [(prospect_id,) for prospect_id in sorted(prospect_ids)]
    insert_tuples(connection, search_backlog, ("prospect_id",), rows, or_ignore=True)


def backlog_size(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(search_backlog)).scalar_one())


def drain(connection: Connection, batch: int = DRAIN_BATCH) -> int:
    """Index up to `batch` prospects of the backlog; returns how many are left. Call it in a
    transaction of its own, again and again, until it returns 0."""
    ids = list(connection.execute(select(search_backlog.c.prospect_id).limit(batch)).scalars())
    if ids:
        reindex(connection, ids)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            connection.execute(
                delete(search_backlog).where(search_backlog.c.prospect_id.in_(chunk))
            )
    return backlog_size(connection)


def rebuild(connection: Connection) -> None:
    """Throw the index away and build it again from the records."""
    connection.execute(delete(prospect_search))
    connection.execute(delete(search_backlog))
    connection.execute(text("INSERT INTO prospect_fts (prospect_fts) VALUES ('delete-all')"))
    all_ids = connection.execute(select(Prospect.id)).scalars().all()
    reindex(connection, all_ids)


def install_auto_reindex(factory: sessionmaker[Session]) -> None:
    """Keep the index current for every ORM change flushed through sessions of `factory`."""
    event.listen(factory, "after_flush", _reindex_flushed)


def _reindex_flushed(session: Session, _context: Any) -> None:
    touched: set[str] = set()
    tag_ids: set[str] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Prospect):
            touched.add(obj.id)
        elif isinstance(obj, Contact | ProspectTag):
            touched.add(obj.prospect_id)
        elif isinstance(obj, Tag):
            tag_ids.add(obj.id)
    connection = session.connection()
    if tag_ids:
        tagged = select(ProspectTag.prospect_id).where(ProspectTag.tag_id.in_(tag_ids))
        touched.update(connection.execute(tagged).scalars())
    if touched:
        reindex(connection, touched)


def _reindex_chunk(connection: Connection, ids: list[str]) -> None:
    extra: dict[str, list[str]] = defaultdict(list)
    contacts = connection.execute(
        select(
            Contact.prospect_id,
            Contact.first_name,
            Contact.last_name,
            Contact.email,
            Contact.phone,
            Contact.mobile,
        ).where(Contact.prospect_id.in_(ids), Contact.deleted_at.is_(None))
    )
    for prospect_id, first, last, email, phone, mobile in contacts:
        extra[prospect_id].extend((first, last, email, *phone_search_forms(phone, mobile)))
    tags = connection.execute(
        select(ProspectTag.prospect_id, Tag.name)
        .join(Tag, Tag.id == ProspectTag.tag_id)
        .where(
            ProspectTag.prospect_id.in_(ids),
            ProspectTag.deleted_at.is_(None),
            Tag.deleted_at.is_(None),
        )
    )
    for prospect_id, name in tags:
        extra[prospect_id].append(name)

    prospects = connection.execute(
        select(
            Prospect.id,
            Prospect.company,
            Prospect.city,
            Prospect.postal_code,
            Prospect.email,
            Prospect.phone,
            Prospect.mobile,
            Prospect.notes,
            Prospect.siret,
            Prospect.activity,
        ).where(Prospect.id.in_(ids))
    )
    entries = []
    for pid, company, city, postal, email, phone, mobile, notes, siret, activity in prospects:
        parts: Iterable[str] = (
            company,
            city,
            postal,
            email,
            *phone_search_forms(phone, mobile),
            notes,
            siret,
            activity,
            *extra.get(pid, ()),
        )
        entries.append({"prospect_id": pid, "body": _spell_out_ligatures(" ".join(parts))})
    if entries:
        connection.execute(
            text(
                "INSERT INTO prospect_search (prospect_id, body) VALUES (:prospect_id, :body) "
                "ON CONFLICT (prospect_id) DO UPDATE SET body = excluded.body "
                "WHERE body IS NOT excluded.body"
            ),
            entries,
        )


def _spell_out_ligatures(body: str) -> str:
    """FTS5's unicode61 tokenizer ignores case and accents but keeps ligatures whole, so
    "Œuvres" would not match "oeuvres"."""
    if body.isascii():
        return body
    for ligature, letters in (("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE")):
        if ligature in body:
            body = body.replace(ligature, letters)
    return body


def phone_search_forms(*numbers: str) -> Iterator[str]:
    """The two spellings a number is found by: international digits ("33612345678") and
    national ("0612345678")."""
    for number in numbers:
        if not number:
            continue
        digits = "".join(ch for ch in number if ch.isdigit())
        yield digits
        if number.startswith("+"):
            national = _national_part(digits)
            if national:
                yield "0" + national


def _national_part(digits: str) -> str:
    for length in (1, 2, 3):
        if int(digits[:length] or 0) in COUNTRY_CODE_TO_REGION_CODE:
            return digits[length:]
    return ""
