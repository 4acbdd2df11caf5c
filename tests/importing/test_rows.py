"""Row-wide assembly: parts joined, names split, phones spread, problems reported, nothing lost."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from moovdesk.importing.addressing import (
    join_street,
    lambert93_to_wgs84,
    parse_full_address,
    split_postal_code_city,
)
from moovdesk.importing.dates import DateOrder
from moovdesk.importing.errors import ImportFileError
from moovdesk.importing.mapping import auto_map
from moovdesk.importing.names import PersonName, split_full_name
from moovdesk.importing.phone_slots import distribute_phones
from moovdesk.importing.plan import ImportPlan
from moovdesk.importing.reader import read_table
from moovdesk.importing.rows import CleanedRow, RowCleaner
from tests.importing.sample_files import FILES, SAMPLES

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"


def _clean(mapping: dict[str, str], **kwargs: object) -> CleanedRow:
    """One row from {header: value}, every header mapped to the target of the same name."""
    header = list(mapping)
    targets = {index: name.split("#")[0] for index, name in enumerate(header)}
    cleaner = RowCleaner(header, targets, **kwargs)  # type: ignore[arg-type]
    return cleaner.clean(2, list(mapping.values()))


def test_plain_fields_are_trimmed_and_single_spaced():
    row = _clean({"company": "  Café   de la  Gare ", "city": "Lyon"})
    assert row.fields == {"company": "Café de la Gare", "city": "Lyon"}
    assert row.problems == []


def test_a_second_value_for_the_same_field_goes_to_the_notes():
    row = _clean({"company": "Acme", "company#2": "Acme SARL", "company#3": "Acme"})
    assert row.fields["company"] == "Acme"
    assert row.fields["notes"] == "company#2: Acme SARL"


def test_bad_cells_become_problems_and_their_text_is_kept():
    row = _clean({"company": "Acme", "email": "pas de mail", "temperature": "peut-être"})
    assert [(p.column, p.code) for p in row.problems] == [(1, "bad_email"), (2, "unknown_status")]
    assert row.problems[0].line == 2
    assert row.problems[0].header == "email"
    assert "email: pas de mail" in row.fields["notes"]
    assert "email" not in row.fields


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jean Dupont", PersonName("Jean", "Dupont")),
        ("DUPONT Jean", PersonName("Jean", "DUPONT")),
        ("Jean DUPONT", PersonName("Jean", "DUPONT")),
        ("Dupont, Jean", PersonName("Jean", "Dupont")),
        ("M. Jean-Pierre de la Fontaine", PersonName("Jean-Pierre", "de la Fontaine", "M.")),
        ("Mme Claire LE GALL", PersonName("Claire", "LE GALL", "Mme")),
        ("Dupont", PersonName("", "Dupont")),
        ("Marie Anne Dubois", PersonName("Marie", "Anne Dubois")),
    ],
)
def test_full_names(raw: str, expected: PersonName):
    assert split_full_name(raw) == expected


def test_full_name_only_fills_empty_name_fields():
    row = _clean({"contact_full_name": "M. Jean Dupont", "company": "Acme"})
    assert (row.fields["first_name"], row.fields["last_name"]) == ("Jean", "Dupont")
    assert row.fields["civility"] == "M."
    row = _clean({"contact_full_name": "Jean Dupont", "last_name": "Durand"})
    assert row.fields["last_name"] == "Durand"
    assert "first_name" not in row.fields


def test_street_parts_are_joined_with_types_expanded():
    assert join_street("12", "B", "BD", "DE LA REPUBLIQUE") == "12 BIS BOULEVARD DE LA REPUBLIQUE"
    assert join_street("3", "", "av", "des Lilas") == "3 Avenue des Lilas"
    assert join_street("", "", "LD", "LES GRANDS CHAMPS") == "LIEU-DIT LES GRANDS CHAMPS"
    assert join_street("[ND]", "", "[ND]", "[ND]") == ""


def test_postal_code_and_city_in_one_cell():
    assert split_postal_code_city("75008 PARIS") == split_postal_code_city("PARIS 75008")
    row = _clean({"postal_code_city": "1000 Bourg-en-Bresse"})
    assert (row.fields["postal_code"], row.fields["city"]) == ("01000", "Bourg-en-Bresse")


def test_full_address_fills_only_what_is_missing():
    parts = parse_full_address("Bât. B, 12 rue de la Paix\n75002 Paris\nFrance")
    assert (parts.street, parts.postal_code, parts.city) == (
        "Bât. B, 12 rue de la Paix",
        "75002",
        "Paris",
    )
    row = _clean({"full_address": "12 rue de la Paix, 75002 Paris", "city": "PARIS 2E"})
    assert row.fields == {"street": "12 rue de la Paix", "city": "PARIS 2E", "postal_code": "75002"}


def test_postal_code_is_checked_against_the_row_country():
    assert _clean({"postal_code": "1000", "country": "Belgique"}).fields["postal_code"] == "1000"
    assert _clean({"postal_code": "1000"}).fields["postal_code"] == "01000"
    row = _clean({"postal_code": "ABC"})
    assert row.problems[0].code == "bad_postal_code"


def test_phones_in_one_cell_are_spread_over_phone_and_mobile():
    row = _clean({"phone": "06 12 34 56 78 / 04 72 00 00 00 / 04 72 11 11 11"})
    assert row.fields["phone"] == "+33472000000"
    assert row.fields["mobile"] == "+33612345678"
    assert "Phone: 04 72 11 11 11" in row.fields["notes"]


def test_single_mobile_in_a_phone_column_stays_the_phone():
    assert _clean({"phone": "06 12 34 56 78"}).fields == {"phone": "+33612345678"}


def test_same_number_twice_is_kept_once():
    row = _clean({"phone": "06 12 34 56 78", "mobile": "+33 6 12 34 56 78"})
    assert row.fields == {"phone": "+33612345678"}


def test_phone_of_unknown_kind_goes_where_its_number_says():
    slots, extras = distribute_phones(
        [("phone_any", ("+33612345678",)), ("phone_any", ("+33472000000",))]
    )
    assert slots == {"mobile": "+33612345678", "phone": "+33472000000"}
    assert extras == []


def test_unreadable_phone_text_is_a_problem_and_kept():
    row = _clean({"phone": "04 72 00 00 00 / voir standard"})
    assert row.fields["phone"] == "+33472000000"
    assert row.problems[0].value == "voir standard"
    assert "phone: voir standard" in row.fields["notes"]


def test_given_coordinates_are_kept_and_marked_given():
    row = _clean({"latitude": "47,4833", "longitude": "4,2167"})
    assert (row.fields["latitude"], row.fields["longitude"]) == (47.4833, 4.2167)
    assert row.fields["geo_precision"] == "given"


def test_half_a_position_or_zero_zero_is_no_position():
    assert "latitude" not in _clean({"latitude": "47.48", "longitude": ""}).fields
    row = _clean({"latitude": "0", "longitude": "0"})
    assert "latitude" not in row.fields and "geo_precision" not in row.fields


def test_coordinates_in_one_cell():
    row = _clean({"coordinates": "47.4833, 4.2167"})
    assert (row.fields["latitude"], row.fields["longitude"]) == (47.4833, 4.2167)


def test_lambert93_projection():
    assert lambert93_to_wgs84(700000, 6600000) == (46.5, 3.0)  # the projection's origin
    paris = lambert93_to_wgs84(652469.0, 6862035.0)
    assert paris is not None
    assert paris == pytest.approx((48.8566, 2.3522), abs=1e-3)
    assert lambert93_to_wgs84(0, 0) is None


def test_siren_goes_to_the_notes_siret_to_its_field():
    assert _clean({"siret": "552 032 534"}).fields == {"notes": "SIREN: 552032534"}
    assert _clean({"siret": "55203253400018"}).fields == {"siret": "55203253400018"}


def test_follow_up_dates_follow_the_column_order():
    header_row = {"company": "Acme", "next_follow_up": "04/01/2027"}
    assert _clean(header_row).next_follow_up == date(2027, 1, 4)
    month_first = _clean(header_row, date_orders={1: DateOrder.MONTH_FIRST})
    assert month_first.next_follow_up == date(2027, 4, 1)


def test_tags_notes_and_labelled_notes():
    row = _clean(
        {
            "tags": "vin; bio",
            "tags#2": "bio, épicerie",
            "notes": "Ligne 1\r\nLigne 2",
            "note_field": "x",
        }
    )
    assert row.tags == ["vin", "bio", "épicerie"]
    assert row.fields["notes"] == "Ligne 1\nLigne 2\nnote_field: x"


def test_source_of_the_format_is_the_default():
    assert _clean({"company": "A"}, source="LinkedIn").fields["source"] == "LinkedIn"
    assert _clean({"source": "Salon"}, source="LinkedIn").fields["source"] == "Salon"


def test_sirene_undisclosed_marker_is_empty():
    row = _clean({"company": "[ND]", "city": "LYON"})
    assert row.fields == {"city": "LYON"}


def _all_files() -> list[Path]:
    return sorted([*FILES.glob("*.csv"), *SAMPLES.glob("*.csv"), *BAD.glob("*.csv")])


@pytest.mark.parametrize("path", _all_files(), ids=lambda path: path.name)
def test_cleaning_rows_together_gives_the_same_rows(path: Path) -> None:
    """The importer cleans runs of rows column by column (`clean_many`): every row must come
    out exactly as `clean` makes it alone, whatever the file (hostile ones included)."""
    try:
        table = read_table(path)
    except ImportFileError:
        return  # refused before any cleaning
    sample = [cells for _line, cells in table.first_rows(20)]
    plan = ImportPlan.for_table(table, auto_map(table.header, sample))
    # Every column also mapped as plain text, so two columns often share a target.
    for mapping in (plan.mapping, dict.fromkeys(range(len(table.header)), "company")):
        cleaner = RowCleaner(table.header, mapping)
        one_by_one = [cleaner.clean(line, cells) for line, cells in table.iter_rows()]
        assert cleaner.clean_many(table.line_numbers, table.rows) == one_by_one


def test_cleaning_rows_together_keeps_each_rows_own_cells() -> None:
    header = ["company", "phone", "company#2", "email", "temperature"]
    targets = {index: name.split("#")[0] for index, name in enumerate(header)}
    rows = [
        ["Acme", "06 12 34 56 78", "Acme SARL", "a@acme.fr", "chaud"],
        ["  ", "[ND]", "Beta", "pas un email", "tiède?"],
        ["Gamma", "04 72 00 00 00 / 06 00 00 00 01", "", "c@g.fr; d@g.fr", ""],
    ]
    cleaner = RowCleaner(header, targets)
    together = cleaner.clean_many([2, 3, 4], rows)
    assert together == [
        cleaner.clean(line, cells) for line, cells in zip([2, 3, 4], rows, strict=True)
    ]
    assert together[1].fields["company"] == "Beta" and together[1].problems
