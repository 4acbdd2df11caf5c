"""Cell cleaners: the value, None for an empty cell, or an Invalid with a reason; never a raise."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moovdesk.data.vocabulary import ActivityKind, Stage, Temperature
from moovdesk.importing.contact_points import clean_emails, clean_phones
from moovdesk.importing.errors import Invalid
from moovdesk.importing.names import civility_of
from moovdesk.importing.values import (
    CompanyNumber,
    Status,
    clean_activity_kind,
    clean_bool,
    clean_company_number,
    clean_coordinate,
    clean_coordinate_pair,
    clean_country,
    clean_postal_code,
    clean_status,
    clean_tags,
)

HOT, COLD = Temperature.HOT, Temperature.COLD


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Chaud", Status(HOT)),
        ("  CHAUD ", Status(HOT)),
        ("froid", Status(COLD)),
        ("Froide", Status(COLD)),
        ("Hot", Status(HOT)),
        ("cold", Status(COLD)),
        ("Tiède", Status(COLD)),
        ("très chaud", Status(HOT)),
        ("pas intéressé", Status(COLD)),
        ("Hot lead", Status(HOT, Stage.LEAD)),
        ("Prospect", Status(None, Stage.PROSPECT)),
        ("Client", Status(None, Stage.CLIENT)),
        ("Prospect chaud", Status(HOT, Stage.PROSPECT)),
        ("🔥", Status(HOT)),
    ],
)
def test_status_words(raw: str, expected: Status):
    assert clean_status(raw) == expected


def test_status_that_means_nothing_is_invalid_and_empty_is_none():
    assert isinstance(clean_status("peut-être"), Invalid)
    assert clean_status("  ") is None


@pytest.mark.parametrize("raw", ["oui", "OUI", "yes", "x", "X", "1", "vrai", "True", "o", "✓"])
def test_true_words(raw: str):
    assert clean_bool(raw) is True


@pytest.mark.parametrize("raw", ["non", "No", "0", "faux", "false", "n"])
def test_false_words(raw: str):
    assert clean_bool(raw) is False


def test_bool_rejects_other_words():
    assert clean_bool("bof") == Invalid("not_yes_no", "“bof” is neither yes nor no.")
    assert clean_bool("") is None


@pytest.mark.parametrize(
    ("raw", "axis", "expected"),
    [
        ("47,4833", "latitude", 47.4833),
        ("47.4833", "latitude", 47.4833),
        (" -1,5 ", "longitude", -1.5),
        ("47.48° N", "latitude", 47.48),
        ("1.5 O", "longitude", -1.5),
        ("W 1.5", "longitude", -1.5),
    ],
)
def test_coordinates(raw: str, axis: str, expected: float):
    assert clean_coordinate(raw, axis) == pytest.approx(expected)


def test_bad_coordinates():
    assert isinstance(clean_coordinate("91", "latitude"), Invalid)
    assert isinstance(clean_coordinate("abc", "longitude"), Invalid)
    assert isinstance(clean_coordinate("nan", "longitude"), Invalid)
    assert clean_coordinate("", "latitude") is None


def test_coordinate_pairs():
    assert clean_coordinate_pair("47.4833, 4.2167") == (47.4833, 4.2167)
    assert clean_coordinate_pair("47,4833;4,2167") == (47.4833, 4.2167)
    assert clean_coordinate_pair("47,4833 4,2167") == (47.4833, 4.2167)
    assert isinstance(clean_coordinate_pair("47.4833"), Invalid)


@pytest.mark.parametrize(
    ("raw", "country", "expected"),
    [
        ("1000", "FR", "01000"),
        ("01000", "FR", "01000"),
        ("1000.0", "FR", "01000"),
        ("75 001", "FR", "75001"),
        ("F-67000", "FR", "67000"),
        ("1000", "BE", "1000"),
        ("sw1a 1aa", "GB", "SW1A 1AA"),
    ],
)
def test_postal_codes(raw: str, country: str, expected: str):
    assert clean_postal_code(raw, country) == expected


def test_bad_postal_code():
    assert clean_postal_code("ABCDE", "FR") == Invalid(
        "bad_postal_code", "“ABCDE” is not a postal code of FR."
    )


def test_countries():
    assert clean_country("France") == "FR"
    assert clean_country("belgique") == "BE"
    assert clean_country("fr") == "FR"
    assert isinstance(clean_country("Atlantide"), Invalid)


@pytest.mark.parametrize(
    ("raw", "digits"),
    [
        ("552 032 534 00018", "55203253400018"),
        ("55203253400018", "55203253400018"),
        ("552032534", "552032534"),
        ("5520325340001.8".replace(".", ""), "55203253400018"),
        ("35600000000048", "35600000000048"),  # La Poste: not a Luhn number, still valid
    ],
)
def test_siret_and_siren(raw: str, digits: str):
    number = clean_company_number(raw)
    assert isinstance(number, CompanyNumber)
    assert number.digits == digits


def test_siret_that_lost_its_leading_zero_in_a_spreadsheet():
    number = clean_company_number("5520325340001")  # SIREN 005520325 would be 8+… digits
    assert isinstance(number, Invalid) or number == CompanyNumber("05520325340001")


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("5.52032E+13", "number_mangled"),
        ("55203253400019", "bad_checksum"),
        ("12345", "not_a_siret"),
    ],
)
def test_bad_siret(raw: str, code: str):
    result = clean_company_number(raw)
    assert isinstance(result, Invalid)
    assert result.code == code


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Jean.Dupont@Exemple.FR", ("Jean.Dupont@exemple.fr",)),
        ("  contact@societe.fr ", ("contact@societe.fr",)),
        ("mailto:contact@societe.fr", ("contact@societe.fr",)),
        ("Jean Dupont <jean@dupont.fr>", ("jean@dupont.fr",)),
        ("a@b.fr; c@d.fr", ("a@b.fr", "c@d.fr")),
        ("a@b.fr ::: c@d.fr", ("a@b.fr", "c@d.fr")),
        ("a@b.fr, a@b.fr", ("a@b.fr",)),
    ],
)
def test_emails(raw: str, expected: tuple[str, ...]):
    assert clean_emails(raw) == expected


@pytest.mark.parametrize("raw", ["pas d'email", "jean@", "@dupont.fr", "jean@dupont", "a..b@c.fr"])
def test_bad_emails(raw: str):
    result = clean_emails(raw)
    assert isinstance(result, Invalid)
    assert result.code == "bad_email"


@pytest.mark.parametrize(
    ("raw", "numbers"),
    [
        ("06 12 34 56 78", ("+33612345678",)),
        ("06.12.34.56.78", ("+33612345678",)),
        ("612345678", ("+33612345678",)),
        ("+33 6 12 34 56 78", ("+33612345678",)),
        ("0033 6 12 34 56 78", ("+33612345678",)),
        ("06 12 34 56 78 / 04 72 00 00 00", ("+33612345678", "+33472000000")),
        ("06 12 34 56 78 ou 04 72 00 00 00", ("+33612345678", "+33472000000")),
        ("Tél. : 04 72 00 00 00; mob: 06 12 34 56 78", ("+33472000000", "+33612345678")),
        ("+32 2 555 12 12", ("+3225551212",)),
    ],
)
def test_phones(raw: str, numbers: tuple[str, ...]):
    phones = clean_phones(raw)
    assert phones is not None
    assert phones.numbers == numbers
    assert phones.unreadable == ()


def test_phone_text_that_is_no_number_is_kept_as_unreadable():
    phones = clean_phones("voir standard")
    assert phones is not None
    assert phones.numbers == ()
    assert phones.unreadable == ("voir standard",)


def test_civilities():
    assert civility_of("Monsieur") == "M."
    assert civility_of("mr.") == "M."
    assert civility_of("MME") == "Mme"
    assert civility_of("Madame") == "Mme"
    assert civility_of("Dr.") == "Dr"
    assert civility_of("Buyer") is None


def test_report_kinds():
    assert clean_activity_kind("Visite terrain") is ActivityKind.VISIT
    assert clean_activity_kind("Appel téléphonique") is ActivityKind.CALL
    assert clean_activity_kind("E-mail") is ActivityKind.EMAIL
    assert clean_activity_kind("Dégustation") is ActivityKind.NOTE


def test_tags():
    assert clean_tags("* myContacts ::: Clients ::: VIP") == ["Clients", "VIP"]
    assert clean_tags("vin; épicerie fine, bio") == ["vin", "épicerie fine", "bio"]


@given(st.text(max_size=40))
def test_cleaners_never_raise(raw: str):
    clean_status(raw)
    clean_bool(raw)
    clean_coordinate(raw, "latitude")
    clean_coordinate_pair(raw)
    clean_postal_code(raw, "FR")
    clean_country(raw)
    clean_company_number(raw)
    clean_emails(raw)
    clean_phones(raw)
    clean_activity_kind(raw)
    clean_tags(raw)
