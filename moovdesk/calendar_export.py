"""Follow-ups and appointments as an iCalendar file (RFC 5545) for Outlook and Google Calendar.

Each event's UID is derived from the record's UUID, and SEQUENCE grows with its last change, so
importing a newer export updates the events instead of duplicating them; a cancelled appointment
is exported with STATUS:CANCELLED so calendars strike it out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event
from sqlalchemy import select

from moovdesk import __version__
from moovdesk.atomic_files import write_bytes_atomically
from moovdesk.data.models import Appointment, FollowUp, Prospect
from moovdesk.data.store import Store
from moovdesk.data.vocabulary import AppointmentStatus

FOLLOW_UP_MINUTES = 15
UID_DOMAIN = "moovdesk.local"
_SEQUENCE_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class CalendarEntry:
    uid: str
    summary: str
    starts_at: datetime
    ends_at: datetime
    description: str
    location: str
    cancelled: bool
    updated_at: datetime
    created_at: datetime
    remind: bool


def export_calendar(store: Store, target: Path, *, include_done: bool = False) -> int:
    """Write every open follow-up and every appointment to `target`; returns the event count.

    The file is written atomically: a crash leaves the previous export, never half of one.
    """
    entries = list(calendar_entries(store, include_done=include_done))
    write_bytes_atomically(target, build_calendar(entries))
    return len(entries)


def calendar_entries(store: Store, *, include_done: bool = False) -> Iterable[CalendarEntry]:
    with store.read() as session:
        follow_ups = select(FollowUp, Prospect).join(Prospect, Prospect.id == FollowUp.prospect_id)
        follow_ups = follow_ups.where(FollowUp.deleted_at.is_(None), Prospect.deleted_at.is_(None))
        if not include_done:
            follow_ups = follow_ups.where(FollowUp.done_at.is_(None))
        for follow_up, prospect in session.execute(follow_ups.order_by(FollowUp.due_at)):
            name = prospect.company or "Prospect"
            yield CalendarEntry(
                uid=f"follow-up-{follow_up.id}@{UID_DOMAIN}",
                summary=f"Relance : {name}",
                starts_at=follow_up.due_at,
                ends_at=follow_up.due_at + timedelta(minutes=FOLLOW_UP_MINUTES),
                description=_description(follow_up.note, prospect),
                location=_address(prospect),
                cancelled=False,
                updated_at=follow_up.updated_at,
                created_at=follow_up.created_at,
                remind=follow_up.done_at is None,
            )
        appointments = (
            select(Appointment, Prospect)
            .join(Prospect, Prospect.id == Appointment.prospect_id)
            .where(Appointment.deleted_at.is_(None), Prospect.deleted_at.is_(None))
            .order_by(Appointment.starts_at)
        )
        for appointment, prospect in session.execute(appointments):
            name = prospect.company or "Prospect"
            title = appointment.title or "Rendez-vous"
            yield CalendarEntry(
                uid=f"appointment-{appointment.id}@{UID_DOMAIN}",
                summary=f"{title} : {name}",
                starts_at=appointment.starts_at,
                ends_at=appointment.ends_at,
                description=_description(appointment.note, prospect),
                location=appointment.place or _address(prospect),
                cancelled=appointment.status is AppointmentStatus.CANCELLED,
                updated_at=appointment.updated_at,
                created_at=appointment.created_at,
                remind=appointment.status is AppointmentStatus.PLANNED,
            )


def build_calendar(entries: Iterable[CalendarEntry]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", f"-//Moovdesk//Moovdesk {__version__}//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Moovdesk")
    stamp = datetime.now(UTC)
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("created", entry.created_at)
        event.add("last-modified", entry.updated_at)
        event.add("sequence", _sequence(entry.updated_at))
        event.add("summary", entry.summary)
        event.add("dtstart", entry.starts_at)
        event.add("dtend", entry.ends_at)
        if entry.description:
            event.add("description", entry.description)
        if entry.location:
            event.add("location", entry.location)
        event.add("status", "CANCELLED" if entry.cancelled else "CONFIRMED")
        if entry.remind and not entry.cancelled:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", entry.summary)
            alarm.add("trigger", timedelta(minutes=-10))
            event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def _sequence(updated_at: datetime) -> int:
    """Grows with every change of the record, so calendars take the newer version."""
    return max(0, int((updated_at - _SEQUENCE_EPOCH).total_seconds()))


def _address(prospect: Prospect) -> str:
    place = " ".join(p for p in (prospect.postal_code, prospect.city) if p)
    return ", ".join(p for p in (prospect.street, place) if p)


def _description(note: str, prospect: Prospect) -> str:
    lines = [note] if note else []
    if prospect.phone:
        lines.append(f"Tél. {prospect.phone}")
    return "\n".join(lines)
