"""Facts about Moovdesk's SQLite files that need no SQLAlchemy: how to open one read-only, how
every connection is configured, and what an error from SQLite means.

Plain `sqlite3` on purpose: the window reads its first screen with these before SQLAlchemy is
loaded (see `moovdesk/data/first_screen.py`); the engines in `engine.py` use them too.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from moovdesk.data import sql_functions

SYNCHRONOUS = "NORMAL"  # every connection's sync level (a bulk write's own is FULL)


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
