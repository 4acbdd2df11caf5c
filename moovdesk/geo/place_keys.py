"""How the gazetteer compares places: name and postal-code keys that forgive case, accents,
hyphens, articles, "St"/"Ste", arrondissement ordinals, CEDEX tails and lost leading zeros.

Shared by the lookup (`moovdesk.geo.gazetteer`) and the data builder (`tools/build_gazetteer.py`),
which stores these keys in the shipped file.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from moovdesk.addresses import normalize_country

# Bump when place_key or postal_code_key change: the shipped file must then be rebuilt.
KEY_VERSION: Final = 2

FRENCH_POSTAL_SPACE: Final = frozenset(
    {"FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF", "MC"}
)
# Digits-only postal codes whose leading zeros spreadsheets strip.
_CODE_LENGTH: Final = {"FR": 5, "DE": 5, "ES": 5, "IT": 5, "BE": 4, "CH": 4, "LU": 4, "AT": 4}


def group_of(country: str) -> str:
    """The data group holding a country's postal codes."""
    return "FR" if country in FRENCH_POSTAL_SPACE else country


# --- Normalisation ------------------------------------------------------------------------------

_FOLD = str.maketrans(
    {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"}
    | {"đ": "d", "Đ": "d", "ß": "ss", "ı": "i", "’": " ", "'": " "}
)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ABBREVIATIONS: Final = {"st": "saint", "ste": "sainte", "sankt": "saint", "mt": "mont"}
# Articles and linking words addresses drop, add or invert ("Havre (Le)", "les" for "lès").
_SMALL_WORDS: Final = frozenset(
    {"le", "la", "les", "l", "de", "du", "des", "d", "sur", "sous", "en", "et", "a", "au", "aux"}
    | {"lez", "am", "an", "im", "der", "bei", "di", "del", "della", "dei", "el"}
)
_ARRONDISSEMENT_WORDS: Final = frozenset({"arrondissement", "arrondt", "arrdt", "arrt", "arr"})
_ORDINAL = re.compile(r"0*(\d{1,2})(?:e|er|ere|eme|em|me|ieme|nd|nde)")
_CEDEX_WORDS: Final = frozenset({"cedex", "cdx"})


def place_key(name: str) -> str:
    """The match key of a place name: "L'Isle-sur-la-Sorgue" and "L ISLE SUR LA SORGUE" meet.

    Lower-case ASCII letters and digits, no spaces; St/Ste expanded; articles and linking words
    dropped (unless nothing else is left); "15e", "3ème", "1er", "08" become "15", "3", "1", "8";
    everything from "CEDEX" on is ignored.
    """
    return name_keys(name)[0]


def strict_place_key(name: str) -> str:
    """`place_key` keeping articles and word breaks: tells "Le Mont-Dore" from "Mont-Dore",
    "Labeaume" from "La Beaume", "Madrid" from "La Madrid" when a bare name must decide."""
    return name_keys(name)[1]


@lru_cache(maxsize=1 << 18)
def name_keys(name: str) -> tuple[str, str]:
    text = name.translate(_FOLD).lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words: list[str] = []
    for word in _NON_ALNUM.split(text):
        if not word or word in _ARRONDISSEMENT_WORDS:
            continue
        if word in _CEDEX_WORDS:
            break
        if word[0].isdigit():
            ordinal = _ORDINAL.fullmatch(word)
            if ordinal:
                word = str(int(ordinal.group(1)))
            elif word.isdigit():
                word = str(int(word))
        words.append(_ABBREVIATIONS.get(word, word))
    loose = "".join([word for word in words if word not in _SMALL_WORDS] or words)
    return loose, " ".join(words)


_COUNTRY_PREFIX = re.compile(r"[A-Z]{1,3} ?- ?(?=\d)")


@lru_cache(maxsize=1 << 16)
def postal_code_key(group: str, raw: str) -> str:
    """The postal code as the gazetteer of `group` stores it, or "" when none is given.

    Upper-cased; CEDEX tail, country prefix ("F-", "L-", "CH-") and spaces removed; zeros that
    spreadsheets strip restored. Portugal keeps its 4-digit prefix, the Netherlands their
    digits, Great Britain its outward code: the gazetteer has nothing finer there.
    """
    text = raw.strip().upper()
    cedex = text.find("CEDEX")
    if cedex >= 0:
        text = text[:cedex].strip()
    if text.endswith(".0") and text[:-2].isdigit():  # a number cell read as a float
        text = text[:-2]
    if group == "GB":
        parts = text.split()
        if len(parts) > 1:
            return parts[0]
        return text[:-3] if len(text) >= 5 else text
    if group == "AD":
        digits = text.removeprefix("AD").strip(" -")
        return "AD" + digits.zfill(3) if digits.isdigit() else text
    text = _COUNTRY_PREFIX.sub("", text, count=1)
    if group == "PT":
        text = text.split("-")[0]
    elif group == "NL" and text[:4].isdigit():
        text = text[:4]
    text = text.replace(" ", "")
    length = _CODE_LENGTH.get(group)
    if length and text.isdigit() and len(text) < length:
        text = text.zfill(length)
    return text


def postal_area(group: str, code: str) -> str:
    """The département of a French postal code ("2A", "974"), the first two characters
    elsewhere (a province or region in most neighbours)."""
    if group == "FR":
        if code.startswith("20"):  # Corsica: 200xx-201xx Corse-du-Sud, 202xx-206xx Haute-Corse
            return "2A" if code < "20200" else "2B"
        if code.startswith(("97", "98")):
            return code[:3]
        return code[:2]
    if group == "GB":
        return code.rstrip("0123456789")[:2] or code[:2]
    return code[:2]


_LEADING_CODE = re.compile(r"\s*(?:[A-Z]{1,2}-)?(\d{4,5})\s+(.+)", re.IGNORECASE)
_TRAILING_CODE = re.compile(r"(.+?)\s+(\d{4,5})\s*")
_AREA_HINT = re.compile(r"\(\s*(\d{2,3}|2[AB])\s*\)", re.IGNORECASE)


@lru_cache(maxsize=1 << 18)
def read_city(city: str) -> tuple[str, str, str, str]:
    """(key, strict key, postal code written in the city field, département hint "(93)")."""
    code = hint = ""
    if "(" in city:
        hinted = _AREA_HINT.search(city)
        if hinted:
            hint = hinted.group(1).upper()
            city = f"{city[: hinted.start()]} {city[hinted.end() :]}"
    stripped = city.strip()
    if stripped[:1].isdigit() or stripped[1:2] == "-":
        split = _LEADING_CODE.fullmatch(stripped)
        if split:
            code, city = split.group(1), split.group(2)
    elif stripped[-1:].isdigit():
        split = _TRAILING_CODE.fullmatch(stripped)
        if split:
            city, code = split.group(1), split.group(2)
    loose, strict = name_keys(city)
    return loose, strict, code, hint


@lru_cache(maxsize=256)
def country_code(raw: str) -> str | None:
    try:
        return normalize_country(raw) or "FR"
    except ValueError:
        return None
