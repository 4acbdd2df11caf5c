"""A person's name from one cell: "Jean Dupont", "DUPONT Jean", "Dupont, Jean", "M. Jean-Pierre
de la Fontaine". French files often write the family name in capitals, first or last; that is the
surest sign of which word is which.
"""

from __future__ import annotations

from dataclasses import dataclass

from moovdesk.data.text_folding import fold

_PARTICLES = frozenset(
    {
        "de",
        "du",
        "des",
        "d'",
        "le",
        "la",
        "van",
        "von",
        "der",
        "di",
        "da",
        "del",
        "dos",
        "el",
        "ben",
    }
)


_CIVILITIES = {
    "m": "M.",
    "mr": "M.",
    "monsieur": "M.",
    "mister": "M.",
    "mme": "Mme",
    "madame": "Mme",
    "mrs": "Mme",
    "ms": "Mme",
    "mlle": "Mlle",
    "mademoiselle": "Mlle",
    "miss": "Mlle",
    "dr": "Dr",
    "docteur": "Dr",
    "doctor": "Dr",
    "me": "Me",
    "maitre": "Me",
    "pr": "Pr",
    "professeur": "Pr",
    "prof": "Pr",
}


_CIVILITY_WORDS = frozenset(_CIVILITIES)


def civility_of(raw: str) -> str | None:
    """The usual French abbreviation (M., Mme, Dr…) when `raw` is a civility, else None."""
    key = fold(raw.strip()).rstrip(".").strip()
    return _CIVILITIES.get(key)


@dataclass(frozen=True, slots=True)
class PersonName:
    first_name: str = ""
    last_name: str = ""
    civility: str = ""


def split_full_name(raw: str) -> PersonName:
    tokens = raw.split()
    if not tokens:
        return PersonName()
    if len(tokens) == 2 and "," not in raw:
        # The usual "Jean Dupont" / "Jean DUPONT", without the general rules below.
        first, last = tokens
        if not first.isupper() and first.rstrip(".").lower() not in _CIVILITY_WORDS:
            return PersonName(first, last)
    text = " ".join(tokens)
    civility = civility_of(tokens[0]) or ""
    if civility and len(tokens) > 1:
        tokens = tokens[1:]
        text = " ".join(tokens)
    if "," in text:
        last, _, first = text.partition(",")
        return PersonName(first.strip(), last.strip(), civility)
    if len(tokens) == 1:
        return PersonName("", tokens[0], civility)
    capitals = [_is_capitalised_name(token) for token in tokens]
    if any(capitals) and not all(capitals):
        last = " ".join(token for token, upper in zip(tokens, capitals, strict=True) if upper)
        first = " ".join(token for token, upper in zip(tokens, capitals, strict=True) if not upper)
        return PersonName(first, last, civility)
    for index in range(1, len(tokens)):
        if tokens[index].lower() in _PARTICLES or tokens[index].lower().startswith("d'"):
            return PersonName(" ".join(tokens[:index]), " ".join(tokens[index:]), civility)
    return PersonName(tokens[0], " ".join(tokens[1:]), civility)


def _is_capitalised_name(token: str) -> bool:
    return len(token) >= 2 and token.isupper()
