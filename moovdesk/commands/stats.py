"""`stats`: counts by temperature and stage, overdue follow-ups, the trash."""

from __future__ import annotations

import argparse
import json

from moovdesk.commands.common import Subparsers
from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService


def register(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "stats", help="counts by temperature and stage, overdue follow-ups"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, home: Home, store: Store | None) -> int:
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
