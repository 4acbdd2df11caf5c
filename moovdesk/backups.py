"""Keeping the rep's data safe without being asked: daily rotating copies, copies on demand, a
checked restore, and finding the newest good copy when the database is damaged.

Every copy is made with SQLite's online backup API (`moovdesk.data.backup`), so it is consistent
even while the window has the base open; it is then checked before it counts as a backup. File
names carry the moment and the reason: `moovdesk-20270310-103000-000000-daily.db`.

Three kinds of copies, kept by different rules:
- daily: at most one a day; the newest `keep` are kept, older ones deleted;
- manual (Back up now, `moovdesk-cli backup`): the newest `MANUAL_KEEP`;
- safety ("before-…": taken before a schema upgrade or a restore): never deleted by the rotation
  until they are older than `SAFETY_MAX_AGE`, whatever their number.

Nothing here imports Qt: the window runs these calls in a worker, the CLI calls them directly.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from filelock import FileLock, Timeout

from moovdesk.data import revisions
from moovdesk.data.backup import backup_database, list_backups
from moovdesk.data.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    StoreError,
    StoreLockedError,
    StoreReadOnlyError,
    StoreWriteError,
)
from moovdesk.data.sqlite_files import is_damage, is_disk_full, read_only_uri
from moovdesk.paths import Home

Clock = Callable[[], datetime]

DEFAULT_KEEP = 7
MANUAL_KEEP = 10
SAFETY_MAX_AGE = timedelta(days=90)

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
SAFETY_PREFIX = "before-"

_NAME = re.compile(r"^moovdesk-(\d{8}-\d{6}-\d{6})-(.+)\.db$")
_STAMP = "%Y%m%d-%H%M%S-%f"
# Files SQLite keeps beside a database: a journal left by a crash would be replayed into
# whatever file next takes the database's name.
_SIDECARS = ("-wal", "-shm", "-journal")

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backup:
    """One copy in the home's backups folder, as the restore list shows it."""

    path: Path
    taken_at: datetime
    reason: str
    size: int

    @property
    def is_safety_copy(self) -> bool:
        return self.reason.startswith(SAFETY_PREFIX)


def backups(home: Home) -> list[Backup]:
    """The home's backups, newest first (files whose name Moovdesk did not give are left out)."""
    found = []
    for path in list_backups(home.backups):
        match = _NAME.match(path.name)
        if match is None:
            continue
        try:
            taken_at = datetime.strptime(match.group(1), _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(path, taken_at, match.group(2), size))
    return found


def take_daily_backup(
    home: Home, keep: int = DEFAULT_KEEP, *, clock: Clock = datetime.now
) -> Path | None:
    """Copy the database unless today's copy exists; drop daily copies beyond the newest `keep`.

    Cheap to call at start-up and every hour. Returns the new copy, or None when there was
    nothing to do (today's copy exists, or there is no database yet). Raises
    CorruptDatabaseError when the database is damaged: the copy is discarded and no older copy
    is rotated out, so the good ones stay for a restore. Raises StoreWriteError when the copy
    cannot be written (read-only backups folder, full disk); the database is untouched.
    """
    if keep < 1:
        raise ValueError("keep at least one daily backup")
    now = _wall_time(clock())
    if not _has_data(home.database):
        return None
    if any(b.reason == DAILY and b.taken_at.date() == now.date() for b in backups(home)):
        return None
    copy = _checked_copy(home, DAILY, now)
    prune(home, keep_daily=keep, now=now)
    return copy


def back_up_now(home: Home, *, clock: Clock = datetime.now) -> Path:
    """A copy on demand (File > Back up now, `moovdesk-cli backup`); returns its path.

    Raises StoreError when there is no database yet, CorruptDatabaseError when it is damaged.
    Only older manual copies beyond `MANUAL_KEEP` are rotated out: the daily count is the
    window's setting, which the CLI does not know.
    """
    if not _has_data(home.database):
        raise StoreError(f"There is no Moovdesk database to back up at {home.database}.")
    now = _wall_time(clock())
    copy = _checked_copy(home, MANUAL, now)
    prune(home, keep_daily=None, now=now)
    return copy


def prune(home: Home, *, keep_daily: int | None, now: datetime) -> list[Path]:
    """Delete copies the rotation no longer keeps (see the module's rules); returns them.

    `keep_daily=None` leaves daily copies alone.
    """
    removed = []
    daily_seen = manual_seen = 0
    for backup in backups(home):
        if backup.reason == DAILY:
            daily_seen += 1
            drop = keep_daily is not None and daily_seen > keep_daily
        elif backup.reason == MANUAL:
            manual_seen += 1
            drop = manual_seen > MANUAL_KEEP
        elif backup.is_safety_copy:
            drop = now - backup.taken_at > SAFETY_MAX_AGE
        else:
            drop = False
        if drop:
            _remove_with_sidecars(backup.path)
            removed.append(backup.path)
    return removed


def restore(home: Home, backup: Path, *, clock: Clock = datetime.now) -> Path | None:
    """Replace the home's database with `backup`; returns the "before-restore" copy of the
    database it replaced (None when there was no database).

    The window must have closed its store first: this takes the home's lock itself, so it
    refuses (StoreLockedError) while any Moovdesk writes to the home. It refuses a damaged
    backup (CorruptDatabaseError) or one from a newer Moovdesk (NewerSchemaError), leaving the
    current database untouched. An older backup is fine: it is upgraded when next opened.
    """
    home.ensure()
    lock = FileLock(home.lock_file, timeout=0)
    try:
        lock.acquire()
    except PermissionError as error:
        raise StoreReadOnlyError(
            f"The data folder {home.root} cannot be written ({error.strerror}): "
            "nothing was restored or changed."
        ) from error
    except Timeout as error:
        raise StoreLockedError(
            f"Moovdesk is open with this data folder ({home.root}): close it before restoring."
        ) from error
    try:
        if backup.resolve() == home.database.resolve():
            raise StoreError(f"{backup} is the database itself, not a backup of it.")
        _check_restorable(backup)
        safety = _preserve_current(home, _wall_time(clock()))
        _replace_database(home.database, backup)
    finally:
        lock.release()
    _log.info("restored %s (previous database kept as %s)", backup, safety)
    return safety


def newest_good_backup(home: Home) -> Path | None:
    """The newest copy that passes `PRAGMA integrity_check` and that this Moovdesk can open:
    what the start-up dialog offers when the database is damaged."""
    for backup in backups(home):
        try:
            _check_restorable(backup.path)
        except StoreError as error:
            _log.warning("backup %s skipped: %s", backup.path, error)
            continue
        return backup.path
    return None


def check_database(path: Path, *, thorough: bool = False) -> list[str]:
    """SQLite's own list of problems in the file at `path`; empty when it is sound.

    `PRAGMA quick_check` by default (0.4 s for 100,000 prospects, fine at start-up);
    `thorough` runs `integrity_check`, which also checks indexes against tables (8 times slower).
    A file that is not a database at all, or that cannot be read, is one problem.
    """
    if not path.is_file():
        return [f"{path} does not exist."]
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        with _read_only(path) as connection:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.Error as error:
        return [f"{path} cannot be read as a database ({error})."]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def one_line(problems: list[str]) -> str:
    """SQLite's problem list in one line: its first row may itself hold many lines."""
    lines = [
        line.strip()
        for problem in problems
        for line in problem.splitlines()
        if line.strip() and not line.startswith("*** ")
    ]
    if not lines:
        return "unknown problem"
    more = f" (and {len(lines) - 1} more problems)" if len(lines) > 1 else ""
    return lines[0] + more


def check_home_database(home: Home) -> list[str]:
    """For the start-up check: the problems of the home's database; none when there is no
    database yet (a first start is not damage)."""
    if not home.database.exists():
        return []
    return check_database(home.database)


def _has_data(database: Path) -> bool:
    return database.is_file() and database.stat().st_size > 0


def _checked_copy(home: Home, reason: str, now: datetime) -> Path:
    """Copy the live database, name the copy after `now`, and keep it only if it is sound."""
    try:
        made = backup_database(home.database, home.backups, reason)
        copy = made.replace(_unused_name(home.backups, now, reason))
    except OSError as error:
        raise StoreWriteError(
            f"No backup was made: the backups folder {home.backups} cannot be written "
            f"({error.strerror or error}). Your database is unchanged."
        ) from error
    except sqlite3.Error as error:
        if is_damage(error):
            raise CorruptDatabaseError(
                f"The database {home.database} is damaged and could not be backed up ({error}). "
                "Restore it from a backup."
            ) from error
        if is_disk_full(error):
            raise StoreWriteError(
                f"No backup was made: the disk holding {home.backups} is full. "
                "Your database is unchanged."
            ) from error
        raise StoreWriteError(
            f"No backup was made in {home.backups} ({error}). Your database is unchanged."
        ) from error
    problems = check_database(copy)
    if problems:
        copy.unlink()
        raise CorruptDatabaseError(
            f"The database {home.database} is damaged ({one_line(problems)}); "
            "no backup was made and older ones were kept. Restore it from a backup."
        )
    return copy


def _check_restorable(backup: Path) -> None:
    problems = check_database(backup, thorough=True)
    if problems:
        raise CorruptDatabaseError(
            f"The backup {backup} is damaged ({one_line(problems)}); it cannot be restored."
        )
    revision = revisions.current_revision(backup)  # raises CorruptDatabaseError for a stranger
    if revision is None:
        raise CorruptDatabaseError(f"{backup} is empty: it is not a Moovdesk backup.")
    if revision not in revisions.known_revisions():
        raise NewerSchemaError(
            f"The backup {backup} was made by a newer version of Moovdesk (schema {revision}); "
            "install that version to restore it. Nothing was changed."
        )


def _preserve_current(home: Home, now: datetime) -> Path | None:
    """Keep the database about to be replaced, damaged or not: a restore never loses data."""
    database = home.database
    if not database.exists():
        return None
    target = _unused_name(home.backups, now, BEFORE_RESTORE)
    try:
        made = backup_database(database, home.backups, BEFORE_RESTORE)
        return made.replace(target)
    except sqlite3.DatabaseError:
        # SQLite cannot read it: keep the raw bytes (journal files too, under matching names,
        # so opening the copy sees what the original would have).
        for suffix in ("", *_SIDECARS):
            source = Path(f"{database}{suffix}")
            if source.exists():
                shutil.copy2(source, f"{target}{suffix}")
        _fsync(target)
        return target


def _replace_database(database: Path, backup: Path) -> None:
    """Write the backup beside the database, then swap it in with one rename.

    The old database's journal files go before the rename: left in place, SQLite would replay
    them into the restored file. Their content is not lost: the before-restore copy holds it.
    """
    incoming = database.with_name(f".{database.name}.restoring")
    _remove_with_sidecars(incoming)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(incoming)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()
    try:
        problems = check_database(incoming)
        if problems:
            raise CorruptDatabaseError(
                f"The restored copy failed its check ({one_line(problems)})."
            )
        _fsync(incoming)
        for suffix in _SIDECARS:
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        incoming.replace(database)
    except BaseException:
        _remove_with_sidecars(incoming)
        raise
    _fsync_folder(database.parent)


def _wall_time(moment: datetime) -> datetime:
    """Local wall-clock time without a zone: what backup names carry and are compared in."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _unused_name(folder: Path, now: datetime, reason: str) -> Path:
    """`moovdesk-<now>-<reason>.db`, a microsecond later if two copies share a moment."""
    moment = now
    while True:
        candidate = folder / f"moovdesk-{moment.strftime(_STAMP)}-{reason}.db"
        if not candidate.exists():
            return candidate
        moment += timedelta(microseconds=1)


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", *_SIDECARS):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        yield connection
    finally:
        connection.close()


def _fsync(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable; Windows cannot open folders and needs no such step."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
