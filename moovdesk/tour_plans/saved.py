"""What the service hands out: an open tour, and a line of the tour list."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from moovdesk.data.models import Tour
from moovdesk.tour_plans.draft import StopInfo
from moovdesk.tour_plans.settings import TravelSettings
from moovdesk.tours import TourPlan, TourRequest


class TourStatus(enum.StrEnum):
    PLANNED = "planned"  # nothing visited or skipped yet
    IN_PROGRESS = "in_progress"
    DONE = "done"  # every stop of the days visited or skipped


@dataclass(frozen=True)
class TourSummary:
    """One line of the tour list (cached totals: no replanning)."""

    id: str
    name: str
    first_day: date
    day_count: int
    stop_count: int
    visited_count: int
    skipped_count: int
    travel_km: float
    travel_minutes: float
    estimated: bool
    status: TourStatus
    updated_at: datetime


@dataclass(frozen=True)
class SavedTour:
    """An open tour: what every edit takes and gives back."""

    id: str
    name: str
    plan: TourPlan
    stops: Mapping[str, StopInfo]
    travel: TravelSettings
    visit_minutes: float

    @property
    def request(self) -> TourRequest:
        return self.plan.request

    @property
    def first_day(self) -> date:
        assert self.plan.request.first_day is not None
        return self.plan.request.first_day


def summary_of(tour: Tour) -> TourSummary:
    """The list line of a stored tour, its status from its counts."""
    done = tour.visited_count + tour.skipped_count
    if done == 0:
        status = TourStatus.PLANNED
    elif done >= tour.stop_count:
        status = TourStatus.DONE
    else:
        status = TourStatus.IN_PROGRESS
    return TourSummary(
        id=tour.id,
        name=tour.name,
        first_day=tour.first_day,
        day_count=tour.day_count,
        stop_count=tour.stop_count,
        visited_count=tour.visited_count,
        skipped_count=tour.skipped_count,
        travel_km=tour.travel_km,
        travel_minutes=tour.travel_minutes,
        estimated=tour.estimated,
        status=status,
        updated_at=tour.updated_at,
    )
