"""The `moovdesk-cli` subcommands, one module each. A module registers its parser with
`register(subparsers)` and sets `handler(args, home, store) -> int` as the parser's default."""

from __future__ import annotations

from moovdesk.commands import (
    backup,
    demo,
    export,
    import_file,
    imports,
    launcher,
    listing,
    restore,
    stats,
    tour_export,
    tours,
    where,
)

COMMAND_MODULES = (
    stats,
    listing,
    import_file,
    imports,
    export,
    backup,
    restore,
    launcher,
    demo,
    tours,
    tour_export,
    where,
)
