"""Schema versions: Alembic migrations run at open, after a backup, all in one transaction.

A database whose revision this Moovdesk does not know was written by a newer version: it is
refused and left byte-for-byte untouched.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError, OperationalError

from moovdesk.data import derived
from moovdesk.data.backup import backup_database
from moovdesk.data.engine import (
    WRITE_OPTION,
    is_damage,
    is_disk_full,
    make_engine,
    read_only_uri,
)
from moovdesk.data.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    StoreError,
    StoreWriteError,
)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Revisions are numbered files ("0003_import_undo.py", revision "0003") in a single line, so the
# known revisions are read from file names: opening a base at start-up then needs no Alembic
# (its import alone costs ~0.3 s). test_migrations checks this agrees with Alembic's own view.
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


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


def check_current(path: Path) -> None:
    """For read-only use: the database must exist and already be at this version's schema."""
    if not path.exists():
        raise StoreError(f"There is no Moovdesk database at {path} yet.")
    revision = current_revision(path)
    _refuse_unknown(path, revision)
    if revision != head_revision():
        raise StoreError(
            f"The database {path} was made by an older Moovdesk; open it once in Moovdesk "
            "to upgrade it."
        )


def upgrade(path: Path, backups_dir: Path) -> Path | None:
    """Bring the database to the newest schema; returns the backup taken first, if any."""
    revision = current_revision(path)
    _refuse_unknown(path, revision)
    if revision == head_revision():
        return None
    backup = backup_database(path, backups_dir, f"before-{head_revision()}") if revision else None
    from alembic import command

    engine = make_engine(path)
    try:
        with engine.execution_options(**{WRITE_OPTION: True}).connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            if _derived_data_touched(config, since=revision):
                config.attributes["after_upgrade"] = derived.rebuild_all
            command.upgrade(config, "head")
    except DBAPIError as error:  # the upgrade is one transaction: it was rolled back whole
        if is_damage(error.orig):
            raise CorruptDatabaseError(
                f"The database {path} is damaged ({error.orig}); it was not upgraded and is "
                "left as it was. Restore it from a backup."
            ) from error
        if isinstance(error, OperationalError):
            raise StoreWriteError(
                f"The database {path} could not be upgraded ({error.orig}); it is left as it "
                "was. Try again once the problem is fixed."
            ) from error
        raise
    finally:
        engine.dispose()
    return backup


def _derived_data_touched(config: Config, since: str | None) -> bool:
    """Whether a revision after `since` may change what the search index and the sort keys are
    computed from, so that they must be rebuilt (minutes at a million prospects). A revision
    says it does not with `KEEPS_DERIVED_DATA = True`; one that says nothing is assumed to."""
    if since is None:
        return True
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(config)
    for revision in known_revisions():
        if revision <= since:
            continue
        script = scripts.get_revision(revision)
        if script is None or not getattr(script.module, "KEEPS_DERIVED_DATA", False):
            return True
    return False


def _refuse_unknown(path: Path, revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(
            f"The database {path} was written by a newer version of Moovdesk "
            f"(schema {revision}). Install the newer Moovdesk to open it; the file was not changed."
        )
