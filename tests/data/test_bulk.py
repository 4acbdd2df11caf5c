"""The import's bulk insert: values written once per batch come back exactly as bound ones."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, Column, Float, Integer, MetaData, String, Table, create_engine

from moovdesk.data.bulk import insert_rows, new_ids

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
