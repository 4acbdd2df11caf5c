"""CSV: what Excel and the importer read back, from the real base through the real writer."""

from __future__ import annotations

import codecs
import csv
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from moovdesk.data.listing import ProspectFilter
from moovdesk.data.vocabulary import Temperature
from moovdesk.exporting import ExportError, export_prospects
from moovdesk.exporting.formulas import neutralize
from moovdesk.exporting.records import EXPORT_FIELDS
from moovdesk.services import Services
from tests.conftest import FIXED_NOW
from tests.exporting.conftest import HOSTILE, NOTES, Sample

TEXT_FIELDS = (
    "company", "first_name", "last_name", "job_title", "email", "phone", "mobile", "website",
    "street", "postal_code", "city", "country", "activity", "siret", "source", "notes",
)  # fmt: skip


def read_csv(path: Path, delimiter: str = ";") -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(text.splitlines(keepends=True), delimiter=delimiter))
    assert tuple(rows[0]) == EXPORT_FIELDS
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def export(services: Services, path: Path, **options: object) -> int:
    return export_prospects(services.store, path, "csv", now=FIXED_NOW, **options)  # type: ignore[arg-type]


def test_canonical_values_read_back(services: Services, sample: Sample, tmp_path: Path) -> None:
    target = tmp_path / "prospects.csv"
    assert export(services, target) == 3  # the trash is not exported
    by_id = {row["id"]: row for row in read_csv(target)}
    assert set(by_id) == {sample.artisan, sample.hostile, sample.town_hall}
    artisan = by_id[sample.artisan]
    stored = services.prospects.rows([sample.artisan])[0]
    for name in TEXT_FIELDS:
        assert artisan[name] == getattr(stored, name), name
    assert artisan["company"] == 'Œuvre d\'Étienne, Père & Fils; "SARL"'
    assert artisan["first_name"] == "Étienne"
    assert artisan["notes"] == NOTES
    assert artisan["postal_code"] == "01000"
    assert artisan["siret"] == "12345678901234"
    assert (artisan["phone"], artisan["mobile"]) == ("+33474123456", "+33612345678")
    assert (artisan["latitude"], artisan["longitude"]) == ("46.2052", "5.2255")
    assert artisan["geo_precision"] == "manual"
    assert (artisan["temperature"], artisan["stage"]) == ("hot", "prospect")
    flags = [artisan[name] for name in ("need", "budget", "zone", "timing")]
    assert flags == ["true", "false", "true", "false"]
    assert artisan["tags"] == "Été 2027, VIP"
    assert datetime.fromisoformat(artisan["next_follow_up"]) == FIXED_NOW + timedelta(days=2)
    assert datetime.fromisoformat(artisan["last_contact_at"]) == FIXED_NOW - timedelta(days=3)
    created = datetime.fromisoformat(artisan["created_at"])
    assert created.utcoffset() is not None
    assert created == stored.created_at.replace(microsecond=0)
    town_hall = by_id[sample.town_hall]
    assert town_hall["phone"] == "+33477000000"  # the business's own line
    assert town_hall["first_name"] == town_hall["next_follow_up"] == ""


def test_bom_crlf_and_the_comma_option(services: Services, sample: Sample, tmp_path: Path) -> None:
    semicolons, commas = tmp_path / "fr.csv", tmp_path / "en.csv"
    export(services, semicolons)
    export(services, commas, delimiter=",")
    assert semicolons.read_bytes().split(b"\r\n")[0].count(b";") == len(EXPORT_FIELDS) - 1
    assert commas.read_bytes().split(b"\r\n")[0].count(b",") == len(EXPORT_FIELDS) - 1
    assert read_csv(commas, ",") == read_csv(semicolons)
    data = semicolons.read_bytes()
    assert data.endswith(b"\r\n")
    # Records end with CRLF; the only bare LFs are inside quoted multi-line cells.
    assert data.count(b"\r\n") == 4
    with pytest.raises(ExportError, match="delimiter"):
        export(services, tmp_path / "tab.csv", delimiter="\t")


def test_hostile_cells_are_neutralised(services: Services, sample: Sample, tmp_path: Path) -> None:
    target = tmp_path / "prospects.csv"
    export(services, target)
    hostile = next(row for row in read_csv(target) if row["id"] == sample.hostile)
    for name, value in HOSTILE.items():
        assert hostile[name] == "'" + value, name
    assert hostile["tags"] == "'=tag"
    assert hostile["phone"] == "+41221234567"  # a phone stays a phone
    assert hostile["first_name"] == "Éve"
    cells = [cell for row in read_csv(target) for cell in row.values()]
    assert all(neutralize(cell) == cell for cell in cells)  # nothing left a spreadsheet would run


def test_filters_and_order_are_the_tables(
    services: Services, sample: Sample, tmp_path: Path
) -> None:
    target = tmp_path / "hot.csv"
    hot = ProspectFilter(temperatures=frozenset({Temperature.HOT}))
    assert export(services, target, flt=hot) == 1
    assert [row["id"] for row in read_csv(target)] == [sample.artisan]
    assert export(services, target, flt=ProspectFilter(trashed=True)) == 1
    (trashed,) = read_csv(target)
    assert trashed["company"] == "Corbeille SA"
    assert trashed["latitude"] == trashed["longitude"] == ""  # no address, no position
    assert export(services, target, flt=ProspectFilter(text="etienne")) == 2
    assert export(services, target, flt=ProspectFilter(text="introuvable")) == 0
    assert read_csv(target) == []
    export(services, target)
    in_table = services.prospects.ids()
    assert [row["id"] for row in read_csv(target)] == in_table
