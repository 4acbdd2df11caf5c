"""What the agenda hands out: follow-up presets and the frozen items of the agenda.

Free of SQLAlchemy on purpose: the window imports these before the base is opened (it opens
after the first paint; see `moovdesk/ui/first_screen.py`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from moovdesk.data.vocabulary import AppointmentStatus


class FollowUpPreset(enum.StrEnum):
    TOMORROW = "tomorrow"
    IN_3_DAYS = "in_3_days"
    NEXT_WEEK = "next_week"
    IN_A_MONTH = "in_a_month"


DEFAULT_FOLLOW_UP_HOUR = 9


def preset_due(preset: FollowUpPreset, now: datetime) -> datetime:
    """The date a preset means, at 9:00 local time ("next week" is next Monday)."""
    morning = now.replace(hour=DEFAULT_FOLLOW_UP_HOUR, minute=0, second=0, microsecond=0)
    if preset is FollowUpPreset.TOMORROW:
        return morning + timedelta(days=1)
    if preset is FollowUpPreset.IN_3_DAYS:
        return morning + timedelta(days=3)
    if preset is FollowUpPreset.NEXT_WEEK:
        return morning + timedelta(days=7 - morning.weekday())
    month = morning.month % 12 + 1
    year = morning.year + (1 if morning.month == 12 else 0)
    day = min(morning.day, _days_in_month(year, month))
    return morning.replace(year=year, month=month, day=day)


def _days_in_month(year: int, month: int) -> int:
    following = datetime(year + (month == 12), month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


@dataclass(frozen=True)
class FollowUpView:
    id: str
    prospect_id: str
    due_at: datetime
    note: str
    done_at: datetime | None
    snooze_count: int
    updated_at: datetime

    @property
    def is_open(self) -> bool:
        return self.done_at is None


@dataclass(frozen=True)
class TaskView:
    id: str
    prospect_id: str
    title: str
    note: str
    done_at: datetime | None


@dataclass(frozen=True)
class AppointmentView:
    id: str
    prospect_id: str
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str
    note: str
    status: AppointmentStatus
    updated_at: datetime


class AgendaKind(enum.StrEnum):
    FOLLOW_UP = "follow_up"
    APPOINTMENT = "appointment"
    TASK = "task"


@dataclass(frozen=True)
class AgendaItem:
    """One line of the agenda: something to do, with the prospect it is about."""

    kind: AgendaKind
    id: str
    prospect_id: str
    prospect_name: str
    city: str
    when: datetime | None  # None for tasks, which have no date
    text: str


@dataclass(frozen=True)
class Agenda:
    """The agenda's groups, each cut at `limit` items; `totals` counts them all."""

    overdue: list[AgendaItem]
    today: list[AgendaItem]
    upcoming: list[AgendaItem]
    tasks: list[AgendaItem]
    totals: dict[str, int]

    @property
    def overdue_count(self) -> int:
        return self.totals["overdue"]
