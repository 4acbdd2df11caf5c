"""Phone numbers: stored in E.164 ("+33612345678"), shown in the national format ("06 12 34 56 78").

phonenumbers does the work; the common French shapes take a fast path first, because a 100,000-row
import would otherwise spend most of its time in the library (about 15 µs a number).
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

_SEPARATORS = re.compile(r"[\s.\-/()\u00a0\u202f]")
_FRENCH_NATIONAL = re.compile(r"0[1-9]\d{8}")
_FRENCH_INTERNATIONAL = re.compile(r"(?:\+|00)33(?:\(0\))?([1-9]\d{8})")
_SEVERAL = re.compile(r"\s*(?:[;,|\n]|\s/\s|\s+(?:ou|or|et|and)\s+)\s*", re.IGNORECASE)


class PhoneError(ValueError):
    """The text is not a phone number that can be dialled."""


def normalize_phone(raw: str, default_region: str = "FR") -> str:
    """Return the E.164 form of `raw`; "" stays "". Raises PhoneError when it is not a number."""
    text = raw.strip()
    if not text:
        return ""
    compact = _SEPARATORS.sub("", text)
    if default_region == "FR":
        if _FRENCH_NATIONAL.fullmatch(compact):
            return "+33" + compact[1:]
        match = _FRENCH_INTERNATIONAL.fullmatch(compact)
        if match:
            return "+33" + match.group(1)
        if compact.isdigit() and len(compact) == 9 and compact[0] in "123456789":
            # A spreadsheet dropped the leading zero of "06 12 34 56 78".
            return "+33" + compact
    return _normalize_with_library(compact, default_region.upper())


@lru_cache(maxsize=8192)
def _normalize_with_library(compact: str, region: str) -> str:
    try:
        number = phonenumbers.parse(compact, region)
    except phonenumbers.NumberParseException as error:
        raise PhoneError(f"{compact!r} is not a phone number") from error
    if not number.national_number:  # "0000000000": a placeholder for "no number"
        raise PhoneError(f"{compact!r} is not a phone number")
    if not phonenumbers.is_possible_number(number):
        raise PhoneError(f"{compact!r} is not a possible phone number for {region}")
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def split_phones(cell: str) -> list[str]:
    """Several numbers in one cell ("06 12 34 56 78 / 04 72 00 00 00") as separate texts."""
    return [part for part in _SEVERAL.split(cell.strip()) if part.strip()]


@lru_cache(maxsize=8192)
def format_phone(e164: str, home_region: str = "FR") -> str:
    """National format for numbers of the rep's country, international for the others."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    region = phonenumbers.region_code_for_number(number)
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if region == home_region.upper()
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, style))


def dial_uri(e164: str) -> str:
    """A tel: link (RFC 3966) for softphones and mobile hand-off."""
    return f"tel:{e164}" if e164 else ""
