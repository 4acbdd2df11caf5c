"""The import's bulk insert: values written once per batch come back exactly as bound ones."""

from __future__ import annotations

import uuid

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    create_engine,
    event,
)

from moovdesk.data.bulk import ROWS_PER_STATEMENT, insert_rows, insert_tuples, new_ids

_METADATA = MetaData()
_ROWS = Table(
    "rows",
    _METADATA,
    Column("text", String),
    Column("number", Integer),
    Column("real", Float),
    Column("flag", Boolean),
    Column("maybe", String),
)
_KEYS = Table("keys", _METADATA, Column("key", String, primary_key=True))


def test_shared_and_varying_values_are_stored_as_given() -> None:
    engine = create_engine("sqlite://")
    _METADATA.create_all(engine)
    quoted = "it's '); DROP TABLE rows; --"
    with engine.begin() as connection:
        insert_rows(
            connection,
            _ROWS,
            [{"text": quoted, "number": 7, "real": 1.5, "flag": True, "maybe": None}] * 3,
        )
        insert_rows(
            connection,
            _ROWS,
            [
                {"text": "a", "number": 1, "real": 0.5, "flag": False, "maybe": "x"},
                {"text": "a", "number": 2, "real": 0.5, "flag": True, "maybe": None},
            ],
        )
        stored = connection.exec_driver_sql(
            "SELECT text, number, typeof(number), real, flag, maybe FROM rows"
        ).all()
    assert stored == [
        (quoted, 7, "integer", 1.5, 1, None),
        (quoted, 7, "integer", 1.5, 1, None),
        (quoted, 7, "integer", 1.5, 1, None),
        ("a", 1, "integer", 0.5, 0, "x"),
        ("a", 2, "integer", 0.5, 1, None),
    ]


def test_one_column_rows_and_or_ignore() -> None:
    engine = create_engine("sqlite://")
    _METADATA.create_all(engine)
    with engine.begin() as connection:
        insert_rows(connection, _KEYS, [{"key": "b"}, {"key": "a"}])
        insert_rows(connection, _KEYS, [{"key": "a"}, {"key": "c"}], or_ignore=True)
        keys = connection.exec_driver_sql("SELECT key FROM keys ORDER BY key").scalars().all()
    assert keys == ["a", "b", "c"]


def test_new_ids_are_distinct_sorted_version_4_uuids() -> None:
    ids = list(new_ids(2000))
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == text


def test_many_rows_go_in_blocks_and_keep_their_order_and_values() -> None:
    """More rows than one statement takes: whole blocks of several rows, then the remainder."""
    engine = create_engine("sqlite://")
    _METADATA.create_all(engine)
    count = 2 * ROWS_PER_STATEMENT + 7
    rows = [
        {"text": f"row {n}", "number": n, "real": n / 4, "flag": n % 3 == 0, "maybe": None}
        for n in range(count)
    ]
    with engine.begin() as connection:
        insert_rows(connection, _ROWS, rows)
        stored = connection.exec_driver_sql(
            "SELECT text, number, real, flag, maybe FROM rows ORDER BY rowid"
        ).all()
    assert stored == [(f"row {n}", n, n / 4, int(n % 3 == 0), None) for n in range(count)]


def test_tuples_take_the_other_columns_from_the_constants() -> None:
    engine = create_engine("sqlite://")
    _METADATA.create_all(engine)
    count = ROWS_PER_STATEMENT + 1
    with engine.begin() as connection:
        insert_tuples(
            connection,
            _ROWS,
            ("number", "maybe"),
            [(n, "odd" if n % 2 else None) for n in range(count)],
            {"text": "shared 'quoted'", "real": -0.0, "flag": True},
        )
        one_row = {"text": "one", "real": 2.5, "flag": False, "maybe": None}
        insert_tuples(connection, _ROWS, ("number",), [(-1,)], one_row)
        stored = connection.exec_driver_sql(
            "SELECT text, number, real, flag, maybe FROM rows ORDER BY rowid"
        ).all()
    assert stored[:count] == [
        ("shared 'quoted'", n, -0.0, 1, "odd" if n % 2 else None) for n in range(count)
    ]
    assert stored[count:] == [("one", -1, 2.5, 0, None)]


def test_or_ignore_in_blocks_leaves_out_only_the_rows_already_there() -> None:
    engine = create_engine("sqlite://")
    _METADATA.create_all(engine)
    keys = [f"k{n:05d}" for n in range(3 * ROWS_PER_STATEMENT)]
    with engine.begin() as connection:
        insert_tuples(connection, _KEYS, ("key",), [(key,) for key in keys[::2]])
        insert_tuples(connection, _KEYS, ("key",), [(key,) for key in keys], or_ignore=True)
        stored = connection.exec_driver_sql("SELECT key FROM keys ORDER BY key").scalars().all()
    assert stored == keys


def test_long_shared_text_is_bound_not_repeated_in_the_statement() -> None:
    """A long value shared by a whole chunk is bound: written as a literal, it would be
    repeated once per row of each 500-row statement."""
    engine = create_engine("sqlite://")
    _METADATA.create_all(engine)
    statements: list[str] = []
    long_note = "Conditions générales, version longue. " * 20
    with engine.begin() as connection:
        event.listen(connection, "before_cursor_execute", lambda *args: statements.append(args[2]))
        insert_tuples(
            connection,
            _ROWS,
            ("text", "number"),
            [(long_note, n) for n in range(ROWS_PER_STATEMENT)],
            {"real": 1.0, "flag": False, "maybe": "short"},
        )
        stored = connection.exec_driver_sql("SELECT DISTINCT text, maybe FROM rows").all()
    assert stored == [(long_note, "short")]
    assert all(long_note not in sql for sql in statements)
    assert any("'short'" in sql for sql in statements)
