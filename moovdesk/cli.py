"""`moovdesk-cli`: headless commands on the rep's base. Never imports Qt: it starts fast anywhere.

Errors are one line on stderr and exit status 1; a bug is logged under the home with its
traceback and still reported in one line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from moovdesk import __version__, demo_data
from moovdesk.data.errors import StoreError, StoreLockedError
from moovdesk.data.queries import FollowUpWindow, ProspectFilter, ProspectRow, ProspectSort
from moovdesk.data.store import Store
from moovdesk.data.vocabulary import Stage, Temperature
from moovdesk.logs import log_exception
from moovdesk.paths import Home, resolve_home
from moovdesk.phones import format_phone
from moovdesk.prospects import ProspectService

PROG = "moovdesk-cli"


class CommandError(Exception):
    """A problem with what the user asked for, reported in one line."""


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line on stderr and exit status 1."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see {self.prog} --help)\n")
        raise SystemExit(1)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG, description="Moovdesk without the window: statistics and listings."
    )
    parser.add_argument("--version", action="version", version=f"Moovdesk {__version__}")
    parser.add_argument(
        "--home", metavar="DIR", help="data folder (default: $MOOVDESK_HOME or the user data dir)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    commands.required = True

    stats = commands.add_parser("stats", help="counts by temperature and stage, overdue follow-ups")
    stats.add_argument("--json", action="store_true", help="print JSON instead of text")
    stats.set_defaults(handler=run_stats)

    listing = commands.add_parser("list", help="list prospects matching filters")
    listing.add_argument("--search", default="", help="words to look for (accents ignored)")
    listing.add_argument("--temperature", choices=[t.value for t in Temperature])
    listing.add_argument("--stage", choices=[s.value for s in Stage])
    listing.add_argument("--follow-up", choices=[w.value for w in FollowUpWindow])
    listing.add_argument("--place", default="", help="city, postal code or département prefix")
    listing.add_argument("--sort", default="company", help="column to sort by")
    listing.add_argument("--limit", type=int, default=50, help="at most this many rows (0: all)")
    listing.add_argument("--json", action="store_true", help="print JSON records")
    listing.set_defaults(handler=run_list)

    export = commands.add_parser("export", help="write follow-ups and appointments to a file")
    export.add_argument("file", help="target file; the extension chooses the format (.ics)")
    export.add_argument("--format", choices=["ics"], help="force the format")
    export.add_argument(
        "--include-done", action="store_true", help="also export completed follow-ups"
    )
    export.set_defaults(handler=run_export)

    demo = commands.add_parser("demo", help="fill an empty base with made-up prospects to try")
    demo.add_argument("--count", type=int, default=300, help="how many prospects (default 300)")
    demo.set_defaults(handler=run_demo)

    where = commands.add_parser("where", help="print where this home keeps its files")
    where.set_defaults(handler=run_where, needs_store=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    home = resolve_home(args.home)
    handler: Callable[[argparse.Namespace, Home, Store | None], int] = args.handler
    try:
        if not getattr(args, "needs_store", True):
            return handler(args, home, None)
        with open_store(home) as store:
            return handler(args, home, store)
    except (StoreError, CommandError, OSError) as error:
        sys.stderr.write(f"{PROG}: error: {error}\n")
        return 1
    except Exception as error:  # a bug: keep the details, tell the user where
        log_file = log_exception(home, error)
        sys.stderr.write(f"{PROG}: internal error: {error!r} (details in {log_file})\n")
        return 1


def open_store(home: Home) -> Store:
    """The store for writing when no window holds it, otherwise read-only beside the window."""
    home.ensure()
    try:
        return Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file)
    except StoreLockedError:
        return Store.open(home.database, read_only=True)


def run_stats(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    assert store is not None
    stats = ProspectService(store).stats()
    if args.json:
        print(json.dumps(stats.__dict__, indent=2))
        return 0
    print(f"Prospects: {stats.total}")
    print("  " + "  ".join(f"{name}: {n}" for name, n in stats.by_temperature.items()))
    print("  " + "  ".join(f"{name}: {n}" for name, n in stats.by_stage.items()))
    print(f"Overdue follow-ups: {stats.overdue_follow_ups}")
    print(f"In the trash: {stats.in_trash}")
    return 0


def run_list(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    assert store is not None
    temperatures = {Temperature(args.temperature)} if args.temperature else set()
    stages = {Stage(args.stage)} if args.stage else set()
    flt = ProspectFilter(
        text=args.search,
        temperatures=frozenset(temperatures),
        stages=frozenset(stages),
        follow_up=FollowUpWindow(args.follow_up) if args.follow_up else None,
        place=args.place,
    )
    service = ProspectService(store)
    try:
        rows = service.page(flt, ProspectSort(args.sort), limit=args.limit or None)
    except ValueError as error:
        raise CommandError(str(error)) from error
    if args.json:
        print(json.dumps([_json_record(row) for row in rows], ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(_text_line(row))
    total = service.count(flt)
    if len(rows) < total:
        print(f"({len(rows)} of {total}; use --limit 0 for all)", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    assert store is not None
    target = Path(args.file)
    kind = args.format or target.suffix.lower().lstrip(".")
    if kind != "ics":
        raise CommandError(f"cannot export to {target.name!r}: use a .ics file (or --format ics)")
    from moovdesk.calendar_export import export_calendar  # icalendar is slow to import

    count = export_calendar(store, target, include_done=args.include_done)
    print(f"Wrote {count} events to {target}")
    return 0


def run_demo(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    assert store is not None
    if store.read_only:
        raise CommandError("Moovdesk is open on this base; close it to add demo prospects.")
    if ProspectService(store).count(ProspectFilter()) > 0:
        raise CommandError("this base already has prospects; demo data goes in an empty base only")
    if args.count < 1:
        raise CommandError("--count must be at least 1")
    added = demo_data.generate(store, args.count)
    print(f"Added {added} made-up prospects to {home.database}")
    return 0


def run_where(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    print(f"home:     {home.root}")
    print(f"database: {home.database}")
    print(f"backups:  {home.backups}")
    print(f"logs:     {home.logs}")
    return 0


def _text_line(row: ProspectRow) -> str:
    mark = "●" if row.temperature is Temperature.HOT else "○"
    place = " ".join(p for p in (row.postal_code, row.city) if p)
    phone = format_phone(row.phone or row.mobile)
    fields = (row.company or row.contact_name, row.contact_name, place, phone, row.stage.value)
    return f"{mark} " + " | ".join(fields)


def _json_record(row: ProspectRow) -> dict[str, object]:
    record: dict[str, object] = {}
    for name, value in row.__dict__.items():
        if name == "deleted_at":
            continue
        record[name] = value.isoformat() if hasattr(value, "isoformat") else value
        if isinstance(value, tuple):
            record[name] = list(value)
    return record


if __name__ == "__main__":
    raise SystemExit(main())
