"""A new tour from chosen prospects: the located ones become stops, their appointments on the
tour's days become fixed-time stops, and the others are reported so the UI can say so."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from moovdesk.data import queries
from moovdesk.data.listing import ProspectRow
from moovdesk.data.models import Appointment
from moovdesk.data.store import Store
from moovdesk.data.types import new_id
from moovdesk.data.vocabulary import AppointmentStatus
from moovdesk.tour_plans.local_time import local_datetime, minute_in_day
from moovdesk.tour_plans.settings import TourOptions, TravelSettings
from moovdesk.tours import Stop, TourRequest

#: The shortest visit an appointment with a length gives.
MIN_APPOINTMENT_MINUTES = 5.0


@dataclass(frozen=True)
class StopInfo:
    """What a stop refers to: a prospect (and the appointment fixing its time), or a plain
    place (hotel, depot) with its address."""

    stop_id: str
    prospect_id: str | None
    appointment_id: str | None = None
    address: str = ""


@dataclass(frozen=True)
class UnlocatedProspect:
    """A chosen prospect that has no position, so cannot be a stop."""

    prospect_id: str
    name: str


@dataclass(frozen=True)
class TourDraft:
    """A tour to plan: the request (its stop ids become the saved stops' ids), what each stop
    refers to, and the chosen prospects that could not become stops."""

    request: TourRequest
    stops: Mapping[str, StopInfo]
    unlocated: tuple[UnlocatedProspect, ...]
    missing: tuple[str, ...]  # ids not found, or in the trash
    travel: TravelSettings
    visit_minutes: float


@dataclass(frozen=True)
class FixedAppointment:
    """An open appointment on a day of the tour, in tour terms."""

    appointment_id: str
    day: int
    minute: float
    length: float  # 0 when the appointment has no length: the default visit length then


def build_draft(
    store: Store,
    prospect_ids: Sequence[str],
    options: TourOptions,
    travel: TravelSettings | None = None,
    *,
    zone: tzinfo | None = None,
) -> TourDraft:
    """The request for these prospects (in the order given, each once) with the options' days."""
    wanted = list(dict.fromkeys(prospect_ids))
    with store.read() as session:
        rows = [row for row in queries.rows_by_ids(session, wanted) if row.deleted_at is None]
        located = [row for row in rows if is_located(row)]
        fixed = fixed_appointments(
            session, [row.id for row in located], options.first_day, options.max_days, zone
        )
    found = {row.id for row in rows}
    stops: list[Stop] = []
    infos: dict[str, StopInfo] = {}
    for row in located:
        stop, info = prospect_stop(row, options.visit_minutes, fixed.get(row.id))
        stops.append(stop)
        infos[stop.id] = info
    request = TourRequest(
        tuple(stops), options.days(), max_days=options.max_days, first_day=options.first_day
    )
    return TourDraft(
        request=request,
        stops=infos,
        unlocated=tuple(
            UnlocatedProspect(row.id, display_name(row)) for row in rows if not is_located(row)
        ),
        missing=tuple(i for i in wanted if i not in found),
        travel=travel or TravelSettings(),
        visit_minutes=options.visit_minutes,
    )


def is_located(row: ProspectRow) -> bool:
    return row.latitude is not None and row.longitude is not None


def display_name(row: ProspectRow) -> str:
    return row.company or row.contact_name


def prospect_stop(
    row: ProspectRow, visit_minutes: float, appointment: FixedAppointment | None
) -> tuple[Stop, StopInfo]:
    """A new stop (with a new id) for a located prospect, fixed by its appointment if any."""
    assert row.latitude is not None and row.longitude is not None
    stop_id = new_id()
    stop = Stop(
        id=stop_id,
        lat=row.latitude,
        lon=row.longitude,
        visit_minutes=appointment.length if appointment and appointment.length else visit_minutes,
        appointment=appointment.minute if appointment else None,
        day=appointment.day if appointment else None,
        label=display_name(row),
    )
    info = StopInfo(stop_id, row.id, appointment.appointment_id if appointment else None)
    return stop, info


def fixed_appointments(
    session: Session,
    prospect_ids: Collection[str],
    first_day: date,
    max_days: int | None,
    zone: tzinfo | None,
) -> dict[str, FixedAppointment]:
    """The earliest open appointment of each prospect on the tour's days (the first day only
    when the number of days is open), as a fixed-time stop."""
    if not prospect_ids:
        return {}
    days = max_days or 1
    since = local_datetime(first_day, 0, zone)
    until = local_datetime(first_day + timedelta(days=days), 0, zone)
    found: dict[str, FixedAppointment] = {}
    ids = list(prospect_ids)
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Appointment)
            .where(
                Appointment.prospect_id.in_(ids[start : start + 500]),
                Appointment.deleted_at.is_(None),
                Appointment.status == AppointmentStatus.PLANNED,
                Appointment.starts_at >= since,
                Appointment.starts_at < until,
            )
            .order_by(Appointment.starts_at)
        ).scalars()
        for appointment in rows:
            if appointment.prospect_id in found:
                continue
            day, minute = minute_in_day(appointment.starts_at, first_day, zone)
            length = (appointment.ends_at - appointment.starts_at).total_seconds() / 60
            if length > 0:
                length = max(length, MIN_APPOINTMENT_MINUTES)
            found[appointment.prospect_id] = FixedAppointment(appointment.id, day, minute, length)
    return found
