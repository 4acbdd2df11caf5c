"""How a tour is shaped and how its travel is measured, from the rep's preferences.

A saved tour keeps its own copy of both, so reopening it next week gives the same times even if
the preferences changed since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from moovdesk.preferences import DEFAULT_DAY_END, DEFAULT_DAY_START, Preferences, parse_hhmm
from moovdesk.tours import DaySettings, EstimatedTravel, OsrmTravel, Place, TravelModel


@dataclass(frozen=True)
class TravelSettings:
    """The offline estimate's detour factor and speed, and an optional OSRM server."""

    detour_factor: float = 1.3
    speed_kmh: float = 60.0
    routing_url: str = ""  # "" estimates only

    def estimate(self) -> EstimatedTravel:
        return EstimatedTravel(detour_factor=self.detour_factor, speed_kmh=self.speed_kmh)

    def model(self) -> TravelModel:
        """The estimate, or the routing server with the estimate as its fallback."""
        if not self.routing_url:
            return self.estimate()
        return OsrmTravel(self.routing_url, fallback=self.estimate())


def travel_settings(preferences: Preferences) -> TravelSettings:
    checked = preferences.checked()
    return TravelSettings(
        detour_factor=checked.detour_factor,
        speed_kmh=float(checked.average_speed_kmh),
        routing_url=checked.routing_url,
    )


def travel_model(preferences: Preferences) -> TravelModel:
    """The travel model the preferences ask for (what `plan_tour` takes)."""
    return travel_settings(preferences).model()


@dataclass(frozen=True)
class TourOptions:
    """What the "new tour" form asks: the first day, where days start and end, their hours,
    the default visit length and how many days at most. `later_days` are the days from the
    second on when they differ from the first (a trip with hotel nights); the last repeats."""

    first_day: date
    start: Place
    end: Place | None = None  # None: back where the day started
    visit_minutes: float = 30.0
    day_start_minute: float = DEFAULT_DAY_START
    day_end_minute: float = DEFAULT_DAY_END
    max_days: int | None = None  # None: as many days as needed
    later_days: tuple[DaySettings, ...] = ()

    def days(self) -> tuple[DaySettings, ...]:
        first = DaySettings(
            self.start,
            self.end or self.start,
            self.day_start_minute,
            self.day_end_minute,
        )
        return (first, *self.later_days)


def tour_options(
    preferences: Preferences,
    first_day: date,
    start: Place,
    end: Place | None = None,
    max_days: int | None = None,
) -> TourOptions:
    """Options with the visit length and day hours of the preferences."""
    checked = preferences.checked()
    return TourOptions(
        first_day=first_day,
        start=start,
        end=end,
        visit_minutes=float(checked.tour_visit_minutes),
        day_start_minute=_minute(checked.tour_day_start, DEFAULT_DAY_START),
        day_end_minute=_minute(checked.tour_day_end, DEFAULT_DAY_END),
        max_days=max_days,
    )


def _minute(text: str, default: int) -> float:
    minute = parse_hhmm(text)
    return float(default if minute is None else minute)
