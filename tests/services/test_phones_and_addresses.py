"""Phones to E.164 and back, postal codes per country."""

from __future__ import annotations

import pytest

from moovdesk.addresses import PostalCodeError, normalize_country, normalize_postal_code
from moovdesk.phones import PhoneError, format_phone, normalize_phone, split_phones


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("06 12 34 56 78", "+33612345678"),
        ("06.12.34.56.78", "+33612345678"),
        ("0612345678", "+33612345678"),
        ("612345678", "+33612345678"),  # the leading zero a spreadsheet dropped
        ("+33 6 12 34 56 78", "+33612345678"),
        ("+33 (0)6 12 34 56 78", "+33612345678"),
        ("0033 6 12 34 56 78", "+33612345678"),
        ("+32 2 555 12 34", "+3225551234"),
        ("+41 22 555 12 34", "+41225551234"),
        ("", ""),
    ],
)
def test_normalize_phone(typed: str, e164: str) -> None:
    assert normalize_phone(typed) == e164


def test_default_region_applies_to_national_numbers() -> None:
    assert normalize_phone("02 555 12 34", "BE") == "+3225551234"


# A spreadsheet's placeholder for "no number" is not a number to dial.
@pytest.mark.parametrize("typed", ["call me", "12", "06 12 34", "0000000000", "00 00 00 00 00"])
def test_not_a_phone(typed: str) -> None:
    with pytest.raises(PhoneError):
        normalize_phone(typed)


def test_format_phone_national_at_home_international_abroad() -> None:
    assert format_phone("+33612345678") == "06 12 34 56 78"
    assert format_phone("+3225551234") == "+32 2 555 12 34"
    assert format_phone("") == ""


def test_split_phones() -> None:
    assert split_phones("06 12 34 56 78 / 04 72 00 00 01") == ["06 12 34 56 78", "04 72 00 00 01"]
    assert split_phones("0612345678; 0472000001") == ["0612345678", "0472000001"]
    assert split_phones("06 12 34 56 78 ou 04 72 00 00 01") == ["06 12 34 56 78", "04 72 00 00 01"]


@pytest.mark.parametrize(
    ("typed", "country", "expected"),
    [
        ("1000", "FR", "01000"),
        ("01000", "FR", "01000"),
        ("6000.0", "FR", "06000"),
        (" 69003 ", "FR", "69003"),
        ("1000", "BE", "1000"),
        ("75", "FR", "00075"),
        ("1012 ab", "NL", "1012 AB"),
        ("500", "AD", "AD500"),
        ("", "FR", ""),
    ],
)
def test_normalize_postal_code(typed: str, country: str, expected: str) -> None:
    assert normalize_postal_code(typed, country) == expected


@pytest.mark.parametrize(("typed", "country"), [("ABCDE", "FR"), ("123456", "FR"), ("0999", "BE")])
def test_bad_postal_code(typed: str, country: str) -> None:
    with pytest.raises(PostalCodeError):
        normalize_postal_code(typed, country)


def test_normalize_country() -> None:
    assert normalize_country("france") == "FR"
    assert normalize_country("be") == "BE"
    assert normalize_country("Pays-Bas") == "NL"
    with pytest.raises(ValueError):
        normalize_country("Francia del Norte")
