"""`export FILE`: prospects to CSV, JSON, XLSX or vCard (the filters of `list` choose which),
or follow-ups and appointments to an iCalendar file; the extension chooses the format."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from moovdesk.commands.common import CommandError, Subparsers
from moovdesk.commands.listing import add_filter_arguments, filter_from
from moovdesk.data.listing import SORTABLE_COLUMNS, ProspectSort
from moovdesk.data.store import Store
from moovdesk.paths import Home

PROSPECT_FORMATS = ("csv", "json", "xlsx", "vcf")
CALENDAR_FORMAT = "ics"
_FILTER_OPTIONS = {
    "search": "--search",
    "temperature": "--temperature",
    "stage": "--stage",
    "follow_up": "--follow-up",
    "place": "--place",
    "trash": "--trash",
}


def register(commands: Subparsers) -> None:
    parser = commands.add_parser(
        "export",
        help="write prospects (.csv .json .xlsx .vcf) or follow-ups (.ics) to a file",
        description="Write the prospects the filters select to FILE, or with a .ics FILE the "
        "open follow-ups and appointments. The extension chooses the format.",
    )
    parser.add_argument("file", help="target file: .csv, .json, .xlsx, .vcf or .ics")
    parser.add_argument(
        "--format", choices=[*PROSPECT_FORMATS, CALENDAR_FORMAT], help="force the format"
    )
    parser.add_argument(
        "--delimiter",
        choices=[";", ","],
        help="CSV field separator (default ';', what a French Excel expects)",
    )
    add_filter_arguments(parser)
    parser.add_argument("--trash", action="store_true", help="export the trash instead")
    parser.add_argument("--sort", default="company", choices=SORTABLE_COLUMNS, help="row order")
    parser.add_argument("--descending", action="store_true", help="reverse the row order")
    parser.add_argument(
        "--include-done", action="store_true", help="(.ics) also export completed follow-ups"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    assert store is not None
    target = Path(args.file)
    kind = args.format or target.suffix.lower().lstrip(".")
    if kind == CALENDAR_FORMAT:
        return _export_calendar(args, store, target)
    if kind not in PROSPECT_FORMATS:
        raise CommandError(
            f"cannot export to {target.name!r}: use a .csv, .json, .xlsx, .vcf or .ics file "
            "(or --format)"
        )
    if args.include_done:
        raise CommandError("--include-done applies to .ics exports only")
    if args.delimiter and kind != "csv":
        raise CommandError("--delimiter applies to .csv exports only")
    from moovdesk.exporting import ExportError, export_prospects

    flt = filter_from(args)
    if args.trash:
        flt = dataclasses.replace(flt, trashed=True)
    sort = ProspectSort(args.sort, descending=args.descending)
    try:
        count = export_prospects(store, target, kind, flt, sort, delimiter=args.delimiter or ";")
    except ExportError as error:
        raise CommandError(str(error)) from error
    print(f"Wrote {count} prospects to {target}")
    return 0


def _export_calendar(args: argparse.Namespace, store: Store, target: Path) -> int:
    used = [option for name, option in _FILTER_OPTIONS.items() if getattr(args, name)]
    if used or args.delimiter:
        option = used[0] if used else "--delimiter"
        raise CommandError(f"{option} applies to prospect exports, not to .ics")
    from moovdesk.calendar_export import export_calendar  # icalendar is slow to import

    try:
        count = export_calendar(store, target, include_done=args.include_done)
    except OSError as error:  # the message would name the temporary file
        raise CommandError(f"cannot write {target}: {error.strerror or error}") from error
    print(f"Wrote {count} events to {target}")
    return 0
