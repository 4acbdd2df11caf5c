"""The canonical prospect fields: their names (the user-facing interface of exports, JSON and the
CLI), where each is stored, and how a typed or imported value is checked and normalised."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeVar

from moovdesk.addresses import PostalCodeError, normalize_country, normalize_postal_code
from moovdesk.data.errors import ValidationError
from moovdesk.data.vocabulary import GeoPrecision, Stage, Temperature
from moovdesk.phones import PhoneError, normalize_phone

# Export order of the canonical fields (the foundation issue's list).
CANONICAL_FIELDS: tuple[str, ...] = (
    "id",
    "company",
    "first_name",
    "last_name",
    "job_title",
    "email",
    "phone",
    "mobile",
    "website",
    "street",
    "postal_code",
    "city",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "activity",
    "siret",
    "source",
    "temperature",
    "stage",
    "need",
    "budget",
    "zone",
    "timing",
    "tags",
    "notes",
    "created_at",
    "updated_at",
)

# Stored on the prospect row itself.
PROSPECT_COLUMNS = frozenset(
    {
        "company",
        "website",
        "street",
        "postal_code",
        "city",
        "country",
        "latitude",
        "longitude",
        "geo_precision",
        "activity",
        "siret",
        "source",
        "temperature",
        "stage",
        "need",
        "budget",
        "zone",
        "timing",
        "notes",
    }
)
# Stored on the primary contact (created on first write).
PRIMARY_CONTACT_COLUMNS = frozenset({"first_name", "last_name", "job_title", "civility"})
# The primary contact's when there is one, else the business's own line.
CONTACT_OR_BUSINESS_COLUMNS = frozenset({"email", "phone", "mobile"})
# Explicitly the business's own line, whatever contacts exist.
BUSINESS_LINE_FIELDS = {
    "business_email": "email",
    "business_phone": "phone",
    "business_mobile": "mobile",
}
WRITABLE_FIELDS = (
    PROSPECT_COLUMNS
    | PRIMARY_CONTACT_COLUMNS
    | CONTACT_OR_BUSINESS_COLUMNS
    | frozenset(BUSINESS_LINE_FIELDS)
)
BOOLEAN_FIELDS = frozenset({"need", "budget", "zone", "timing"})
PHONE_FIELDS = frozenset({"phone", "mobile", "business_phone", "business_mobile"})
EMAIL_FIELDS = frozenset({"email", "business_email"})

_Choice = TypeVar("_Choice", Temperature, Stage, GeoPrecision)

_EMAIL = re.compile(r"[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]{2,}")
_TRUE_WORDS = frozenset({"1", "true", "yes", "oui", "vrai", "x", "o", "y"})
_FALSE_WORDS = frozenset({"0", "false", "no", "non", "faux", "", "n"})


def clean_changes(changes: Mapping[str, Any], *, country: str, phone_region: str) -> dict[str, Any]:
    """Check and normalise every value; raise ValidationError naming the first bad field.

    `country` is the prospect's country after the change (postal codes are checked against it);
    `phone_region` is the default region for numbers written without a country prefix.
    """
    unknown = sorted(set(changes) - WRITABLE_FIELDS)
    if unknown:
        raise ValidationError(unknown[0], f"Unknown field {unknown[0]!r}.")
    return {
        name: clean_value(name, value, country=country, phone_region=phone_region)
        for name, value in changes.items()
    }


def clean_value(name: str, value: Any, *, country: str, phone_region: str) -> Any:
    if name in BOOLEAN_FIELDS:
        return _clean_bool(name, value)
    if name in ("latitude", "longitude"):
        return _clean_coordinate(name, value)
    if name == "temperature":
        return _clean_choice(name, value, Temperature)
    if name == "stage":
        return _clean_choice(name, value, Stage)
    if name == "geo_precision":
        return _clean_choice(name, value, GeoPrecision)
    text = "" if value is None else str(value).strip()
    if name in PHONE_FIELDS:
        try:
            return normalize_phone(text, phone_region)
        except PhoneError as error:
            raise ValidationError(name, f"“{text}” is not a phone number.") from error
    if name in EMAIL_FIELDS:
        if text and not _EMAIL.fullmatch(text):
            raise ValidationError(name, f"“{text}” is not an email address.")
        return text
    if name == "postal_code":
        try:
            return normalize_postal_code(text, country)
        except PostalCodeError as error:
            raise ValidationError(name, f"“{text}” is not a postal code of {country}.") from error
    if name == "country":
        try:
            return normalize_country(text) or "FR"
        except ValueError as error:
            raise ValidationError(name, str(error)) from error
    if name == "siret":
        return _clean_siret(text)
    return text


def _clean_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower() if value is not None else ""
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    raise ValidationError(name, f"“{value}” is neither yes nor no.")


def _clean_coordinate(name: str, value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        text = str(value).strip().replace(",", ".")
        number = float(text)
    except (TypeError, ValueError) as error:
        raise ValidationError(name, f"“{value}” is not a number.") from error
    limit = 90.0 if name == "latitude" else 180.0
    if not -limit <= number <= limit:
        raise ValidationError(name, f"{number} is outside −{limit:g}…{limit:g}.")
    return number


def _clean_choice(name: str, value: Any, choices: type[_Choice]) -> _Choice:
    try:
        return choices(str(value).strip().lower())
    except ValueError as error:
        allowed = ", ".join(member.value for member in choices)
        raise ValidationError(name, f"“{value}” is not one of {allowed}.") from error


def _clean_siret(text: str) -> str:
    digits = "".join(ch for ch in text if not ch.isspace())
    if not digits:
        return ""
    if not (digits.isdigit() and len(digits) == 14):
        raise ValidationError("siret", f"“{text}” is not a SIRET (14 digits).")
    return digits
