"""SQLAlchemy engines on a Moovdesk SQLite file, every connection configured the same way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

from moovdesk.data.sqlite_files import SYNCHRONOUS, configure_sqlite_connection, read_only_uri

WRITE_OPTION = "moovdesk_write"
BULK_OPTION = "moovdesk_bulk"  # a bulk write: see `_prepare_bulk_write`
# SQLite's own default: a commit that leaves the write-ahead log above this many pages copies
# it into the database file (a "checkpoint") before returning.
AUTO_CHECKPOINT_PAGES = 1000
_CHECKPOINT_DEFERRED = "moovdesk_checkpoint_deferred"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine whose transactions really are transactions: BEGIN is ours, not pysqlite's."""
    url = f"sqlite:///{read_only_uri(path)}&uri=true" if read_only else f"sqlite:///{path}"
    engine = create_engine(url)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin_transaction)
    event.listen(engine, "checkin", _restore_after_bulk_write)
    return engine


def _prepare_bulk_write(connection: Connection) -> None:
    """Before a bulk write's BEGIN: commit without copying the write-ahead log into the file,
    and sync the log itself at commit instead.

    A bulk write (an import of 100,000 rows) leaves a WAL of ~60 MB; the automatic checkpoint
    would copy it during the commit, the rep waiting (~0.5 s). Deferred, the commit only appends
    its commit record; the WAL is copied by `checkpoint` afterwards (the search catch-up does it
    in the background), or by the next commit. Crash safety is SQLite's WAL guarantee either
    way: a committed transaction in the WAL is replayed by the next opener, an uncommitted one
    is ignored. The automatic checkpoint also synced the log to the disk; without it, and with
    every connection's `synchronous = NORMAL`, an import the rep was told is done could still
    be lost to a power cut until the later copy. So the bulk commit syncs the log (`FULL`);
    SQLite takes that setting only outside a transaction, hence before BEGIN.

    Both settings belong to this pooled connection only, and are restored when it goes back to
    the pool (see `_restore_after_bulk_write`).
    """
    connection.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
    connection.exec_driver_sql("PRAGMA synchronous = FULL")
    connection.connection.info[_CHECKPOINT_DEFERRED] = True


def checkpoint(connection: Connection) -> None:
    """Copy what the write-ahead log holds into the database file, as the automatic checkpoint
    does (PASSIVE: never waits for readers; what a reader still needs is copied next time)."""
    connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")


def _configure_connection(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    configure_sqlite_connection(dbapi_connection)
    # Hand transaction control to the "begin" event below (pysqlite's own is unreliable).
    dbapi_connection.isolation_level = None


def _restore_after_bulk_write(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    """A connection that made a bulk write gets the automatic checkpoint and the usual sync
    level back before anyone else uses it; here, after its transaction ended, so the bulk
    commit itself was not slowed down."""
    if record.info.pop(_CHECKPOINT_DEFERRED, False) and dbapi_connection is not None:
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {AUTO_CHECKPOINT_PAGES}")
        dbapi_connection.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")


def _begin_transaction(connection: Any) -> None:
    options = connection.get_execution_options()
    if options.get(BULK_OPTION):
        _prepare_bulk_write(connection)
    # Writers take the write lock up front so a transaction never fails half-way on "busy".
    mode = "IMMEDIATE" if options.get(WRITE_OPTION) else "DEFERRED"
    connection.exec_driver_sql(f"BEGIN {mode}")
