"""CSV for Excel as French reps open it: UTF-8 with a BOM (without it Excel reads the accents
as Windows-1252), `;` between fields (a French Excel expects it; `,` on request), CRLF line ends.

Values are canonical (E.164 phones, ISO 8601 times, true/false, "." decimals) so the file also
goes back into Moovdesk or another tool unchanged; formula-like text is neutralised.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from moovdesk.exporting.formulas import neutralize
from moovdesk.exporting.records import (
    EXPORT_FIELDS,
    FIELD_KINDS,
    TAG_SEPARATOR,
    ExportRecord,
    FieldKind,
    iso_text,
    row_values,
)

DELIMITERS = (";", ",")


def _number_text(value: float | None) -> str:
    return "" if value is None else repr(value)


def _choice_text(value: Any) -> str:
    return str(value.value)


def _tags_text(tags: tuple[str, ...]) -> str:
    return neutralize(TAG_SEPARATOR.join(tags))


# How each kind of value is spelled; true/false as in JSON, which the importer reads back.
_SPELLING: dict[FieldKind, Callable[[Any], str]] = {
    FieldKind.TEXT: neutralize,
    FieldKind.CHOICE: _choice_text,
    FieldKind.FLAG: {True: "true", False: "false"}.__getitem__,
    FieldKind.NUMBER: _number_text,
    FieldKind.TIME: iso_text,
    FieldKind.TAGS: _tags_text,
}
_COLUMN_SPELLINGS = tuple(_SPELLING[FIELD_KINDS[name]] for name in EXPORT_FIELDS)


def write_csv(
    path: Path,
    batches: Iterable[list[ExportRecord]],
    *,
    delimiter: str = ";",
    on_batch: Callable[[int], None] | None = None,
) -> int:
    """Write a header and one line per record; returns the number of records."""
    if delimiter not in DELIMITERS:
        raise ValueError(f"CSV delimiter must be one of {DELIMITERS}, not {delimiter!r}")
    written = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(EXPORT_FIELDS)
        for batch in batches:
            writer.writerows(csv_line(record) for record in batch)
            written += len(batch)
            if on_batch is not None:
                on_batch(written)
    return written


def csv_line(record: ExportRecord) -> list[str]:
    """The record's cells in EXPORT_FIELDS order, spelled for a spreadsheet."""
    values = row_values(record.row)
    return [spell(value) for spell, value in zip(_COLUMN_SPELLINGS, values, strict=True)]
