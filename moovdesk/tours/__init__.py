"""Tour planning ("plan de tournée"), free of Qt: order the visits of one or several days.

The UI builds a `TourRequest`, runs `plan_tour` in a worker and shows the `TourPlan`; the edits
of the day (`recompute` after a drag and drop, `mark_visited`, `skip_stop`, `add_stop`,
`remove_stop`) each return a new plan with its times recomputed.
"""

from moovdesk.tours.edits import (
    add_stop,
    mark_visited,
    recompute,
    remove_stop,
    set_status,
    skip_stop,
)
from moovdesk.tours.model import (
    DayPlan,
    DaySettings,
    Place,
    Stop,
    TimeWindow,
    TourPlan,
    TourRequest,
    Unplaced,
    UnplacedReason,
    Visit,
    VisitStatus,
)
from moovdesk.tours.planner import plan_tour, schedule_tour
from moovdesk.tours.travel import (
    EstimatedTravel,
    OsrmTravel,
    TravelMatrix,
    TravelModel,
    great_circle_km,
)

__all__ = [
    "DayPlan",
    "DaySettings",
    "EstimatedTravel",
    "OsrmTravel",
    "Place",
    "Stop",
    "TimeWindow",
    "TourPlan",
    "TourRequest",
    "TravelMatrix",
    "TravelModel",
    "Unplaced",
    "UnplacedReason",
    "Visit",
    "VisitStatus",
    "add_stop",
    "great_circle_km",
    "mark_visited",
    "plan_tour",
    "recompute",
    "remove_stop",
    "schedule_tour",
    "set_status",
    "skip_stop",
]
