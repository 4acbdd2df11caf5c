"""The row-wide steps that need several cells at once: street parts joined, a full name split,
phones spread over phone and mobile, the postal code checked against the row's own country,
Lambert-93 turned into degrees, and everything set aside gathered into the notes."""

from __future__ import annotations

from functools import lru_cache

from moovdesk.data.vocabulary import ActivityKind, GeoPrecision
from moovdesk.importing.addressing import (
    join_street,
    lambert93_to_wgs84,
    parse_full_address,
    split_postal_code_city,
)
from moovdesk.importing.cleaned_row import CleanedRow, RowDraft, VisitReport
from moovdesk.importing.contact_points import is_mobile
from moovdesk.importing.errors import Invalid
from moovdesk.importing.names import split_full_name
from moovdesk.importing.phone_slots import distribute_phones
from moovdesk.importing.values import clean_coordinate_pair, clean_postal_code
from moovdesk.phones import format_phone

# The same few names come back row after row ("Camille Martin"); the split is frozen, so shared.
_split_full_name = lru_cache(maxsize=4096)(split_full_name)


def assemble(row: RowDraft, *, country: str, source: str) -> CleanedRow:
    """The row-wide steps, once every cell of the row has been read."""
    out = row.out
    fields = row.fields
    if row.company_fallback and "company" not in fields:
        fields["company"] = row.company_fallback
    if row.full_name and not ("first_name" in fields or "last_name" in fields):
        person = _split_full_name(row.full_name)
        if person.first_name:
            fields["first_name"] = person.first_name
        if person.last_name:
            fields["last_name"] = person.last_name
        if person.civility:
            fields.setdefault("civility", person.civility)
    if row.postal or row.street_parts or row.street_extra or row.postal_city or row.full_address:
        _assemble_address(row, country)
    if row.phones:
        if len(row.phones) == 1 and len(row.phones[0][1]) == 1:
            target, (number,) = row.phones[0]
            fields[target if target != "phone_any" else _any_slot(number)] = number
        else:
            slots, extras = distribute_phones(row.phones)
            for slot, number in slots.items():
                fields.setdefault(slot, number)
            out.extra_notes.extend(f"Phone: {format_phone(number)}" for number in extras)
    if row.coordinates or row.lambert or "latitude" in fields or "longitude" in fields:
        _assemble_position(row)
    if source and "source" not in fields:
        fields["source"] = source
    if row.report_kind is not None or row.report_note or row.report_date is not None:
        out.report = VisitReport(
            row.report_date,
            row.report_kind or ActivityKind.NOTE,
            row.report_note,
            row.report_label,
        )
    if out.extra_notes:
        fields["notes"] = "\n".join([*(row.notes or ()), *out.extra_notes])
    elif row.notes:
        fields["notes"] = "\n".join(row.notes)
    return out


def _assemble_address(row: RowDraft, country: str) -> None:
    fields = row.fields
    if row.postal and not (
        row.street_parts or row.street_extra or row.postal_city or row.full_address
    ):
        _set_postal_code(row, row.postal[0], row.postal[1], country)
        return
    if row.street_parts:
        parts = row.street_parts
        joined = join_street(
            parts.get("street_number", ""),
            parts.get("street_number_suffix", ""),
            parts.get("street_type", ""),
            parts.get("street_name", ""),
        )
        if joined:
            fields.setdefault("street", joined)
    postal_raw = row.postal[1] if row.postal else ""
    for text, parse in (
        (row.postal_city, split_postal_code_city),
        (row.full_address, parse_full_address),
    ):
        if not text:
            continue
        parts_found = parse(text)
        if parts_found.street:
            fields.setdefault("street", parts_found.street)
        if parts_found.city:
            fields.setdefault("city", parts_found.city)
        postal_raw = postal_raw or parts_found.postal_code
    if row.street_extra:
        street = fields.get("street")
        fields["street"] = ", ".join([street, *row.street_extra] if street else row.street_extra)
    if postal_raw:
        _set_postal_code(row, row.postal[0] if row.postal else -1, postal_raw, country)


def _set_postal_code(row: RowDraft, column: int, raw: str, country: str) -> None:
    code = clean_postal_code(raw, row.fields.get("country") or country)
    if isinstance(code, Invalid):
        if column >= 0:
            row.problem(column, raw, code)
    elif code:
        row.fields["postal_code"] = code


def _assemble_position(row: RowDraft) -> None:
    fields = row.fields
    if row.coordinates and "latitude" not in fields and "longitude" not in fields:
        column, raw = row.coordinates
        pair = clean_coordinate_pair(raw)
        if isinstance(pair, Invalid):
            row.problem(column, raw, pair)
        elif pair is not None:
            fields["latitude"], fields["longitude"] = pair
    lambert = row.lambert
    if lambert and "latitude" not in fields and len(lambert) == 2:
        position = lambert93_to_wgs84(lambert["lambert_x"], lambert["lambert_y"])
        if position:
            fields["latitude"], fields["longitude"] = position
    latitude, longitude = fields.get("latitude"), fields.get("longitude")
    if latitude is None and longitude is None:
        return
    if latitude is None or longitude is None or (latitude == 0 and longitude == 0):
        # Half a position, or the (0, 0) placeholder some tools write: no position at all.
        fields.pop("latitude", None)
        fields.pop("longitude", None)
        if latitude or longitude:
            row.out.extra_notes.append(f"Incomplete position: {latitude}, {longitude}")
        return
    fields.setdefault("geo_precision", GeoPrecision.GIVEN.value)


def _any_slot(number: str) -> str:
    return "mobile" if is_mobile(number) else "phone"
