"""What a tour is made of: the request the UI builds and the plan the planner hands back.

Times are minutes after midnight (floats) so the solver never touches datetimes; a request with
a `first_day` also accepts datetimes for windows and appointments, which pins them to a day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from moovdesk.tours.travel import TravelMatrix, TravelModel

#: A moment in a day: minutes after midnight, a time of day, or a datetime (which also names
#: the day, counted from the request's `first_day`).
Moment = float | int | time | datetime


def minute_of_day(moment: time | datetime) -> float:
    """Minutes after midnight of a time or datetime (seconds kept as a fraction)."""
    return moment.hour * 60 + moment.minute + moment.second / 60


@dataclass(frozen=True, slots=True)
class Place:
    """A start or end point of a day: the rep's home, a hotel, any address."""

    lat: float
    lon: float
    label: str = ""


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """When a visit may happen: it starts at or after `open` and is over by `close`
    (a shop "open 9:00–12:00" is not visited from 11:55)."""

    open: Moment
    close: Moment


@dataclass(frozen=True, slots=True)
class Stop:
    """A prospect to visit. `appointment` fixes the start of the visit; `day` pins the stop to a
    day of the tour (0 is the first), which a datetime window or appointment also does."""

    id: str
    lat: float
    lon: float
    visit_minutes: float = 30.0
    window: TimeWindow | None = None
    appointment: Moment | None = None
    day: int | None = None
    label: str = ""


@dataclass(frozen=True, slots=True)
class DaySettings:
    """Where a day starts and ends and the hours it may use (leave no earlier than
    `start_minute`, be back at `end` by `end_minute`)."""

    start: Place
    end: Place
    start_minute: float = 8 * 60
    end_minute: float = 18 * 60


@dataclass(frozen=True, slots=True)
class TourRequest:
    """Everything the planner needs. Day k follows `days[k]`, the last entry repeating, so one
    entry means "home every night" and [home→hotel, hotel→hotel, hotel→home] a three-day trip.
    `max_days=None` uses as many days as needed."""

    stops: tuple[Stop, ...]
    days: tuple[DaySettings, ...]
    max_days: int | None = None
    first_day: date | None = None

    def __post_init__(self) -> None:
        if not self.days:
            raise ValueError("a tour needs at least one day setting")
        if self.max_days is not None and self.max_days < 1:
            raise ValueError("max_days must be at least 1")
        ids = [stop.id for stop in self.stops]
        if len(set(ids)) != len(ids):
            raise ValueError("stop ids must be unique")

    def day_settings(self, index: int) -> DaySettings:
        return self.days[min(index, len(self.days) - 1)]


class VisitStatus(Enum):
    PLANNED = "planned"
    VISITED = "visited"
    SKIPPED = "skipped"


class UnplacedReason(Enum):
    """Why a stop is not in the plan; the UI words each one (the `detail` text is English)."""

    WINDOW_UNREACHABLE = "window_unreachable"  # closes before the rep can get there
    WINDOW_TOO_SHORT = "window_too_short"  # shorter than the visit
    OUTSIDE_DAY = "outside_day"  # cannot be visited and still be back by the end of the day
    BEYOND_DAYS = "beyond_days"  # pinned to a day past the days allowed
    NO_ROOM = "no_room"  # fits alone, but not with the rest in the days allowed
    CONFLICT = "conflict"  # clashes with the appointments fixed on its day
    REMOVED = "removed"  # taken out of the order by the user


@dataclass(frozen=True, slots=True)
class Unplaced:
    stop: Stop
    reason: UnplacedReason
    detail: str


@dataclass(frozen=True, slots=True)
class Visit:
    """One stop of a day with its times (minutes after midnight) and the leg that leads to it.
    `late_by` is only non-zero in an order the user forced past a window."""

    stop: Stop
    arrival: float
    start: float
    departure: float
    wait: float
    travel_minutes: float
    travel_km: float
    late_by: float = 0.0
    status: VisitStatus = VisitStatus.PLANNED


@dataclass(frozen=True, slots=True)
class DayPlan:
    """A day: leave `settings.start` at `leave`, make the visits, reach `settings.end` at
    `back`. `overtime` is how far `back` runs past the day's end (a forced order only)."""

    index: int
    settings: DaySettings
    leave: float
    visits: tuple[Visit, ...]
    back: float
    return_minutes: float
    return_km: float
    skipped: tuple[Stop, ...] = ()
    overtime: float = 0.0
    order: tuple[str, ...] = ()  # every stop id of the day, skipped ones in their place

    @property
    def travel_minutes(self) -> float:
        return sum(v.travel_minutes for v in self.visits) + self.return_minutes

    @property
    def travel_km(self) -> float:
        return sum(v.travel_km for v in self.visits) + self.return_km

    @property
    def wait_minutes(self) -> float:
        return sum(v.wait for v in self.visits)

    @property
    def visit_minutes(self) -> float:
        return sum(v.departure - v.start for v in self.visits)

    @property
    def stop_ids(self) -> tuple[str, ...]:
        return tuple(v.stop.id for v in self.visits)


@dataclass(frozen=True)
class TourPlan:
    """The planner's answer. `optimal` says the order is proven best (small tours); the
    objective is fewest unplaced stops, then fewest days, then least travel time."""

    request: TourRequest
    days: tuple[DayPlan, ...]
    unplaced: tuple[Unplaced, ...]
    optimal: bool
    matrix: TravelMatrix = field(repr=False, compare=False)
    travel: TravelModel = field(repr=False, compare=False)
    #: Actual departure times the rep reported (stop id -> minute of its day).
    departed: Mapping[str, float] = field(default_factory=dict)

    @property
    def travel_minutes(self) -> float:
        return sum(day.travel_minutes for day in self.days)

    @property
    def travel_km(self) -> float:
        return sum(day.travel_km for day in self.days)

    @property
    def estimated(self) -> bool:
        """True when any leg comes from the great-circle estimate rather than a road router."""
        return self.matrix.estimated

    @property
    def order(self) -> tuple[tuple[str, ...], ...]:
        """The stop ids of each day, skipped ones included: what a saved tour stores."""
        return tuple(day.order for day in self.days)

    @property
    def statuses(self) -> dict[str, VisitStatus]:
        """The status of every stop in the days (what a saved tour stores beside the order)."""
        found = {v.stop.id: v.status for day in self.days for v in day.visits}
        found.update((s.id, VisitStatus.SKIPPED) for day in self.days for s in day.skipped)
        return found

    def visit(self, stop_id: str) -> tuple[int, Visit] | None:
        for day in self.days:
            for visit in day.visits:
                if visit.stop.id == stop_id:
                    return day.index, visit
        return None

    def when(self, day_index: int, minute: float) -> datetime | None:
        """The datetime of a minute of a day of the tour, when the tour has a first day."""
        if self.request.first_day is None:
            return None
        midnight = datetime.combine(self.request.first_day, time())
        return midnight + timedelta(days=day_index, minutes=minute)
