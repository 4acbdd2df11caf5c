"""The plan the wizard previews: per-column readings, date decisions made on the whole file."""

from __future__ import annotations

from datetime import date

from moovdesk.importing.dates import DateOrder
from moovdesk.importing.mapping import auto_map
from moovdesk.importing.plan import ImportPlan
from moovdesk.importing.reader import read_table
from moovdesk.importing.targets import RecordKind
from tests.importing.sample_files import SAMPLES


def test_preview_shows_each_cell_as_it_will_be_stored():
    table = read_table(SAMPLES / "prospects_tableur_fr.csv")
    plan = ImportPlan.for_table(table, auto_map(table.header, table.rows))
    first, second = plan.preview(table, limit=2)
    assert first.line == 2
    assert first.cells[8].shown == "hot"  # "Chaud"
    assert first.cells[9].shown == "2027-01-01"
    assert first.cells[6].shown == "04 72 00 01 02"
    assert second.cells[6].shown == "06 86 86 54 68"
    assert second.row.fields["temperature"] == "cold"
    follow_up = next(column for column in plan.columns if column.target == "next_follow_up")
    assert follow_up.explanation.startswith("day first")


def test_one_late_value_proves_the_order_of_the_whole_column():
    lines = ["Société;Relance"] + [f"S{index};04/01/2027" for index in range(500)]
    lines.append("Dernière;01/25/2027")
    table = read_table("\n".join(lines).encode())
    plan = ImportPlan.for_table(table, auto_map(table.header, table.rows))
    assert plan.conventions[1].order is DateOrder.MONTH_FIRST
    assert "line 502" in plan.conventions[1].reason
    assert plan.clean_row(2, table.rows[0]).next_follow_up == date(2027, 4, 1)


def test_unmapped_date_columns_lend_their_order_to_ambiguous_ones():
    text = "Société;Relance;Créé le\nA;04/01/2027;25/12/2020\nB;03/02/2027;01/01/2021\n"
    table = read_table(text.encode())
    plan = ImportPlan.for_table(table, {0: "company", 1: "next_follow_up"})
    assert plan.conventions[1].order is DateOrder.DAY_FIRST
    assert "Créé le" in plan.conventions[1].reason


def test_user_mapping_and_bad_cells_in_preview():
    text = "Raison;Mail;CP\nAcme;pas-un-mail;ABCDE\n"
    table = read_table(text.encode())
    plan = ImportPlan.for_table(table, {0: "company", 1: "email", 2: "postal_code"})
    (row,) = plan.preview(table)
    assert row.cells[1].problem is not None
    assert row.cells[2].problem == "“ABCDE” is not a postal code of FR."
    assert [problem.code for problem in row.row.problems] == ["bad_email", "bad_postal_code"]
    assert plan.record_kind is RecordKind.PROSPECT


def test_format_plan_carries_kind_label_and_source():
    text = "Identifiant Moovago de l'interlocuteur;Prénom;Nom;Nom de société;Ville de société\n"
    text += "i-1;Ana;Lima;Café Lima;Tours\n"
    table = read_table(text.encode())
    plan = ImportPlan.for_table(table, auto_map(table.header, table.rows))
    assert plan.record_kind is RecordKind.CONTACT
    assert plan.format_label == "Moovago contact persons"
