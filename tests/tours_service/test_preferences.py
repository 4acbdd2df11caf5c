"""The tour settings of the preferences: defaults, limits, and reading them back from text."""

from __future__ import annotations

import pytest

from moovdesk.preferences import Preferences, format_hhmm, from_mapping, parse_hhmm, to_mapping


def test_defaults_are_sensible_and_already_checked() -> None:
    defaults = Preferences()
    assert defaults.checked() == defaults
    assert (defaults.tour_visit_minutes, defaults.tour_day_start, defaults.tour_day_end) == (
        30,
        "08:30",
        "18:00",
    )
    assert (defaults.detour_factor, defaults.average_speed_kmh, defaults.routing_url) == (
        1.3,
        60,
        "",
    )


def test_out_of_range_values_are_brought_back() -> None:
    odd = from_mapping(
        {
            "tour_visit_minutes": "0",
            "tour_day_start": "25:00",
            "tour_day_end": "7h5",
            "detour_factor": "0.2",
            "average_speed_kmh": "900",
            "routing_url": "  ftp://router.example ",
        }
    )
    assert odd.tour_visit_minutes == 5
    assert (odd.tour_day_start, odd.tour_day_end) == ("08:30", "18:00")
    assert (odd.detour_factor, odd.average_speed_kmh, odd.routing_url) == (1.0, 130, "")
    high = Preferences(tour_visit_minutes=10_000, detour_factor=9.0, average_speed_kmh=1)
    assert high.checked().tour_visit_minutes == 480
    assert (high.checked().detour_factor, high.checked().average_speed_kmh) == (3.0, 10)
    assert Preferences(detour_factor=float("nan")).checked().detour_factor == 1.3
    assert Preferences(detour_factor=float("inf")).checked().detour_factor == 1.3


def test_a_day_that_ends_before_it_starts_gets_the_default_hours() -> None:
    backwards = Preferences(tour_day_start="17:00", tour_day_end="09:00").checked()
    assert (backwards.tour_day_start, backwards.tour_day_end) == ("08:30", "18:00")
    too_short = Preferences(tour_day_start="10:00", tour_day_end="10:30").checked()
    assert (too_short.tour_day_start, too_short.tour_day_end) == ("08:30", "18:00")
    early = Preferences(tour_day_start="7h15", tour_day_end="19.45").checked()
    assert (early.tour_day_start, early.tour_day_end) == ("07:15", "19:45")


def test_text_values_round_trip() -> None:
    wanted = Preferences(
        tour_visit_minutes=45,
        tour_day_start="07:00",
        tour_day_end="19:30",
        detour_factor=1.45,
        average_speed_kmh=70,
        routing_url="https://osrm.example/",
    )
    as_text = {name: str(value) for name, value in to_mapping(wanted).items()}
    assert from_mapping(as_text) == wanted.checked() == wanted
    assert from_mapping({"detour_factor": "beaucoup"}).detour_factor == 1.3


@pytest.mark.parametrize(
    ("text", "minute"),
    [("08:30", 510), ("8h30", 510), ("8.30", 510), ("23:59", 1439), ("24:00", None), ("8", None)],
)
def test_clock_times(text: str, minute: int | None) -> None:
    assert parse_hhmm(text) == minute
    if minute is not None:
        assert parse_hhmm(format_hhmm(minute)) == minute
