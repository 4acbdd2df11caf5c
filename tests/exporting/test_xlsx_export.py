"""XLSX: read back with calamine (what the importer uses): text stays text, real dates and
booleans, no formula anywhere."""

from __future__ import annotations

import zipfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from moovdesk.exporting import export_prospects
from moovdesk.exporting.records import EXPORT_FIELDS, local_time
from moovdesk.services import Services
from tests.conftest import FIXED_NOW
from tests.exporting.conftest import HOSTILE, NOTES, Sample


def read_xlsx(path: Path) -> list[dict[str, Any]]:
    workbook = CalamineWorkbook.from_path(str(path))
    assert workbook.sheet_names == ["Prospects"]
    rows = workbook.get_sheet_by_name("Prospects").to_python(skip_empty_area=False)
    assert tuple(rows[0]) == EXPORT_FIELDS
    return [dict(zip(EXPORT_FIELDS, row, strict=True)) for row in rows[1:]]


def wall_clock(moment: datetime) -> datetime:
    """What the sheet shows for a stored time: the laptop's local time, without zone."""
    return local_time(moment).replace(tzinfo=None)


def test_values_read_back(services: Services, sample: Sample, tmp_path: Path) -> None:
    target = tmp_path / "prospects.xlsx"
    assert export_prospects(services.store, target, "xlsx", now=FIXED_NOW) == 3
    rows = read_xlsx(target)
    assert [row["id"] for row in rows] == services.prospects.ids()
    artisan = next(row for row in rows if row["id"] == sample.artisan)
    stored = services.prospects.rows([sample.artisan])[0]
    assert artisan["company"] == 'Œuvre d\'Étienne, Père & Fils; "SARL"'
    assert artisan["first_name"] == "Étienne"
    assert artisan["notes"] == NOTES
    assert artisan["postal_code"] == "01000"  # text, leading zero kept
    assert artisan["siret"] == "12345678901234"  # text, not 1.23457E+13
    assert (artisan["phone"], artisan["mobile"]) == ("+33474123456", "+33612345678")
    assert (artisan["latitude"], artisan["longitude"]) == (46.2052, 5.2255)
    flags = [artisan[name] for name in ("need", "budget", "zone", "timing")]
    assert flags == [True, False, True, False]
    assert artisan["tags"] == "Été 2027, VIP"
    assert (artisan["temperature"], artisan["stage"]) == ("hot", "prospect")
    assert artisan["next_follow_up"] == wall_clock(FIXED_NOW + timedelta(days=2))
    assert artisan["last_contact_at"] == wall_clock(FIXED_NOW - timedelta(days=3))
    assert artisan["created_at"] == wall_clock(stored.created_at)
    town_hall = next(row for row in rows if row["id"] == sample.town_hall)
    assert town_hall["next_follow_up"] == town_hall["first_name"] == ""  # empty cells


def test_hostile_text_is_neutralised_and_nothing_is_a_formula(
    services: Services, sample: Sample, tmp_path: Path
) -> None:
    target = tmp_path / "prospects.xlsx"
    export_prospects(services.store, target, "xlsx", now=FIXED_NOW)
    hostile = next(row for row in read_xlsx(target) if row["id"] == sample.hostile)
    for name, value in HOSTILE.items():
        assert hostile[name] == "'" + value, name
    assert hostile["phone"] == "+41221234567"
    with zipfile.ZipFile(target) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
        assert "<f>" not in sheet and "<f " not in sheet
        assert "<hyperlink" not in sheet  # strings_to_urls is off
        assert not any(name.startswith("xl/externalLinks") for name in archive.namelist())


def test_header_frozen_and_filterable(services: Services, sample: Sample, tmp_path: Path) -> None:
    target = tmp_path / "prospects.xlsx"
    export_prospects(services.store, target, "xlsx", now=FIXED_NOW)
    with zipfile.ZipFile(target) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert 'state="frozen"' in sheet
    assert '<autoFilter ref="A1:AE4"/>' in sheet
    assert '<col min="2" max="2" width="' in sheet  # widths set, not Excel's 8.43 everywhere
