"""Fast bulk inserts for imports: one compiled INSERT, values prepared once, straight to sqlite3.

SQLAlchemy's Core executemany runs every value of every row through its bind processing; at
100,000 rows × 30 columns that cost more than SQLite's own work (measured ~2x). Here the rows are
turned into columns, and each column that needs a bind processor (dates, enums, booleans) has
each of its distinct values converted once, then adapted the way sqlite3 would adapt it (a
timestamp shared by every row becomes text once, not once per row).

A value every row of the batch shares (the import's timestamp and batch, empty text, NULL) is
written once into the statement instead of being bound again for each row: an imported row
leaves most of its 30 columns at the same value, and binding them was a quarter of the insert.
Each statement then inserts up to 500 rows (one VALUES list), not one.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import chain
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Connection, Table

_NATIVE = (str, int, float, bytes)
ROWS_PER_STATEMENT = 500
_MAX_VARIABLES = 32_766  # SQLite's limit of bound values in one statement (3.32 and later)
_INT_LIMIT = 2**62
_LONGEST_LITERAL = 100  # characters of shared text written into the statement
# uuid4's fixed bits: the version nibble (byte 6) and the RFC 4122 variant (byte 8).
_VERSION_4 = bytes((byte & 0x0F) | 0x40 for byte in range(256))
_VARIANT = bytes((byte & 0x3F) | 0x80 for byte in range(256))
# Where a UUID's 32 hex digits go in its 36 characters (8-4-4-4-12).
_DIGIT_POSITIONS = [at for at in range(36) if at not in (8, 13, 18, 23)]


def insert_rows(
    connection: Connection,
    table: Table,
    rows: Sequence[dict[str, Any]],
    *,
    or_ignore: bool = False,
) -> None:
    """Insert `rows` (dicts holding every column of `table`), several rows per statement (see
    `_execute_in_blocks`); with `or_ignore`, a row whose key is already there is left out
    instead of failing."""
    if not rows:
        return
    keys = [column.key for column in table.columns]
    insert_tuples(connection, table, keys, _tuples_of(rows, keys), or_ignore=or_ignore)


def insert_tuples(
    connection: Connection,
    table: Table,
    keys: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    constants: Mapping[str, Any] | None = None,
    *,
    or_ignore: bool = False,
) -> None:
    """Insert `rows`, tuples of the columns named by `keys`, several rows per statement (see
    `_execute_in_blocks`); every other column of `table` takes its value in `constants`, the
    same for all rows.

    The importer builds its rows this way directly: a tuple of the few values a row brings,
    where a dict of all 30 columns per row (the batch, the stamps and the defaults included)
    cost more to build and to take apart again than SQLite took to store it."""
    if not rows:
        return
    dialect = connection.dialect
    count = len(rows)
    given = dict(zip(keys, _columns_of(rows, len(keys)), strict=True))
    marks: list[str] = []
    bound: list[Sequence[Any]] = []
    for column in table.columns:
        processor = column.type.bind_processor(dialect)
        values = given.get(column.key)
        if values is None:  # the same value for every row
            value = (constants or {})[column.key]
            if value is not None and processor is not None:
                value = processor(value)
            value = _adapted(value)
            mark = (_literal(value) if count > 1 else None) or "?"  # see _shared_literal
            if mark == "?":
                bound.append([value] * count)
        else:
            if processor is not None:
                values = _converted(values, processor)
            mark = _shared_literal(values) or "?"
            if mark == "?":
                bound.append(values)
        marks.append(mark)
    names = ", ".join(f'"{column.name}"' for column in table.columns)
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    head = f'{verb} INTO "{table.name}" ({names}) VALUES '
    parameters = list(zip(*bound, strict=True)) if bound else [()] * count
    _execute_in_blocks(connection, head, f"({', '.join(marks)})", len(bound), parameters)


def _execute_in_blocks(
    connection: Connection,
    head: str,
    row_marks: str,
    width: int,
    parameters: list[tuple[Any, ...]],
) -> None:
    """Run `head` with one `row_marks` per row, several rows per statement (one VALUES list):
    blocks of up to ROWS_PER_STATEMENT rows, then what remains in blocks a tenth as big, and
    so on down to single rows.

    sqlite3 binds and steps each statement of an executemany separately; for rows this small
    that per-statement work cost as much as SQLite's own (measured: a sixth of the insert
    saved at 500 rows a statement). The block sizes are few and fixed, so each statement text
    is prepared once and then found in sqlite3's statement cache. Rows are inserted in order.
    """
    per = max(1, min(ROWS_PER_STATEMENT, _MAX_VARIABLES // max(width, 1)))
    while parameters:
        whole = len(parameters) // per * per
        if whole:
            blocks = [
                tuple(chain.from_iterable(parameters[start : start + per]))
                for start in range(0, whole, per)
            ]
            connection.exec_driver_sql(head + ", ".join([row_marks] * per), cast(Any, blocks))
            parameters = parameters[whole:]
        per = max(1, per // 10)


def _tuples_of(rows: Sequence[dict[str, Any]], keys: list[str]) -> list[tuple[Any, ...]]:
    """The rows' values as tuples, in `keys` order."""
    if len(keys) == 1:  # itemgetter of one key gives the value, not a 1-tuple
        return [(row[keys[0]],) for row in rows]
    return list(map(itemgetter(*keys), rows))


def _columns_of(rows: Sequence[tuple[Any, ...]], width: int) -> list[Sequence[Any]]:
    """The rows' values column by column."""
    if width == 0:
        return []
    return list(zip(*rows, strict=True))


def _shared_literal(values: Sequence[Any]) -> str | None:
    """The SQL literal of the value every row has in this column, when there is one and it is
    NULL, text without NUL, or an integer well inside SQLite's range (floats stay bound: 0.0
    and -0.0 are equal, yet not the same value)."""
    if len(values) < 2:
        return None  # one row: nothing to share, and no one-off statement text
    first = values[0]
    literal = _literal(first)
    if literal is None:
        return None
    if values.count(first) != len(values) or len(set(map(type, values))) != 1:
        return None
    return literal


def _literal(value: Any) -> str | None:
    """The SQL literal of `value` when it is NULL, short text without NUL, or an integer well
    inside SQLite's range; None for anything else (it is bound instead). Long text stays bound:
    a statement repeats the literal for each of its rows, and sqlite3 caches statements."""
    if value is None:
        return "NULL"
    if type(value) is str and len(value) <= _LONGEST_LITERAL and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    if type(value) is int and -_INT_LIMIT < value < _INT_LIMIT:
        return str(value)
    return None


def _converted(values: Sequence[Any], process: Callable[[Any], Any]) -> Sequence[Any]:
    """`values` through a bind processor, each distinct value converted once."""
    try:
        distinct = set(values)
    except TypeError:  # an unhashable value: convert one by one
        return [None if value is None else _adapted(process(value)) for value in values]
    done = {value: None if value is None else _adapted(process(value)) for value in distinct}
    return list(map(done.__getitem__, values))


def _adapted(value: Any) -> Any:
    """The value as sqlite3 will bind it (its registered adapter applied now, not per row)."""
    if value is None or type(value) in _NATIVE:
        return value
    # The same call sqlite3 makes when binding: the value itself when no adapter is registered.
    return sqlite3.adapt(value, sqlite3.PrepareProtocol, value)


def new_ids(count: int) -> Iterator[str]:
    """`count` random (version 4) UUIDs as text, from one read of the system's random source,
    handed out in ascending order: the ids stay random, but a batch inserted in the order it
    was handed out lands in key order in the id indexes (fewer B-tree pages touched)."""
    pool = bytearray(os.urandom(16 * count))
    pool[6::16] = pool[6::16].translate(_VERSION_4)
    pool[8::16] = pool[8::16].translate(_VARIANT)
    digits = pool.hex().encode("ascii")
    # The dashes laid out once, then each of the 32 digit positions filled for every id at a
    # time (a formatted string per id cost more than the rest of the import's ids together).
    text = bytearray(b"-" * (36 * count))
    for digit, at in enumerate(_DIGIT_POSITIONS):
        text[at::36] = digits[digit::32]
    whole = text.decode("ascii")
    ids = [whole[start : start + 36] for start in range(0, 36 * count, 36)]
    ids.sort()
    return iter(ids)
