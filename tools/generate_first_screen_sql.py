"""Write `moovdesk/data/first_screen_sql.py`: the SQL of the prospect table's first screen, as
SQLAlchemy compiles it from `moovdesk/data/queries.py`, for the window to run with plain
`sqlite3` before SQLAlchemy is loaded (see `moovdesk/data/first_screen.py`).

Run `python tools/generate_first_screen_sql.py` after changing the table's queries (its columns,
its sorts, the primary contact's join); `--check` changes nothing and exits with 1 when the file
is not what the queries give (a test runs it, so a forgotten run fails the tests).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Enum, Float, String, Text
from sqlalchemy.dialects import sqlite

from moovdesk.data import queries
from moovdesk.data.listing import SORTABLE_COLUMNS, ProspectFilter, ProspectSort
from moovdesk.data.models import Prospect
from moovdesk.data.types import UTCDateTime

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "moovdesk" / "data" / "first_screen_sql.py"
# Stands for the ids a query is given; the reader puts one "?" per id in its place.
IDS_SENTINEL = "__IDS__"

HEADER = '''"""Generated from moovdesk/data/queries.py: do not edit, run
tools/generate_first_screen_sql.py instead.

The SQL of the prospect table's first screen, compiled by SQLAlchemy for SQLite, so that the
window can run it with plain `sqlite3` before SQLAlchemy is loaded (`first_screen.py`).
"""
'''


def compiled(statement: Any) -> str:
    return str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def column_kind(column_type: Any) -> str:
    """How the reader turns a stored value into what SQLAlchemy would give."""
    if isinstance(column_type, UTCDateTime):
        return "utc_datetime"
    if isinstance(column_type, Enum):
        assert column_type.enum_class is not None
        return f"enum:{column_type.enum_class.__name__}"
    if isinstance(column_type, Boolean):
        return "bool"
    if isinstance(column_type, Float):
        return "float"
    if isinstance(column_type, String | Text):
        return "text"
    raise TypeError(f"no first-screen conversion for {column_type!r}")


def render() -> str:
    now = datetime.now(UTC)  # the first screen's filter (everything live) does not use it
    everything = ProspectFilter()
    ids_sql = {
        (column, descending): compiled(
            queries.ids_statement(everything, ProspectSort(column, descending), now)
        )
        for column in SORTABLE_COLUMNS
        for descending in (False, True)
    }
    rows = queries.rows_statement(Prospect.id.in_([IDS_SENTINEL]))
    kinds = tuple((column.name, column_kind(column.type)) for column in rows.selected_columns)
    lines = [
        HEADER,
        f"IDS_MARK = {repr(IDS_SENTINEL)!r}",
        "",
        f"COUNT_SQL = {compiled(queries.count_statement(everything, now))!r}",
        "",
        "# (sort column, descending) -> every live prospect's id in that order",
        "IDS_SQL = {",
        *(f"    {key!r}: {sql!r}," for key, sql in ids_sql.items()),
        "}",
        "",
        f"ROWS_SQL = {compiled(rows)!r}",
        "",
        "# (column, kind) of each ROWS_SQL column, in order",
        "ROW_KINDS = (",
        *(f"    {kind!r}," for kind in kinds),
        ")",
        "",
        f"TAGS_SQL = {compiled(queries.tags_statement([IDS_SENTINEL]))!r}",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != text:
            sys.stderr.write(
                f"{TARGET.relative_to(ROOT)} is not what the queries give: run "
                "python tools/generate_first_screen_sql.py\n"
            )
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
