"""vCard 4.0 (RFC 6350) for phones and address books: one card per contact person, so each
person can be called from the phone's contacts, or one organisation card (KIND:org) for a
prospect without a contact.

UIDs are the records' UUIDs, so importing a newer export updates the cards instead of
duplicating them. Text is escaped (`\\` `,` `;` newlines) and lines are folded at 75 octets
without splitting a UTF-8 character, as the RFC asks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from moovdesk import __version__
from moovdesk.exporting.records import ExportContact, ExportRecord
from moovdesk.phones import dial_uri

LINE_OCTETS = 75
# Control characters other than tab and line feed (which escape() turns into "\n").
_CONTROL_CHARACTERS = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
# The country component of ADR is a name; address books show it as written.
_COUNTRY_NAMES = {
    "FR": "France",
    "BE": "Belgique",
    "CH": "Suisse",
    "LU": "Luxembourg",
    "MC": "Monaco",
    "DE": "Allemagne",
    "ES": "Espagne",
    "IT": "Italie",
    "AD": "Andorre",
    "NL": "Pays-Bas",
    "PT": "Portugal",
    "GB": "Royaume-Uni",
    "AT": "Autriche",
}


def write_vcards(
    path: Path,
    batches: Iterable[list[ExportRecord]],
    *,
    on_batch: Callable[[int], None] | None = None,
) -> int:
    """Write the cards of every record; returns the number of prospects (not of cards)."""
    written = 0
    with path.open("wb") as stream:
        for batch in batches:
            for record in batch:
                for card in cards_of(record):
                    stream.write(card)
            written += len(batch)
            if on_batch is not None:
                on_batch(written)
    return written


def cards_of(record: ExportRecord) -> list[bytes]:
    if not record.contacts:
        return [_card(_organisation_lines(record))]
    return [_card(_person_lines(record, contact)) for contact in record.contacts]


def _person_lines(record: ExportRecord, contact: ExportContact) -> list[str]:
    row = record.row
    name = contact.full_name or contact.job_title or row.company or contact.email or "Contact"
    first, last = contact.first_name, contact.last_name
    lines = [
        f"UID:urn:uuid:{contact.id}",
        f"FN:{escape(name)}",
        # family; given; additional; honorific prefix (M., Mme); honorific suffix
        "N:" + ";".join(escape(part) for part in (last, first, "", contact.civility, "")),
    ]
    if row.company:
        lines.append(f"ORG:{escape(row.company)}")
    if contact.job_title:
        lines.append(f"TITLE:{escape(contact.job_title)}")
    # The business's switchboard and address too: reaching the person often goes through them.
    lines += _phone_lines(
        [(contact.mobile, "cell"), (contact.phone, "work"), (record.business.phone, "work")]
    )
    lines += _email_lines([contact.email, record.business.email])
    notes = "\n\n".join(part for part in (contact.notes, row.notes) if part)
    lines += _shared_lines(record, notes, max(contact.updated_at, row.updated_at))
    return lines


def _organisation_lines(record: ExportRecord) -> list[str]:
    row = record.row
    name = row.company or row.contact_name or row.city or "Prospect"
    lines = [
        "KIND:org",
        f"UID:urn:uuid:{row.id}",
        f"FN:{escape(name)}",
        f"ORG:{escape(row.company or name)}",
        "X-ABSHOWAS:COMPANY",  # Apple Contacts: file it under the company
    ]
    lines += _phone_lines([(row.mobile, "cell"), (row.phone, "work")])
    lines += _email_lines([row.email])
    return lines + _shared_lines(record, row.notes, row.updated_at)


def _shared_lines(record: ExportRecord, notes: str, revised: datetime) -> list[str]:
    row = record.row
    lines: list[str] = []
    if row.street or row.city or row.postal_code:
        country = _COUNTRY_NAMES.get(row.country, row.country)
        parts = ("", "", row.street, row.city, "", row.postal_code, country)
        lines.append("ADR;TYPE=work:" + ";".join(escape(part) for part in parts))
    if row.latitude is not None and row.longitude is not None:
        lines.append(f"GEO:geo:{row.latitude!r},{row.longitude!r}")
    if row.website:
        lines.append(f"URL:{_single_line(row.website)}")
    if row.tags:
        lines.append("CATEGORIES:" + ",".join(escape(tag) for tag in row.tags))
    if notes:
        lines.append(f"NOTE:{escape(notes)}")
    lines.append(f"REV:{revised.astimezone(UTC):%Y%m%dT%H%M%SZ}")
    return lines


def _phone_lines(phones: list[tuple[str, str]]) -> list[str]:
    lines: list[str] = []
    seen: set[str] = set()
    for number, kind in phones:
        if not number or number in seen:
            continue
        seen.add(number)
        if number.startswith("+") and number[1:].isdigit():
            lines.append(f"TEL;VALUE=uri;TYPE={kind}:{dial_uri(number)}")
        else:  # not E.164 (an old record): keep it readable as text
            lines.append(f"TEL;TYPE={kind}:{escape(number)}")
    return lines


def _email_lines(emails: list[str]) -> list[str]:
    unique = dict.fromkeys(email for email in emails if email)
    return [f"EMAIL;TYPE=work:{escape(email)}" for email in unique]


def _card(lines: list[str]) -> bytes:
    body = ["BEGIN:VCARD", "VERSION:4.0", f"PRODID:-//Moovdesk//Moovdesk {__version__}//FR"]
    return b"".join(fold(line) for line in [*body, *lines, "END:VCARD"])


def escape(text: str) -> str:
    """A text value escaped for a vCard line (RFC 6350 §3.4): newlines become `\\n`, and other
    control characters, which the grammar forbids and imported files sometimes carry, go."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL_CHARACTERS)
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\n", "\\n")


def _single_line(text: str) -> str:
    return " ".join(text.translate(_CONTROL_CHARACTERS).split())


def fold(line: str) -> bytes:
    """The line as UTF-8 ending in CRLF, folded so no physical line passes 75 octets.

    A continuation starts with one space, which counts in its 75; characters are never cut.
    """
    data = line.encode("utf-8")
    if len(data) <= LINE_OCTETS:
        return data + b"\r\n"
    pieces: list[bytes] = []
    current = bytearray()
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > LINE_OCTETS:
            pieces.append(bytes(current))
            current = bytearray(b" ")
        current += encoded
    pieces.append(bytes(current))
    return b"\r\n".join(pieces) + b"\r\n"
