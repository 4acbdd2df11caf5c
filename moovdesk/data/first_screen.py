"""The window's first screen, read before SQLAlchemy is loaded.

Loading SQLAlchemy and the models costs ~0.4 s, more than a bare Qt window takes to appear. So the
window starts in two steps: `open_first_screen` makes the checks that decide whether the base can
be opened as it is (writable, not held by another Moovdesk, already at this version's schema),
takes its lock, and hands the table a `FirstScreenReader`: the count and the first rows, read with
plain `sqlite3`. The window is painted with them; then the base is opened through SQLAlchemy
(`Services.deferred`), which takes the lock over, and the reader is closed.

The SQL is SQLAlchemy's own, compiled from `queries.py` into `first_screen_sql.py` (a test checks
it is current), and each value is converted as SQLAlchemy converts it; a test compares the rows
with the services' for every sort. Anything unusual (no base yet, an older schema to upgrade, a
base another Moovdesk holds, a read that fails) makes `open_first_screen` return None: the window
then opens the base the usual way, which says what is wrong and offers what can be done.
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock

from moovdesk.data import first_screen_sql as sql
from moovdesk.data.errors import CorruptDatabaseError, StoreError
from moovdesk.data.listing import ProspectFilter, ProspectRow, ProspectSort
from moovdesk.data.opening import check_writable, take_lock
from moovdesk.data.revisions import current_revision, head_revision
from moovdesk.data.sqlite_files import configure_sqlite_connection, is_damage
from moovdesk.data.vocabulary import GeoPrecision, Stage, Temperature
from moovdesk.paths import Home

# SQLite's default cap on one statement's parameters is 32,766; blocks are far smaller.
_IDS_PER_QUERY = 500
_ENUMS: dict[str, type[enum.Enum]] = {
    "Temperature": Temperature,
    "Stage": Stage,
    "GeoPrecision": GeoPrecision,
}


@dataclass
class FirstScreen:
    """A base checked and locked for this process, and the reader of its first screen."""

    lock: FileLock
    reader: FirstScreenReader


def open_first_screen(home: Home) -> FirstScreen | None:
    """The first screen of the home's base, or None when the base must be opened the usual way
    (see the module's text). The caller owns the lock: `Services.deferred` takes it over."""
    path = home.database
    if not path.exists():
        return None
    try:
        check_writable(path)
        lock = take_lock(home.lock_file)
    except StoreError:
        return None
    try:
        if current_revision(path) != head_revision():
            raise StoreError("the schema must be upgraded first")
        reader = FirstScreenReader(path)
    except (StoreError, sqlite3.Error):
        lock.release()
        return None
    return FirstScreen(lock, reader)


class FirstScreenReader:
    """What the prospect table reads first (the count, the ids in order, rows by id), for the
    filter that shows every live prospect, with plain `sqlite3`."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._connection = sqlite3.connect(path)
        try:
            self._connection.isolation_level = None  # reads only: no implicit transactions
            configure_sqlite_connection(self._connection)
            # It reads, or raises now (cheaply: the table's count is read once, by the table).
            self._connection.execute("SELECT id FROM prospect LIMIT 1").fetchone()
        except sqlite3.Error:
            self._connection.close()
            raise

    @staticmethod
    def serves(flt: ProspectFilter) -> bool:
        """Whether this reader can answer for `flt` (only the first screen's: everything live)."""
        return flt == ProspectFilter()

    def count(self, flt: ProspectFilter) -> int:
        self._require(flt)
        return int(self._all(sql.COUNT_SQL)[0][0])

    def ids(self, flt: ProspectFilter, sort: ProspectSort, limit: int | None = None) -> list[str]:
        self._require(flt)
        statement = sql.IDS_SQL[(sort.column, sort.descending)]
        if limit is not None:
            statement += f" LIMIT {int(limit)}"
        return [row[0] for row in self._all(statement)]

    def rows(self, ids: Sequence[str]) -> list[ProspectRow]:
        """The rows for these ids, in the same order, skipping ids that no longer exist."""
        found: dict[str, ProspectRow] = {}
        for start in range(0, len(ids), _IDS_PER_QUERY):
            chunk = list(ids[start : start + _IDS_PER_QUERY])
            tags = self._tags_of(chunk)
            for values in self._all(_with_ids(sql.ROWS_SQL, chunk), chunk):
                row = _row(values, tags)
                found[row.id] = row
        return [found[i] for i in ids if i in found]

    def close(self) -> None:
        self._connection.close()

    def _all(self, statement: str, parameters: Sequence[str] = ()) -> list[Any]:
        """Every row of `statement`; SQLite's failures raised as the services raise them."""
        try:
            return self._connection.execute(statement, parameters).fetchall()
        except sqlite3.Error as error:
            if is_damage(error):
                raise CorruptDatabaseError(
                    f"The database {self._path} is damaged ({error}). Restore it from a backup "
                    "(File > Restore from a backup…, or moovdesk-cli restore); the damaged file "
                    "is kept."
                ) from error
            raise StoreError(f"The database {self._path} could not be read ({error}).") from error

    def _tags_of(self, ids: list[str]) -> dict[str, tuple[str, ...]]:
        result: dict[str, list[str]] = {}
        for prospect_id, name in self._all(_with_ids(sql.TAGS_SQL, ids), ids):
            result.setdefault(prospect_id, []).append(name)
        return {key: tuple(names) for key, names in result.items()}

    def _require(self, flt: ProspectFilter) -> None:
        if not self.serves(flt):
            raise ValueError("the first-screen reader only lists every live prospect")


def _with_ids(statement: str, ids: Sequence[str]) -> str:
    return statement.replace(sql.IDS_MARK, ", ".join("?" * len(ids)))


def _utc_datetime(value: Any) -> datetime | None:
    """As `types.UTCDateTime` gives it: stored naive UTC text, returned aware."""
    if value is None:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _converter(kind: str) -> Callable[[Any], Any]:
    if kind == "text":
        return lambda value: value
    if kind == "float":
        return lambda value: None if value is None else float(value)
    if kind == "bool":
        return lambda value: None if value is None else bool(value)
    if kind == "utc_datetime":
        return _utc_datetime
    if kind.startswith("enum:"):
        enum_class = _ENUMS[kind.removeprefix("enum:")]
        return lambda value: None if value is None else enum_class(value)
    raise ValueError(f"unknown column kind {kind!r}")


_NAMES = tuple(name for name, _kind in sql.ROW_KINDS)
_CONVERTERS = tuple(_converter(kind) for _name, kind in sql.ROW_KINDS)


def _row(values: Sequence[Any], tags: dict[str, tuple[str, ...]]) -> ProspectRow:
    fields = {
        name: convert(value)
        for name, convert, value in zip(_NAMES, _CONVERTERS, values, strict=True)
    }
    return ProspectRow(**fields, tags=tags.get(fields["id"], ()))
