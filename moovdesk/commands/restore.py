"""`restore`: list the backups, or put one back in place of the database.

The database being replaced is first kept as a "before-restore" backup, so a restore never loses
data; it is refused while a Moovdesk window has the home open.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from moovdesk import backups
from moovdesk.commands.common import CommandError, Subparsers
from moovdesk.data.store import Store
from moovdesk.paths import Home


def register(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "restore", help="list backups, or replace the database with one (the newest good one)"
    )
    parser.add_argument(
        "backup",
        nargs="?",
        metavar="BACKUP",
        help="a backup's file name or path (default: newest good one)",
    )
    parser.add_argument("--list", action="store_true", help="list the backups, newest first")
    parser.set_defaults(handler=run, needs_store=False)


def run(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    if args.list:
        if args.backup:
            raise CommandError("give either --list or a backup to restore, not both")
        return list_backups(home)
    chosen = find_backup(home, args.backup) if args.backup else backups.newest_good_backup(home)
    if chosen is None:
        raise CommandError(f"there is no good backup to restore in {home.backups}")
    kept = backups.restore(home, chosen)
    print(f"Restored {chosen}")
    if kept is not None:
        print(f"The replaced database was kept as {kept}")
    return 0


def list_backups(home: Home) -> int:
    found = backups.backups(home)
    if not found:
        print(f"No backups yet in {home.backups}")
        return 0
    for backup in found:
        taken = backup.taken_at.strftime("%Y-%m-%d %H:%M")
        print(f"{taken}  {human_size(backup.size):>8}  {backup.reason:<16}  {backup.path.name}")
    return 0


def find_backup(home: Home, name: str) -> Path:
    """A path as given, else a file of that name in the home's backups folder."""
    for candidate in (Path(name).expanduser(), home.backups / name):
        if candidate.is_file():
            return candidate
    raise CommandError(f"no backup named {name} (see: restore --list)")


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
