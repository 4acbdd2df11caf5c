"""Addresses that arrive in pieces (SIRENE's number/type/label columns) or in one piece
("12 rue de la Paix, 75002 Paris"), and SIRENE's Lambert-93 positions turned into GPS degrees.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# SIRENE's typeVoie codes (INSEE) and the abbreviations French files commonly use.
_STREET_TYPES = {
    "ALL": "Allée",
    "AV": "Avenue",
    "AVE": "Avenue",
    "BD": "Boulevard",
    "BLD": "Boulevard",
    "BVD": "Boulevard",
    "CAR": "Carrefour",
    "CD": "Chemin départemental",
    "CHE": "Chemin",
    "CH": "Chemin",
    "CHS": "Chaussée",
    "CITE": "Cité",
    "COR": "Corniche",
    "CRS": "Cours",
    "DOM": "Domaine",
    "DSC": "Descente",
    "ECA": "Écart",
    "ESP": "Esplanade",
    "FG": "Faubourg",
    "FBG": "Faubourg",
    "GR": "Grande Rue",
    "HAM": "Hameau",
    "HLE": "Halle",
    "IMP": "Impasse",
    "LD": "Lieu-dit",
    "LOT": "Lotissement",
    "MAR": "Marché",
    "MTE": "Montée",
    "PARC": "Parc",
    "PAS": "Passage",
    "PL": "Place",
    "PLN": "Plaine",
    "PLT": "Plateau",
    "PONT": "Pont",
    "PORT": "Port",
    "PRO": "Promenade",
    "PRV": "Parvis",
    "QUA": "Quartier",
    "QUAI": "Quai",
    "R": "Rue",
    "RD": "Route départementale",
    "RES": "Résidence",
    "RLE": "Ruelle",
    "RN": "Route nationale",
    "ROC": "Rocade",
    "RPT": "Rond-point",
    "RTE": "Route",
    "RUE": "Rue",
    "SEN": "Sentier",
    "SQ": "Square",
    "TPL": "Terre-plein",
    "TRA": "Traverse",
    "VLA": "Villa",
    "VLGE": "Village",
    "VOIE": "Voie",
}
_REPETITION = {"B": "bis", "T": "ter", "Q": "quater", "C": "quinquies"}
_UNKNOWN_MARKERS = frozenset({"[ND]", "ND", "N/D"})


def blank_if_undisclosed(text: str) -> str:
    """SIRENE writes "[ND]" where a sole trader's address is not disclosed."""
    return "" if text.strip().upper() in _UNKNOWN_MARKERS else text


def expand_street_type(code: str, *, upper: bool) -> str:
    """ "BD" -> "Boulevard" ("BOULEVARD" beside an upper-case street name); unknown codes stay."""
    word = _STREET_TYPES.get(code.strip().upper().rstrip("."), code.strip())
    return word.upper() if upper else word


def join_street(number: str, suffix: str, street_type: str, name: str) -> str:
    """ "12", "B", "BD", "DE LA REPUBLIQUE" -> "12 BIS BOULEVARD DE LA REPUBLIQUE"."""
    number, suffix, street_type, name = (
        blank_if_undisclosed(part).strip() for part in (number, suffix, street_type, name)
    )
    upper = name.isupper() if name else street_type.isupper()
    parts = [number]
    if suffix:
        word = _REPETITION.get(suffix.upper(), suffix)
        parts.append(word.upper() if upper else word)
    if street_type:
        parts.append(expand_street_type(street_type, upper=upper))
    parts.append(name)
    return " ".join(part for part in parts if part)


_POSTAL_THEN_CITY = re.compile(r"(?:^|[\s,;])((?:[A-Z]{1,2}-)?\d{4,5})\s+([^\d\n,;][^\n,;]*)")
_CITY_THEN_POSTAL = re.compile(r"^\s*([^\d\n,;][^\n,;]*?)\s*[,;]?\s+(\d{5})\s*$")


@dataclass(frozen=True, slots=True)
class AddressParts:
    street: str = ""
    postal_code: str = ""
    city: str = ""
    rest: str = ""


def split_postal_code_city(text: str) -> AddressParts:
    """ "75008 PARIS", "PARIS 75008", "F-67000 Strasbourg Cedex" -> postal code and city."""
    text = text.strip()
    match = _POSTAL_THEN_CITY.search(text)
    if match and match.start(1) <= 1:
        return AddressParts(postal_code=match.group(1), city=match.group(2).strip())
    match = _CITY_THEN_POSTAL.match(text)
    if match:
        return AddressParts(postal_code=match.group(2), city=match.group(1).strip())
    return AddressParts(city=text) if not any(char.isdigit() for char in text) else AddressParts()


def parse_full_address(text: str) -> AddressParts:
    """ "12 rue de la Paix\\n75002 Paris\\nFrance" or "12 rue de la Paix, 75002 Paris"."""
    flat = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    match = None
    for candidate in _POSTAL_THEN_CITY.finditer(flat):
        match = candidate  # the last postal code: street numbers come before it
    if match is None:
        return AddressParts(street=" ".join(flat.split()))
    street = ", ".join(
        part.strip() for part in re.split(r"[\n,;]", flat[: match.start(1)]) if part.strip()
    )
    rest = ", ".join(
        part.strip() for part in re.split(r"[\n,;]", flat[match.end() :]) if part.strip()
    )
    return AddressParts(street, match.group(1), match.group(2).strip(), rest)


# Lambert-93 (RGF93, EPSG:2154) constants from IGN's projection notes (algorithm ALG0004).
_N = 0.7256077650532670
_C = 11754255.426096
_XS = 700000.0
_YS = 12655612.049876
_E = 0.0818191910428158
_LON0 = math.radians(3.0)


def lambert93_to_wgs84(x: float, y: float) -> tuple[float, float] | None:
    """(latitude, longitude) in degrees; None when the point is not in or near France.

    RGF93 and WGS84 differ by less than a metre, far below what a rep's map shows.
    """
    if not (50_000 <= x <= 1_300_000 and 6_000_000 <= y <= 7_200_000):
        return None
    dx, dy = x - _XS, y - _YS
    radius = math.hypot(dx, dy)
    gamma = math.atan(dx / -dy)
    longitude = _LON0 + gamma / _N
    isometric = -math.log(radius / _C) / _N
    latitude = 2 * math.atan(math.exp(isometric)) - math.pi / 2
    for _ in range(12):
        e_sin = _E * math.sin(latitude)
        latitude = (
            2 * math.atan(((1 + e_sin) / (1 - e_sin)) ** (_E / 2) * math.exp(isometric))
            - math.pi / 2
        )
    return round(math.degrees(latitude), 6), round(math.degrees(longitude), 6)
