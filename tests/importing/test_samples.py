"""The shared sample files read and map completely, and every row is ready for the service."""

from __future__ import annotations

from datetime import date, datetime

from moovdesk.importing.mapping import auto_map
from moovdesk.importing.plan import ImportPlan
from moovdesk.importing.reader import read_table
from moovdesk.prospect_fields import clean_changes
from tests.importing.sample_files import SAMPLES


def _plan(name: str) -> tuple[ImportPlan, list]:  # type: ignore[type-arg]
    table = read_table(SAMPLES / name)
    result = auto_map(table.header, table.rows)
    assert result.unmatched == [], result.unmatched_headers()
    plan = ImportPlan.for_table(table, result)
    rows = list(plan.clean_rows(table))
    assert all(not row.problems for row in rows)
    for row in rows:
        clean_changes(row.fields, country=row.fields.get("country", "FR"), phone_region="FR")
    return plan, rows


def test_french_spreadsheet_export():
    plan, rows = _plan("prospects_tableur_fr.csv")
    assert len(rows) == 30
    assert set(plan.mapping.values()) == {
        "company",
        "last_name",
        "first_name",
        "street",
        "postal_code",
        "city",
        "phone",
        "email",
        "temperature",
        "next_follow_up",
        "notes",
    }
    first, second = rows[0], rows[1]
    assert first.fields["last_name"] == "Lemaître"
    assert first.fields["temperature"] == "hot"
    assert first.next_follow_up == date(2027, 1, 1)
    assert second.fields["first_name"] == "Éloïse"
    assert second.fields["phone"] == "+33686865468"
    assert second.fields["notes"] == "Voir en début de mois; préfère le matin"
    assert rows[3].fields["phone"] == "+33478000003"  # "478000003": the dropped zero restored
    assert rows[3].next_follow_up == date(2027, 4, 4)  # day first, proved by 13/01/2027
    assert sum(1 for row in rows if "temperature" in row.fields) == 24


def test_english_crm_export():
    _, rows = _plan("crm_export_en.csv")
    assert len(rows) == 20
    first, second = rows[0], rows[1]
    assert (first.fields["first_name"], first.fields["last_name"]) == ("Alex", "Morgan0")
    assert first.fields["job_title"] == "Buyer"
    assert first.fields["temperature"] == "hot"
    assert (first.fields["latitude"], first.fields["longitude"]) == (47.4833, 4.2167)
    assert second.next_follow_up == datetime(2027, 2, 11, 9, 30)
    assert "latitude" not in second.fields
    assert rows[16].fields["postal_code"] == "02160"
