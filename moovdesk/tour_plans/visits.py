"""What "visited" writes about the prospect: a visit in its activity log, and what the rep
decided there (hot or cold, when to call back). Runs inside the service's transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from moovdesk.data.errors import RecordNotFoundError, ValidationError
from moovdesk.data.models import Activity, Appointment, FollowUp, Prospect, TourStop
from moovdesk.data.vocabulary import ActivityKind, AppointmentStatus, Temperature


@dataclass(frozen=True)
class VisitReport:
    """The "visited" dialog: a note, hot or cold, a follow-up date, when the rep left.
    `subject` defaults to the tour's name; `occurred_at` to now."""

    note: str = ""
    temperature: Temperature | None = None
    follow_up_at: datetime | None = None
    follow_up_note: str = ""
    departed_minute: float | None = None  # minute of the stop's day the rep left
    occurred_at: datetime | None = None
    subject: str = ""

    def check(self) -> None:
        for name in ("follow_up_at", "occurred_at"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise ValidationError(name, "A date and time needs its time zone.")
        if self.departed_minute is not None and not 0 <= self.departed_minute <= 48 * 60:
            raise ValidationError("departed_minute", "The departure time is not in the day.")


def record_visit(
    session: Session, stop: TourStop, report: VisitReport, subject: str, now: datetime
) -> str | None:
    """Log the visit on the stop's prospect (a plain place logs nothing); returns the activity
    id. The stop's appointment, if any, is done."""
    if stop.prospect_id is None:
        return None
    prospect = session.get(Prospect, stop.prospect_id)
    if prospect is None or prospect.deleted_at is not None:
        raise RecordNotFoundError(
            f"No prospect with id {stop.prospect_id} (or it is in the trash)."
        )
    appointment_id = None
    if stop.appointment_id is not None:
        appointment = session.get(Appointment, stop.appointment_id)
        if appointment is not None and appointment.deleted_at is None:
            appointment.status = AppointmentStatus.DONE
            appointment_id = appointment.id
    activity = Activity(
        prospect_id=prospect.id,
        kind=ActivityKind.VISIT,
        occurred_at=report.occurred_at or now,
        subject=(report.subject or subject).strip(),
        body=report.note.strip(),
        appointment_id=appointment_id,
    )
    session.add(activity)
    if report.temperature is not None:
        prospect.temperature = report.temperature
    if report.follow_up_at is not None:
        session.add(
            FollowUp(
                prospect_id=prospect.id,
                due_at=report.follow_up_at,
                note=report.follow_up_note.strip(),
            )
        )
    session.flush()
    return activity.id
