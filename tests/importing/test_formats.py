"""Known exports, from files built on their public column lists: each is recognised, mapped and
read into rows the importer can use as they are."""

from __future__ import annotations

from datetime import date

import pytest

from moovdesk.data.vocabulary import ActivityKind
from moovdesk.importing.formats import detect_format
from moovdesk.importing.mapping import auto_map
from moovdesk.importing.plan import ImportPlan
from moovdesk.importing.reader import read_table
from moovdesk.importing.rows import CleanedRow
from moovdesk.importing.targets import RecordKind
from moovdesk.prospect_fields import clean_changes
from tests.importing.sample_files import FILES


def _rows(name: str) -> tuple[ImportPlan, list[CleanedRow]]:
    table = read_table(FILES / name)
    plan = ImportPlan.for_table(table, auto_map(table.header, table.rows))
    rows = list(plan.clean_rows(table))
    for row in rows:  # whatever the reader produced, the prospect service accepts as it is
        clean_changes(row.fields, country=row.fields.get("country", "FR"), phone_region="FR")
    return plan, rows


@pytest.mark.parametrize(
    ("name", "key", "kind"),
    [
        ("google_contacts.csv", "google_contacts", RecordKind.PROSPECT),
        ("google_contacts_legacy.csv", "google_contacts_legacy", RecordKind.PROSPECT),
        ("outlook_en.csv", "outlook_en", RecordKind.PROSPECT),
        ("outlook_fr.csv", "outlook_fr", RecordKind.PROSPECT),
        ("linkedin_connections.csv", "linkedin_connections", RecordKind.PROSPECT),
        ("sirene_etablissements.csv", "sirene_etablissements", RecordKind.PROSPECT),
        ("moovago_societes.csv", "moovago_companies", RecordKind.PROSPECT),
        ("moovago_interlocuteurs.csv", "moovago_contacts", RecordKind.CONTACT),
        ("moovago_comptes_rendus.csv", "moovago_visit_reports", RecordKind.VISIT_REPORT),
    ],
)
def test_known_exports_are_recognised(name: str, key: str, kind: RecordKind):
    table = read_table(FILES / name)
    result = auto_map(table.header, table.rows)
    assert result.format is not None
    assert result.format.key == key
    assert result.record_kind is kind


def test_detection_survives_missing_and_extra_columns():
    header = ["Identifiant Moovago de la société", "Nom de société", "Prospect/Client", "Perso 1"]
    assert (found := detect_format(header)) is not None
    assert found.key == "moovago_companies"
    outlook = [
        "First Name",
        "Last Name",
        "Business Street",
        "Business City",
        "Business Postal Code",
    ]
    assert (found := detect_format([*outlook, "My own column"])) is not None
    assert found.key == "outlook_en"
    assert detect_format(["Nom", "Prénom", "Téléphone portable", "Civilité", "Fonction"]) is None


def test_google_contacts():
    _plan, rows = _rows("google_contacts.csv")
    helene, paul, sophie = rows
    assert helene.fields["company"] == "Boulangerie Martin"
    assert helene.fields["email"] == "helene@boulangerie-martin.fr"
    assert helene.fields["mobile"] == "+33611223344"
    assert helene.fields["phone"] == "+33478123456"
    assert helene.fields["postal_code"] == "69002"
    assert helene.fields["notes"] == "Rencontrée au salon\nRappeler en mars"
    assert helene.fields["source"] == "Google Contacts"
    assert helene.tags == ["Clients"]
    assert paul.fields["street"] == "3 avenue Jean Jaurès"  # from the formatted address
    assert paul.fields["postal_code"] == "38000"
    assert (paul.fields["phone"], paul.fields["mobile"]) == ("+33472000001", "+33672000002")
    assert "p.bernard@gmail.com" in paul.fields["notes"]
    assert sophie.fields["postal_code"] == "01000"  # the zero a spreadsheet dropped
    assert sophie.fields["country"] == "FR"


def test_google_contacts_legacy_layout():
    _, (luc, anne) = _rows("google_contacts_legacy.csv")
    assert (luc.fields["first_name"], luc.fields["last_name"]) == ("Luc", "Moreau")
    assert luc.fields["job_title"] == "Directeur"
    assert luc.fields["mobile"] == "+33780112233"
    assert luc.tags == ["Fournisseurs"]
    assert (anne.fields["first_name"], anne.fields["last_name"]) == ("Anne", "Roux")


def test_outlook_english():
    plan, (john, emma) = _rows("outlook_en.csv")
    assert john.fields["civility"] == "M."
    assert john.fields["street"] == "1 rue de Rivoli, Bâtiment A"
    assert john.fields["country"] == "FR"
    assert john.tags == ["Clients", "VIP"]
    assert emma.fields["phone"] == "+33240000000"
    assert "Radio Phone" not in {plan.header[i] for i in plan.mapping}
    birthday = plan.header.index("Birthday")
    assert birthday not in plan.mapping
    assert plan.conventions[birthday].order.value == "month_first"


def test_outlook_french_in_windows_1252():
    _, (jerome, elodie) = _rows("outlook_fr.csv")
    assert jerome.fields["first_name"] == "Jérôme"
    assert jerome.fields["company"] == "Établissements Lefèvre"
    assert jerome.fields["city"] == "Saint-Étienne"
    assert jerome.fields["mobile"] == "+33677000000"
    assert jerome.fields["email"] == "j.lefevre@lefevre.fr"
    assert elodie.fields["civility"] == "Mme"
    assert "next_follow_up" not in jerome.fields


def test_linkedin_connections():
    _, (claire, marc, nadia) = _rows("linkedin_connections.csv")
    assert claire.line == 5
    assert claire.fields["company"] == "Dubois Conseil"
    assert claire.fields["job_title"] == "Directrice commerciale"
    assert claire.fields["source"] == "LinkedIn"
    assert "https://www.linkedin.com/in/clairedubois" in claire.fields["notes"]
    assert marc.fields["email"] == "marc.lambert@example.com"
    assert "company" not in nadia.fields


def test_sirene_establishments():
    _, (bakery, cellar, sole_trader) = _rows("sirene_etablissements.csv")
    assert bakery.fields["company"] == "BOULANGERIE DU PORT"  # enseigne, no usual name
    assert bakery.fields["street"] == "12 BIS BOULEVARD DE LA REPUBLIQUE"
    assert bakery.fields["siret"] == "55203253400018"
    assert bakery.fields["activity"] == "10.71C"
    assert bakery.fields["latitude"] == pytest.approx(43.2971, abs=1e-3)
    assert bakery.fields["longitude"] == pytest.approx(5.3698, abs=1e-3)
    assert bakery.fields["geo_precision"] == "given"
    assert cellar.fields["company"] == "LES CAVES REUNIES"  # the usual name wins
    assert cellar.fields["street"] == "3 AVENUE DU GROS CAILLOU, ZI DES PALUDS"
    assert cellar.fields["postal_code"] == "01000"
    assert cellar.closed
    assert not bakery.closed
    assert "street" not in sole_trader.fields  # "[ND]": not disclosed
    assert "latitude" not in sole_trader.fields
    assert sole_trader.fields["city"] == "LYON 3EME"


def test_moovago_companies():
    _, (grocer, deli) = _rows("moovago_societes.csv")
    assert grocer.external_id == "c0a8b1f2-0001"
    assert grocer.fields["stage"] == "client"
    assert grocer.fields["temperature"] == "hot"
    assert grocer.fields["company"] == "Épicerie Fine Dupuis"
    assert grocer.tags[:2] == ["Maison Bio", "Café Noir"]
    assert grocer.last_contact == date(2024, 2, 12)
    assert grocer.fields["latitude"] == pytest.approx(47.3941)
    assert grocer.fields["phone"] == "+33247000001"
    assert grocer.fields["mobile"] == "+33647000001"
    assert deli.fields["stage"] == "prospect"
    assert deli.fields["street"] == "18 avenue de Grammont, Bât. C"


def test_moovago_contacts_carry_their_company():
    _, (isabelle, karim) = _rows("moovago_interlocuteurs.csv")
    assert isabelle.external_id == "i-1001"
    assert isabelle.company_external_id == "c0a8b1f2-0001"
    assert isabelle.fields["company"] == "Épicerie Fine Dupuis"
    assert isabelle.fields["postal_code"] == "37000"
    assert isabelle.fields["civility"] == "Mme"
    assert isabelle.fields["mobile"] == "+33612000001"
    assert "Décisionnaire" in isabelle.fields["notes"]
    assert karim.fields["civility"] == "M."


def test_moovago_visit_reports():
    plan, (visit, call, tasting) = _rows("moovago_comptes_rendus.csv")
    assert visit.report is not None
    assert visit.report.kind is ActivityKind.VISIT
    assert visit.report.date == date(2024, 2, 12)
    assert visit.report.note.startswith("Présentation gamme printemps.")
    assert visit.company_external_id == "c0a8b1f2-0001"
    assert visit.fields["company"] == "Épicerie Fine Dupuis"
    assert call.report is not None and call.report.kind is ActivityKind.CALL
    assert call.report.date == date(2024, 1, 5)  # day first, proved by 25/11/2023
    assert tasting.report is not None and tasting.report.kind is ActivityKind.NOTE
    assert tasting.report.label == "Dégustation"
    date_column = plan.header.index("Date du compte rendu")
    assert "25/11/2023" in plan.conventions[date_column].reason
