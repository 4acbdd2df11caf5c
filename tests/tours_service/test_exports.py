"""Exports of a tour: iCalendar events, Google Maps and Waze links, the printed day sheet."""

from __future__ import annotations

import html.parser
import itertools
import urllib.parse
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from moovdesk.services import Services
from moovdesk.tour_plans import SavedTour, TourService, TravelSettings
from moovdesk.tour_plans.day_sheet import day_sheet_html, tour_sheet_html
from moovdesk.tour_plans.ical import stop_uid, tour_calendar, write_tour_calendar
from moovdesk.tour_plans.labels import ENGLISH, FRENCH, sheet_labels
from moovdesk.tour_plans.route_links import (
    GOOGLE_MAX_WAYPOINTS,
    google_maps_links,
    route_addresses,
    waze_links,
)
from moovdesk.tours import DaySettings, Place, Stop, TourRequest, plan_tour, schedule_tour
from tests.tours_service.conftest import HOME, TOUR_DAY, ZONE

# --- iCalendar ---------------------------------------------------------------------------------


def events(data: bytes) -> dict[str, dict[str, object]]:
    return {
        str(e["uid"]): {
            "summary": str(e["summary"]),
            "start": e.decoded("dtstart"),
            "end": e.decoded("dtend"),
            "location": str(e.get("location", "")),
            "description": str(e.get("description", "")),
            "sequence": int(e["sequence"]),
        }
        for e in Calendar.from_ical(data).walk("VEVENT")
    }


def test_one_event_per_visit_with_stable_uids(
    tours: TourService, saved: SavedTour, tmp_path: Path
) -> None:
    details = tours.stop_details(saved)
    target = tmp_path / "tour.ics"
    assert write_tour_calendar(target, saved, details, zone=ZONE) == 5
    first = events(target.read_bytes())
    day = saved.plan.days[0]
    assert set(first) == {stop_uid(v.stop.id) for v in day.visits}
    visit = day.visits[0]
    event = first[stop_uid(visit.stop.id)]
    midnight = datetime(2027, 3, 11, tzinfo=ZONE)
    assert event["start"] == midnight + timedelta(minutes=round(visit.start))
    assert event["end"] == midnight + timedelta(minutes=round(visit.departure))
    detail = details[visit.stop.id]
    assert event["summary"] == f"Visite : {detail.company}"
    assert event["location"] == detail.address
    assert "Tél. 04 72 00 00 0" in str(event["description"])
    assert detail.notes in str(event["description"])
    # Reordered and exported again: the same UIDs, new times, a higher sequence.
    changed = tours.save_order(saved, [list(reversed(day.order))])
    later = datetime.now(UTC) + timedelta(seconds=5)
    second = events(tour_calendar(changed, details, zone=ZONE, now=later))
    assert set(second) == set(first)
    moved = second[stop_uid(visit.stop.id)]
    assert moved["start"] != event["start"]
    assert int(moved["sequence"]) > int(event["sequence"])  # type: ignore[call-overload]


def test_english_events(tours: TourService, saved: SavedTour) -> None:
    data = tour_calendar(saved, tours.stop_details(saved), labels=ENGLISH, zone=ZONE)
    assert all(str(e["summary"]).startswith("Visit: ") for e in events(data).values())


# --- Route links -------------------------------------------------------------------------------


def long_day(count: int) -> SavedTour:
    stops = tuple(
        Stop(f"s{k:02d}", 45.70 + 0.004 * k, 4.80 + 0.003 * (k % 7), 5, label=f"Stop {k}")
        for k in range(count)
    )
    end = Place(45.90, 4.90, "Hôtel")
    request = TourRequest(stops, (DaySettings(HOME, end, 6 * 60, 23 * 60),), 1, TOUR_DAY)
    plan = plan_tour(request, time_limit=None)
    assert len(plan.days[0].visits) == count
    return SavedTour("t", "Long", plan, {}, TravelSettings(), 5)


def query(link: str) -> dict[str, str]:
    parsed = urllib.parse.urlsplit(link)
    assert (parsed.scheme, parsed.netloc, parsed.path) == ("https", "www.google.com", "/maps/dir/")
    return dict(urllib.parse.parse_qsl(parsed.query))


def test_a_long_day_splits_into_chained_google_links() -> None:
    tour = long_day(25)
    day = tour.plan.days[0]
    links = google_maps_links(day)
    assert len(links) == 3
    parts = [query(link) for link in links]
    assert all(p["api"] == "1" and p["travelmode"] == "driving" for p in parts)
    assert parts[0]["origin"] == f"{HOME.lat:.6f},{HOME.lon:.6f}"
    assert parts[-1]["destination"] == "45.900000,4.900000"
    for before, after in itertools.pairwise(parts):
        assert after["origin"] == before["destination"]
    waypoints = [p["waypoints"].split("|") for p in parts]
    assert [len(w) for w in waypoints] == [9, 9, 5]
    assert all(len(w) <= GOOGLE_MAX_WAYPOINTS for w in waypoints)
    # Every stop once, in order: waypoints plus the link ends between them.
    route = [parts[0]["origin"]]
    for p, w in zip(parts, waypoints, strict=True):
        route += [*w, p["destination"]]
    expected = [f"{v.stop.lat:.6f},{v.stop.lon:.6f}" for v in day.visits]
    assert route[1:-1] == expected
    assert "|" in links[0] and "%7C" not in links[0]


@pytest.mark.parametrize(
    ("count", "expected"), [(1, 1), (9, 1), (10, 2), (19, 2), (20, 3), (29, 3)]
)
def test_link_counts(count: int, expected: int) -> None:
    assert len(google_maps_links(long_day(count).plan.days[0])) == expected


def test_links_use_street_addresses_and_skip_what_is_done(
    tours: TourService, saved: SavedTour
) -> None:
    details = tours.stop_details(saved)
    addresses = route_addresses(details)
    assert "Boulangerie" not in str(addresses)  # a mapping of ids to addresses
    assert all(details[i].street for i in addresses)
    day = saved.plan.days[0]
    (link,) = google_maps_links(day, addresses)
    waypoints = query(link)["waypoints"].split("|")
    assert "3 rue Victor Hugo, 42000 Saint-Étienne" in waypoints
    assert "45.590600,4.768900" in waypoints  # Givors has no street: its position
    first, second = day.visits[0].stop.id, day.visits[1].stop.id
    tour = tours.mark_visited(saved, first)
    tour = tours.skip_stop(tour, second)
    (remaining,) = google_maps_links(tour.plan.days[0], remaining_only=True)
    parts = query(remaining)
    assert "origin" not in parts  # from wherever the phone is
    assert len(parts["waypoints"].split("|")) == 3  # 5 stops: 1 visited, 1 skipped
    assert parts["destination"] == f"{HOME.lat:.6f},{HOME.lon:.6f}"
    assert len(waze_links(tour.plan.days[0])) == 4 + 1
    assert len(waze_links(tour.plan.days[0], remaining_only=True)) == 3 + 1


def test_waze_links_go_to_each_stop_then_home() -> None:
    tour = long_day(3)
    links = waze_links(tour.plan.days[0])
    assert [link.stop_id for link in links] == [*tour.plan.days[0].stop_ids, None]
    assert links[-1].label == "Hôtel"
    first = tour.plan.days[0].visits[0].stop
    assert links[0].url == f"https://waze.com/ul?ll={first.lat:.6f},{first.lon:.6f}&navigate=yes"


def test_a_day_at_home_with_nothing_to_do_has_no_google_link() -> None:
    request = TourRequest((), (DaySettings(HOME, HOME),), 1, TOUR_DAY)
    plan = schedule_tour(request, [[]])
    assert google_maps_links(plan.days[0]) == []
    assert [link.stop_id for link in waze_links(plan.days[0])] == [None]


# --- Day sheet ---------------------------------------------------------------------------------


class TextOf(html.parser.HTMLParser):
    """The text of an HTML document, and whether it has a tag it should not."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(document: str) -> TextOf:
    reader = TextOf()
    reader.feed(document)
    reader.close()
    return reader


def test_the_day_sheet_lists_the_day(tours: TourService, saved: SavedTour) -> None:
    details = tours.stop_details(saved)
    document = day_sheet_html(saved, 0, details, FRENCH)
    reader = parsed(document)
    text = " ".join(reader.text)
    assert "jeudi 11 mars 2027" in text
    assert reader.tags <= {
        "html",
        "head",
        "meta",
        "title",
        "body",
        "h1",
        "h2",
        "h3",
        "table",
        "tr",
        "th",
        "td",
        "br",
        "p",
        "i",
        "div",
    }
    day = saved.plan.days[0]
    for number, visit in enumerate(day.visits, start=1):
        detail = details[visit.stop.id]
        assert detail.company in text and detail.contact in text and detail.notes in text
        assert f"<td>{number}</td>" in document
    assert "04 72 00 00 00" in text  # national format
    assert "42000 Saint-Étienne" in text
    assert "Les temps de trajet sont des estimations" in text
    assert "1,3" in text  # the detour factor, French style
    first = day.visits[0]
    minutes = round(first.arrival)
    assert f"{minutes // 60:02d}:{minutes % 60:02d}" in text
    assert f"{first.travel_km:.1f}".replace(".", ",") in text
    english = " ".join(parsed(day_sheet_html(saved, 0, details, sheet_labels("en"))).text)
    assert "Thursday 11 March 2027" in english and "Travel times are estimates" in english
    assert sheet_labels("fr_FR") is FRENCH and sheet_labels("") is FRENCH


def test_hostile_text_is_escaped(services: Services, tours: TourService, saved: SavedTour) -> None:
    evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    stop_id = saved.plan.days[0].visits[0].stop.id
    prospect_id = saved.stops[stop_id].prospect_id
    assert prospect_id is not None
    services.prospects.update(prospect_id, {"company": evil, "notes": f"ligne 1\n{evil}"})
    tours.rename(saved.id, f"Tour {evil}")
    tour = tours.open(saved.id)
    document = tour_sheet_html(tour, tours.stop_details(tour))
    reader = parsed(document)
    assert "script" not in reader.tags and "img" not in reader.tags
    assert "<script>" not in document and "onerror=alert(1)>" not in document
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;" in document
    assert evil in " ".join(reader.text)
    assert "ligne 1<br>&lt;script&gt;" in document


def test_several_days_print_one_per_page(services: Services, tours: TourService) -> None:
    stops = tuple(Stop(f"d{k}", 45.7 + 0.01 * k, 4.8, 120, label=f"Long {k}") for k in range(6))
    request = TourRequest(stops, (DaySettings(HOME, HOME, 9 * 60, 17 * 60),), None, TOUR_DAY)
    plan = plan_tour(request, time_limit=None)
    assert len(plan.days) >= 2
    tour = SavedTour("t", "Deux jours", plan, {}, TravelSettings(), 120)
    document = tour_sheet_html(tour, {}, ENGLISH)
    assert document.count("page-break-before: always") == len(plan.days) - 1
    assert "Day 2 of" in document and "Friday 12 March 2027" in document
