"""XLSX for reps who live in Excel: real dates, true booleans, numbers as numbers, and text that
stays text (postal codes keep their leading zero, SIRETs and phones are not turned into numbers).

XlsxWriter streams rows to disk (constant_memory), so 100,000 prospects cost a few megabytes.
Its automatic conversions are off and every text goes through write_string; text a spreadsheet
would run as a formula is neutralised like in CSV, because re-editing a cell re-parses it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from moovdesk.exporting.formats import ExportError
from moovdesk.exporting.formulas import neutralize
from moovdesk.exporting.records import (
    EXPORT_FIELDS,
    FIELD_KINDS,
    TAG_SEPARATOR,
    ExportRecord,
    FieldKind,
    local_time,
    row_values,
)

SHEET_NAME = "Prospects"
# Excel truncates longer cells anyway; XlsxWriter would refuse them with a warning.
MAX_CELL_TEXT = 32_767
# Excel's last row, less the header; XlsxWriter would silently drop rows beyond it.
MAX_ROWS = 1_048_575
_DEFAULT_WIDTH = 14
# Widths in characters, chosen for typical French values (a full street, a long company name).
_WIDTHS = {
    "id": 37,
    "company": 32,
    "first_name": 14,
    "last_name": 16,
    "job_title": 20,
    "email": 30,
    "phone": 15,
    "mobile": 15,
    "website": 26,
    "street": 32,
    "postal_code": 10,
    "city": 20,
    "country": 8,
    "latitude": 11,
    "longitude": 11,
    "activity": 24,
    "siret": 16,
    "source": 14,
    "temperature": 11,
    "stage": 10,
    "need": 7,
    "budget": 7,
    "zone": 7,
    "timing": 7,
    "tags": 24,
    "notes": 48,
    "created_at": 17,
    "updated_at": 17,
    "next_follow_up": 17,
    "last_contact_at": 17,
}


def write_xlsx(
    path: Path,
    batches: Iterable[list[ExportRecord]],
    *,
    on_batch: Callable[[int], None] | None = None,
) -> int:
    """One sheet: a frozen, filterable header row and one row per record; returns how many."""
    workbook = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "remove_timezone": True,
        },
    )
    try:
        written = _fill(workbook, batches, on_batch)
    except BaseException:
        _discard(workbook)
        raise
    try:
        workbook.close()
    except FileCreateError as error:  # XlsxWriter wraps the OSError (disk full...)
        cause = error.args[0] if error.args else None
        raise cause if isinstance(cause, OSError) else OSError(str(error)) from error
    return written


def _fill(
    workbook: Any, batches: Iterable[list[ExportRecord]], on_batch: Callable[[int], None] | None
) -> int:
    sheet = workbook.add_worksheet(SHEET_NAME)
    header = workbook.add_format({"bold": True, "bottom": 1})
    cell_writers = _CellWriters(sheet, workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"}))
    columns = [
        (column, cell_writers.for_kind(FIELD_KINDS[name]))
        for column, name in enumerate(EXPORT_FIELDS)
    ]
    for column, name in enumerate(EXPORT_FIELDS):
        sheet.set_column(column, column, _WIDTHS.get(name, _DEFAULT_WIDTH))
        sheet.write_string(0, column, name, header)
    sheet.freeze_panes(1, 0)
    written = 0
    for batch in batches:
        if written + len(batch) > MAX_ROWS:
            raise ExportError(f"an XLSX sheet holds at most {MAX_ROWS:,} prospects: use CSV")
        for record in batch:
            written += 1
            for (column, write), value in zip(columns, row_values(record.row), strict=True):
                if value is not None and value != "" and value != ():
                    write(written, column, value)
        if on_batch is not None:
            on_batch(written)
    sheet.autofilter(0, 0, max(written, 1), len(EXPORT_FIELDS) - 1)
    return written


class _CellWriters:
    """How each kind of value goes into a cell: text stays text (never a formula, number or
    link), booleans are Excel's TRUE/FALSE, times are real dates."""

    def __init__(self, sheet: Any, time_format: Any) -> None:
        self.sheet = sheet
        self.time_format = time_format

    def for_kind(self, kind: FieldKind) -> Callable[[int, int, Any], None]:
        writers: dict[FieldKind, Callable[[int, int, Any], None]] = {
            FieldKind.TEXT: self.text,
            FieldKind.CHOICE: self.choice,
            FieldKind.FLAG: self.sheet.write_boolean,
            FieldKind.NUMBER: self.sheet.write_number,
            FieldKind.TIME: self.time,
            FieldKind.TAGS: self.tags,
        }
        return writers[kind]

    def text(self, row: int, column: int, value: str) -> None:
        self.sheet.write_string(row, column, neutralize(value)[:MAX_CELL_TEXT])

    def choice(self, row: int, column: int, value: Any) -> None:
        self.sheet.write_string(row, column, str(value.value))

    def tags(self, row: int, column: int, value: tuple[str, ...]) -> None:
        self.text(row, column, TAG_SEPARATOR.join(value))

    def time(self, row: int, column: int, value: datetime) -> None:
        # Excel has no time zones: the rep's local wall-clock time is what they expect to see.
        moment = local_time(value).replace(tzinfo=None)
        self.sheet.write_datetime(row, column, moment, self.time_format)


def _discard(workbook: Any) -> None:
    """Drop XlsxWriter's own temporary row files when an export stops half-way."""
    for sheet in workbook.worksheets():
        handle = getattr(sheet, "row_data_fh", None)
        if handle is not None:
            handle.close()
        name = getattr(sheet, "row_data_filename", None)
        if name:
            Path(name).unlink(missing_ok=True)
