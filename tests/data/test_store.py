"""The store: pragmas, whole-or-nothing transactions, one writer, refusal of foreign files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import OperationalError

from moovdesk.data import store as store_module
from moovdesk.data.backup import list_backups
from moovdesk.data.engine import AUTO_CHECKPOINT_PAGES
from moovdesk.data.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    StoreLockedError,
    StoreWriteError,
)
from moovdesk.data.models import Prospect
from moovdesk.data.revisions import head_revision
from moovdesk.data.store import Store
from moovdesk.paths import Home


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_has_safe_pragmas_and_newest_schema(store: Store) -> None:
    with store.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        version = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert version == head_revision()


def test_a_write_that_fails_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.write() as session:
        session.add(Prospect(company="Half-written"))
        session.flush()
        raise RuntimeError("crash in the middle")
    with store.read() as session:
        assert session.execute(select(Prospect)).first() is None


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), store.write() as session:
        session.execute(
            text(
                "INSERT INTO contact (id, prospect_id, civility, first_name, last_name, "
                "job_title, phone, mobile, email, notes, is_primary, created_at, updated_at) "
                "VALUES ('c', 'no-such-prospect', '', '', '', '', '', '', '', '', 0, "
                "'2027-01-01', '2027-01-01')"
            )
        )


def test_a_second_writer_is_refused_but_a_reader_may_look(home: Home, store: Store) -> None:
    with pytest.raises(StoreLockedError, match="already open"):
        Store.open(home.database, lock_path=home.lock_file)
    with store.write() as session:
        session.add(Prospect(company="Visible to readers"))
    reader = Store.open(home.database, read_only=True)
    try:
        with reader.read() as session:
            assert session.execute(select(Prospect.company)).scalar() == "Visible to readers"
        with pytest.raises(StoreWriteError, match="read-only"), reader.write():
            pass
    finally:
        reader.close()


def test_the_lock_is_released_on_close(home: Home) -> None:
    first = Store.open(home.database, lock_path=home.lock_file)
    first.close()
    second = Store.open(home.database, lock_path=home.lock_file)
    second.close()


def test_a_newer_schema_is_refused_and_left_untouched(home: Home) -> None:
    Store.open(home.database, lock_path=home.lock_file).close()
    with sqlite3.connect(home.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = sha256(home.database)
    with pytest.raises(NewerSchemaError, match="newer version of Moovdesk"):
        Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file)
    assert sha256(home.database) == before
    assert list_backups(home.backups) == []


def test_a_file_that_is_not_a_database_is_refused_untouched(home: Home) -> None:
    home.database.write_bytes(b"PK\x03\x04 this is a zip file, not SQLite" * 100)
    before = sha256(home.database)
    with pytest.raises(CorruptDatabaseError, match="damaged or is not a Moovdesk database"):
        Store.open(home.database, lock_path=home.lock_file)
    assert sha256(home.database) == before


def test_another_programs_database_is_refused(home: Home) -> None:
    with sqlite3.connect(home.database) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.close()
    with pytest.raises(CorruptDatabaseError, match="not a Moovdesk database"):
        Store.open(home.database, lock_path=home.lock_file)


def test_write_failures_become_a_clear_message(store: Store) -> None:
    # Simulate a full disk: the file may not grow past its current pages.
    with store.write() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar()
    with pytest.raises(StoreWriteError, match="disk is full"), store.write() as session:
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        session.add_all(Prospect(company="x" * 2000) for _ in range(2000))
        session.flush()
    with store.read() as session:
        assert session.execute(select(Prospect)).first() is None


@pytest.mark.parametrize("deferred", [False, True])
def test_a_deferred_checkpoint_waits_for_checkpoint_and_lasts_one_transaction(
    store: Store, deferred: bool
) -> None:
    """A bulk write's commit leaves its pages in the write-ahead log when it deferred the
    checkpoint (the automatic one copies them at once otherwise); `Store.checkpoint` copies
    them, and the connection has its automatic checkpoint back for whoever uses it next."""
    before = store.path.stat().st_size
    written = 5_000_000  # over AUTO_CHECKPOINT_PAGES pages of 4 KB: the commit would copy
    with store.write(bulk=deferred) as session:
        connection = session.connection()
        settings = [
            connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("wal_autocheckpoint", "synchronous")
        ]
        # Deferred, the commit syncs the log itself (FULL = 2): done means on the disk.
        assert settings == ([0, 2] if deferred else [AUTO_CHECKPOINT_PAGES, 1])
        rows = [{"company": f"Company {n}", "notes": "x" * 4000} for n in range(1500)]
        connection.execute(insert(Prospect), rows)
    assert (store.path.stat().st_size > before + written) is not deferred
    store.checkpoint()
    assert store.path.stat().st_size > before + written
    with store.read() as session:
        settings = [
            session.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("wal_autocheckpoint", "synchronous")
        ]
        assert settings == [AUTO_CHECKPOINT_PAGES, 1]  # NORMAL again for everyone else
        assert session.execute(select(func.count()).select_from(Prospect)).scalar() == 1500


def test_a_checkpoint_that_cannot_run_is_left_for_later(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Best effort, like SQLite's automatic one: a full disk during the copy leaves the log
    for the next commit, and the caller (the search catch-up) goes on."""

    def disk_full(_connection: object) -> None:
        raise OperationalError("PRAGMA wal_checkpoint(PASSIVE)", {}, sqlite3.OperationalError())

    monkeypatch.setattr(store_module, "checkpoint", disk_full)
    store.checkpoint()
    with store.write() as session:
        session.add(Prospect(company="Still writable"))
    with store.read() as session:
        assert session.execute(select(Prospect.company)).scalars().all() == ["Still writable"]
