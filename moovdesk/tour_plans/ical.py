"""A tour as an iCalendar file: one event per visit of its days, for Outlook or Google Calendar.

Each event's UID comes from the stop's id, so importing a newer export of the same tour (after a
drag and drop, say) moves the events instead of doubling them; SEQUENCE grows with each export so
calendars take the newer times. Skipped stops have no time, so no event.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

from icalendar import Calendar, Event

from moovdesk import __version__
from moovdesk.atomic_files import write_bytes_atomically
from moovdesk.phones import format_phone
from moovdesk.tour_plans.details import StopDetails
from moovdesk.tour_plans.labels import FRENCH, SheetLabels
from moovdesk.tour_plans.local_time import local_datetime
from moovdesk.tour_plans.saved import SavedTour

UID_DOMAIN = "moovdesk.local"
_SEQUENCE_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def stop_uid(stop_id: str) -> str:
    return f"tour-stop-{stop_id}@{UID_DOMAIN}"


def tour_calendar(
    tour: SavedTour,
    details: Mapping[str, StopDetails],
    *,
    labels: SheetLabels = FRENCH,
    zone: tzinfo | None = None,
    phone_region: str = "FR",
    now: datetime | None = None,
) -> bytes:
    """The tour's visits as iCalendar bytes (times in UTC, `zone` None = this computer's)."""
    stamp = now or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//Moovdesk//Moovdesk {__version__}//FR")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", tour.name)
    sequence = max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds()))
    for day in tour.plan.days:
        date_of_day = tour.first_day + timedelta(days=day.index)
        for visit in day.visits:
            stop = visit.stop
            detail = details.get(stop.id) or StopDetails(stop.id, None, stop.label)
            event = Event()
            event.add("uid", stop_uid(stop.id))
            event.add("dtstamp", stamp)
            event.add("sequence", sequence)
            event.add("summary", labels.visit_event.format(name=detail.company or stop.label))
            # To the minute, as the day sheet shows them.
            start = local_datetime(date_of_day, round(visit.start), zone).astimezone(UTC)
            end = local_datetime(date_of_day, round(visit.departure), zone).astimezone(UTC)
            event.add("dtstart", start)
            event.add("dtend", max(end, start))
            if detail.address:
                event.add("location", detail.address)
            event.add("geo", (stop.lat, stop.lon))
            description = _description(detail, labels, phone_region)
            if description:
                event.add("description", description)
            event.add("status", "CONFIRMED")
            calendar.add_component(event)
    return bytes(calendar.to_ical())


def write_tour_calendar(
    target: Path,
    tour: SavedTour,
    details: Mapping[str, StopDetails],
    *,
    labels: SheetLabels = FRENCH,
    zone: tzinfo | None = None,
    phone_region: str = "FR",
) -> int:
    """Write the calendar atomically; returns the number of events."""
    data = tour_calendar(tour, details, labels=labels, zone=zone, phone_region=phone_region)
    write_bytes_atomically(target, data)
    return sum(len(day.visits) for day in tour.plan.days)


def _description(detail: StopDetails, labels: SheetLabels, phone_region: str) -> str:
    lines = [detail.contact] if detail.contact else []
    if detail.phone:
        lines.append(f"{labels.phone_word} {format_phone(detail.phone, phone_region)}")
    if detail.mobile:
        lines.append(f"{labels.mobile_word} {format_phone(detail.mobile, phone_region)}")
    if detail.notes:
        lines.append(detail.notes)
    return "\n".join(lines)
