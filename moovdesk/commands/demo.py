"""`demo`: fill an empty base with made-up prospects, to try Moovdesk."""

from __future__ import annotations

import argparse

from moovdesk import demo_data
from moovdesk.commands.common import CommandError, Subparsers
from moovdesk.data.listing import ProspectFilter
from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService


def register(commands: Subparsers) -> None:
    parser = commands.add_parser("demo", help="fill an empty base with made-up prospects to try")
    parser.add_argument("--count", type=int, default=300, help="how many prospects (default 300)")
    parser.set_defaults(handler=run, writes=True)


def run(args: argparse.Namespace, home: Home, store: Store | None) -> int:
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
