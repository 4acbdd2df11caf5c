"""What a column can be mapped to: a prospect field the service stores, or a special target the
row cleaner turns into fields (a full name to split, street parts to join, a follow-up date…).

A mapping is `dict[column_index, target]`; a column absent from it is ignored.
"""

from __future__ import annotations

from enum import StrEnum

from moovdesk.prospect_fields import WRITABLE_FIELDS


class RecordKind(StrEnum):
    """What one row of a file describes; Moovago exports people and visit reports separately."""

    PROSPECT = "prospect"
    CONTACT = "contact"  # a person at a company named (and addressed) in the same row
    VISIT_REPORT = "visit_report"  # a report on a company named in the same row


# Targets that are not stored as they are, with the English label the mapping step shows.
SPECIAL_TARGETS: dict[str, str] = {
    "next_follow_up": "Next follow-up (date)",
    "tags": "Tags",
    "contact_full_name": "Contact full name (split into first and last name)",
    "company_fallback": "Company name, if the company column is empty",
    "phone_any": "Phone (mobile or landline, by its number)",
    "street_number": "Street number",
    "street_number_suffix": "Street number suffix (bis, ter)",
    "street_type": "Street type (rue, avenue, BD…)",
    "street_name": "Street name",
    "street_extra": "Address complement (building, PO box)",
    "full_address": "Full address (street, postal code and city in one cell)",
    "postal_code_city": "Postal code and city in one cell",
    "coordinates": "Latitude and longitude in one cell",
    "lambert_x": "Lambert-93 X (SIRENE)",
    "lambert_y": "Lambert-93 Y (SIRENE)",
    "establishment_state": "Establishment open/closed (SIRENE)",
    "external_id": "Identifier in the other software",
    "company_external_id": "Company identifier in the other software",
    "contact_external_id": "Contact identifier in the other software",
    "report_date": "Visit report date",
    "report_type": "Visit report type",
    "report_note": "Visit report text",
    "last_contact_date": "Date of the last contact",
    "note_field": "Kept in the notes, with its column name",
}

FIELD_LABELS: dict[str, str] = {
    "company": "Company",
    "first_name": "First name",
    "last_name": "Last name",
    "job_title": "Job title",
    "civility": "Civility (M., Mme)",
    "email": "Email",
    "phone": "Phone",
    "mobile": "Mobile",
    "business_email": "Company email",
    "business_phone": "Company phone",
    "business_mobile": "Company mobile",
    "website": "Website",
    "street": "Street",
    "postal_code": "Postal code",
    "city": "City",
    "country": "Country",
    "latitude": "Latitude",
    "longitude": "Longitude",
    "activity": "Activity",
    "siret": "SIRET / SIREN",
    "source": "Source",
    "temperature": "Temperature (hot/cold)",
    "stage": "Stage (suspect, lead, prospect, client)",
    "need": "Need (yes/no)",
    "budget": "Budget (yes/no)",
    "zone": "In the zone (yes/no)",
    "timing": "Timing (yes/no)",
    "notes": "Notes",
}

TARGET_LABELS: dict[str, str] = {**FIELD_LABELS, **SPECIAL_TARGETS}
# geo_precision is set by the import itself ("given" when the file has coordinates), never mapped.
MAPPABLE_FIELDS: frozenset[str] = frozenset(WRITABLE_FIELDS) - {"geo_precision"}
ALL_TARGETS: frozenset[str] = MAPPABLE_FIELDS | frozenset(SPECIAL_TARGETS)

DATE_TARGETS = frozenset({"next_follow_up", "report_date", "last_contact_date"})
PHONE_TARGETS = frozenset({"phone", "mobile", "business_phone", "business_mobile", "phone_any"})
STREET_PART_TARGETS = ("street_number", "street_number_suffix", "street_type", "street_name")
BOOLEAN_TARGETS = frozenset({"need", "budget", "zone", "timing"})


def is_target(name: str) -> bool:
    return name in ALL_TARGETS
