"""Postal codes and countries: check them per country and restore what spreadsheets strip."""

from __future__ import annotations

import re


class PostalCodeError(ValueError):
    """The postal code cannot exist in that country."""


# Shapes from the Universal Postal Union's addressing guides, for the countries reps here cover.
_POSTAL_CODE_SHAPES: dict[str, re.Pattern[str]] = {
    "FR": re.compile(r"\d{5}"),
    "MC": re.compile(r"980\d{2}"),
    "DE": re.compile(r"\d{5}"),
    "ES": re.compile(r"(?:0[1-9]|[1-4]\d|5[0-2])\d{3}"),
    "IT": re.compile(r"\d{5}"),
    "BE": re.compile(r"[1-9]\d{3}"),
    "CH": re.compile(r"[1-9]\d{3}"),
    "LU": re.compile(r"\d{4}"),
    "AT": re.compile(r"\d{4}"),
    "NL": re.compile(r"[1-9]\d{3} ?[A-Z]{2}"),
    "PT": re.compile(r"\d{4}-\d{3}"),
    "AD": re.compile(r"AD\d{3}"),
    "GB": re.compile(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"),
}
# Countries whose codes are all digits of a fixed length: a spreadsheet may have dropped zeros.
_ZERO_PADDED_LENGTH = {"FR": 5, "MC": 5, "DE": 5, "ES": 5, "IT": 5, "LU": 4, "AT": 4}
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


def normalize_postal_code(raw: str, country: str = "FR") -> str:
    """The canonical postal code: trimmed, upper-case, leading zeros restored; "" stays "".

    Raises PostalCodeError when the result cannot be a postal code of `country`; countries
    without a known shape accept any short code.
    """
    text = " ".join(raw.strip().upper().split())
    if not text:
        return ""
    country = country.upper() or "FR"
    if text.endswith(".0") and text[:-2].isdigit():  # a number cell read as a float
        text = text[:-2]
    length = _ZERO_PADDED_LENGTH.get(country)
    if length and text.isdigit() and len(text) < length:
        text = text.zfill(length)
    if country == "AD" and text.isdigit():
        text = "AD" + text
    shape = _POSTAL_CODE_SHAPES.get(country)
    if shape is None:
        if len(text) > 12:
            raise PostalCodeError(f"{raw!r} is too long to be a postal code")
        return text
    if not shape.fullmatch(text):
        raise PostalCodeError(f"{raw!r} is not a postal code of {country}")
    return text


def normalize_country(raw: str) -> str:
    """An ISO 3166 alpha-2 code; a few common names and "France" variants are understood."""
    text = raw.strip().upper()
    if not text:
        return ""
    named = _COUNTRY_NAMES.get(text.replace("-", " "))
    if named:
        return named
    if _COUNTRY_CODE.fullmatch(text):
        return text
    raise ValueError(f"{raw!r} is not a country code (use two letters such as FR or BE)")


_COUNTRY_NAMES = {
    "FRANCE": "FR",
    "FRANCE METROPOLITAINE": "FR",
    "BELGIQUE": "BE",
    "BELGIUM": "BE",
    "SUISSE": "CH",
    "SWITZERLAND": "CH",
    "LUXEMBOURG": "LU",
    "ALLEMAGNE": "DE",
    "GERMANY": "DE",
    "ESPAGNE": "ES",
    "SPAIN": "ES",
    "ITALIE": "IT",
    "ITALY": "IT",
    "MONACO": "MC",
    "ANDORRE": "AD",
    "ANDORRA": "AD",
    "PAYS BAS": "NL",
    "NETHERLANDS": "NL",
    "PORTUGAL": "PT",
    "ROYAUME UNI": "GB",
    "UNITED KINGDOM": "GB",
    "AUTRICHE": "AT",
    "AUSTRIA": "AT",
}
