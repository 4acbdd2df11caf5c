"""Before a base is opened for writing: can this process write it, and is it free?

Free of SQLAlchemy: the window checks this before its first paint (see
`moovdesk/data/first_screen.py`); `Store.open` does the same checks.
"""

from __future__ import annotations

import os
from pathlib import Path

from filelock import FileLock, Timeout

from moovdesk.data.errors import StoreLockedError, StoreReadOnlyError


def check_writable(path: Path) -> None:
    """Refuse, with the reason, a database this process could read but never save to."""
    for target in (path.parent, path):
        if target.exists() and not os.access(target, os.W_OK):
            raise StoreReadOnlyError(
                f"{target} is read-only: Moovdesk cannot save changes there, so nothing was "
                "changed. Make it writable (its permissions, or a disk mounted read-only)."
            )


def take_lock(lock_path: Path) -> FileLock:
    lock = FileLock(lock_path, timeout=0)
    try:
        lock.acquire()
    except PermissionError as error:
        raise StoreReadOnlyError(
            f"{lock_path} cannot be written ({error.strerror}): Moovdesk cannot save changes "
            "in this data folder, so nothing was changed."
        ) from error
    except Timeout as error:
        raise StoreLockedError(
            "Moovdesk is already open with this data folder "
            f"({lock_path.parent}). Close it first, or use the open window."
        ) from error
    return lock
