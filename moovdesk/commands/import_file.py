"""`import FILE`: a non-interactive import with the automatic (or a given) mapping.

Prints the report; exit status 0 when the file was imported, 1 when it was refused (then nothing
was written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from moovdesk.commands.common import CommandError, Subparsers
from moovdesk.data.store import Store
from moovdesk.paths import Home


def register(commands: Subparsers) -> None:
    parser = commands.add_parser("import", help="import a spreadsheet or contact export")
    parser.add_argument("file", help="a .csv, .tsv, .txt, .xlsx or .ods file")
    parser.add_argument(
        "--mapping", metavar="MAPPING.json", help='columns to fields: {"Raison sociale": "company"}'
    )
    parser.add_argument(
        "--on-duplicate",
        choices=["skip", "fill", "overwrite", "import"],
        default="skip",
        help="rows already in the base: skip them (default), fill their empty fields, "
        "overwrite them, or import anyway",
    )
    parser.add_argument("--no-locate", action="store_true", help="do not place rows on the map")
    parser.add_argument("--report", metavar="REPORT.csv", help="save the rows needing a look")
    parser.set_defaults(handler=run, writes=True)


def run(args: argparse.Namespace, home: Home, store: Store | None) -> int:
    assert store is not None
    from moovdesk.demo_data import finish_search_index
    from moovdesk.geo.gazetteer import Gazetteer
    from moovdesk.importing.errors import ImportFileError
    from moovdesk.importing.importer import ImportOptions, import_table
    from moovdesk.importing.mapping import auto_map, parse_user_mapping
    from moovdesk.importing.memory import MappingMemory
    from moovdesk.importing.plan import ImportPlan
    from moovdesk.importing.reader import read_table
    from moovdesk.importing.report import DuplicatePolicy

    path = Path(args.file)
    try:
        # From the path, so a file over the size limit is refused from its size, unread.
        table = read_table(path)
        data = path.read_bytes()
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror or error}") from error
    except ImportFileError as error:
        raise CommandError(error.message) from error
    if args.mapping:
        try:
            spec = json.loads(Path(args.mapping).read_text(encoding="utf-8"))
            mapping = parse_user_mapping(spec, table.header)
        except (OSError, ValueError, AttributeError) as error:
            raise CommandError(f"the mapping {args.mapping} cannot be used: {error}") from error
        plan = ImportPlan.for_table(table, mapping)
    else:
        remembered = MappingMemory(home.root).recall(table.header)
        sample = [cells for _line, cells in table.first_rows(20)]
        automatic = auto_map(table.header, sample)
        plan = ImportPlan.for_table(table, remembered or automatic)
        if not plan.mapping:
            seen = ", ".join(repr(h) for h in table.header[:12])
            raise CommandError(
                f"no column of {path.name} was recognised (columns: {seen}); "
                "give one with --mapping MAPPING.json"
            )
    for warning in table.warnings:
        print(f"Note: {warning.message}", file=sys.stderr)
    for column in plan.columns:
        note = f" ({column.explanation})" if column.explanation else ""
        print(f"  {column.header!r} -> {column.label}{note}", file=sys.stderr)
    report = import_table(
        store,
        table,
        plan,
        file_name=path.name,
        file_bytes=data,
        options=ImportOptions(DuplicatePolicy(args.on_duplicate), locate=not args.no_locate),
        gazetteer=None if args.no_locate else Gazetteer.shared(),
    )
    print(report.summary())
    if args.report:
        report.save_details(Path(args.report))
        print(f"Details of the rows to check: {args.report}")
    print("Indexing for search…", file=sys.stderr)
    finish_search_index(store)
    return 0
