"""`backup`: copy the database now into the home's backups folder and print where."""

from __future__ import annotations

import argparse

from moovdesk.backups import back_up_now
from moovdesk.commands.common import Subparsers
from moovdesk.data.store import Store
from moovdesk.paths import Home


def register(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "backup", help="copy the database into the backups folder (safe while the window is open)"
    )
    # The online backup API reads beside an open window: no store, no lock needed.
    parser.set_defaults(handler=run, needs_store=False)


def run(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    print(back_up_now(home))
    return 0
