"""The closed vocabularies of the domain, shared by storage, services, exports and the UI."""

from __future__ import annotations

from enum import StrEnum


class Temperature(StrEnum):
    HOT = "hot"
    COLD = "cold"


class Stage(StrEnum):
    """The sales pipeline, in order: a suspect becomes a lead, then a prospect, then a client."""

    SUSPECT = "suspect"
    LEAD = "lead"
    PROSPECT = "prospect"
    CLIENT = "client"


class GeoPrecision(StrEnum):
    GIVEN = "given"
    MANUAL = "manual"
    STREET = "street"
    CITY = "city"
    POSTAL_CODE = "postal_code"
    NONE = "none"


class ActivityKind(StrEnum):
    VISIT = "visit"
    CALL = "call"
    EMAIL = "email"
    NOTE = "note"


class AppointmentStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


class ImportStatus(StrEnum):
    COMMITTED = "committed"
    UNDONE = "undone"


class TourStopStatus(StrEnum):
    """Where a stop of a saved tour stands (the values of `moovdesk.tours.VisitStatus`)."""

    PLANNED = "planned"
    VISITED = "visited"
    SKIPPED = "skipped"


QUALIFICATION_CRITERIA: tuple[str, ...] = ("need", "budget", "zone", "timing")
