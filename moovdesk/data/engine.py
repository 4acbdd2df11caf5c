"""SQLAlchemy engines on a Moovdesk SQLite file, every connection configured the same way."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

from moovdesk.data import sql_functions

WRITE_OPTION = "moovdesk_write"
BULK_OPTION = "moovdesk_bulk"  # a bulk write: see `_prepare_bulk_write`
SYNCHRONOUS = "NORMAL"  # every connection's sync level (a bulk write's own is FULL)
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


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` for reading only, even in a folder this process cannot write.

    A WAL database is read beside its `-shm` file, which SQLite must create after a clean close;
    in a read-only folder it cannot, and every read fails. There the file is opened "immutable"
    (no `-shm`, no locking) unless a `-wal` file holds changes that reading it that way would miss.
    Nobody can write the base through this process meanwhile, and a reader never changes it.
    """
    uri = f"file:{path}?mode=ro"
    folder_writable = os.access(path.parent, os.W_OK | os.X_OK)
    shm = Path(f"{path}-shm")
    wal = Path(f"{path}-wal")
    wal_has_changes = wal.exists() and wal.stat().st_size > 0
    if not folder_writable and not shm.exists() and not wal_has_changes:
        uri += "&immutable=1"
    return uri


def is_damage(error: BaseException | None) -> bool:
    """True when SQLite says the file is damaged or is not a database at all (not for a busy,
    full, read-only or missing file: those are not damage and need no restore)."""
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def is_disk_full(error: BaseException | None) -> bool:
    """True when SQLite found no room: a write that could not grow the file or its journal, or,
    on a disk full to the last byte, the `-shm` file a WAL database needs even for reading."""
    if not isinstance(error, sqlite3.Error):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == sqlite3.SQLITE_FULL or code == sqlite3.SQLITE_IOERR_SHMSIZE
    return "full" in str(error).lower()


def configure_sqlite_connection(connection: sqlite3.Connection) -> None:
    """Pragmas every connection needs: WAL, enforced foreign keys, a crash-safe sync level."""
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA foreign_keys = ON")
        with contextlib.suppress(sqlite3.OperationalError):  # a read-only file keeps its mode
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute(f"PRAGMA synchronous = {SYNCHRONOUS}")
        # 32 MB of page cache: a 100,000-prospect base is ~50 MB, and listing it from a 2 MB
        # cache re-reads pages from the OS at every sort (measured 2x slower).
        cursor.execute("PRAGMA cache_size = -32768")
    finally:
        cursor.close()
    sql_functions.register(connection)


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
