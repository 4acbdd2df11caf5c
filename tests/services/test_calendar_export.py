"""The iCalendar export: valid RFC 5545, stable UIDs, cancelled appointments, atomic write."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from icalendar import Calendar

from moovdesk.calendar_export import export_calendar
from moovdesk.data.vocabulary import AppointmentStatus
from moovdesk.services import Services
from tests.conftest import FIXED_NOW


def events(path: Path) -> dict[str, dict[str, object]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {
        str(e["uid"]): {
            "summary": str(e["summary"]),
            "status": str(e["status"]),
            "sequence": int(e["sequence"]),
            "start": e.decoded("dtstart"),
            "location": str(e.get("location", "")),
        }
        for e in calendar.walk("VEVENT")
    }


def test_export_and_reexport(services: Services, tmp_path: Path) -> None:
    pid = services.prospects.create(
        {
            "company": "Garage <Martin> & Fils",
            "street": "3 rue Pasteur",
            "postal_code": "69003",
            "city": "Lyon",
        }
    )
    fid = services.agenda.add_follow_up(pid, FIXED_NOW + timedelta(days=1), 'Rappeler; devis, "v2"')
    aid = services.agenda.add_appointment(pid, FIXED_NOW, FIXED_NOW + timedelta(hours=1), "Agence")
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "moovdesk.ics"
    assert export_calendar(services.store, target) == 2
    first = events(target)
    follow_up_uid = f"follow-up-{fid}@moovdesk.local"
    appointment_uid = f"appointment-{aid}@moovdesk.local"
    assert set(first) == {follow_up_uid, appointment_uid}
    assert first[follow_up_uid]["summary"] == "Relance : Garage <Martin> & Fils"
    assert first[follow_up_uid]["start"] == FIXED_NOW + timedelta(days=1)
    assert first[follow_up_uid]["location"] == "3 rue Pasteur, 69003 Lyon"
    assert first[appointment_uid]["status"] == "CONFIRMED"

    services.agenda.set_appointment_status(aid, AppointmentStatus.CANCELLED)
    export_calendar(services.store, target)
    second = events(target)
    assert set(second) == set(first)  # same UIDs: calendars update, never duplicate
    assert second[appointment_uid]["status"] == "CANCELLED"
    assert second[appointment_uid]["sequence"] >= first[appointment_uid]["sequence"]
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind

    services.agenda.complete_follow_up(fid)
    assert export_calendar(services.store, target) == 1
    assert export_calendar(services.store, target, include_done=True) == 2
