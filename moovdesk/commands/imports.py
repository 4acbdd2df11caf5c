"""`imports` lists past imports; `undo-import ID` undoes one, exactly."""

from __future__ import annotations

import argparse

from moovdesk.commands.common import CommandError, Subparsers
from moovdesk.data.store import Store
from moovdesk.paths import Home


def register(commands: Subparsers) -> None:
    listing = commands.add_parser("imports", help="list past imports, newest first")
    listing.set_defaults(handler=run_list)
    undo = commands.add_parser("undo-import", help="undo an import (see `imports` for its id)")
    undo.add_argument("batch", help="the import's id, or its first characters")
    undo.set_defaults(handler=run_undo, writes=True)


def run_list(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    assert store is not None
    from moovdesk.importing.undo import import_history

    for entry in import_history(store):
        state = "undone" if entry.undone_at else "kept"
        print(
            f"{entry.id[:8]}  {entry.created_at.astimezone():%Y-%m-%d %H:%M}  {entry.file_name}"
            f"  +{entry.rows_imported} ~{entry.rows_updated}  {state}"
        )
    return 0


def run_undo(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    assert store is not None
    from moovdesk.demo_data import finish_search_index
    from moovdesk.importing.undo import import_history, undo_import

    matches = [e for e in import_history(store) if e.id.startswith(args.batch)]
    if len(matches) != 1:
        found = "no import" if not matches else "several imports"
        raise CommandError(f"{found} with an id starting {args.batch!r} (see `imports`)")
    result = undo_import(store, matches[0].id)
    print(
        f"Undid the import of {matches[0].file_name}: {result.removed} prospects removed, "
        f"{result.restored} records restored, {result.kept} kept (worked on since)."
    )
    finish_search_index(store)
    return 0
