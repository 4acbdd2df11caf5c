"""argparse for Moovdesk's two programs: a bad argument is one line and exit status 1.

Its own module so that `moovdesk` (the window) gets it without importing the CLI's commands.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a bad argument is one line on stderr and exit status 1."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see {self.prog} --help)\n")
        raise SystemExit(1)
