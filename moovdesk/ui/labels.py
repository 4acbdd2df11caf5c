"""What the rep reads for each stored value and field name (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from moovdesk.agenda_items import FollowUpPreset
from moovdesk.data.vocabulary import (
    ActivityKind,
    AppointmentStatus,
    GeoPrecision,
    Stage,
    Temperature,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def temperature_label(value: Temperature) -> str:
    return _tr("Hot") if value is Temperature.HOT else _tr("Cold")


def stage_label(value: Stage) -> str:
    return {
        Stage.SUSPECT: _tr("Suspect"),
        Stage.LEAD: _tr("Lead"),
        Stage.PROSPECT: _tr("Prospect"),
        Stage.CLIENT: _tr("Client"),
    }[value]


def activity_label(value: ActivityKind) -> str:
    return {
        ActivityKind.VISIT: _tr("Visit report"),
        ActivityKind.CALL: _tr("Call"),
        ActivityKind.EMAIL: _tr("Email"),
        ActivityKind.NOTE: _tr("Note"),
    }[value]


def appointment_status_label(value: AppointmentStatus) -> str:
    return {
        AppointmentStatus.PLANNED: _tr("Planned"),
        AppointmentStatus.DONE: _tr("Done"),
        AppointmentStatus.CANCELLED: _tr("Cancelled"),
    }[value]


def preset_label(value: FollowUpPreset) -> str:
    return {
        FollowUpPreset.TOMORROW: _tr("Tomorrow"),
        FollowUpPreset.IN_3_DAYS: _tr("In 3 days"),
        FollowUpPreset.NEXT_WEEK: _tr("Next week"),
        FollowUpPreset.IN_A_MONTH: _tr("In a month"),
    }[value]


def precision_label(value: GeoPrecision) -> str:
    return {
        GeoPrecision.GIVEN: _tr("position from the imported file"),
        GeoPrecision.MANUAL: _tr("placed by hand"),
        GeoPrecision.STREET: _tr("street level"),
        GeoPrecision.CITY: _tr("town level (offline gazetteer)"),
        GeoPrecision.POSTAL_CODE: _tr("postal code level (offline gazetteer)"),
        GeoPrecision.NONE: _tr("not on the map"),
    }[value]


def field_label(name: str) -> str:
    labels = {
        "company": _tr("Company"),
        "first_name": _tr("First name"),
        "last_name": _tr("Last name"),
        "civility": _tr("Civility"),
        "job_title": _tr("Job title"),
        "email": _tr("Email"),
        "phone": _tr("Phone"),
        "mobile": _tr("Mobile"),
        "business_email": _tr("Company email"),
        "business_phone": _tr("Company phone"),
        "business_mobile": _tr("Company mobile"),
        "website": _tr("Website"),
        "street": _tr("Street"),
        "postal_code": _tr("Postal code"),
        "city": _tr("City"),
        "country": _tr("Country"),
        "activity": _tr("Activity"),
        "siret": _tr("SIRET"),
        "source": _tr("Source"),
        "temperature": _tr("Temperature"),
        "stage": _tr("Stage"),
        "need": _tr("Real need"),
        "budget": _tr("Budget"),
        "zone": _tr("In my zone"),
        "timing": _tr("Right timing"),
        "notes": _tr("Notes"),
        "tags": _tr("Tags"),
    }
    return labels.get(name, name)


SOURCE_SUGGESTIONS = (
    "Salon",
    "Site web",
    "Recommandation",
    "Annuaire",
    "Prospection terrain",
    "Appel entrant",
    "Import",
)
