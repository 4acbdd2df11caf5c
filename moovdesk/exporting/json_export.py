"""JSON for other programs: a list of records keyed by the canonical field names, plus
`next_follow_up`, `last_contact_at` and every contact person. Text is kept exactly (no
spreadsheet neutralisation), times are ISO 8601 with their offset, UTF-8 unescaped.

Written record by record (`[`, records, `]`) so a large export never exists twice in memory,
one record per line: greppable and diffable, and json's C encoder only works without indent
(indenting made a 100,000-prospect export five times slower).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from moovdesk.exporting.records import (
    CONTACT_FIELDS,
    EXPORT_FIELDS,
    FIELD_KINDS,
    ExportContact,
    ExportRecord,
    FieldKind,
    local_time,
    row_values,
)


def _same(value: Any) -> Any:
    return value


def _choice(value: Any) -> str:
    return str(value.value)


def _time(value: datetime | None) -> str | None:
    return None if value is None else local_time(value).isoformat()


_JSON_VALUE: dict[FieldKind, Callable[[Any], Any]] = {
    FieldKind.TEXT: _same,  # exactly as stored: JSON is read by programs, not spreadsheets
    FieldKind.CHOICE: _choice,
    FieldKind.FLAG: _same,
    FieldKind.NUMBER: _same,
    FieldKind.TIME: _time,
    FieldKind.TAGS: list,
}
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
_COLUMNS = tuple((name, _JSON_VALUE[FIELD_KINDS[name]]) for name in EXPORT_FIELDS)


def write_json(
    path: Path,
    batches: Iterable[list[ExportRecord]],
    *,
    on_batch: Callable[[int], None] | None = None,
) -> int:
    """Write the records as one JSON array, a record per line; returns how many."""
    written = 0
    with path.open("w", encoding="utf-8", newline="\n") as stream:
        stream.write("[")
        for batch in batches:
            for record in batch:
                stream.write(",\n" if written else "\n")
                stream.write(_ENCODER.encode(json_record(record)))
                written += 1
            if on_batch is not None:
                on_batch(written)
        stream.write("\n]\n" if written else "]\n")
    return written


def json_record(record: ExportRecord) -> dict[str, Any]:
    """The record as JSON-ready values, keys in canonical order, then `contacts`."""
    result = {
        name: convert(value)
        for (name, convert), value in zip(_COLUMNS, row_values(record.row), strict=True)
    }
    result["contacts"] = [_contact(contact) for contact in record.contacts]
    return result


def _contact(contact: ExportContact) -> dict[str, Any]:
    return {name: getattr(contact, name) for name in CONTACT_FIELDS}
