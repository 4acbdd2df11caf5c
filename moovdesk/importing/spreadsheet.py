"""Spreadsheets (.xlsx, .xlsb, .ods, legacy .xls) to rows of text, through python-calamine.

The zip directory is checked before calamine sees the file: a few kilobytes that inflate to
gigabytes (a "zip bomb" named .xlsx) are refused from the sizes the archive itself declares.
Cells become the text a rep would expect to see: 1000 not "1000.0", dates in ISO form.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from python_calamine import CalamineError, CalamineWorkbook, PasswordError, SheetVisibleEnum

from moovdesk.importing.errors import ImportFileError, Reason
from moovdesk.importing.limits import ReadLimits

_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_OTHER_DOCUMENTS = {
    "word/document.xml": "a Word document",
    "ppt/presentation.xml": "a PowerPoint presentation",
}
_MAX_FLOAT_AS_INT = 2**53


class SpreadsheetKind(StrEnum):
    XLSX = "xlsx"
    XLSB = "xlsb"
    ODS = "ods"
    XLS = "xls"


@dataclass(frozen=True, slots=True)
class ZipContent:
    """What a zip file holds: a spreadsheet kind, or the one CSV inside a zipped download."""

    spreadsheet: SpreadsheetKind | None = None
    inner_text: bytes | None = None
    inner_name: str = ""


def inspect_zip(data: bytes, limits: ReadLimits) -> ZipContent:
    """Recognise the spreadsheet in a zip, or refuse it, before anything is inflated."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise ImportFileError(
            "This file looks like a spreadsheet or zip archive but it is damaged.",
            Reason.CORRUPT_SPREADSHEET,
        ) from error
    with archive:
        entries = archive.infolist()
        _refuse_bombs(entries, limits)
        names = {entry.filename for entry in entries}
        if "mimetype" in names:
            mimetype = archive.getinfo("mimetype")
            if mimetype.file_size < 200 and archive.read("mimetype").strip() == _ODS_MIMETYPE:
                return ZipContent(spreadsheet=SpreadsheetKind.ODS)
            raise _not_a_table("an OpenDocument file that is not a spreadsheet")
        if "xl/workbook.xml" in names:
            return ZipContent(spreadsheet=SpreadsheetKind.XLSX)
        if "xl/workbook.bin" in names:
            return ZipContent(spreadsheet=SpreadsheetKind.XLSB)
        for marker, what in _OTHER_DOCUMENTS.items():
            if marker in names:
                raise _not_a_table(what)
        tables = [
            entry
            for entry in entries
            if not entry.is_dir()
            and entry.filename.lower().endswith((".csv", ".tsv", ".txt"))
            and "__MACOSX" not in entry.filename
        ]
        if len(tables) == 1:
            inner = tables[0]
            if inner.file_size > limits.max_file_bytes:
                raise _too_large(inner.file_size, limits)
            return ZipContent(inner_text=archive.read(inner), inner_name=inner.filename)
    raise ImportFileError(
        "This file is a zip archive. Extract the CSV or spreadsheet it contains and import that.",
        Reason.ARCHIVE,
    )


def _refuse_bombs(entries: list[zipfile.ZipInfo], limits: ReadLimits) -> None:
    if len(entries) > limits.max_zip_entries:
        raise _bomb(f"it holds {len(entries):,} files")
    total = 0
    for entry in entries:
        total += entry.file_size
        if total > limits.max_uncompressed_bytes:
            raise _bomb(f"it would inflate to more than {limits.max_uncompressed_bytes >> 20} MB")
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > limits.bomb_min_bytes and ratio > limits.max_compression_ratio:
            raise _bomb(f"one part inflates {ratio:,.0f} times")


def _bomb(why: str) -> ImportFileError:
    return ImportFileError(
        f"This file was refused: {why}, which no real spreadsheet does (a 'zip bomb'?).",
        Reason.ZIP_BOMB,
    )


def _not_a_table(what: str) -> ImportFileError:
    return ImportFileError(
        f"This file is {what}, not a table. Import a CSV, XLSX or ODS file.",
        Reason.NOT_A_TABLE,
    )


def _too_large(size: int, limits: ReadLimits) -> ImportFileError:
    return ImportFileError(
        f"This file is too large to import ({size / 1e6:,.0f} MB; the limit is "
        f"{limits.max_file_bytes / 1e6:,.0f} MB). Split it into smaller files.",
        Reason.FILE_TOO_LARGE,
    )


@dataclass(slots=True)
class OpenedSheet:
    """The chosen sheet's rows as text, each with its spreadsheet row number (1-based)."""

    name: str
    sheet_names: list[str]
    rows: Iterator[tuple[int, list[str]]]


def open_sheet(data: bytes, sheet: str | int | None, limits: ReadLimits) -> OpenedSheet:
    """Open `sheet` (a name or 0-based index), else the first visible sheet that has data."""
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except PasswordError as error:
        raise ImportFileError(
            "This spreadsheet is protected by a password. Save an unprotected copy and import it.",
            Reason.ENCRYPTED_SPREADSHEET,
        ) from error
    except (CalamineError, ValueError, OSError) as error:
        raise ImportFileError(
            f"This spreadsheet could not be read ({error}). Open it and save it again as XLSX.",
            Reason.CORRUPT_SPREADSHEET,
        ) from error
    names = list(workbook.sheet_names)
    name = _choose_sheet(workbook, names, sheet)
    try:
        calamine_sheet = workbook.get_sheet_by_name(name)
    except (CalamineError, ValueError, OSError) as error:
        raise ImportFileError(
            f"The sheet “{name}” could not be read ({error}).", Reason.CORRUPT_SPREADSHEET
        ) from error
    if calamine_sheet.width > limits.max_columns:
        raise ImportFileError(
            f"The sheet “{name}” has {calamine_sheet.width:,} columns; at most "
            f"{limits.max_columns:,} can be imported.",
            Reason.TOO_MANY_COLUMNS,
        )
    return OpenedSheet(name, names, _text_rows(calamine_sheet.iter_rows()))


def _choose_sheet(workbook: CalamineWorkbook, names: list[str], sheet: str | int | None) -> str:
    if isinstance(sheet, int):
        if 0 <= sheet < len(names):
            return names[sheet]
        raise _missing_sheet(str(sheet + 1), names)
    if isinstance(sheet, str):
        if sheet in names:
            return sheet
        raise _missing_sheet(sheet, names)
    visible = [
        meta.name for meta in workbook.sheets_metadata if meta.visible == SheetVisibleEnum.Visible
    ]
    for name in visible or names:
        try:
            candidate = workbook.get_sheet_by_name(name)
        except (CalamineError, ValueError, OSError):
            continue
        if candidate.height > 0 and candidate.width > 0:
            return name
    if not names:
        raise ImportFileError("This spreadsheet has no sheet.", Reason.EMPTY_FILE)
    raise ImportFileError("Every sheet of this spreadsheet is empty.", Reason.EMPTY_FILE)


def _missing_sheet(wanted: str, names: list[str]) -> ImportFileError:
    return ImportFileError(
        f"There is no sheet “{wanted}” in this spreadsheet (sheets: {', '.join(names)}).",
        Reason.SHEET_NOT_FOUND,
    )


CellValue = int | float | str | bool | time | date | datetime | timedelta


def _text_rows(rows: Iterator[list[CellValue]]) -> Iterator[tuple[int, list[str]]]:
    try:
        for index, row in enumerate(rows):
            yield index + 1, [cell if isinstance(cell, str) else cell_text(cell) for cell in row]
    except (CalamineError, ValueError, OSError) as error:
        raise ImportFileError(
            f"This spreadsheet is damaged and could not be read to the end ({error}).",
            Reason.CORRUPT_SPREADSHEET,
        ) from error


def cell_text(value: CellValue) -> str:
    """The text a rep sees in the cell: integers without ".0", dates and times in ISO form."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < _MAX_FLOAT_AS_INT:
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    return _duration_text(value)


def _duration_text(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    hours, rest = divmod(abs(seconds), 3600)
    sign = "-" if seconds < 0 else ""
    return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"
