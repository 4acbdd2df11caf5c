"""Which schema revision a base is at, and which this Moovdesk knows, read with plain `sqlite3`
(no Alembic, no SQLAlchemy): opening a base at start-up needs no more. Upgrades are in
`migrate.py`.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from moovdesk.data.errors import CorruptDatabaseError, StoreError
from moovdesk.data.sqlite_files import is_damage, is_disk_full, read_only_uri

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Revisions are numbered files ("0003_import_undo.py", revision "0003") in a single line, so the
# known revisions are read from file names: opening a base at start-up then needs no Alembic
# (its import alone costs ~0.3 s). test_migrations checks this agrees with Alembic's own view.
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> list[str]:
    """Every revision this Moovdesk knows, oldest first."""
    names = (path.name for path in (MIGRATIONS_DIR / "versions").iterdir())
    return sorted(match.group(1) for name in names if (match := _REVISION_FILE.match(name)))


def head_revision() -> str:
    revisions = known_revisions()
    assert revisions, "the migrations folder has no revision"
    return revisions[-1]


def current_revision(path: Path) -> str | None:
    """The revision stored in the database, None for a new or empty file.

    Raises CorruptDatabaseError when the file is damaged or not a Moovdesk database, and
    StoreError when it cannot be read at all (permissions): that is no damage to restore.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        raise StoreError(_unreadable(path, error)) from error
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise CorruptDatabaseError(
                f"{path} is not a Moovdesk database (it has tables but no Moovdesk version)."
            )
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        if not is_damage(error):
            raise StoreError(_unreadable(path, error)) from error
        raise CorruptDatabaseError(
            f"The database {path} is damaged or is not a Moovdesk database ({error}). It is "
            "left as it is; restore a backup (File > Restore from a backup…, or "
            "moovdesk-cli restore)."
        ) from error
    finally:
        connection.close()
    return None if row is None else str(row[0])


def _unreadable(path: Path, error: sqlite3.Error) -> str:
    if is_disk_full(error):
        return (
            f"The disk holding {path} is full: Moovdesk cannot even open the database. "
            "Free some space and try again; nothing was changed."
        )
    return f"The database {path} cannot be read ({error}); nothing was changed."
