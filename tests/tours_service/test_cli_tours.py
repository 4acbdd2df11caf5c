"""`moovdesk-cli tours` and `tour-export` run as real processes on a home with a saved tour."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.tour_plans import TourService
from tests.test_cli import run_cli
from tests.tours_service.conftest import PLACES, ZONE, options, planned


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A home with one saved tour of 5 prospects (one with a hostile name) and one deleted."""
    root = tmp_path_factory.mktemp("cli-tours")
    home = Home(root).ensure()
    with Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file) as store:
        services = Services.on_store(home, store)
        ids = [
            services.prospects.create(
                {
                    "company": company if k else "<b>Boulangerie</b> & Fils",
                    "latitude": lat,
                    "longitude": lon,
                    "street": street,
                    "postal_code": code,
                    "city": city,
                    "phone": f"04 72 00 00 0{k}",
                }
            )
            for k, (company, lat, lon, street, code, city) in enumerate(PLACES)
        ]
        from moovdesk.tour_plans import build_draft

        tours = TourService(store, zone=ZONE)
        draft = build_draft(store, ids, options(), zone=ZONE)
        tour = planned(tours, draft, "Tournée Loire")
        gone = planned(tours, build_draft(store, ids[:1], options(), zone=ZONE), "Effacée")
        tours.delete(gone.id)
    return root, tour.id


def test_tours_lists_the_saved_tours(base: tuple[Path, str]) -> None:
    root, tour_id = base
    result = run_cli("--home", str(root), "tours")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{tour_id[:8]}  2027-03-11  Tournée Loire  5 stops")
    assert line.endswith("planned")
    records = json.loads(run_cli("--home", str(root), "tours", "--json").stdout)
    assert [(r["id"], r["stops"], r["status"]) for r in records] == [(tour_id, 5, "planned")]
    assert records[0]["km"] > 0 and records[0]["estimated"] is True
    trash = json.loads(run_cli("--home", str(root), "tours", "--json", "--trash").stdout)
    assert [r["name"] for r in trash] == ["Effacée"]


def test_export_to_ics_and_html(base: tuple[Path, str], tmp_path: Path) -> None:
    root, tour_id = base
    ics = tmp_path / "tour.ics"
    result = run_cli("--home", str(root), "tour-export", tour_id[:8], str(ics))
    assert result.returncode == 0, result.stderr
    assert "Wrote 5 events" in result.stdout
    events = Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert len(events) == 5
    assert all(str(e["uid"]).startswith("tour-stop-") for e in events)
    sheet = tmp_path / "jour.html"
    result = run_cli("--home", str(root), "tour-export", tour_id, str(sheet), "--lang", "en")
    assert result.returncode == 0, result.stderr
    text = sheet.read_text(encoding="utf-8")
    assert "Thursday 11 March 2027" in text
    assert "&lt;b&gt;Boulangerie&lt;/b&gt; &amp; Fils" in text and "<b>" not in text
    one_day = tmp_path / "day1.html"
    result = run_cli("--home", str(root), "tour-export", tour_id, str(one_day), "--day", "1")
    assert result.returncode == 0, result.stderr
    assert "jeudi 11 mars 2027" in one_day.read_text(encoding="utf-8")


def test_links_are_printed(base: tuple[Path, str]) -> None:
    root, tour_id = base
    result = run_cli("--home", str(root), "tour-export", tour_id, "--links")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Day 1"
    google = [line for line in lines if "Google Maps" in line]
    waze = [line for line in lines if "Waze" in line]
    assert len(google) == 1 and "https://www.google.com/maps/dir/?api=1&origin=" in google[0]
    assert len(waze) == 6 and all("https://waze.com/ul?ll=" in line for line in waze)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("nope", "--links"), "No tour with an id starting 'nope'"),
        (("{id}",), "FILE"),
        (("{id}", "out.pdf"), ".ics or .html"),
        (("{id}", "out.ics", "--day", "1"), "--day"),
        (("{id}", "out.html", "--day", "3"), "no day 3"),
    ],
)
def test_bad_requests_are_one_line(
    base: tuple[Path, str], tmp_path: Path, args: tuple[str, ...], words: str
) -> None:
    root, tour_id = base
    filled = [tour_id if a == "{id}" else str(tmp_path / a) if "." in a else a for a in args]
    result = run_cli("--home", str(root), "tour-export", *filled)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_the_tour_commands_never_import_qt() -> None:
    code = (
        "import sys, moovdesk.cli, moovdesk.commands.tours, moovdesk.commands.tour_export,"
        " moovdesk.tour_plans.service, moovdesk.tour_plans.ical, moovdesk.tour_plans.day_sheet,"
        " moovdesk.tour_plans.route_links;"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))];"
        "print(qt); sys.exit(1 if qt else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
