"""`where`: print where this home keeps its files."""

from __future__ import annotations

import argparse

from moovdesk.commands.common import Subparsers
from moovdesk.data.store import Store
from moovdesk.paths import Home


def register(commands: Subparsers) -> None:
    parser = commands.add_parser("where", help="print where this home keeps its files")
    parser.set_defaults(handler=run, needs_store=False)


def run(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    print(f"home:     {home.root}")
    print(f"database: {home.database}")
    print(f"backups:  {home.backups}")
    print(f"logs:     {home.logs}")
    return 0
