"""What can go wrong reading an import file, named so the UI can explain it and the CLI can exit 1.

A refused file raises `ImportFileError` (nothing can be imported from it); a bad cell in a good file
is a `CellProblem` that travels with the row, so one typo never costs the other 99,999 rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class Reason(StrEnum):
    """Stable codes for refusals: the UI translates these, never the English message."""

    CANNOT_OPEN = "cannot_open"
    FILE_TOO_LARGE = "file_too_large"
    EMPTY_FILE = "empty_file"
    NO_DATA_ROWS = "no_data_rows"
    BINARY_FILE = "binary_file"
    NUL_BYTES = "nul_bytes"
    NOT_A_TABLE = "not_a_table"
    ARCHIVE = "archive"
    ZIP_BOMB = "zip_bomb"
    CORRUPT_SPREADSHEET = "corrupt_spreadsheet"
    ENCRYPTED_SPREADSHEET = "encrypted_spreadsheet"
    SHEET_NOT_FOUND = "sheet_not_found"
    LINE_TOO_LONG = "line_too_long"
    TOO_MANY_COLUMNS = "too_many_columns"
    UNBALANCED_QUOTES = "unbalanced_quotes"


class ImportFileError(Exception):
    """The whole file cannot be imported; `message` says why and what to do, in plain words."""

    def __init__(self, message: str, reason_code: Reason, *, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.reason_code = reason_code
        self.line = line

    def __repr__(self) -> str:
        return f"ImportFileError({self.message!r}, {self.reason_code.value!r})"


@dataclass(frozen=True, slots=True)
class ReadWarning:
    """Something the reader repaired or guessed; shown in the preview, the rows still import.

    `message` is the English sentence (the CLI prints it); `count` and `detail` are its figures
    (rows concerned, an encoding or file name) for the window to say it in the rep's language.
    """

    code: str
    message: str
    lines: tuple[int, ...] = ()
    count: int = 0
    detail: str = ""

    def lines_text(self) -> str:
        return first_lines(self.lines)


def first_lines(lines: Sequence[int]) -> str:
    """The first ten line numbers of a warning, "3, 8, 12…" when there are more."""
    shown = ", ".join(str(line) for line in lines[:10])
    return shown + ("…" if len(lines) > 10 else "")


@dataclass(frozen=True, slots=True)
class CellProblem:
    """A cell that could not be read as its column's field; the raw text stays in the report."""

    line: int
    column: int
    header: str
    value: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Invalid:
    """What a value cleaner returns instead of raising: why this cell's text is not a value."""

    code: str
    message: str
