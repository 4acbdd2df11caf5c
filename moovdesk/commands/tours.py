"""`tours`: the saved tours, newest first, as text lines or JSON records."""

from __future__ import annotations

import argparse
import json

from moovdesk.commands.common import Subparsers
from moovdesk.data.store import Store
from moovdesk.paths import Home


def register(commands: Subparsers) -> None:
    parser = commands.add_parser("tours", help="list the saved tours, newest first")
    parser.add_argument("--json", action="store_true", help="print JSON records")
    parser.add_argument("--trash", action="store_true", help="list the deleted tours instead")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    assert store is not None
    from moovdesk.tour_plans.service import TourService  # the planner loads numpy

    summaries = TourService(store).list_tours(trashed=args.trash)
    if args.json:
        records = [
            {
                "id": s.id,
                "name": s.name,
                "first_day": s.first_day.isoformat(),
                "days": s.day_count,
                "stops": s.stop_count,
                "visited": s.visited_count,
                "skipped": s.skipped_count,
                "km": round(s.travel_km, 1),
                "travel_minutes": round(s.travel_minutes),
                "estimated": s.estimated,
                "status": s.status.value,
            }
            for s in summaries
        ]
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    for s in summaries:
        days = f"  {s.day_count} days" if s.day_count > 1 else ""
        print(
            f"{s.id[:8]}  {s.first_day.isoformat()}  {s.name}  {s.stop_count} stops{days}"
            f"  {s.travel_km:.0f} km  {s.status.value}"
        )
    return 0
