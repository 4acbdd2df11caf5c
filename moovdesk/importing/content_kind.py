"""What a file really is, from its first bytes: the extension is only what someone typed.

A spreadsheet renamed .csv is opened as a spreadsheet; a photo or PDF renamed .csv is refused with
a message that names what it looks like, instead of a screen of mojibake.
"""

from __future__ import annotations

from enum import StrEnum

from moovdesk.importing.errors import ImportFileError, Reason


class ContentKind(StrEnum):
    TEXT = "text"
    ZIP = "zip"
    OLE2 = "ole2"


# Magic numbers of files people drop by mistake, with the words the message uses for them.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "a rich-text (RTF) document"),
    (b"BEGIN:VCARD", "a vCard address book"),
    (b"BEGIN:VCALENDAR", "an iCalendar file"),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MARKUP_PREFIXES = (b"<?xml", b"<!doctype html", b"<html", b"<table")


def classify(head: bytes) -> ContentKind:
    """Classify by the first bytes; raise ImportFileError for content that is no table at all."""
    if head.startswith(_ZIP_MAGIC):
        return ContentKind.ZIP
    if head.startswith(_OLE2_MAGIC):
        return ContentKind.OLE2
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise ImportFileError(
                f"This file is {what}, not a table. Import a CSV, XLSX or ODS file.",
                Reason.BINARY_FILE,
            )
    if head[:4] == b"RIFF" or head[4:8] in (b"ftyp", b"moov"):
        raise ImportFileError(
            "This file is a media file, not a table. Import a CSV, XLSX or ODS file.",
            Reason.BINARY_FILE,
        )
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:64].lower()
    if lowered.startswith(_MARKUP_PREFIXES):
        raise ImportFileError(
            "This file is a web page or XML document (some programs save those with an .xls "
            "name). Open it in a spreadsheet and save it as XLSX or CSV, then import that.",
            Reason.NOT_A_TABLE,
        )
    return ContentKind.TEXT
