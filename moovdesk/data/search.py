"""The full-text index behind search-as-you-type: one folded text per prospect, matched by FTS5.

Every word the rep types must begin a word of the prospect (company, any contact's name, city,
postal code, email, phone, notes, SIRET, activity, tags), in any order, accents and case ignored.
A run of digits also matches phone numbers however they were typed ("06 12 34" finds +33612345678).
The index is derived data: ORM writes keep it current through session events, bulk writes call
`reindex`, and a schema upgrade calls `rebuild`.
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
    select,
    text,
)
from sqlalchemy.orm import Session, sessionmaker

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

_CHUNK = 500
_WORD = re.compile(r"\w+")
_PHONE_LIKE = re.compile(r"^[\s\d+().\-/]*\d[\s\d+().\-/]*$")


def match_clause(query: str) -> ColumnElement[bool] | None:
    """A WHERE clause keeping prospects whose index matches every word of `query`.

    Returns None when the query holds no searchable word. Whatever the rep types is taken as
    text: FTS operators, quotes and wildcards are never interpreted.
    """
    expression = fts_expression(query)
    if expression is None:
        return None
    matching = text(
        "SELECT prospect_search.prospect_id FROM prospect_fts "
        "JOIN prospect_search ON prospect_search.rowid = prospect_fts.rowid "
        "WHERE prospect_fts MATCH :fts_query"
    ).bindparams(fts_query=expression)
    return Prospect.id.in_(matching.columns(prospect_search.c.prospect_id))


def matching_ids(connection: Connection, query: str) -> set[str]:
    """Ids of every prospect (live or trashed) whose index matches `query`; the table intersects
    them with the ordered ids it already has, so a keystroke never re-sorts the base."""
    expression = fts_expression(query)
    if expression is None:
        return set()
    rows = connection.execute(
        text(
            "SELECT prospect_search.prospect_id FROM prospect_fts "
            "JOIN prospect_search ON prospect_search.rowid = prospect_fts.rowid "
            "WHERE prospect_fts MATCH :fts_query"
        ),
        {"fts_query": expression},
    )
    return {row[0] for row in rows}


def fts_expression(query: str) -> str | None:
    """Turn typed text into an FTS5 expression of quoted prefix terms joined by AND."""
    stripped = query.strip()
    if _PHONE_LIKE.match(stripped) and sum(ch.isdigit() for ch in stripped) >= 3:
        digits = "".join(ch for ch in stripped if ch.isdigit())
        return f'"{digits}"*'
    words = _WORD.findall(fold(stripped))
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def reindex(connection: Connection, prospect_ids: Collection[str]) -> None:
    """Recompute the index entries of these prospects (deleted ones included: the trash is
    searchable too)."""
    ids = list(dict.fromkeys(prospect_ids))
    for start in range(0, len(ids), _CHUNK):
        _reindex_chunk(connection, ids[start : start + _CHUNK])


def rebuild(connection: Connection) -> None:
    """Throw the index away and build it again from the records."""
    connection.execute(delete(prospect_search))
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
    prospects = connection.execute(
        select(
            Prospect.id,
            Prospect.company,
            Prospect.city,
            Prospect.postal_code,
            Prospect.street,
            Prospect.email,
            Prospect.phone,
            Prospect.mobile,
            Prospect.notes,
            Prospect.siret,
            Prospect.activity,
            Prospect.source,
        ).where(Prospect.id.in_(ids))
    ).all()
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

    entries = []
    for row in prospects:
        (pid, company, city, postal, street, email, phone, mobile, notes, siret, act, src) = row
        parts: Iterable[str] = (
            company,
            city,
            postal,
            street,
            email,
            *phone_search_forms(phone, mobile),
            notes,
            siret,
            act,
            src,
            *extra.get(pid, ()),
        )
        entries.append({"prospect_id": pid, "body": fold(" ".join(p for p in parts if p))})
    if entries:
        connection.execute(
            text(
                "INSERT INTO prospect_search (prospect_id, body) VALUES (:prospect_id, :body) "
                "ON CONFLICT (prospect_id) DO UPDATE SET body = excluded.body "
                "WHERE body IS NOT excluded.body"
            ),
            entries,
        )


def phone_search_forms(*numbers: str) -> Iterator[str]:
    """Digit-only spellings a rep might type for E.164 numbers: "+33612345678" gives
    "33612345678", "0612345678" and "612345678"."""
    for number in numbers:
        if not number:
            continue
        digits = "".join(ch for ch in number if ch.isdigit())
        yield digits
        if number.startswith("+"):
            national = _national_part(digits)
            if national:
                yield national
                yield "0" + national


def _national_part(digits: str) -> str:
    for length in (1, 2, 3):
        if int(digits[:length] or 0) in COUNTRY_CODE_TO_REGION_CODE:
            return digits[length:]
    return ""
