"""Where the table starts and how wide it is, shared by delimited files and spreadsheets.

Exports often open with a title, a date or a paragraph of notes (LinkedIn's Connections.csv starts
with "Notes:"), and rows are often shorter or longer than the header. The header is the first row
that fills more than half the width the following rows show; the rest is preamble.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from moovdesk.importing.errors import ReadWarning, first_lines

HEADER_SCAN_ROWS = 30


def is_blank(row: Sequence[str]) -> bool:
    return not any(cell.strip() for cell in row)


def filled_length(row: Sequence[str]) -> int:
    """The number of cells up to the last one that holds something."""
    for index in range(len(row) - 1, -1, -1):
        if row[index].strip():
            return index + 1
    return 0


def find_header(rows: Sequence[Sequence[str]]) -> int:
    """Index of the header among the first non-blank rows (0 when nothing precedes it)."""
    if not rows:
        return 0
    counts = Counter(filled_length(row) for row in rows)
    modal = max(counts, key=lambda length: (counts[length], length))
    if modal <= 1:
        return 0
    for index, row in enumerate(rows):
        if filled_length(row) * 2 > modal:
            return index
    return 0


def table_width(header: Sequence[str], following: Sequence[Sequence[str]]) -> int:
    """Columns to keep: the named ones, or more when the rows below usually carry more.

    A trailing delimiter on every line ("a;b;c;") is an unnamed empty column; it is kept here and
    dropped later by `unused_trailing_columns` once every row has been seen.
    """
    named = filled_length(header)
    if not following:
        return max(named, 1)
    counts = Counter(len(row) for row in following)
    usual = max(counts, key=lambda length: (counts[length], length))
    return max(named, usual, 1)


def clean_header(header: Sequence[str], width: int) -> list[str]:
    """Header names trimmed, with inner line breaks and runs of spaces made single spaces."""
    names = [" ".join(cell.split()) for cell in header[:width]]
    names.extend("" for _ in range(width - len(names)))
    return names


def unused_trailing_columns(header: Sequence[str], rows: Sequence[Sequence[str]]) -> int:
    """How many unnamed columns at the right end hold nothing in any row."""
    width = len(header)
    keep = width
    while keep > 1 and not header[keep - 1]:
        column = keep - 1
        if any(row[column].strip() for row in rows):
            break
        keep -= 1
    return width - keep


class RaggedRows:
    """Rows padded or cut to the header's width, remembered for the preview's warnings."""

    MAX_LINES_KEPT = 1000

    def __init__(self) -> None:
        self.short: list[int] = []
        self.long: list[int] = []
        self.short_count = 0
        self.long_count = 0

    def fit(self, row: list[str], width: int, line: int) -> None:
        """Pad a short row with empty cells; cut a long one, noting it only if it lost text."""
        length = len(row)
        if length < width:
            row.extend([""] * (width - length))
            self.short_count += 1
            if len(self.short) < self.MAX_LINES_KEPT:
                self.short.append(line)
        elif length > width:
            if any(cell.strip() for cell in row[width:]):
                self.long_count += 1
                if len(self.long) < self.MAX_LINES_KEPT:
                    self.long.append(line)
            del row[width:]

    def warnings(self) -> list[ReadWarning]:
        found = []
        if self.short_count:
            found.append(
                ReadWarning(
                    "short_rows",
                    f"{self.short_count:,} row(s) had fewer cells than the header; the missing "
                    f"cells were left empty (line {first_lines(self.short)}).",
                    tuple(self.short),
                    self.short_count,
                )
            )
        if self.long_count:
            found.append(
                ReadWarning(
                    "long_rows",
                    f"{self.long_count:,} row(s) had more cells than the header; the extra cells "
                    f"were not imported (line {first_lines(self.long)}).",
                    tuple(self.long),
                    self.long_count,
                )
            )
        return found
