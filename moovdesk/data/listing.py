"""What the prospect table asks for and gets: the filter, the sort, a row, a map point.

Free of SQLAlchemy on purpose: the window imports these before the base is opened (it opens
after the first paint; see `moovdesk/ui/first_screen.py`). The queries are in `queries.py`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from moovdesk.data.vocabulary import GeoPrecision, Stage, Temperature


class FollowUpWindow(enum.StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    NONE = "none"


@dataclass(frozen=True)
class ProspectFilter:
    """What the rep asked to see. Empty collections mean "no condition"."""

    text: str = ""
    temperatures: frozenset[Temperature] = frozenset()
    stages: frozenset[Stage] = frozenset()
    follow_up: FollowUpWindow | None = None
    tag_names: frozenset[str] = frozenset()
    place: str = ""
    sources: frozenset[str] = frozenset()
    not_contacted_days: int | None = None
    unlocated: bool = False
    trashed: bool = False
    ids: frozenset[str] | None = None


@dataclass(frozen=True)
class ProspectSort:
    column: str = "company"
    descending: bool = False


@dataclass(frozen=True)
class ProspectRow:
    """A prospect as the table, the exports and the CLI see it (canonical field names)."""

    id: str
    company: str
    first_name: str
    last_name: str
    job_title: str
    email: str
    phone: str
    mobile: str
    website: str
    street: str
    postal_code: str
    city: str
    country: str
    latitude: float | None
    longitude: float | None
    geo_precision: GeoPrecision
    activity: str
    siret: str
    source: str
    temperature: Temperature
    stage: Stage
    need: bool
    budget: bool
    zone: bool
    timing: bool
    notes: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    next_follow_up: datetime | None
    last_contact_at: datetime | None
    tags: tuple[str, ...] = field(default=())

    @property
    def contact_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


SORTABLE_COLUMNS: tuple[str, ...] = (
    "company",
    "contact",
    "city",
    "postal_code",
    "temperature",
    "stage",
    "source",
    "activity",
    "email",
    "phone",
    "next_follow_up",
    "last_contact_at",
    "created_at",
    "updated_at",
)


@dataclass(frozen=True, slots=True)
class MapRow:
    """What the map needs of a located prospect (plain values: the map draws 100,000 of them)."""

    id: str
    latitude: float
    longitude: float
    temperature: str  # "hot" or "cold"
    stage: str
    company: str
    contact: str
    phone: str
    next_follow_up: datetime | None
