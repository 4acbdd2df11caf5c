"""The frozen values the prospect, contact and activity services hand out (never live ORM
objects), and the clock they read.

Free of SQLAlchemy on purpose: the window imports these before the base is opened (it opens
after the first paint; see `moovdesk/ui/first_screen.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from moovdesk.data.listing import ProspectRow
from moovdesk.data.vocabulary import ActivityKind


def local_now() -> datetime:
    return datetime.now().astimezone()


@dataclass(frozen=True)
class FieldChanges:
    """What an update did, field by field: enough to undo it with `update(id, before)`."""

    prospect_id: str
    before: dict[str, Any]
    after: dict[str, Any]


@dataclass(frozen=True)
class ProspectStats:
    total: int
    by_temperature: dict[str, int]
    by_stage: dict[str, int]
    overdue_follow_ups: int
    in_trash: int


@dataclass(frozen=True)
class ContactView:
    id: str
    civility: str
    first_name: str
    last_name: str
    job_title: str
    phone: str
    mobile: str
    email: str
    notes: str
    is_primary: bool


@dataclass(frozen=True)
class ProspectDetails:
    """Everything the detail pane shows about one prospect."""

    row: ProspectRow
    business_phone: str
    business_mobile: str
    business_email: str
    became_client_at: datetime | None
    contacts: tuple[ContactView, ...] = field(default=())


@dataclass(frozen=True)
class ActivityView:
    id: str
    prospect_id: str
    kind: ActivityKind
    occurred_at: datetime
    subject: str
    body: str
    appointment_id: str | None
