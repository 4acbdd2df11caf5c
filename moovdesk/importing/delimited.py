"""Delimited text (CSV, TSV, semicolon files from French Excel) to rows, at close to csv speed.

The delimiter is the one that splits a sample of lines into the same number of cells most often
(quoted delimiters do not count: the sample goes through the csv module). A quote that is never
closed swallows every row after it into one cell; that is caught and refused with its line number
rather than importing one giant note.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from moovdesk.importing.errors import ImportFileError, ReadWarning, Reason
from moovdesk.importing.layout import (
    HEADER_SCAN_ROWS,
    RaggedRows,
    clean_header,
    find_header,
    table_width,
    unused_trailing_columns,
)
from moovdesk.importing.limits import ReadLimits

if TYPE_CHECKING:
    import _csv

DELIMITERS = (",", ";", "\t", "|")
_SAMPLE_CHARS = 256 * 1024


@dataclass(slots=True)
class DelimitedTable:
    header: list[str]
    rows: list[list[str]]
    line_numbers: list[int]
    delimiter: str
    header_line: int
    preamble: list[str]
    warnings: list[ReadWarning] = field(default_factory=list)


def sniff_delimiter(text: str, limits: ReadLimits) -> str:
    """The delimiter that gives the most regular table on the first lines of `text`."""
    sample = _sample(text, limits)
    best = ","
    best_key: tuple[float, float, float] = (-1.0, 0.0, 0.0)
    for delimiter in DELIMITERS:
        counts = _cell_counts(sample, delimiter, complete=len(sample) == len(text))
        if not counts:
            continue
        tally = Counter(counts)
        modal = max(tally, key=lambda count: (tally[count], count))
        if modal < 2:
            continue
        share = tally[modal] / len(counts)
        # Regular splits win; among regular ones, the one that makes more columns.
        key = (1.0, float(modal), share) if share >= 0.8 else (0.0, share, float(modal))
        if key > best_key:
            best, best_key = delimiter, key
    return best


def _sample(text: str, limits: ReadLimits) -> str:
    first_break = _first_line_break(text, limits.max_line_chars)
    if first_break < 0 and len(text) > limits.max_line_chars:
        raise ImportFileError(
            f"The first line of this file is longer than {limits.max_line_chars:,} characters: "
            "it is not a table (or all its lines were joined into one).",
            Reason.LINE_TOO_LONG,
            line=1,
        )
    if len(text) <= _SAMPLE_CHARS:
        return text
    cut = max(text.rfind("\n", 0, _SAMPLE_CHARS), text.rfind("\r", 0, _SAMPLE_CHARS))
    return text[: cut if cut > 0 else max(first_break, _SAMPLE_CHARS)]


def _first_line_break(text: str, within: int) -> int:
    found = [
        index for index in (text.find("\n", 0, within), text.find("\r", 0, within)) if index >= 0
    ]
    return min(found) if found else -1


def _cell_counts(sample: str, delimiter: str, *, complete: bool) -> list[int]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, strict=False)
    counts: list[int] = []
    try:
        for row in reader:
            if row:
                counts.append(len(row))
            if len(counts) >= 200:
                return counts
    except csv.Error:
        return counts
    if not complete and len(counts) > 1:
        counts.pop()  # the sample may end inside a quoted field
    return counts


def parse_delimited(text: str, delimiter: str, limits: ReadLimits) -> DelimitedTable:
    """Rows with their first physical line number; preamble skipped, ragged rows fitted."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        return _parse(reader, delimiter, limits)
    except csv.Error as error:
        line = reader.line_num
        raise ImportFileError(
            f"Line {line:,} cannot be read: {error}. A cell this large is not a prospect list.",
            Reason.LINE_TOO_LONG,
            line=line,
        ) from error


def _parse(reader: _csv.Reader, delimiter: str, limits: ReadLimits) -> DelimitedTable:
    head: list[list[str]] = []
    head_lines: list[int] = []
    multi_line: list[tuple[int, int, list[str]]] = []
    previous = 0
    for row in reader:
        end = reader.line_num
        start = previous + 1
        previous = end
        if not row or not any(cell.strip() for cell in row):
            continue
        if end > start:
            multi_line.append((start, end, row))
        head.append(row)
        head_lines.append(start)
        if len(head) >= HEADER_SCAN_ROWS:
            break
    if not head:
        raise ImportFileError("This file is empty: it holds no table.", Reason.EMPTY_FILE)
    widest = max(len(row) for row in head)
    for start, end, row in multi_line:
        _refuse_swallowed_rows(row, start, end, delimiter, widest, limits)
    _refuse_too_wide(max(len(row) for row in head), limits)

    header_index = find_header(head)
    width = table_width(head[header_index], head[header_index + 1 :])
    header = clean_header(head[header_index], width)
    ragged = RaggedRows()
    rows: list[list[str]] = []
    lines: list[int] = []
    for row, line in zip(head[header_index + 1 :], head_lines[header_index + 1 :], strict=True):
        if len(row) != width:
            ragged.fit(row, width, line)
        rows.append(row)
        lines.append(line)

    append_row = rows.append
    append_line = lines.append
    fit = ragged.fit
    for row in reader:
        end = reader.line_num
        if len(row) != width:
            if not row:
                previous = end
                continue
            fit(row, width, previous + 1)
        if not row[0] and not any(row):
            previous = end
            continue
        if end - previous > 1:
            _refuse_swallowed_rows(row, previous + 1, end, delimiter, width, limits)
        append_row(row)
        append_line(previous + 1)
        previous = end

    warnings = ragged.warnings()
    unused = unused_trailing_columns(header, rows)
    if unused:
        del header[-unused:]
        for row in rows:
            del row[-unused:]
    preamble = [delimiter.join(row).strip(delimiter + " ") for row in head[:header_index]]
    if preamble:
        warnings.insert(
            0,
            ReadWarning(
                "preamble",
                f"{len(preamble)} line(s) before the header were skipped "
                f"(the header is line {head_lines[header_index]}).",
                tuple(head_lines[:header_index]),
                len(preamble),
            ),
        )
    return DelimitedTable(
        header, rows, lines, delimiter, head_lines[header_index], preamble, warnings
    )


def _refuse_too_wide(columns: int, limits: ReadLimits) -> None:
    if columns > limits.max_columns:
        raise ImportFileError(
            f"This file has {columns:,} columns; at most {limits.max_columns:,} can be imported.",
            Reason.TOO_MANY_COLUMNS,
        )


def _refuse_swallowed_rows(
    row: list[str], start: int, end: int, delimiter: str, width: int, limits: ReadLimits
) -> None:
    """A record over several lines is a note with line breaks, unless its lines look like rows."""
    if end - start + 1 > limits.max_record_lines:
        raise _unbalanced(start)
    threshold = max(2, (width - 1) // 2)
    row_like = 0
    for cell in row:
        if "\n" not in cell and "\r" not in cell:
            continue
        for part in cell.splitlines()[1:]:
            if part.count(delimiter) >= threshold:
                row_like += 1
                if row_like >= 2:
                    raise _unbalanced(start)


def _unbalanced(line: int) -> ImportFileError:
    return ImportFileError(
        f'A quote (") opened on line {line:,} is never closed, so the rows after it would be '
        "read as one cell. Fix or remove that quote, then import again.",
        Reason.UNBALANCED_QUOTES,
        line=line,
    )
