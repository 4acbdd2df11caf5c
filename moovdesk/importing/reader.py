"""Any dropped file to one table of text: header, rows with their source line numbers, and what
was detected on the way (kind, encoding, delimiter, preamble, repairs) for the import preview.

The file's content decides how it is read, never its extension. Everything that cannot be a table
is refused with an `ImportFileError` before any row reaches the importer, so a refused file
writes nothing. Qt-free: the UI runs `read_table` in a worker.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from moovdesk.importing.collector import collector_paused
from moovdesk.importing.content_kind import ContentKind, classify
from moovdesk.importing.delimited import parse_delimited, sniff_delimiter
from moovdesk.importing.errors import ImportFileError, ReadWarning, Reason, first_lines
from moovdesk.importing.layout import (
    HEADER_SCAN_ROWS,
    RaggedRows,
    clean_header,
    find_header,
    is_blank,
    table_width,
    unused_trailing_columns,
)
from moovdesk.importing.limits import DEFAULT_LIMITS, ReadLimits
from moovdesk.importing.spreadsheet import SpreadsheetKind, inspect_zip, open_sheet
from moovdesk.importing.text_decoding import decode_text
from moovdesk.importing.xlsx_errors import error_cells


class FileKind(StrEnum):
    DELIMITED = "delimited"
    XLSX = "xlsx"
    XLSB = "xlsb"
    ODS = "ods"
    XLS = "xls"


@dataclass(slots=True)
class ReadTable:
    """A file read as a table. `rows[i]` came from source line (or sheet row) `line_numbers[i]`.

    Every row has exactly `len(header)` cells; cells are the file's text, untrimmed.
    """

    header: list[str]
    rows: list[list[str]]
    line_numbers: list[int]
    kind: FileKind
    header_line: int
    encoding: str | None = None
    delimiter: str | None = None
    preamble: list[str] = field(default_factory=list)
    sheet_name: str | None = None
    sheet_names: list[str] = field(default_factory=list)
    warnings: list[ReadWarning] = field(default_factory=list)
    source_name: str = ""

    def __len__(self) -> int:
        return len(self.rows)

    def iter_rows(self) -> Iterator[tuple[int, list[str]]]:
        """(line number, cells) pairs, in file order."""
        return zip(self.line_numbers, self.rows, strict=True)

    def first_rows(self, count: int) -> list[tuple[int, list[str]]]:
        """The first `count` (line number, cells) pairs: a sample or a preview, without a
        pair made for each of the file's rows."""
        return list(zip(self.line_numbers[:count], self.rows[:count], strict=True))

    @property
    def skipped_lines(self) -> int:
        """Lines before the header (preamble, blank lines), as the preview reports them."""
        return self.header_line - 1


def read_table(
    source: bytes | str | os.PathLike[str],
    *,
    name: str = "",
    sheet: str | int | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> ReadTable:
    """Read a path or the file's bytes; `sheet` picks a spreadsheet's sheet (name or 0-based).

    Raises ImportFileError, and only that, for anything that is not an importable table.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        _refuse_oversize(len(data), limits)
    else:
        path = Path(source)
        name = name or path.name
        data = read_file_bytes(path, limits)
    with collector_paused():  # a list per row, and no cycle among them
        table = _read_bytes(data, sheet, limits)
    table.source_name = name
    return table


def read_file_bytes(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> bytes:
    """The file's bytes, refused with a clear ImportFileError before reading when the file is
    over the size limit (a 1 GB file is never loaded into memory) or cannot be opened."""
    try:
        size = path.stat().st_size
        _refuse_oversize(size, limits)
        with path.open("rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except OSError as error:
        raise ImportFileError(
            f"The file “{path.name}” cannot be opened: {error.strerror or error}.",
            Reason.CANNOT_OPEN,
        ) from error
    _refuse_oversize(len(data), limits)
    return data


def _refuse_oversize(size: int, limits: ReadLimits) -> None:
    if size > limits.max_file_bytes:
        raise ImportFileError(
            f"This file is too large to import ({size / 1e6:,.0f} MB; the limit is "
            f"{limits.max_file_bytes / 1e6:,.0f} MB). Split it into smaller files.",
            Reason.FILE_TOO_LARGE,
        )


def _read_bytes(data: bytes, sheet: str | int | None, limits: ReadLimits) -> ReadTable:
    if not data.strip(b" \t\r\n\x00"):
        raise ImportFileError("This file is empty.", Reason.EMPTY_FILE)
    kind = classify(data[:64])
    if kind is ContentKind.ZIP:
        content = inspect_zip(data, limits)
        if content.inner_text is not None:
            table = _read_delimited(content.inner_text, limits)
            table.warnings.insert(
                0,
                ReadWarning(
                    "zipped",
                    f"Read “{content.inner_name}” from the zip archive.",
                    detail=content.inner_name or "",
                ),
            )
            return table
        assert content.spreadsheet is not None
        return _read_spreadsheet(data, FileKind(content.spreadsheet.value), sheet, limits)
    if kind is ContentKind.OLE2:
        return _read_spreadsheet(data, FileKind.XLS, sheet, limits)
    return _read_delimited(data, limits)


def _read_delimited(data: bytes, limits: ReadLimits) -> ReadTable:
    decoded = decode_text(data)
    text = decoded.text
    if not text.strip():
        raise ImportFileError("This file is empty.", Reason.EMPTY_FILE)
    delimiter = sniff_delimiter(text, limits)
    parsed = parse_delimited(text, delimiter, limits)
    _refuse_no_rows(parsed.rows)
    return ReadTable(
        header=parsed.header,
        rows=parsed.rows,
        line_numbers=parsed.line_numbers,
        kind=FileKind.DELIMITED,
        header_line=parsed.header_line,
        encoding=decoded.encoding,
        delimiter=delimiter,
        preamble=parsed.preamble,
        warnings=decoded.warnings + parsed.warnings,
    )


def _read_spreadsheet(
    data: bytes, kind: FileKind, sheet: str | int | None, limits: ReadLimits
) -> ReadTable:
    opened = open_sheet(data, sheet, limits)
    head: list[list[str]] = []
    head_lines: list[int] = []
    for line, row in opened.rows:
        if is_blank(row):
            continue
        head.append(row)
        head_lines.append(line)
        if len(head) >= HEADER_SCAN_ROWS:
            break
    if not head:
        raise ImportFileError(f"The sheet “{opened.name}” is empty.", Reason.EMPTY_FILE)
    header_index = find_header(head)
    width = table_width(head[header_index], head[header_index + 1 :])
    header = clean_header(head[header_index], width)
    ragged = RaggedRows()
    rows: list[list[str]] = []
    lines: list[int] = []
    body = zip(head_lines[header_index + 1 :], head[header_index + 1 :], strict=True)
    for source in (body, opened.rows):
        for line, row in source:
            if is_blank(row):
                continue
            if len(row) != width:
                ragged.fit(row, width, line)
            rows.append(row)
            lines.append(line)
    _refuse_no_rows(rows)
    unused = unused_trailing_columns(header, rows)
    if unused:
        del header[-unused:]
        for row in rows:
            del row[-unused:]
    warnings = ragged.warnings()
    if kind is FileKind.XLSX:
        warnings += _error_cell_warnings(data, opened.name, head_lines[header_index])
    preamble = [" ".join(cell for cell in row if cell.strip()) for row in head[:header_index]]
    if preamble:
        warnings.insert(
            0,
            ReadWarning(
                "preamble",
                f"{len(preamble)} row(s) above the header were skipped "
                f"(the header is row {head_lines[header_index]}).",
                tuple(head_lines[:header_index]),
                len(preamble),
            ),
        )
    return ReadTable(
        header=header,
        rows=rows,
        line_numbers=lines,
        kind=kind,
        header_line=head_lines[header_index],
        preamble=preamble,
        sheet_name=opened.name,
        sheet_names=opened.sheet_names,
        warnings=warnings,
    )


def _error_cell_warnings(data: bytes, sheet_name: str, header_line: int) -> list[ReadWarning]:
    """A warning for the cells below the header that show a formula error (read as empty)."""
    errors = [(row, text) for row, text in error_cells(data, sheet_name) if row > header_line]
    if not errors:
        return []
    kinds = ", ".join(sorted({text for _row, text in errors}))
    rows = tuple(sorted({row for row, _text in errors})[:1000])
    message = (
        f"{len(errors):,} cell(s) show a spreadsheet error ({kinds}); they were imported "
        f"empty (row {first_lines(rows)})."
    )
    return [ReadWarning("cell_errors", message, rows, len(errors), kinds)]


def _refuse_no_rows(rows: list[list[str]]) -> None:
    if not rows:
        raise ImportFileError(
            "This file has a header but no rows below it: there is nothing to import.",
            Reason.NO_DATA_ROWS,
        )


__all__ = ["FileKind", "ImportFileError", "ReadTable", "SpreadsheetKind", "read_table"]
