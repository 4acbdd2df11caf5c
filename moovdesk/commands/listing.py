"""`list`: prospects matching filters, as text lines or JSON records."""

from __future__ import annotations

import argparse
import json
import sys

from moovdesk.commands.common import CommandError, Subparsers
from moovdesk.data.listing import FollowUpWindow, ProspectFilter, ProspectRow, ProspectSort
from moovdesk.data.store import Store
from moovdesk.data.vocabulary import Stage, Temperature
from moovdesk.paths import Home
from moovdesk.phones import format_phone
from moovdesk.prospects import ProspectService


def register(commands: Subparsers) -> None:
    parser = commands.add_parser("list", help="list prospects matching filters")
    add_filter_arguments(parser)
    parser.add_argument("--sort", default="company", help="column to sort by")
    parser.add_argument("--limit", type=int, default=50, help="at most this many rows (0: all)")
    parser.add_argument("--json", action="store_true", help="print JSON records")
    parser.set_defaults(handler=run)


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", default="", help="words to look for (accents ignored)")
    parser.add_argument("--temperature", choices=[t.value for t in Temperature])
    parser.add_argument("--stage", choices=[s.value for s in Stage])
    parser.add_argument("--follow-up", choices=[w.value for w in FollowUpWindow])
    parser.add_argument("--place", default="", help="city, postal code or département prefix")


def filter_from(args: argparse.Namespace) -> ProspectFilter:
    temperatures = {Temperature(args.temperature)} if args.temperature else set()
    stages = {Stage(args.stage)} if args.stage else set()
    return ProspectFilter(
        text=args.search,
        temperatures=frozenset(temperatures),
        stages=frozenset(stages),
        follow_up=FollowUpWindow(args.follow_up) if args.follow_up else None,
        place=args.place,
    )


def run(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    assert store is not None
    flt = filter_from(args)
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
