"""Raw cell text to the values the prospect service stores, one cleaner per kind of field.

Cleaners never raise on bad data: they return the value, None for an empty cell, or an `Invalid`
saying why, which the row cleaner turns into a CellProblem with its line and column. They are
called 100,000 times per import, so the common shapes take cheap checks and repeated texts
(statuses, cities, yes/no) hit a cache.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from moovdesk.addresses import PostalCodeError, normalize_country, normalize_postal_code
from moovdesk.data.text_folding import fold
from moovdesk.data.vocabulary import ActivityKind, Stage, Temperature
from moovdesk.importing.errors import Invalid

# --- hot/cold and pipeline stage -------------------------------------------------------------

_HOT_WORDS = frozenset(
    (
        *("chaud", "chaude", "chauds", "chaudes", "hot", "brulant", "brulante", "urgent"),
        *("interesse", "interessee", "interested", "prioritaire", "priority"),
    )
)
# Moovdesk has two temperatures; lukewarm ("tiède", "warm") is "not hot yet", so cold.
_COLD_WORDS = frozenset(
    (
        *("froid", "froide", "froids", "froides", "cold", "tiede", "tiedes", "lukewarm"),
        *("warm", "glacial", "frais", "fraiche", "dormant", "inactif", "inactive"),
    )
)
_STAGE_WORDS: dict[str, Stage] = {
    "suspect": Stage.SUSPECT,
    "suspects": Stage.SUSPECT,
    "lead": Stage.LEAD,
    "leads": Stage.LEAD,
    "piste": Stage.LEAD,
    "nouveau": Stage.LEAD,
    "nouvelle": Stage.LEAD,
    "new": Stage.LEAD,
    "prospect": Stage.PROSPECT,
    "prospects": Stage.PROSPECT,
    "qualifie": Stage.PROSPECT,
    "qualified": Stage.PROSPECT,
    "opportunite": Stage.PROSPECT,
    "opportunity": Stage.PROSPECT,
    "client": Stage.CLIENT,
    "clients": Stage.CLIENT,
    "cliente": Stage.CLIENT,
    "customer": Stage.CLIENT,
    "gagne": Stage.CLIENT,
    "won": Stage.CLIENT,
    "signe": Stage.CLIENT,
}
# "pas intéressé" / "not interested" are cold, whatever the words after the negation say.
_NEGATIONS = frozenset({"pas", "non", "not", "no", "plus"})
_SPLIT_WORDS = re.compile(r"[\s/,;:|()\[\]\-_.!?+]+")


@dataclass(frozen=True, slots=True)
class Status:
    """What a status cell says: a temperature, a pipeline stage, or both ("Prospect chaud")."""

    temperature: Temperature | None = None
    stage: Stage | None = None


def clean_status(raw: str) -> Status | Invalid | None:
    """Temperature and/or stage from words like Chaud, FROID, hot lead, Prospect, Client."""
    text = raw.strip()
    if not text:
        return None
    return _status_cached(text)


@lru_cache(maxsize=4096)
def _status_cached(text: str) -> Status | Invalid:
    words = [word for word in _SPLIT_WORDS.split(fold(text)) if word]
    temperature: Temperature | None = None
    stage: Stage | None = None
    negated = False
    for word in words:
        if word in _NEGATIONS:
            negated = True
        elif word in _HOT_WORDS:
            temperature = Temperature.COLD if negated else Temperature.HOT
        elif word in _COLD_WORDS or word.startswith("❄"):
            temperature = Temperature.COLD
        elif word in _STAGE_WORDS and stage is None:
            stage = _STAGE_WORDS[word]
    if "🔥" in text:
        temperature = Temperature.HOT
    if temperature is None and stage is None:
        return Invalid("unknown_status", f"“{text}” is neither hot/cold nor a pipeline stage.")
    return Status(temperature, stage)


# --- yes/no ------------------------------------------------------------------------------------

_TRUE = frozenset({"1", "true", "yes", "oui", "vrai", "x", "o", "y", "ok", "✓", "✔", "☑"})
_FALSE = frozenset({"0", "false", "no", "non", "faux", "n", "-", "☐"})


def clean_bool(raw: str) -> bool | Invalid | None:
    text = raw.strip()
    if not text:
        return None
    word = fold(text).rstrip(".")
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    return Invalid("not_yes_no", f"“{text}” is neither yes nor no.")


# --- coordinates -------------------------------------------------------------------------------

_HEMISPHERES = {"N": 1.0, "E": 1.0, "S": -1.0, "W": -1.0, "O": -1.0}


def clean_coordinate(raw: str, axis: str) -> float | Invalid | None:
    """A latitude or longitude in decimal degrees; "47,4833" and "47.4833° N" are accepted."""
    text = raw.strip()
    if not text:
        return None
    compact = text.replace("\u00a0", "").replace(" ", "").replace("°", "").upper()
    sign = 1.0
    if compact and compact[-1] in _HEMISPHERES:
        sign = _HEMISPHERES[compact[-1]]
        compact = compact[:-1]
    elif compact and compact[0] in _HEMISPHERES:
        sign = _HEMISPHERES[compact[0]]
        compact = compact[1:]
    if compact.count(",") == 1 and "." not in compact:
        compact = compact.replace(",", ".")
    try:
        number = float(compact) * sign
    except ValueError:
        return Invalid("not_a_number", f"“{text}” is not a coordinate in decimal degrees.")
    limit = 90.0 if axis == "latitude" else 180.0
    if not -limit <= number <= limit or number != number:
        return Invalid("out_of_range", f"{axis.capitalize()} “{text}” is outside ±{limit:g}.")
    return number


def clean_coordinate_pair(raw: str) -> tuple[float, float] | Invalid | None:
    """ "47.4833, 4.2167" or "47,4833;4,2167" in one cell, latitude first."""
    text = raw.strip()
    if not text:
        return None
    parts = [part for part in re.split(r"\s*[;/|]\s*|\s+|,\s+", text) if part]
    if len(parts) == 1 and parts[0].count(",") == 1:
        parts = parts[0].split(",")
    if len(parts) != 2:
        return Invalid("not_coordinates", f"“{text}” is not a latitude and a longitude.")
    latitude = clean_coordinate(parts[0], "latitude")
    longitude = clean_coordinate(parts[1], "longitude")
    if isinstance(latitude, float) and isinstance(longitude, float):
        return latitude, longitude
    return Invalid("not_coordinates", f"“{text}” is not a latitude and a longitude.")


# --- postal codes, countries, SIRET ------------------------------------------------------------


def clean_postal_code(raw: str, country: str = "FR") -> str | Invalid | None:
    """Postal code checked against the country; spreadsheet-dropped leading zeros restored."""
    text = raw.strip()
    if not text:
        return None
    if len(text) == 5 and country in _FIVE_DIGIT_COUNTRIES and text.isdecimal() and text.isascii():
        return text  # the common case, already canonical
    return _postal_cached(text, country or "FR")


_FIVE_DIGIT_COUNTRIES = frozenset({"FR", "DE", "IT"})


@lru_cache(maxsize=16_384)
def _postal_cached(text: str, country: str) -> str | Invalid:
    candidate = text
    if country == "FR":
        upper = text.upper()
        for prefix in ("F-", "FR-", "F ", "FR "):
            if upper.startswith(prefix):
                candidate = text[len(prefix) :]
        digits = candidate.replace(" ", "").replace("\u00a0", "")
        if digits.isdigit():
            candidate = digits
    try:
        return normalize_postal_code(candidate, country)
    except PostalCodeError:
        return Invalid("bad_postal_code", f"“{text}” is not a postal code of {country}.")


def clean_country(raw: str) -> str | Invalid | None:
    text = raw.strip()
    if not text:
        return None
    try:
        return normalize_country(fold(text).upper()) or None
    except ValueError:
        return Invalid("unknown_country", f"“{text}” is not a country Moovdesk knows.")


@dataclass(frozen=True, slots=True)
class CompanyNumber:
    """A SIRET (14 digits, one establishment) or a SIREN (9 digits, the whole company)."""

    digits: str

    @property
    def is_siret(self) -> bool:
        return len(self.digits) == 14


def clean_company_number(raw: str) -> CompanyNumber | Invalid | None:
    text = raw.strip()
    if not text:
        return None
    if "E+" in text.upper():
        return Invalid(
            "number_mangled",
            f"“{text}” was shortened by a spreadsheet (scientific notation); the digits are lost.",
        )
    digits = "".join(char for char in text if char in "0123456789")
    if len(digits) != len(text.replace(" ", "").replace("\u00a0", "").replace(".", "")):
        return Invalid("not_a_siret", f"“{text}” is not a SIRET or SIREN number.")
    if len(digits) in (13, 8):  # a spreadsheet dropped the leading zero
        digits = "0" + digits
    if len(digits) not in (14, 9):
        return Invalid("not_a_siret", f"“{text}” is not a SIRET (14 digits) or SIREN (9 digits).")
    if not _luhn_valid(digits) and not digits.startswith("356000000"):
        return Invalid("bad_checksum", f"“{text}” is not a valid SIRET/SIREN (checksum fails).")
    return CompanyNumber(digits)


def _luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


# --- reports, tags, text --------------------------------------------------------------------------

_REPORT_KINDS = {
    "visite": ActivityKind.VISIT,
    "visit": ActivityKind.VISIT,
    "rdv": ActivityKind.VISIT,
    "rendez": ActivityKind.VISIT,
    "meeting": ActivityKind.VISIT,
    "reunion": ActivityKind.VISIT,
    "appel": ActivityKind.CALL,
    "call": ActivityKind.CALL,
    "telephone": ActivityKind.CALL,
    "tel": ActivityKind.CALL,
    "phone": ActivityKind.CALL,
    "email": ActivityKind.EMAIL,
    "mail": ActivityKind.EMAIL,
    "courriel": ActivityKind.EMAIL,
    "e": ActivityKind.EMAIL,
}


def clean_activity_kind(raw: str) -> ActivityKind | None:
    """Visit, call, email or (anything else) note, from a report's type ("Visite terrain")."""
    text = raw.strip()
    if not text:
        return None
    for word in _SPLIT_WORDS.split(fold(text)):
        if word in _REPORT_KINDS:
            return _REPORT_KINDS[word]
    return ActivityKind.NOTE


_TAG_SEPARATORS = re.compile(r"\s*(?::::|[;,|\n])\s*")
_SYSTEM_TAGS = frozenset({"* mycontacts", "* starred", "mycontacts", "* friends", "* family"})


def clean_tags(raw: str) -> list[str]:
    """Labels from "Clients ::: VIP", "vin; épicerie fine", Google's "* myContacts" dropped."""
    tags: list[str] = []
    for part in _TAG_SEPARATORS.split(raw.strip()):
        tag = " ".join(part.split())
        if tag and fold(tag) not in _SYSTEM_TAGS and tag not in tags:
            tags.append(tag)
    return tags


# Control characters (C0 but tab and line breaks, DEL, C1): terminal escapes and bells that a
# bad export leaves in a name. Line breaks and tabs are spaces in one-line text (split below).
_CONTROLS = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)])


def one_line(raw: str) -> str:
    """One-line text: control characters dropped, trimmed, inner runs of spaces and line breaks
    made one space."""
    text = " ".join(raw.split())
    if not text.isprintable():  # rare: only then look for control characters
        text = " ".join(text.translate(_CONTROLS).split())
    return text


def clean_line(raw: str) -> str | None:
    """One-line text (a name, a city), see one_line; None when nothing is left."""
    return one_line(raw) or None


def clean_block(raw: str) -> str | None:
    """Multi-line text (notes): trimmed, Windows line breaks made plain, nothing else touched."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    return text or None


def clean_number(raw: str) -> float | None:
    """A plain number with a decimal comma or point; None when it is none."""
    text = raw.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None
