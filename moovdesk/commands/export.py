"""`export FILE`: follow-ups and appointments to an iCalendar file (prospect exports arrive with
the import work)."""

from __future__ import annotations

import argparse
from pathlib import Path

from moovdesk.commands.common import CommandError, Subparsers
from moovdesk.data.store import Store
from moovdesk.paths import Home


def register(commands: Subparsers) -> None:
    parser = commands.add_parser("export", help="write follow-ups and appointments to a file")
    parser.add_argument("file", help="target file; the extension chooses the format (.ics)")
    parser.add_argument("--format", choices=["ics"], help="force the format")
    parser.add_argument(
        "--include-done", action="store_true", help="also export completed follow-ups"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    assert store is not None
    target = Path(args.file)
    kind = args.format or target.suffix.lower().lstrip(".")
    if kind != "ics":
        raise CommandError(f"cannot export to {target.name!r}: use a .ics file (or --format ics)")
    from moovdesk.calendar_export import export_calendar  # icalendar is slow to import

    count = export_calendar(store, target, include_done=args.include_done)
    print(f"Wrote {count} events to {target}")
    return 0
