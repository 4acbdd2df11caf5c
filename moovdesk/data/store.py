"""The store: one SQLite file opened with safe pragmas, migrated on open, guarded by a writer lock.

Reads and writes go through short sessions: `store.read()` for a consistent snapshot,
`store.write()` for one transaction that is committed whole or rolled back whole.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from moovdesk.data import migrate, search, sort_keys
from moovdesk.data.engine import (
    BULK_OPTION,
    WRITE_OPTION,
    checkpoint,
    make_engine,
)
from moovdesk.data.errors import (
    CorruptDatabaseError,
    StoreError,
    StoreWriteError,
)
from moovdesk.data.opening import check_writable, take_lock
from moovdesk.data.sqlite_files import is_damage, is_disk_full


class Store:
    """An open Moovdesk database. Create it with `Store.open`, end it with `close`."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock | None, read_only: bool) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self._writer = sessionmaker(
            bind=engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        search.install_auto_reindex(self._writer)
        sort_keys.install(self._writer)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        backups_dir: Path | None = None,
        lock_path: Path | None = None,
        lock: FileLock | None = None,
        read_only: bool = False,
    ) -> Store:
        """Open (creating if needed) and migrate the database at `path`.

        A writer takes `lock_path` first so two Moovdesk processes never write the same base;
        a read-only store takes no lock and refuses a database that still needs migrating.
        A writer refuses (StoreReadOnlyError) a database or folder it cannot write, before
        touching anything: reading may still work, with `read_only`. A writer given the
        `lock` it already took (the window's start, see `first_screen.py`) keeps that one.
        """
        if not read_only:
            check_writable(path)
        if read_only:
            lock = None
        elif lock is None:
            lock = take_lock(lock_path or path.with_suffix(".lock"))
        try:
            if read_only:
                migrate.check_current(path)
            else:
                migrate.upgrade(path, backups_dir or path.parent / "backups")
            engine = make_engine(path, read_only=read_only)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(path, engine, lock, read_only)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; whatever it leaves unflushed is discarded."""
        with self._reader() as session:
            try:
                yield session
            except DBAPIError as error:
                if is_damage(error.orig):
                    raise CorruptDatabaseError(describe_damage(self.path, error)) from error
                if is_disk_full(error.orig):
                    raise StoreError(
                        f"The disk holding {self.path} is full: the database could not be read. "
                        "Free some space and try again; nothing was changed."
                    ) from error
                if isinstance(error, OperationalError):
                    raise StoreError(
                        f"The database {self.path} could not be read ({error.orig})."
                    ) from error
                raise
            finally:
                session.rollback()

    @contextlib.contextmanager
    def write(self, *, bulk: bool = False) -> Iterator[Session]:
        """One transaction: committed if the block ends normally, rolled back if it raises.

        Database failures (disk full, read-only file, busy) surface as StoreWriteError with a
        message for the rep; nothing of the block is kept. A `bulk` write (an import) commits
        without the write-ahead log's copy into the file, which `checkpoint` makes afterwards
        (see `engine._prepare_bulk_write`).
        """
        if self.read_only:
            raise StoreWriteError("This database is open read-only; changes cannot be saved.")
        try:
            with self._writer.begin() as session:
                if bulk:  # the connection's first use: its options are there for BEGIN
                    session.connection(execution_options={BULK_OPTION: True})
                yield session
        except DBAPIError as error:
            if is_damage(error.orig):
                message = describe_damage(self.path, error) + " The change was not saved."
                raise CorruptDatabaseError(message) from error
            if isinstance(error, OperationalError):
                raise StoreWriteError(describe_write_failure(error)) from error
            raise

    def checkpoint(self) -> None:
        """Copy the write-ahead log into the database file now: after a bulk write that
        deferred it (an import), off the rep's wait. Does nothing on a read-only store.

        Like SQLite's automatic checkpoint, it is best effort: one that cannot run now (a
        full disk, a failing write) leaves the log as it is, whole and safe, for the
        next commit to copy; the caller's work goes on."""
        if self.read_only:
            return
        with contextlib.suppress(OperationalError), self.engine.connect() as connection:
            checkpoint(connection)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def describe_write_failure(error: DBAPIError) -> str:
    """Turn SQLite's terse failure into a sentence the rep can act on."""
    detail = str(error.orig).lower()
    if is_disk_full(error.orig) or "full" in detail:
        return "The disk is full: the change was not saved. Free some space and try again."
    if "readonly" in detail or "read-only" in detail:
        return "The data folder is read-only: the change was not saved."
    if "locked" in detail or "busy" in detail:
        return "The database is busy in another program: the change was not saved. Try again."
    return f"The change could not be saved ({error.orig})."


def describe_damage(path: Path, error: DBAPIError) -> str:
    return (
        f"The database {path} is damaged ({error.orig}). Restore it from a backup "
        "(File > Restore from a backup…, or moovdesk-cli restore); the damaged file is kept."
    )
