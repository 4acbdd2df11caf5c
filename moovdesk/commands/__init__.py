"""The `moovdesk-cli` subcommands, one module each. A module registers its parser with
`register(subparsers)` and sets `handler(args, home, store) -> int` as the parser's default."""

from __future__ import annotations

from moovdesk.commands import demo, export, import_file, imports, listing, stats, where

COMMAND_MODULES = (stats, listing, import_file, imports, export, demo, where)
