"""Copies of the database made with SQLite's online backup API: consistent even while it is open."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from moovdesk.data.sqlite_files import read_only_uri

BACKUP_SUFFIX = ".db"


def backup_database(database: Path, backups_dir: Path, reason: str) -> Path:
    """Copy `database` into `backups_dir` as `moovdesk-<time>-<reason>.db` and return the copy.

    The copy is written to a temporary name, synced, then renamed, so a crash never leaves a
    half-written file that looks like a good backup. A folder that cannot be written raises
    OSError before the database is read; SQLite's errors (a damaged database, a full disk)
    come as sqlite3.Error.
    """
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups_dir / f"moovdesk-{stamp}-{_safe(reason)}{BACKUP_SUFFIX}"
    partial = target.with_suffix(".partial")
    partial.open("wb").close()  # SQLite would only say "unable to open database file"
    try:
        source = sqlite3.connect(read_only_uri(database), uri=True)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            # A backup must be one self-contained file: no WAL beside it.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    finally:
        source.close()
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    partial.replace(target)
    return target


def list_backups(backups_dir: Path) -> list[Path]:
    """Backups, newest first."""
    if not backups_dir.is_dir():
        return []
    found = [p for p in backups_dir.glob(f"moovdesk-*{BACKUP_SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _safe(reason: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reason)
    return cleaned.strip("-")[:40] or "backup"
