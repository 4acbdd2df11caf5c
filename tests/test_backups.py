"""Backups on real SQLite files in a temporary home: rotation, restore and its refusals, and
finding a good copy when the database is damaged."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from moovdesk import backups, cli
from moovdesk.backups import (
    back_up_now,
    check_database,
    check_home_database,
    newest_good_backup,
    restore,
    take_daily_backup,
)
from moovdesk.commands import backup as backup_command
from moovdesk.commands import restore as restore_command
from moovdesk.data.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    StoreError,
    StoreLockedError,
)
from moovdesk.data.models import Prospect
from moovdesk.data.revisions import head_revision
from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService

SCHEMAS = Path(__file__).parent / "data" / "schemas"
PAGE = 4096


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2027, 3, 10, 9, 0))


def open_store(home: Home) -> Store:
    return Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file)


def add_companies(home: Home, *names: str) -> None:
    with open_store(home) as store:
        service = ProspectService(store)
        for name in names:
            service.create({"company": name})


def companies(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT company FROM prospect WHERE deleted_at IS NULL ORDER BY company"
        )
        return [row[0] for row in rows]
    finally:
        connection.close()


def damage_pages(path: Path) -> None:
    """Overwrite everything after the first page with garbage (the header stays readable)."""
    size = path.stat().st_size
    assert size > 3 * PAGE, "the base is too small to damage a page past the header"
    with path.open("r+b") as handle:
        handle.seek(PAGE)
        handle.write(b"\xa5" * (size - PAGE))


@pytest.fixture(scope="module")
def filled_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A base of a few hundred prospects (enough pages to damage), made once per module."""
    home = Home(tmp_path_factory.mktemp("filled") / "home").ensure()
    with open_store(home) as store, store.write() as session:
        for n in range(300):
            session.add(Prospect(company=f"Société {n:03d}"))
    return home.database


@pytest.fixture
def filled_home(home: Home, filled_database: Path) -> Home:
    """A home holding a copy of that base and no open store."""
    shutil.copy(filled_database, home.database)
    return home


def daily_copies(home: Home) -> list[backups.Backup]:
    return [b for b in backups.backups(home) if b.reason == backups.DAILY]


# Daily rotation ----------------------------------------------------------------------------


def test_one_daily_backup_a_day_even_when_called_hourly(
    filled_home: Home, clock: FakeClock
) -> None:
    first = take_daily_backup(filled_home, clock=clock)
    assert first is not None and first.is_file()
    assert "20270310-090000" in first.name
    for _ in range(14):  # the rest of the day, hourly
        clock.advance(hours=1)
        assert take_daily_backup(filled_home, clock=clock) is None
    clock.advance(hours=1)  # 00:00 the next day
    second = take_daily_backup(filled_home, clock=clock)
    assert second is not None and "20270311-000000" in second.name
    assert [b.path for b in daily_copies(filled_home)] == [second, first]


def test_only_the_newest_n_daily_copies_are_kept(filled_home: Home, clock: FakeClock) -> None:
    made = []
    for _ in range(6):
        copy = take_daily_backup(filled_home, keep=3, clock=clock)
        assert copy is not None
        made.append(copy)
        clock.advance(days=1)
    assert [b.path for b in daily_copies(filled_home)] == made[::-1][:3]
    assert not any(path.exists() for path in made[:3])


def test_rotation_spares_manual_and_recent_safety_copies(
    filled_home: Home, clock: FakeClock
) -> None:
    manual = back_up_now(filled_home, clock=clock)
    safety = restore(filled_home, manual, clock=clock)
    assert safety is not None and "before-restore" in safety.name
    for _ in range(10):
        clock.advance(days=1)
        take_daily_backup(filled_home, keep=2, clock=clock)
    assert manual.exists() and safety.exists()
    assert len(daily_copies(filled_home)) == 2

    clock.advance(days=100)  # safety copies are kept for a bounded time only
    take_daily_backup(filled_home, keep=2, clock=clock)
    assert manual.exists()
    assert not safety.exists()


def test_migration_safety_copies_count_as_safety_copies(home: Home) -> None:
    shutil.copy(SCHEMAS / "0001.db", home.database)
    open_store(home).close()  # upgrades, taking a "before-<head>" copy first
    (copy,) = backups.backups(home)
    assert copy.reason == f"before-{head_revision()}" and copy.is_safety_copy


def test_no_database_no_backup(home: Home, clock: FakeClock) -> None:
    assert take_daily_backup(home, clock=clock) is None
    with pytest.raises(StoreError, match="no Moovdesk database"):
        back_up_now(home, clock=clock)
    assert backups.backups(home) == []


def test_a_daily_backup_is_taken_while_the_window_holds_the_base(
    home: Home, store: Store, clock: FakeClock
) -> None:
    ProspectService(store).create({"company": "Boulangerie Martin"})  # still in the WAL
    copy = take_daily_backup(home, clock=clock)
    assert copy is not None
    assert companies(copy) == ["Boulangerie Martin"]
    assert not Path(f"{copy}-wal").exists()


def test_a_damaged_database_is_not_backed_up_and_older_copies_stay(
    filled_home: Home, clock: FakeClock
) -> None:
    good = [take_daily_backup(filled_home, keep=2, clock=clock)]
    clock.advance(days=1)
    good.append(take_daily_backup(filled_home, keep=2, clock=clock))
    damage_pages(filled_home.database)
    clock.advance(days=1)
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        take_daily_backup(filled_home, keep=2, clock=clock)
    assert [b.path for b in daily_copies(filled_home)] == good[::-1]


# Restore -----------------------------------------------------------------------------------


def test_restore_brings_back_the_backed_up_data_and_keeps_the_replaced_one(
    home: Home, clock: FakeClock
) -> None:
    add_companies(home, "Garage Dupont", "Fleuriste Petit")
    copy = back_up_now(home, clock=clock)
    add_companies(home, "Pharmacie Leroy")  # made after the backup
    clock.advance(hours=2)

    safety = restore(home, copy, clock=clock)

    assert companies(home.database) == ["Fleuriste Petit", "Garage Dupont"]
    assert safety is not None and safety.name.endswith("-before-restore.db")
    assert companies(safety) == ["Fleuriste Petit", "Garage Dupont", "Pharmacie Leroy"]
    assert copy.exists()  # the backup itself stays for another restore
    with open_store(home) as store:  # the restored base opens and writes normally
        ProspectService(store).create({"company": "Cave Moreau"})
    assert "Cave Moreau" in companies(home.database)


def test_restore_drops_the_journal_files_of_the_replaced_database(
    home: Home, clock: FakeClock
) -> None:
    add_companies(home, "Garage Dupont")
    copy = back_up_now(home, clock=clock)
    # A crash left a WAL with commits beside the base, then the base's file was damaged, so
    # the WAL cannot be folded in: left in place, it would be replayed into the restored file.
    wal = Path(f"{home.database}-wal")
    with open_store(home) as store:
        ProspectService(store).create({"company": "Pharmacie Leroy"})
        crashed_wal = wal.read_bytes()
    home.database.write_bytes(b"\xa5" * home.database.stat().st_size)
    wal.write_bytes(crashed_wal)

    restore(home, copy, clock=clock)

    assert not wal.exists() and not Path(f"{home.database}-shm").exists()
    with open_store(home) as store:
        assert ProspectService(store).count() == 1
    assert check_database(home.database) == []
    assert companies(home.database) == ["Garage Dupont"]
    assert not list(home.root.glob(".moovdesk.db.restoring*"))


def test_restore_is_refused_while_moovdesk_holds_the_home(
    home: Home, store: Store, clock: FakeClock
) -> None:
    ProspectService(store).create({"company": "Garage Dupont"})
    copy = back_up_now(home, clock=clock)
    before = home.database.read_bytes()
    with pytest.raises(StoreLockedError, match="close it"):
        restore(home, copy, clock=clock)
    assert home.database.read_bytes() == before
    assert [b.reason for b in backups.backups(home)] == ["manual"]


def test_a_damaged_backup_is_refused_and_the_database_untouched(
    filled_home: Home, clock: FakeClock
) -> None:
    copy = back_up_now(filled_home, clock=clock)
    damage_pages(copy)
    before = filled_home.database.read_bytes()
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        restore(filled_home, copy, clock=clock)
    assert filled_home.database.read_bytes() == before
    assert [b.reason for b in backups.backups(filled_home)] == ["manual"]


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", CorruptDatabaseError),  # an empty file
        (b"these are not the pages you are looking for" * 200, CorruptDatabaseError),
    ],
)
def test_a_file_that_is_not_a_backup_is_refused(
    home: Home, tmp_path: Path, content: bytes, error: type[Exception]
) -> None:
    add_companies(home, "Garage Dupont")
    before = home.database.read_bytes()
    stranger = tmp_path / "stranger.db"
    stranger.write_bytes(content)
    with pytest.raises(error):
        restore(home, stranger)
    assert home.database.read_bytes() == before


def test_another_programs_database_is_refused(home: Home, tmp_path: Path) -> None:
    add_companies(home, "Garage Dupont")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    connection.close()
    with pytest.raises(CorruptDatabaseError, match="not a Moovdesk database"):
        restore(home, other)
    assert companies(home.database) == ["Garage Dupont"]


def test_a_backup_from_a_newer_moovdesk_is_refused(home: Home, clock: FakeClock) -> None:
    add_companies(home, "Garage Dupont")
    copy = back_up_now(home, clock=clock)
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    add_companies(home, "Pharmacie Leroy")
    before = home.database.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer version"):
        restore(home, copy, clock=clock)
    assert home.database.read_bytes() == before


def test_a_backup_from_an_older_moovdesk_is_restored_and_upgraded(home: Home) -> None:
    add_companies(home, "Garage Dupont")
    restore(home, SCHEMAS / "0001.db")
    with open_store(home):
        pass
    with sqlite3.connect(home.database) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert revision == head_revision()


def test_restoring_over_an_unreadable_database_keeps_its_bytes(
    home: Home, clock: FakeClock
) -> None:
    add_companies(home, "Garage Dupont")
    copy = back_up_now(home, clock=clock)
    garbage = b"\x00garbage\xff" * 5000
    home.database.write_bytes(garbage)
    assert check_home_database(home) != []

    safety = restore(home, copy, clock=clock)

    assert safety is not None and safety.read_bytes() == garbage
    assert companies(home.database) == ["Garage Dupont"]


def test_a_backup_can_be_restored_into_a_new_home(home: Home, tmp_path: Path) -> None:
    """A rep moving to a new laptop: the backup comes from elsewhere, there is no base yet."""
    add_companies(home, "Garage Dupont")
    carried = shutil.copy(back_up_now(home), tmp_path / "from the old laptop.db")
    new_home = Home(tmp_path / "new laptop").ensure()
    assert restore(new_home, Path(carried)) is None  # nothing was replaced
    assert companies(new_home.database) == ["Garage Dupont"]


# Damage and the newest good copy ---------------------------------------------------------


def test_a_sound_database_has_no_problems(filled_home: Home) -> None:
    assert check_database(filled_home.database) == []
    assert check_database(filled_home.database, thorough=True) == []


def test_a_fresh_home_is_not_damaged(home: Home) -> None:
    assert check_home_database(home) == []
    assert check_database(home.database) == [f"{home.database} does not exist."]


def test_garbage_in_the_pages_is_reported(filled_home: Home) -> None:
    damage_pages(filled_home.database)
    problems = check_home_database(filled_home)
    assert problems, "quick_check missed the damage"


def test_garbage_in_the_header_is_reported(filled_home: Home) -> None:
    with filled_home.database.open("r+b") as handle:
        handle.write(b"not SQLite at all" * 6)
    (problem,) = check_database(filled_home.database)
    assert "cannot be read as a database" in problem


def test_the_newest_good_backup_is_found_after_damage(filled_home: Home, clock: FakeClock) -> None:
    oldest = take_daily_backup(filled_home, clock=clock)
    clock.advance(days=1)
    good = take_daily_backup(filled_home, clock=clock)
    clock.advance(days=1)
    newest = back_up_now(filled_home, clock=clock)
    damage_pages(newest)  # the newest copy itself went bad on disk
    damage_pages(filled_home.database)
    assert oldest is not None and good is not None

    assert check_home_database(filled_home) != []
    assert newest_good_backup(filled_home) == good

    restore(filled_home, good, clock=clock)
    assert check_home_database(filled_home) == []
    assert len(companies(filled_home.database)) == 300


def test_no_good_backup_gives_none(home: Home) -> None:
    assert newest_good_backup(home) is None


# The CLI -----------------------------------------------------------------------------------


def run_cli(*args: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """`moovdesk-cli` in this process, with the backup commands registered the way
    moovdesk.commands registers its modules."""
    monkeypatch.setattr(cli, "COMMAND_MODULES", (backup_command, restore_command))
    return cli.main(list(args))


def test_cli_backup_prints_the_copy(
    home: Home, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_companies(home, "Garage Dupont")
    assert run_cli("--home", str(home.root), "backup", monkeypatch=monkeypatch) == 0
    printed = Path(capsys.readouterr().out.strip())
    assert printed.parent == home.backups and companies(printed) == ["Garage Dupont"]


def test_cli_lists_then_restores_the_newest_good_backup(
    filled_home: Home, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock(datetime(2027, 3, 10, 9, 0))
    good = take_daily_backup(filled_home, clock=clock)
    clock.advance(days=1, minutes=5)
    bad = back_up_now(filled_home, clock=clock)
    damage_pages(bad)
    damage_pages(filled_home.database)
    root = str(filled_home.root)

    assert run_cli("--home", root, "restore", "--list", monkeypatch=monkeypatch) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("2027-03-11 09:05") and "manual" in lines[0]
    assert lines[1].startswith("2027-03-10 09:00") and "daily" in lines[1] and " KB" in lines[1]

    assert run_cli("--home", root, "restore", monkeypatch=monkeypatch) == 0
    out = capsys.readouterr().out
    assert f"Restored {good}" in out and "before-restore" in out
    assert check_home_database(filled_home) == []


def test_cli_restores_a_backup_named_by_its_file_name(
    home: Home, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_companies(home, "Garage Dupont")
    copy = back_up_now(home)
    add_companies(home, "Pharmacie Leroy")
    assert run_cli("--home", str(home.root), "restore", copy.name, monkeypatch=monkeypatch) == 0
    assert companies(home.database) == ["Garage Dupont"]


@pytest.mark.parametrize("situation", ["window open", "no backup", "unknown name"])
def test_cli_restore_refusals_are_one_line(
    situation: str,
    home: Home,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_companies(home, "Garage Dupont")
    args = ["restore", "nope.db"] if situation == "unknown name" else ["restore"]
    if situation == "window open":
        back_up_now(home)
    before = home.database.read_bytes()
    with open_store(home) if situation == "window open" else contextlib.nullcontext():
        assert run_cli("--home", str(home.root), *args, monkeypatch=monkeypatch) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("moovdesk-cli: error:"), err
    assert home.database.read_bytes() == before
