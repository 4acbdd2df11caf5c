"""Schema versions: Alembic migrations run at open, after a backup, all in one transaction.

A database whose revision this Moovdesk does not know was written by a newer version: it is
refused and left byte-for-byte untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError, OperationalError

from moovdesk.data import derived
from moovdesk.data.backup import backup_database
from moovdesk.data.engine import WRITE_OPTION, make_engine
from moovdesk.data.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    StoreError,
    StoreWriteError,
)
from moovdesk.data.revisions import (
    MIGRATIONS_DIR,
    current_revision,
    head_revision,
    known_revisions,
)
from moovdesk.data.sqlite_files import is_damage

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


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
