"""Follow-ups ("relances"), tasks and appointments ("rendez-vous"), and what is due when.

Qt-free: the window's agenda, the detail pane, reminders and the iCalendar export all read and
write through this service. Every method is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from moovdesk.agenda_items import (
    Agenda,
    AgendaItem,
    AgendaKind,
    AppointmentView,
    FollowUpView,
    TaskView,
)
from moovdesk.data.errors import RecordNotFoundError, ValidationError
from moovdesk.data.models import Appointment, FollowUp, Prospect, Record, Task
from moovdesk.data.store import Store
from moovdesk.data.types import utcnow
from moovdesk.data.vocabulary import AppointmentStatus
from moovdesk.views import local_now

_R = TypeVar("_R", bound=Record)


class AgendaService:
    def __init__(self, store: Store, *, clock: Callable[[], datetime] = local_now) -> None:
        self.store = store
        self.clock = clock

    # Follow-ups ------------------------------------------------------------------------

    def add_follow_up(self, prospect_id: str, due_at: datetime, note: str = "") -> str:
        return self.schedule_follow_ups([prospect_id], due_at, note)[0]

    def schedule_follow_ups(
        self, prospect_ids: Collection[str], due_at: datetime, note: str = ""
    ) -> list[str]:
        """One follow-up per prospect, all in one transaction (the table's bulk action)."""
        _require_aware(due_at, "due_at")
        with self.store.write() as session:
            _require_live_prospects(session, prospect_ids)
            made = [
                FollowUp(prospect_id=pid, due_at=due_at, note=note.strip()) for pid in prospect_ids
            ]
            session.add_all(made)
            session.flush()
            return [follow_up.id for follow_up in made]

    def follow_ups_of(self, prospect_id: str, *, include_done: bool = True) -> list[FollowUpView]:
        with self.store.read() as session:
            statement = select(FollowUp).where(
                FollowUp.prospect_id == prospect_id, FollowUp.deleted_at.is_(None)
            )
            if not include_done:
                statement = statement.where(FollowUp.done_at.is_(None))
            statement = statement.order_by(FollowUp.done_at.is_not(None), FollowUp.due_at)
            return [_follow_up_view(f) for f in session.execute(statement).scalars()]

    def get_follow_up(self, follow_up_id: str) -> FollowUpView:
        with self.store.read() as session:
            return _follow_up_view(_live(session, FollowUp, follow_up_id))

    def complete_follow_up(self, follow_up_id: str, done: bool = True) -> None:
        with self.store.write() as session:
            follow_up = _live(session, FollowUp, follow_up_id)
            follow_up.done_at = utcnow() if done else None

    def snooze_follow_up(self, follow_up_id: str, until: datetime) -> datetime:
        """Push an open follow-up later; returns the due time it had, for undo."""
        _require_aware(until, "until")
        with self.store.write() as session:
            follow_up = _live(session, FollowUp, follow_up_id)
            previous = follow_up.due_at
            follow_up.due_at = until
            follow_up.snoozed_at = utcnow()
            follow_up.snooze_count += 1
            follow_up.notified_at = None
            return previous

    def reschedule_follow_up(
        self, follow_up_id: str, due_at: datetime, note: str | None = None
    ) -> None:
        _require_aware(due_at, "due_at")
        with self.store.write() as session:
            follow_up = _live(session, FollowUp, follow_up_id)
            follow_up.due_at = due_at
            follow_up.notified_at = None
            if note is not None:
                follow_up.note = note.strip()

    def delete_follow_up(self, follow_up_id: str, deleted: bool = True) -> None:
        with self.store.write() as session:
            follow_up = session.get(FollowUp, follow_up_id)
            if follow_up is None:
                raise RecordNotFoundError(f"No follow-up with id {follow_up_id}.")
            follow_up.deleted_at = utcnow() if deleted else None

    # Tasks -----------------------------------------------------------------------------

    def add_task(self, prospect_id: str, title: str, note: str = "") -> str:
        if not title.strip():
            raise ValidationError("title", "A task needs a title.")
        with self.store.write() as session:
            _require_live_prospects(session, [prospect_id])
            task = Task(prospect_id=prospect_id, title=title.strip(), note=note.strip())
            session.add(task)
            session.flush()
            return task.id

    def tasks_of(self, prospect_id: str) -> list[TaskView]:
        with self.store.read() as session:
            tasks = session.execute(
                select(Task)
                .where(Task.prospect_id == prospect_id, Task.deleted_at.is_(None))
                .order_by(Task.done_at.is_not(None), Task.created_at)
            ).scalars()
            return [TaskView(t.id, t.prospect_id, t.title, t.note, t.done_at) for t in tasks]

    def set_task_done(self, task_id: str, done: bool) -> None:
        with self.store.write() as session:
            _live(session, Task, task_id).done_at = utcnow() if done else None

    def delete_task(self, task_id: str, deleted: bool = True) -> None:
        with self.store.write() as session:
            task = session.get(Task, task_id)
            if task is None:
                raise RecordNotFoundError(f"No task with id {task_id}.")
            task.deleted_at = utcnow() if deleted else None

    # Appointments ----------------------------------------------------------------------

    def add_appointment(
        self,
        prospect_id: str,
        starts_at: datetime,
        ends_at: datetime,
        place: str = "",
        title: str = "",
        note: str = "",
    ) -> str:
        _require_aware(starts_at, "starts_at")
        _require_aware(ends_at, "ends_at")
        if ends_at < starts_at:
            raise ValidationError("ends_at", "An appointment cannot end before it starts.")
        with self.store.write() as session:
            _require_live_prospects(session, [prospect_id])
            appointment = Appointment(
                prospect_id=prospect_id,
                starts_at=starts_at,
                ends_at=ends_at,
                place=place.strip(),
                title=title.strip(),
                note=note.strip(),
            )
            session.add(appointment)
            session.flush()
            return appointment.id

    def appointments_of(self, prospect_id: str) -> list[AppointmentView]:
        with self.store.read() as session:
            rows = session.execute(
                select(Appointment)
                .where(Appointment.prospect_id == prospect_id, Appointment.deleted_at.is_(None))
                .order_by(Appointment.starts_at.desc())
            ).scalars()
            return [_appointment_view(a) for a in rows]

    def get_appointment(self, appointment_id: str) -> AppointmentView:
        with self.store.read() as session:
            return _appointment_view(_live(session, Appointment, appointment_id))

    def set_appointment_status(self, appointment_id: str, status: AppointmentStatus) -> None:
        with self.store.write() as session:
            _live(session, Appointment, appointment_id).status = status

    # Across the base -------------------------------------------------------------------

    def agenda(self, *, upcoming_days: int = 30, limit: int = 200) -> Agenda:
        """Open follow-ups and planned appointments grouped overdue/today/upcoming (oldest
        first), and the open tasks; items of trashed prospects are left out. Each group lists at
        most `limit` items, so a base with thousands of stale follow-ups stays quick to show."""
        now = self.clock()
        start_of_tomorrow = now.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(1)
        horizon = start_of_tomorrow + timedelta(days=upcoming_days)
        with self.store.read() as session:
            overdue, overdue_total = _dated_items(session, None, now, limit)
            today, today_total = _dated_items(session, now, start_of_tomorrow, limit)
            upcoming, upcoming_total = _dated_items(session, start_of_tomorrow, horizon, limit)
            tasks, tasks_total = _task_items(session, limit)
        totals = {
            "overdue": overdue_total,
            "today": today_total,
            "upcoming": upcoming_total,
            "tasks": tasks_total,
        }
        return Agenda(overdue, today, upcoming, tasks, totals)

    def overdue_count(self) -> int:
        now = self.clock()
        with self.store.read() as session:
            return _count(
                session,
                FollowUp,
                [
                    FollowUp.done_at.is_(None),
                    FollowUp.deleted_at.is_(None),
                    Prospect.deleted_at.is_(None),
                    FollowUp.due_at < now,
                ],
            )

    def take_due_reminders(self) -> list[AgendaItem]:
        """Follow-ups that have fallen due and were never announced; marks them announced, so
        each raises one notification only."""
        now = self.clock()
        with self.store.write() as session:
            rows = session.execute(
                select(FollowUp, Prospect.company, Prospect.city)
                .join(Prospect, Prospect.id == FollowUp.prospect_id)
                .where(
                    FollowUp.done_at.is_(None),
                    FollowUp.deleted_at.is_(None),
                    FollowUp.notified_at.is_(None),
                    FollowUp.due_at <= now,
                    Prospect.deleted_at.is_(None),
                )
                .order_by(FollowUp.due_at)
            ).all()
            stamp = utcnow()
            items = []
            for follow_up, company, city in rows:
                follow_up.notified_at = stamp
                items.append(
                    AgendaItem(
                        AgendaKind.FOLLOW_UP,
                        follow_up.id,
                        follow_up.prospect_id,
                        company,
                        city,
                        follow_up.due_at,
                        follow_up.note,
                    )
                )
            return items


def _dated_items(
    session: Session, start: datetime | None, end: datetime, limit: int
) -> tuple[list[AgendaItem], int]:
    """Follow-ups due and appointments starting in [start, end): the first `limit` of them, and
    how many there are in all."""
    follow_up_conditions = [
        FollowUp.done_at.is_(None),
        FollowUp.deleted_at.is_(None),
        Prospect.deleted_at.is_(None),
        FollowUp.due_at < end,
    ]
    appointment_conditions = [
        Appointment.status == AppointmentStatus.PLANNED,
        Appointment.deleted_at.is_(None),
        Prospect.deleted_at.is_(None),
        Appointment.starts_at < end,
    ]
    if start is not None:
        follow_up_conditions.append(FollowUp.due_at >= start)
        appointment_conditions.append(Appointment.starts_at >= start)
    follow_ups = session.execute(
        select(
            FollowUp.id,
            FollowUp.prospect_id,
            Prospect.company,
            Prospect.city,
            FollowUp.due_at,
            FollowUp.note,
        )
        .join(Prospect, Prospect.id == FollowUp.prospect_id)
        .where(*follow_up_conditions)
        .order_by(FollowUp.due_at)
        .limit(limit)
    ).all()
    appointments = session.execute(
        select(
            Appointment.id,
            Appointment.prospect_id,
            Prospect.company,
            Prospect.city,
            Appointment.starts_at,
            Appointment.title,
            Appointment.place,
        )
        .join(Prospect, Prospect.id == Appointment.prospect_id)
        .where(*appointment_conditions)
        .order_by(Appointment.starts_at)
        .limit(limit)
    ).all()
    total = _count(session, FollowUp, follow_up_conditions) + _count(
        session, Appointment, appointment_conditions
    )
    items = [
        AgendaItem(AgendaKind.FOLLOW_UP, fid, pid, company, city, due, note)
        for fid, pid, company, city, due, note in follow_ups
    ]
    items += [
        AgendaItem(
            AgendaKind.APPOINTMENT,
            aid,
            pid,
            company,
            city,
            starts,
            " — ".join(p for p in (title, place) if p),
        )
        for aid, pid, company, city, starts, title, place in appointments
    ]
    items.sort(key=lambda item: (item.when, item.prospect_name.casefold()))
    return items[:limit], total


def _task_items(session: Session, limit: int) -> tuple[list[AgendaItem], int]:
    conditions = [Task.done_at.is_(None), Task.deleted_at.is_(None), Prospect.deleted_at.is_(None)]
    rows = session.execute(
        select(Task.id, Task.prospect_id, Prospect.company, Prospect.city, Task.title)
        .join(Prospect, Prospect.id == Task.prospect_id)
        .where(*conditions)
        .order_by(Task.created_at)
        .limit(limit)
    ).all()
    items = [
        AgendaItem(AgendaKind.TASK, tid, pid, company, city, None, title)
        for tid, pid, company, city, title in rows
    ]
    return items, _count(session, Task, conditions)


def _count(
    session: Session, model: type[FollowUp | Appointment | Task], conditions: list[Any]
) -> int:
    statement = (
        select(func.count())
        .select_from(model)
        .join(Prospect, Prospect.id == model.prospect_id)
        .where(*conditions)
    )
    return int(session.execute(statement).scalar_one())


def _live(session: Session, model: type[_R], record_id: str) -> _R:
    record = session.get(model, record_id)
    if record is None or record.deleted_at is not None:
        label = model.__name__.lower()
        raise RecordNotFoundError(f"No {label} with id {record_id} (it may have been deleted).")
    return record


def _require_live_prospects(session: Session, prospect_ids: Collection[str]) -> None:
    wanted = set(prospect_ids)
    found = set(
        session.execute(
            select(Prospect.id).where(Prospect.id.in_(wanted), Prospect.deleted_at.is_(None))
        ).scalars()
    )
    missing = wanted - found
    if missing:
        raise RecordNotFoundError(
            f"No prospect with id {sorted(missing)[0]} (or it is in the trash)."
        )


def _require_aware(value: datetime, field: str) -> None:
    if value.tzinfo is None:
        raise ValidationError(field, "A date and time needs its time zone.")


def _follow_up_view(f: FollowUp) -> FollowUpView:
    return FollowUpView(
        f.id, f.prospect_id, f.due_at, f.note, f.done_at, f.snooze_count, f.updated_at
    )


def _appointment_view(a: Appointment) -> AppointmentView:
    return AppointmentView(
        a.id,
        a.prospect_id,
        a.title,
        a.starts_at,
        a.ends_at,
        a.place,
        a.note,
        a.status,
        a.updated_at,
    )
