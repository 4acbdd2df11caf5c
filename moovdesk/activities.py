"""The activity log: visit reports, calls, emails and notes, newest first.

The latest logged activity is a prospect's "last contact", which drives the "not contacted for N
days" filter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select

from moovdesk.data.errors import RecordNotFoundError, ValidationError
from moovdesk.data.models import Activity, Appointment, Prospect
from moovdesk.data.store import Store
from moovdesk.data.types import utcnow
from moovdesk.data.vocabulary import ActivityKind, AppointmentStatus
from moovdesk.views import ActivityView, local_now


class ActivityService:
    def __init__(self, store: Store, *, clock: Callable[[], datetime] = local_now) -> None:
        self.store = store
        self.clock = clock

    def log(
        self,
        prospect_id: str,
        kind: ActivityKind,
        *,
        occurred_at: datetime | None = None,
        subject: str = "",
        body: str = "",
        appointment_id: str | None = None,
    ) -> str:
        """Record what happened. A visit report tied to an appointment also marks it done."""
        when = occurred_at or self.clock()
        if when.tzinfo is None:
            raise ValidationError("occurred_at", "A date and time needs its time zone.")
        if not (subject.strip() or body.strip()) and kind is ActivityKind.NOTE:
            raise ValidationError("body", "A note needs some text.")
        with self.store.write() as session:
            prospect = session.get(Prospect, prospect_id)
            if prospect is None or prospect.deleted_at is not None:
                raise RecordNotFoundError(f"No prospect with id {prospect_id}.")
            if appointment_id is not None:
                appointment = session.get(Appointment, appointment_id)
                if appointment is None or appointment.prospect_id != prospect_id:
                    raise RecordNotFoundError(f"No appointment with id {appointment_id}.")
                appointment.status = AppointmentStatus.DONE
            activity = Activity(
                prospect_id=prospect_id,
                kind=kind,
                occurred_at=when,
                subject=subject.strip(),
                body=body.strip(),
                appointment_id=appointment_id,
            )
            session.add(activity)
            session.flush()
            return activity.id

    def activities_of(self, prospect_id: str) -> list[ActivityView]:
        with self.store.read() as session:
            rows = session.execute(
                select(Activity)
                .where(Activity.prospect_id == prospect_id, Activity.deleted_at.is_(None))
                .order_by(Activity.occurred_at.desc(), Activity.created_at.desc())
            ).scalars()
            return [
                ActivityView(
                    a.id, a.prospect_id, a.kind, a.occurred_at, a.subject, a.body, a.appointment_id
                )
                for a in rows
            ]

    def delete(self, activity_id: str, deleted: bool = True) -> None:
        with self.store.write() as session:
            activity = session.get(Activity, activity_id)
            if activity is None:
                raise RecordNotFoundError(f"No activity with id {activity_id}.")
            activity.deleted_at = utcnow() if deleted else None
