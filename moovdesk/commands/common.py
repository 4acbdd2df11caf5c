"""What the subcommands share: their error type, the store they open, the handler signature."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from moovdesk.data.errors import StoreLockedError, StoreReadOnlyError
from moovdesk.data.store import Store
from moovdesk.paths import Home

Handler = Callable[[argparse.Namespace, Home, Store | None], int]
Subparsers = Any  # argparse's _SubParsersAction, which is private


class CommandError(Exception):
    """A problem with what the user asked for, reported in one line."""


def open_store(home: Home, *, writing: bool = False) -> Store:
    """The store for writing when no window holds it; otherwise, for reading commands,
    read-only beside the window, or in a data folder that cannot be written. A writing command
    refuses in both cases."""
    home.ensure()
    try:
        return Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file)
    except (StoreLockedError, StoreReadOnlyError):
        if writing:
            raise
        return Store.open(home.database, read_only=True)
