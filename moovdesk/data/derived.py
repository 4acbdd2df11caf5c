"""Derived data kept beside the records (the search index, the sort keys), rebuilt whole after a
schema upgrade so that migrations never need to know how it is computed."""

from __future__ import annotations

from sqlalchemy import Connection

from moovdesk.data import search, sort_keys


def rebuild_all(connection: Connection) -> None:
    sort_keys.rebuild(connection)
    search.rebuild(connection)
