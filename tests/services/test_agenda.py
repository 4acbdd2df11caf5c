"""Follow-ups, tasks, appointments and the agenda across the base."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from moovdesk.agenda_items import FollowUpPreset, preset_due
from moovdesk.data.errors import RecordNotFoundError, ValidationError
from moovdesk.data.vocabulary import ActivityKind, AppointmentStatus
from moovdesk.services import Services
from tests.conftest import FIXED_NOW


@pytest.fixture
def prospect(services: Services) -> str:
    return services.prospects.create({"company": "Boulangerie Étienne", "city": "Lyon"})


def test_presets_land_at_nine_in_the_morning() -> None:
    wednesday = FIXED_NOW  # Wednesday 10 March 2027, 10:30
    assert preset_due(FollowUpPreset.TOMORROW, wednesday) == wednesday.replace(
        day=11, hour=9, minute=0
    )
    assert preset_due(FollowUpPreset.IN_3_DAYS, wednesday).day == 13
    next_week = preset_due(FollowUpPreset.NEXT_WEEK, wednesday)
    assert (next_week.day, next_week.weekday(), next_week.hour) == (15, 0, 9)
    assert preset_due(FollowUpPreset.IN_A_MONTH, wednesday).month == 4
    end_of_january = datetime.fromisoformat("2027-01-31T18:00:00+01:00")
    assert preset_due(FollowUpPreset.IN_A_MONTH, end_of_january).date().isoformat() == "2027-02-28"


def test_follow_up_life(services: Services, prospect: str) -> None:
    agenda = services.agenda
    fid = agenda.add_follow_up(prospect, FIXED_NOW + timedelta(days=1), "  Rappeler  ")
    [view] = agenda.follow_ups_of(prospect)
    assert (view.note, view.is_open, view.snooze_count) == ("Rappeler", True, 0)
    assert services.prospects.get(prospect).row.next_follow_up == FIXED_NOW + timedelta(days=1)

    previous = agenda.snooze_follow_up(fid, FIXED_NOW + timedelta(days=3))
    assert previous == FIXED_NOW + timedelta(days=1)
    assert agenda.get_follow_up(fid).snooze_count == 1
    agenda.reschedule_follow_up(fid, FIXED_NOW + timedelta(days=5), "Devis prêt")
    assert agenda.get_follow_up(fid).note == "Devis prêt"

    agenda.complete_follow_up(fid)
    assert not agenda.get_follow_up(fid).is_open
    assert services.prospects.get(prospect).row.next_follow_up is None
    agenda.complete_follow_up(fid, done=False)
    assert agenda.get_follow_up(fid).is_open


def test_follow_ups_need_a_live_prospect_and_a_time_zone(services: Services, prospect: str) -> None:
    with pytest.raises(ValidationError):
        services.agenda.add_follow_up(prospect, datetime(2027, 3, 11, 9, 0))
    services.prospects.trash([prospect])
    with pytest.raises(RecordNotFoundError):
        services.agenda.add_follow_up(prospect, FIXED_NOW)


def test_bulk_schedule_is_all_or_nothing(services: Services, prospect: str) -> None:
    other = services.prospects.create({"company": "Autre"})
    with pytest.raises(RecordNotFoundError):
        services.agenda.schedule_follow_ups([prospect, "missing"], FIXED_NOW)
    assert services.agenda.follow_ups_of(prospect) == []
    assert len(services.agenda.schedule_follow_ups([prospect, other], FIXED_NOW, "Salon")) == 2


def test_agenda_groups_and_counts(services: Services, prospect: str) -> None:
    agenda = services.agenda
    agenda.add_follow_up(prospect, FIXED_NOW - timedelta(days=1), "late")
    agenda.add_follow_up(prospect, FIXED_NOW + timedelta(hours=2), "today")
    agenda.add_follow_up(prospect, FIXED_NOW + timedelta(days=2), "soon")
    done = agenda.add_follow_up(prospect, FIXED_NOW - timedelta(days=3), "done")
    agenda.complete_follow_up(done)
    agenda.add_appointment(
        prospect, FIXED_NOW + timedelta(hours=4), FIXED_NOW + timedelta(hours=5), "Lyon", "Démo"
    )
    cancelled = agenda.add_appointment(
        prospect, FIXED_NOW + timedelta(hours=6), FIXED_NOW + timedelta(hours=7)
    )
    agenda.set_appointment_status(cancelled, AppointmentStatus.CANCELLED)
    agenda.add_task(prospect, "Envoyer le devis")
    gone = services.prospects.create({"company": "Trashed"})
    agenda.add_follow_up(gone, FIXED_NOW - timedelta(days=1), "ignored")
    services.prospects.trash([gone])

    result = agenda.agenda()
    assert [i.text for i in result.overdue] == ["late"]
    assert [i.text for i in result.today] == ["today", "Démo — Lyon"]
    assert [i.text for i in result.upcoming] == ["soon"]
    assert [i.text for i in result.tasks] == ["Envoyer le devis"]
    assert result.overdue[0].prospect_name == "Boulangerie Étienne"
    assert agenda.overdue_count() == 1


def test_due_reminders_are_announced_once(services: Services, prospect: str) -> None:
    agenda = services.agenda
    fid = agenda.add_follow_up(prospect, FIXED_NOW - timedelta(minutes=1), "now")
    agenda.add_follow_up(prospect, FIXED_NOW + timedelta(hours=1), "later")
    assert [i.id for i in agenda.take_due_reminders()] == [fid]
    assert agenda.take_due_reminders() == []
    agenda.snooze_follow_up(fid, FIXED_NOW - timedelta(seconds=1))
    assert [i.id for i in agenda.take_due_reminders()] == [fid]  # a snooze re-arms it


def test_tasks(services: Services, prospect: str) -> None:
    tid = services.agenda.add_task(prospect, "Envoyer le devis")
    services.agenda.set_task_done(tid, True)
    [task] = services.agenda.tasks_of(prospect)
    assert task.done_at is not None
    with pytest.raises(ValidationError):
        services.agenda.add_task(prospect, "   ")


def test_visit_report_closes_its_appointment(services: Services, prospect: str) -> None:
    aid = services.agenda.add_appointment(
        prospect, FIXED_NOW, FIXED_NOW + timedelta(hours=1), "Sur place"
    )
    services.activities.log(prospect, ActivityKind.VISIT, body="Très intéressé", appointment_id=aid)
    assert services.agenda.get_appointment(aid).status is AppointmentStatus.DONE
    [activity] = services.activities.activities_of(prospect)
    assert activity.appointment_id == aid
    assert services.prospects.get(prospect).row.last_contact_at == FIXED_NOW


def test_appointment_cannot_end_before_it_starts(services: Services, prospect: str) -> None:
    with pytest.raises(ValidationError):
        services.agenda.add_appointment(prospect, FIXED_NOW, FIXED_NOW - timedelta(hours=1))


def test_activity_log_is_newest_first(services: Services, prospect: str) -> None:
    for days, kind in ((5, ActivityKind.CALL), (1, ActivityKind.EMAIL), (3, ActivityKind.NOTE)):
        services.activities.log(
            prospect, kind, occurred_at=FIXED_NOW - timedelta(days=days), body=kind.value
        )
    kinds = [a.kind for a in services.activities.activities_of(prospect)]
    assert kinds == [ActivityKind.EMAIL, ActivityKind.NOTE, ActivityKind.CALL]
    with pytest.raises(ValidationError):
        services.activities.log(prospect, ActivityKind.NOTE, body="  ")


def test_agenda_groups_are_capped_but_counted(services: Services, prospect: str) -> None:
    for hours in range(1, 8):
        services.agenda.add_follow_up(prospect, FIXED_NOW - timedelta(hours=hours), f"late {hours}")
    result = services.agenda.agenda(limit=3)
    assert [i.text for i in result.overdue] == ["late 7", "late 6", "late 5"]  # oldest first
    assert result.totals["overdue"] == 7
    assert result.overdue_count == 7
