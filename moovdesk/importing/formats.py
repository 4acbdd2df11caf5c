"""Well-known exports recognised from their header sets, each with a fixed, checked mapping.

Google Contacts (current and older layouts), Outlook (English and French), LinkedIn connections,
INSEE SIRENE establishments and Moovago's three exports (companies, contact persons, visit
reports). Detection scores the headers that only that export uses, so extra or missing columns
(Moovago's custom fields, an Outlook export trimmed in Excel) do not break it; columns a format does
not know fall back to the generic header matching.
"""

from __future__ import annotations

from moovdesk.importing.address_book_formats import (
    GOOGLE_CONTACTS,
    GOOGLE_CONTACTS_LEGACY,
    LINKEDIN,
    OUTLOOK_EN,
    OUTLOOK_FR,
)
from moovdesk.importing.business_formats import (
    MOOVAGO_COMPANIES,
    MOOVAGO_CONTACTS,
    MOOVAGO_REPORTS,
    SIRENE,
)
from moovdesk.importing.format_spec import KnownFormat
from moovdesk.importing.synonyms import squash

KNOWN_FORMATS: tuple[KnownFormat, ...] = (
    GOOGLE_CONTACTS,
    GOOGLE_CONTACTS_LEGACY,
    OUTLOOK_EN,
    OUTLOOK_FR,
    LINKEDIN,
    SIRENE,
    MOOVAGO_COMPANIES,
    MOOVAGO_CONTACTS,
    MOOVAGO_REPORTS,
)


def detect_format(header: list[str]) -> KnownFormat | None:
    """The known export whose characteristic headers this header has most of, if any."""
    keys = {squash(name) for name in header}
    best: KnownFormat | None = None
    best_score = 0
    for known in KNOWN_FORMATS:
        score = known.score(keys)
        if score >= known.threshold and score > best_score:
            best, best_score = known, score
    return best


def format_by_key(key: str) -> KnownFormat | None:
    return next((known for known in KNOWN_FORMATS if known.key == key), None)


__all__ = ["KNOWN_FORMATS", "KnownFormat", "detect_format", "format_by_key"]
