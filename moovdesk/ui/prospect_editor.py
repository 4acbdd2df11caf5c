"""Every change the rep makes from the window goes through here: the service call, its undo step,
and the signal that tells the table, the detail pane and the agenda to re-read.

Widgets never write to the services themselves, so undo/redo covers every edit and no view keeps
a copy that could drift from the database.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from moovdesk.data.vocabulary import ActivityKind, AppointmentStatus, Stage, Temperature
from moovdesk.ui.undo_commands import AppliedCommand, FieldEditCommand

if TYPE_CHECKING:
    from moovdesk.services import Services


class ProspectEditor(QObject):
    # These prospects changed in place: re-read their rows.
    prospects_changed = Signal(list)
    # Prospects appeared or disappeared (new, trash, restore): re-run the query.
    prospects_added_or_removed = Signal()
    # Follow-ups, tasks, appointments or activities changed for these prospects.
    agenda_changed = Signal(list)
    # A prospect was created and should be shown.
    prospect_created = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = QUndoStack(self)

    # Prospect fields -------------------------------------------------------------------

    def update_fields(
        self, prospect_id: str, changes: Mapping[str, Any], *, typing: bool = False
    ) -> None:
        """Save an edit (raises ValidationError, nothing saved, when a value is refused).

        `typing` marks saves made while the rep types: consecutive ones of the same field
        merge into one undo step, as a text editor's would.
        """
        change = self.services.prospects.update(prospect_id, changes)
        if change.before == change.after:
            return
        self.prospects_changed.emit([prospect_id])
        self.undo_stack.push(
            FieldEditCommand(
                self.tr("Edit %1").replace("%1", ", ".join(sorted(change.after))),
                prospect_id,
                change.before,
                change.after,
                self._apply_fields,
                mergeable=typing,
            )
        )

    def toggle_temperature(self, prospect_ids: Collection[str]) -> None:
        """Hot becomes cold and cold becomes hot, each prospect on its own."""
        rows = self.services.prospects.rows(list(prospect_ids))
        hot = [r.id for r in rows if r.temperature is Temperature.HOT]
        cold = [r.id for r in rows if r.temperature is Temperature.COLD]
        if len(rows) == 1:
            new = Temperature.COLD if hot else Temperature.HOT
            self.update_fields(rows[0].id, {"temperature": new})
            return

        def swap(to_cold: list[str], to_hot: list[str]) -> None:
            self.services.prospects.bulk_update(to_cold, {"temperature": Temperature.COLD})
            self.services.prospects.bulk_update(to_hot, {"temperature": Temperature.HOT})
            self.prospects_changed.emit(to_cold + to_hot)

        swap(hot, cold)
        self.undo_stack.push(
            AppliedCommand(
                self.tr("Switch hot/cold"), lambda: swap(hot, cold), lambda: swap(cold, hot)
            )
        )

    def set_for_all(self, prospect_ids: Collection[str], changes: Mapping[str, Any]) -> None:
        """A bulk action: the same prospect fields on every selected prospect, one undo step."""
        ids = list(prospect_ids)
        if not ids:
            return
        fields = sorted(changes)
        previous = {
            row.id: {name: getattr(row, name) for name in fields}
            for row in self.services.prospects.rows(ids)
        }
        self.services.prospects.bulk_update(ids, changes)
        self.prospects_changed.emit(ids)

        def redo() -> None:
            self.services.prospects.bulk_update(ids, changes)
            self.prospects_changed.emit(ids)

        def undo() -> None:
            for values, group in _group_by_values(previous).items():
                self.services.prospects.bulk_update(group, dict(values))
            self.prospects_changed.emit(ids)

        text = self.tr("Change %1 (prospects: %n)", "", len(ids)).replace("%1", ", ".join(fields))
        self.undo_stack.push(AppliedCommand(text, redo, undo))

    def mark_as_client(self, prospect_id: str) -> None:
        self.update_fields(prospect_id, {"stage": Stage.CLIENT})

    # Prospects appear and disappear ----------------------------------------------------

    def create(self, values: Mapping[str, Any] | None = None) -> str:
        prospect_id = self.services.prospects.create(values or {})
        self.prospects_added_or_removed.emit()
        self.prospect_created.emit(prospect_id)
        self.undo_stack.push(
            AppliedCommand(
                self.tr("New prospect"),
                lambda: self._set_trashed([prospect_id], False),
                lambda: self._set_trashed([prospect_id], True),
            )
        )
        return prospect_id

    def trash(self, prospect_ids: Collection[str]) -> int:
        ids = list(prospect_ids)
        moved = self.services.prospects.trash(ids)
        if moved:
            self.prospects_added_or_removed.emit()
            self.undo_stack.push(
                AppliedCommand(
                    self.tr("Move to the trash (prospects: %n)", "", len(ids)),
                    lambda: self._set_trashed(ids, True),
                    lambda: self._set_trashed(ids, False),
                )
            )
        return moved

    def restore(self, prospect_ids: Collection[str]) -> int:
        ids = list(prospect_ids)
        restored = self.services.prospects.restore(ids)
        if restored:
            self.prospects_added_or_removed.emit()
            self.undo_stack.push(
                AppliedCommand(
                    self.tr("Restore from the trash (prospects: %n)", "", len(ids)),
                    lambda: self._set_trashed(ids, False),
                    lambda: self._set_trashed(ids, True),
                )
            )
        return restored

    # Contacts --------------------------------------------------------------------------

    def add_contact(self, prospect_id: str, values: Mapping[str, Any]) -> str:
        contacts = self.services.contacts
        contact_id = contacts.add_contact(prospect_id, values)
        self.prospects_changed.emit([prospect_id])
        self.undo_stack.push(
            AppliedCommand(
                self.tr("Add contact"),
                lambda: self._contact_step(prospect_id, contacts.restore_contact, contact_id),
                lambda: self._contact_step(prospect_id, contacts.remove_contact, contact_id),
            )
        )
        return contact_id

    def update_contact(self, prospect_id: str, contact_id: str, changes: Mapping[str, Any]) -> None:
        contacts = self.services.contacts
        before, after = contacts.update_contact(contact_id, changes)
        if before == after:
            return
        self.prospects_changed.emit([prospect_id])

        def apply(values: dict[str, Any]) -> None:
            contacts.update_contact(contact_id, values)
            self.prospects_changed.emit([prospect_id])

        self.undo_stack.push(
            AppliedCommand(self.tr("Edit contact"), lambda: apply(after), lambda: apply(before))
        )

    def remove_contact(self, prospect_id: str, contact_id: str) -> None:
        contacts = self.services.contacts
        previous_primary = next(
            (c.id for c in contacts.contacts_of(prospect_id) if c.is_primary), None
        )
        contacts.remove_contact(contact_id)
        self.prospects_changed.emit([prospect_id])

        def undo() -> None:
            contacts.restore_contact(contact_id)
            if previous_primary is not None:
                contacts.set_primary(previous_primary)
            self.prospects_changed.emit([prospect_id])

        self.undo_stack.push(
            AppliedCommand(
                self.tr("Remove contact"),
                lambda: self._contact_step(prospect_id, contacts.remove_contact, contact_id),
                undo,
            )
        )

    def set_primary_contact(self, prospect_id: str, contact_id: str) -> None:
        contacts = self.services.contacts
        previous = contacts.set_primary(contact_id)
        self.prospects_changed.emit([prospect_id])
        if previous is None or previous == contact_id:
            return
        self.undo_stack.push(
            AppliedCommand(
                self.tr("Change primary contact"),
                lambda: self._contact_step(prospect_id, contacts.set_primary, contact_id),
                lambda: self._contact_step(prospect_id, contacts.set_primary, previous),
            )
        )

    def _contact_step(self, prospect_id: str, action: Callable[[str], object], arg: str) -> None:
        action(arg)
        self.prospects_changed.emit([prospect_id])

    # Tags ------------------------------------------------------------------------------

    def add_tag(self, prospect_ids: Collection[str], name: str) -> None:
        self._tag(list(prospect_ids), name, add=True)

    def remove_tag(self, prospect_ids: Collection[str], name: str) -> None:
        self._tag(list(prospect_ids), name, add=False)

    def _tag(self, ids: list[str], name: str, *, add: bool) -> None:
        prospects = self.services.prospects
        having = {row.id for row in prospects.rows(ids) if name.strip() in row.tags}
        touched = [i for i in ids if (i not in having) == add]
        if not touched:
            return

        def apply(adding: bool) -> None:
            (prospects.add_tag if adding else prospects.remove_tag)(touched, name)
            self.prospects_changed.emit(touched)

        apply(add)
        template = self.tr("Add tag %1") if add else self.tr("Remove tag %1")
        self.undo_stack.push(
            AppliedCommand(template.replace("%1", name), lambda: apply(add), lambda: apply(not add))
        )

    # Follow-ups, tasks, appointments, activities ---------------------------------------

    def schedule_follow_ups(
        self, prospect_ids: Collection[str], due_at: datetime, note: str = ""
    ) -> list[str]:
        ids = list(prospect_ids)
        agenda = self.services.agenda
        made = agenda.schedule_follow_ups(ids, due_at, note)

        def set_deleted(deleted: bool) -> None:
            for follow_up_id in made:
                agenda.delete_follow_up(follow_up_id, deleted)
            self._agenda_touched(ids)

        self._agenda_touched(ids)
        self.undo_stack.push(
            AppliedCommand(
                self.tr("Schedule follow-ups (%n)", "", len(made)),
                lambda: set_deleted(False),
                lambda: set_deleted(True),
            )
        )
        return made

    def complete_follow_up(self, follow_up_id: str, done: bool = True) -> None:
        agenda = self.services.agenda
        prospect_id = agenda.get_follow_up(follow_up_id).prospect_id

        def apply(value: bool) -> None:
            agenda.complete_follow_up(follow_up_id, value)
            self._agenda_touched([prospect_id])

        apply(done)
        text = self.tr("Complete follow-up") if done else self.tr("Reopen follow-up")
        self.undo_stack.push(AppliedCommand(text, lambda: apply(done), lambda: apply(not done)))

    def move_follow_up(self, follow_up_id: str, due_at: datetime, *, snooze: bool) -> None:
        """Snooze or reschedule; undo puts the previous due time back."""
        agenda = self.services.agenda
        before = agenda.get_follow_up(follow_up_id)

        def forward() -> None:
            if snooze:
                agenda.snooze_follow_up(follow_up_id, due_at)
            else:
                agenda.reschedule_follow_up(follow_up_id, due_at)
            self._agenda_touched([before.prospect_id])

        def back() -> None:
            agenda.reschedule_follow_up(follow_up_id, before.due_at)
            self._agenda_touched([before.prospect_id])

        forward()
        text = self.tr("Snooze follow-up") if snooze else self.tr("Reschedule follow-up")
        self.undo_stack.push(AppliedCommand(text, forward, back))

    def delete_follow_up(self, follow_up_id: str) -> None:
        agenda = self.services.agenda
        prospect_id = agenda.get_follow_up(follow_up_id).prospect_id
        self._undoable(
            self.tr("Delete follow-up"),
            prospect_id,
            lambda: agenda.delete_follow_up(follow_up_id, True),
            lambda: agenda.delete_follow_up(follow_up_id, False),
        )

    def add_task(self, prospect_id: str, title: str) -> str:
        agenda = self.services.agenda
        task_id = agenda.add_task(prospect_id, title)
        self._created(
            self.tr("Add task"),
            prospect_id,
            lambda: agenda.delete_task(task_id, False),
            lambda: agenda.delete_task(task_id, True),
        )
        return task_id

    def set_task_done(self, prospect_id: str, task_id: str, done: bool) -> None:
        agenda = self.services.agenda
        self._undoable(
            self.tr("Check off task") if done else self.tr("Reopen task"),
            prospect_id,
            lambda: agenda.set_task_done(task_id, done),
            lambda: agenda.set_task_done(task_id, not done),
        )

    def delete_task(self, prospect_id: str, task_id: str) -> None:
        agenda = self.services.agenda
        self._undoable(
            self.tr("Delete task"),
            prospect_id,
            lambda: agenda.delete_task(task_id, True),
            lambda: agenda.delete_task(task_id, False),
        )

    def add_appointment(
        self, prospect_id: str, starts_at: datetime, ends_at: datetime, place: str, title: str
    ) -> str:
        agenda = self.services.agenda
        appointment_id = agenda.add_appointment(prospect_id, starts_at, ends_at, place, title)
        self._created(
            self.tr("Add appointment"),
            prospect_id,
            lambda: agenda.set_appointment_status(appointment_id, AppointmentStatus.PLANNED),
            lambda: agenda.set_appointment_status(appointment_id, AppointmentStatus.CANCELLED),
        )
        return appointment_id

    def set_appointment_status(
        self, prospect_id: str, appointment_id: str, status: AppointmentStatus
    ) -> None:
        agenda = self.services.agenda
        previous = agenda.get_appointment(appointment_id).status
        self._undoable(
            self.tr("Change appointment"),
            prospect_id,
            lambda: agenda.set_appointment_status(appointment_id, status),
            lambda: agenda.set_appointment_status(appointment_id, previous),
        )

    def log_activity(
        self,
        prospect_id: str,
        kind: ActivityKind,
        occurred_at: datetime,
        subject: str,
        body: str,
        appointment_id: str | None = None,
    ) -> str:
        activities = self.services.activities
        agenda = self.services.agenda
        previous_status = agenda.get_appointment(appointment_id).status if appointment_id else None
        activity_id = activities.log(
            prospect_id,
            kind,
            occurred_at=occurred_at,
            subject=subject,
            body=body,
            appointment_id=appointment_id,
        )

        def redo() -> None:
            activities.delete(activity_id, False)
            if appointment_id:
                agenda.set_appointment_status(appointment_id, AppointmentStatus.DONE)

        def undo() -> None:
            activities.delete(activity_id, True)
            if appointment_id and previous_status is not None:
                agenda.set_appointment_status(appointment_id, previous_status)

        self._created(self.tr("Log activity"), prospect_id, redo, undo)
        return activity_id

    def delete_activity(self, prospect_id: str, activity_id: str) -> None:
        activities = self.services.activities
        self._undoable(
            self.tr("Delete activity"),
            prospect_id,
            lambda: activities.delete(activity_id, True),
            lambda: activities.delete(activity_id, False),
        )

    def _undoable(
        self, text: str, prospect_id: str, do: Callable[[], None], undo: Callable[[], None]
    ) -> None:
        """Do an agenda change now and push its undo step."""

        def forward() -> None:
            do()
            self._agenda_touched([prospect_id])

        def back() -> None:
            undo()
            self._agenda_touched([prospect_id])

        forward()
        self.undo_stack.push(AppliedCommand(text, forward, back))

    def _created(
        self, text: str, prospect_id: str, redo: Callable[[], None], undo: Callable[[], None]
    ) -> None:
        """Push the undo step of something already created."""

        def forward() -> None:
            redo()
            self._agenda_touched([prospect_id])

        def back() -> None:
            undo()
            self._agenda_touched([prospect_id])

        self._agenda_touched([prospect_id])
        self.undo_stack.push(AppliedCommand(text, forward, back))

    # Internals -------------------------------------------------------------------------

    def _apply_fields(self, prospect_id: str, values: dict[str, Any]) -> None:
        self.services.prospects.update(prospect_id, values)
        self.prospects_changed.emit([prospect_id])

    def _set_trashed(self, ids: list[str], trashed: bool) -> None:
        if trashed:
            self.services.prospects.trash(ids)
        else:
            self.services.prospects.restore(ids)
        self.prospects_added_or_removed.emit()

    def _agenda_touched(self, prospect_ids: list[str]) -> None:
        # The table shows the next follow-up and last contact: those rows change too.
        self.agenda_changed.emit(prospect_ids)
        self.prospects_changed.emit(prospect_ids)


def _group_by_values(
    previous: dict[str, dict[str, Any]],
) -> dict[tuple[tuple[str, Any], ...], list[str]]:
    """Group prospect ids by their previous values, so an undo is a few bulk updates."""
    groups: dict[tuple[tuple[str, Any], ...], list[str]] = {}
    for prospect_id, values in previous.items():
        key = tuple(sorted(values.items()))
        groups.setdefault(key, []).append(prospect_id)
    return groups
