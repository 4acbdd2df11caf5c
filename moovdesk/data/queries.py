"""Filtered, sorted reads of prospects, done in SQL so 100,000 rows stay fast.

A prospect's canonical view joins its primary contact: names, job title, email and phones come
from that contact, or from the business's own line where the contact has none.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    false,
    func,
    not_,
    or_,
    select,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from moovdesk.data import search
from moovdesk.data.listing import (
    FollowUpWindow,
    MapRow,
    ProspectFilter,
    ProspectRow,
    ProspectSort,
)
from moovdesk.data.models import Activity, Contact, FollowUp, Prospect, ProspectTag, Tag
from moovdesk.data.sort_keys import EMPTY_LAST
from moovdesk.data.text_folding import fold
from moovdesk.data.vocabulary import Stage, Temperature

_AnySelect = TypeVar("_AnySelect", bound="Select[*tuple[Any, ...]]")


def primary_contact_alias() -> type[Contact]:
    return aliased(Contact, name="primary_contact")


def _canonical_columns(pc: type[Contact]) -> list[Any]:
    def contact_or_business(contact_col: object, business_col: object, name: str) -> object:
        return func.coalesce(func.nullif(contact_col, ""), business_col).label(name)

    return [
        Prospect.id,
        Prospect.company,
        func.coalesce(pc.first_name, "").label("first_name"),
        func.coalesce(pc.last_name, "").label("last_name"),
        func.coalesce(pc.job_title, "").label("job_title"),
        contact_or_business(pc.email, Prospect.email, "email"),
        contact_or_business(pc.phone, Prospect.phone, "phone"),
        contact_or_business(pc.mobile, Prospect.mobile, "mobile"),
        Prospect.website,
        Prospect.street,
        Prospect.postal_code,
        Prospect.city,
        Prospect.country,
        Prospect.latitude,
        Prospect.longitude,
        Prospect.geo_precision,
        Prospect.activity,
        Prospect.siret,
        Prospect.source,
        Prospect.temperature,
        Prospect.stage,
        Prospect.need,
        Prospect.budget,
        Prospect.zone,
        Prospect.timing,
        Prospect.notes,
        Prospect.created_at,
        Prospect.updated_at,
        Prospect.deleted_at,
        next_follow_up_column().label("next_follow_up"),
        last_contact_column().label("last_contact_at"),
    ]


def next_follow_up_column() -> ColumnElement[datetime]:
    """The earliest open follow-up of the prospect in the enclosing query."""
    return (
        select(func.min(FollowUp.due_at))
        .where(
            FollowUp.prospect_id == Prospect.id,
            FollowUp.done_at.is_(None),
            FollowUp.deleted_at.is_(None),
        )
        .correlate(Prospect)
        .scalar_subquery()
    )


def last_contact_column() -> ColumnElement[datetime]:
    """When the rep last logged something with the prospect in the enclosing query."""
    return (
        select(func.max(Activity.occurred_at))
        .where(Activity.prospect_id == Prospect.id, Activity.deleted_at.is_(None))
        .correlate(Prospect)
        .scalar_subquery()
    )


def _with_primary_contact(statement: _AnySelect, pc: type[Contact]) -> _AnySelect:
    return statement.outerjoin(
        pc,
        and_(pc.prospect_id == Prospect.id, pc.is_primary.is_(True), pc.deleted_at.is_(None)),
    )


def filter_conditions(flt: ProspectFilter, now: datetime) -> list[ColumnElement[bool]]:
    """SQL conditions for a filter; `now` is aware and in the rep's local time zone."""
    conditions: list[ColumnElement[bool]] = [
        Prospect.deleted_at.is_not(None) if flt.trashed else Prospect.deleted_at.is_(None)
    ]
    if flt.text.strip():
        clause = search.match_clause(flt.text)
        conditions.append(clause if clause is not None else false())
    if flt.temperatures:
        conditions.append(Prospect.temperature.in_(sorted(flt.temperatures)))
    if flt.stages:
        conditions.append(Prospect.stage.in_(sorted(flt.stages)))
    if flt.sources:
        conditions.append(Prospect.source.in_(sorted(flt.sources)))
    if flt.follow_up is not None:
        conditions.append(_follow_up_condition(flt.follow_up, now))
    for tag_name in sorted(flt.tag_names):
        conditions.append(
            exists().where(
                ProspectTag.prospect_id == Prospect.id,
                ProspectTag.deleted_at.is_(None),
                ProspectTag.tag_id == Tag.id,
                Tag.name == tag_name,
                Tag.deleted_at.is_(None),
            )
        )
    if flt.place.strip():
        conditions.append(_place_condition(flt.place.strip()))
    if flt.not_contacted_days is not None:
        threshold = now - timedelta(days=flt.not_contacted_days)
        conditions.append(
            not_(
                exists().where(
                    Activity.prospect_id == Prospect.id,
                    Activity.deleted_at.is_(None),
                    Activity.occurred_at >= threshold,
                )
            )
        )
    if flt.unlocated:
        conditions.append(or_(Prospect.latitude.is_(None), Prospect.longitude.is_(None)))
    if flt.ids is not None:
        conditions.append(Prospect.id.in_(sorted(flt.ids)))
    return conditions


def _follow_up_condition(window: FollowUpWindow, now: datetime) -> ColumnElement[bool]:
    def open_follow_up(*bounds: ColumnElement[bool]) -> ColumnElement[bool]:
        return exists().where(
            FollowUp.prospect_id == Prospect.id,
            FollowUp.done_at.is_(None),
            FollowUp.deleted_at.is_(None),
            *bounds,
        )

    start_of_today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    start_of_tomorrow = start_of_today + timedelta(days=1)
    start_of_next_week = start_of_today + timedelta(days=7 - start_of_today.weekday())
    if window is FollowUpWindow.OVERDUE:
        return open_follow_up(FollowUp.due_at < now)
    if window is FollowUpWindow.TODAY:
        return open_follow_up(
            FollowUp.due_at >= start_of_today, FollowUp.due_at < start_of_tomorrow
        )
    if window is FollowUpWindow.THIS_WEEK:
        return open_follow_up(
            FollowUp.due_at >= start_of_today, FollowUp.due_at < start_of_next_week
        )
    return not_(open_follow_up())


def _place_condition(place: str) -> ColumnElement[bool]:
    """Digits are a postal-code or département prefix, 2A/2B Corsica's départements, words a
    city prefix."""
    # Text SQLite can take: a lone surrogate (an argument in another encoding) becomes "?".
    place = place.encode("utf-8", "replace").decode("utf-8")
    compact = place.replace(" ", "").upper()
    if compact.isdigit():
        return _starts_with(Prospect.postal_code, compact)
    corsica = _CORSICA_POSTAL_RANGES.get(compact)
    if corsica is not None:
        return and_(Prospect.postal_code >= corsica[0], Prospect.postal_code < corsica[1])
    return _starts_with(func.moovdesk_fold(Prospect.city), fold(place))


# SQLite refuses LIKE patterns over 50,000 bytes ("pattern too complex"); a longer prefix (a
# paste gone wrong) is compared character for character instead.
_LONGEST_LIKE_PREFIX = 1_000


def _starts_with(
    column: ColumnElement[str] | InstrumentedAttribute[str], prefix: str
) -> ColumnElement[bool]:
    if len(prefix) > _LONGEST_LIKE_PREFIX:
        return func.substr(column, 1, len(prefix)) == prefix
    return column.startswith(prefix, autoescape=True)


# Corse-du-Sud (2A) and Haute-Corse (2B) share the postal prefix 20.
_CORSICA_POSTAL_RANGES = {"2A": ("20000", "20200"), "2B": ("20200", "20700")}


_STAGE_ORDER = {stage.value: index for index, stage in enumerate(Stage)}


_TEXT_SORTS = ("contact", "city", "source", "activity", "company", "email", "phone")


def _text_sort_value(column: str, pc: type[Contact]) -> ColumnElement[str]:
    """The text a text column sorts by (the primary contact's where the table shows it)."""
    match column:
        case "contact":
            full_name = func.coalesce(pc.last_name, "") + " " + func.coalesce(pc.first_name, "")
            return func.trim(full_name)
        case "email":
            return func.coalesce(func.nullif(pc.email, ""), Prospect.email)
        case "phone":
            return func.coalesce(func.nullif(pc.phone, ""), Prospect.phone)
    return getattr(Prospect, column)  # type: ignore[no-any-return]


def _value_sort_key(column: str) -> ColumnElement[object]:
    match column:
        case "postal_code" | "created_at" | "updated_at":
            return getattr(Prospect, column)  # type: ignore[no-any-return]
        case "temperature":  # hot first
            return case((Prospect.temperature == Temperature.HOT, 0), else_=1)
        case "stage":
            return case(_STAGE_ORDER, value=Prospect.stage, else_=len(_STAGE_ORDER))
        case "next_follow_up":
            return next_follow_up_column()  # type: ignore[return-value]
        case "last_contact_at":
            return last_contact_column()  # type: ignore[return-value]
    raise ValueError(f"cannot sort prospects by {column!r}")


def _order_by(sort: ProspectSort, pc: type[Contact]) -> list[Any]:
    """ORDER BY terms: empty values last whichever the direction, then a stable tie-break.

    Text sorts accent- and case-blind. The Python fold runs only for text that is not plain
    ASCII (lower() does the rest in C): at 100,000 rows that halves the cost of the sort.
    """
    if sort.column == "company":  # an index walk on the stored key (see data/sort_keys.py)
        if sort.descending:
            return [Prospect.company_key == EMPTY_LAST, Prospect.company_key.desc(), Prospect.id]
        return [Prospect.company_key, Prospect.id]
    if sort.column in _TEXT_SORTS:
        value = _text_sort_value(sort.column, pc)
        key = case(
            (value.op("GLOB")("*[^ -~]*"), func.moovdesk_fold(value)), else_=func.lower(value)
        )
        empty = func.coalesce(value, "") == ""
        return [empty, key.desc() if sort.descending else key.asc(), Prospect.id]
    value_key = _value_sort_key(sort.column)
    ordered = value_key.desc() if sort.descending else value_key.asc()
    return [ordered.nulls_last(), Prospect.id]


def select_ids(
    session: Session,
    flt: ProspectFilter,
    sort: ProspectSort,
    now: datetime,
    limit: int | None = None,
) -> list[str]:
    """Every matching prospect id (or the first `limit`), in display order: the table's
    backbone."""
    statement = ids_statement(flt, sort, now).limit(limit)
    # Core execution with the bound values converted by SQLAlchemy, then the driver's own
    # fetch: ids are plain text needing no conversion, and building 100,000 Row objects took
    # about as long again as fetching them (profiled; the table's first paint and every filter
    # change wait on this).
    result = session.connection().execute(statement)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()


def ids_statement(flt: ProspectFilter, sort: ProspectSort, now: datetime) -> Select[str]:
    pc = primary_contact_alias()
    statement = select(Prospect.id).where(*filter_conditions(flt, now))
    if sort.column in ("contact", "email", "phone"):
        statement = _with_primary_contact(statement, pc)
    return statement.order_by(*_order_by(sort, pc))


def count(session: Session, flt: ProspectFilter, now: datetime) -> int:
    return int(session.execute(count_statement(flt, now)).scalar_one())


def count_statement(flt: ProspectFilter, now: datetime) -> Select[int]:
    return select(func.count()).select_from(Prospect).where(*filter_conditions(flt, now))


def rows_by_ids(session: Session, ids: Sequence[str]) -> list[ProspectRow]:
    """The rows for these ids, in the same order, skipping ids that no longer exist."""
    found: dict[str, ProspectRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        for row in _fetch_rows(session, Prospect.id.in_(chunk)):
            found[row.id] = row
    return [found[i] for i in ids if i in found]


def list_rows(
    session: Session,
    flt: ProspectFilter,
    sort: ProspectSort,
    now: datetime,
    offset: int = 0,
    limit: int | None = None,
) -> list[ProspectRow]:
    """One page of matching rows in display order."""
    ids = select_ids(session, flt, sort, now)
    end = None if limit is None else offset + limit
    return rows_by_ids(session, ids[offset:end])


def _fetch_rows(session: Session, condition: ColumnElement[bool]) -> list[ProspectRow]:
    rows = session.execute(rows_statement(condition)).all()
    tags = _tags_of(session, [row.id for row in rows])
    return [ProspectRow(**row._asdict(), tags=tags.get(row.id, ())) for row in rows]


def rows_statement(condition: ColumnElement[bool]) -> Select[*tuple[Any, ...]]:
    """The canonical rows (see `ProspectRow`) of the prospects `condition` keeps."""
    pc = primary_contact_alias()
    return _with_primary_contact(select(*_canonical_columns(pc)), pc).where(condition)


def _tags_of(session: Session, ids: list[str]) -> dict[str, tuple[str, ...]]:
    if not ids:
        return {}
    result: dict[str, list[str]] = {}
    for prospect_id, name in session.execute(tags_statement(ids)):
        result.setdefault(prospect_id, []).append(name)
    return {key: tuple(value) for key, value in result.items()}


def tags_statement(ids: Sequence[str]) -> Select[str, str]:
    """(prospect id, tag name) of these prospects' live tags, in folded name order."""
    return (
        select(ProspectTag.prospect_id, Tag.name)
        .join(Tag, Tag.id == ProspectTag.tag_id)
        .where(
            ProspectTag.prospect_id.in_(ids),
            ProspectTag.deleted_at.is_(None),
            Tag.deleted_at.is_(None),
        )
        .order_by(func.moovdesk_fold(Tag.name))
    )


def counts_by(session: Session, column: Any) -> dict[str, int]:
    """Live prospects grouped by one column (temperature, stage, source...)."""
    statement = select(column, func.count()).where(Prospect.deleted_at.is_(None)).group_by(column)
    return {str(key): int(n) for key, n in session.execute(statement)}


def overdue_follow_up_count(session: Session, now: datetime) -> int:
    statement = (
        select(func.count())
        .select_from(FollowUp)
        .join(Prospect, Prospect.id == FollowUp.prospect_id)
        .where(
            FollowUp.done_at.is_(None),
            FollowUp.deleted_at.is_(None),
            FollowUp.due_at < now,
            Prospect.deleted_at.is_(None),
        )
    )
    return int(session.execute(statement).scalar_one())


# SQLite SQL on purpose: at 100,000 rows SQLAlchemy's result processing cost more than the query
# (measured 2 s against 0.3 s); values come back as stored and are converted once here.
_MAP_ROWS_SQL = """
SELECT p.id, p.latitude, p.longitude, p.temperature, p.stage, p.company,
       trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')),
       coalesce(nullif(c.phone, ''), nullif(c.mobile, ''), nullif(p.phone, ''), p.mobile, '')
FROM prospect AS p
LEFT JOIN contact AS c
  ON c.prospect_id = p.id AND c.is_primary = 1 AND c.deleted_at IS NULL
WHERE p.deleted_at IS NULL AND p.latitude IS NOT NULL AND p.longitude IS NOT NULL
"""
_NEXT_DUE_SQL = """
SELECT prospect_id, min(due_at) FROM follow_up
WHERE done_at IS NULL AND deleted_at IS NULL
GROUP BY prospect_id
"""


def map_rows(session: Session, ids: Sequence[str] | None = None) -> list[MapRow]:
    """Every live located prospect (or those of `ids`): the prospects with their primary
    contact, then the open follow-ups grouped by prospect, in two passes over the base."""
    connection = session.connection()
    if ids is None:
        rows = connection.exec_driver_sql(_MAP_ROWS_SQL).all()
        dues = connection.exec_driver_sql(_NEXT_DUE_SQL).all()
    else:
        wanted = list(ids)
        marks = ", ".join("?" for _ in wanted)
        rows = connection.exec_driver_sql(
            _MAP_ROWS_SQL + f" AND p.id IN ({marks})", tuple(wanted)
        ).all()
        dues = connection.exec_driver_sql(
            _NEXT_DUE_SQL.replace("GROUP BY", f"AND prospect_id IN ({marks}) GROUP BY"),
            tuple(wanted),
        ).all()
    next_due = {pid: _stored_utc(due) for pid, due in dues}
    return [
        MapRow(pid, lat, lon, temperature, stage, company, contact, phone, next_due.get(pid))
        for pid, lat, lon, temperature, stage, company, contact, phone in rows
    ]


def _stored_utc(value: str) -> datetime:
    """A UTC time as SQLAlchemy stores it in SQLite ("2027-01-15 08:30:00.000000")."""
    return datetime.fromisoformat(value).replace(tzinfo=UTC)
