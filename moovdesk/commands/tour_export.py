"""`tour-export ID FILE`: a saved tour to an iCalendar file (.ics, one event per visit) or its
printable day sheets (.html); `--links` prints each day's route as Google Maps and Waze links."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from moovdesk.atomic_files import write_bytes_atomically
from moovdesk.commands.common import CommandError, Subparsers
from moovdesk.data.errors import RecordNotFoundError
from moovdesk.data.store import Store
from moovdesk.paths import Home

if TYPE_CHECKING:
    from moovdesk.tour_plans.details import StopDetails
    from moovdesk.tour_plans.labels import SheetLabels
    from moovdesk.tour_plans.saved import SavedTour

CALENDAR_SUFFIX = ".ics"
SHEET_SUFFIXES = (".html", ".htm")


def register(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "tour-export",
        help="write a tour to .ics or .html, or print its route links",
        description="Write the saved tour ID (see `tours`) to FILE: .ics for a calendar with one "
        "event per visit, .html for the printable day sheets. --links prints the route of each "
        "day as Google Maps and Waze links.",
    )
    parser.add_argument("tour", help="the tour's id, or its first characters")
    parser.add_argument("file", nargs="?", help="target file: .ics or .html")
    parser.add_argument("--links", action="store_true", help="print Google Maps and Waze links")
    parser.add_argument("--day", type=int, metavar="N", help="only day N (1 is the first)")
    parser.add_argument("--lang", choices=["fr", "en"], default="fr", help="words of the export")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    assert store is not None
    target = Path(args.file) if args.file else None
    suffix = target.suffix.lower() if target else ""
    if target is None and not args.links:
        raise CommandError("give a FILE (.ics or .html) or --links")
    if target is not None and suffix not in (CALENDAR_SUFFIX, *SHEET_SUFFIXES):
        raise CommandError(f"cannot export a tour to {target.name!r}: use a .ics or .html file")
    if suffix == CALENDAR_SUFFIX and args.day is not None:
        raise CommandError("--day applies to .html exports and --links, not to .ics")
    from moovdesk.tour_plans.labels import sheet_labels
    from moovdesk.tour_plans.service import TourService  # the planner loads numpy

    service = TourService(store)
    try:
        tour = service.open(service.resolve_id(args.tour))
    except RecordNotFoundError as error:
        raise CommandError(f"{error} (see `tours`)") from error
    day_count = len(tour.plan.days)
    if args.day is not None and not 1 <= args.day <= day_count:
        raise CommandError(f"the tour has {day_count} day(s): there is no day {args.day}")
    days = list(range(day_count)) if args.day is None else [args.day - 1]
    details = service.stop_details(tour)
    if target is not None:
        _write(target, tour, details, days, sheet_labels(args.lang))
    if args.links:
        _print_links(tour, details, days)
    return 0


def _write(
    target: Path,
    tour: SavedTour,
    details: Mapping[str, StopDetails],
    days: Sequence[int],
    labels: SheetLabels,
) -> None:
    if target.suffix.lower() == CALENDAR_SUFFIX:
        from moovdesk.tour_plans.ical import tour_calendar  # icalendar is slow to import

        data = tour_calendar(tour, details, labels=labels)
        described = f"{sum(len(day.visits) for day in tour.plan.days)} events"
    else:
        from moovdesk.tour_plans.day_sheet import day_sheet_html, tour_sheet_html

        if len(days) == 1:
            text = day_sheet_html(tour, days[0], details, labels)
        else:
            text = tour_sheet_html(tour, details, labels)
        data = text.encode("utf-8")
        described = f"{len(days)} day sheet(s)"
    try:
        write_bytes_atomically(target, data)
    except OSError as error:  # the message would name the temporary file
        raise CommandError(f"cannot write {target}: {error.strerror or error}") from error
    print(f"Wrote {described} of {tour.name!r} to {target}")


def _print_links(tour: SavedTour, details: Mapping[str, StopDetails], days: Sequence[int]) -> None:
    from moovdesk.tour_plans.route_links import google_maps_links, route_addresses, waze_links

    addresses = route_addresses(details)
    for k in days:
        day = tour.plan.days[k]
        print(f"Day {k + 1}")
        for n, link in enumerate(google_maps_links(day, addresses), start=1):
            print(f"  Google Maps {n}: {link}")
        for waze in waze_links(day):
            print(f"  Waze {waze.label or '?'}: {waze.url}")
