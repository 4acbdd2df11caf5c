"""`moovdesk-cli`: headless commands on the rep's base. Never imports Qt: it starts fast anywhere.

Errors are one line on stderr and exit status 1; a bug is logged under the home with its
traceback and still reported in one line. The subcommands live in `moovdesk.commands`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from moovdesk import __version__
from moovdesk.commands import COMMAND_MODULES
from moovdesk.commands.common import CommandError, Handler, open_store
from moovdesk.data.errors import StoreError
from moovdesk.logs import log_exception
from moovdesk.one_line_parser import OneLineParser
from moovdesk.paths import resolve_home

PROG = "moovdesk-cli"


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog=PROG, description="Moovdesk without the window: statistics, listings, files."
    )
    parser.add_argument("--version", action="version", version=f"Moovdesk {__version__}")
    parser.add_argument(
        "--home", metavar="DIR", help="data folder (default: $MOOVDESK_HOME or the user data dir)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    commands.required = True
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    home = resolve_home(args.home)
    handler: Handler = args.handler
    try:
        if not getattr(args, "needs_store", True):
            return handler(args, home, None)
        with open_store(home, writing=getattr(args, "writes", False)) as store:
            return handler(args, home, store)
    except (StoreError, CommandError, OSError) as error:
        sys.stderr.write(f"{PROG}: error: {error}\n")
        return 1
    except Exception as error:  # a bug: keep the details, tell the user where
        log_file = log_exception(home, error)
        sys.stderr.write(f"{PROG}: internal error: {error!r} (details in {log_file})\n")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
