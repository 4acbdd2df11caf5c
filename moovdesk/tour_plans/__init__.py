"""Tours the rep keeps, free of Qt: built from prospects, saved, reopened, edited during the day,
and exported (iCalendar, route links, the printed day sheet). The planning itself is
`moovdesk.tours`; this is what the window and the CLI use around it.

The exports (`ical`, `route_links`, `day_sheet`) are imported from their modules: icalendar is
slow to import and the window needs them only on demand.
"""

from moovdesk.tour_plans.details import StopDetails
from moovdesk.tour_plans.draft import StopInfo, TourDraft, UnlocatedProspect, build_draft
from moovdesk.tour_plans.home import home_place, locate_address
from moovdesk.tour_plans.saved import SavedTour, TourStatus, TourSummary
from moovdesk.tour_plans.service import TourService
from moovdesk.tour_plans.settings import (
    TourOptions,
    TravelSettings,
    tour_options,
    travel_model,
    travel_settings,
)
from moovdesk.tour_plans.visits import VisitReport

__all__ = [
    "SavedTour",
    "StopDetails",
    "StopInfo",
    "TourDraft",
    "TourOptions",
    "TourService",
    "TourStatus",
    "TourSummary",
    "TravelSettings",
    "UnlocatedProspect",
    "VisitReport",
    "build_draft",
    "home_place",
    "locate_address",
    "tour_options",
    "travel_model",
    "travel_settings",
]
