"""What the map's tour layer (resources/web/tour-layer.js) receives for a plan: per day, the
start and end places, the stops in order with their numbers, and a colour.

Stops are numbered within their day in the day's order, skipped ones included, so a number never
changes when the rep skips a stop; a skipped stop is drawn grey and the route goes past it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from moovdesk.ui.tour_format import clock

if TYPE_CHECKING:
    from moovdesk.tours import Place, TourPlan

# One colour per day, distinct on the map's pale background and from the hot/cold markers.
DAY_COLOURS = ("#1c5fd1", "#7b2cbf", "#0f8a5f", "#c2255c", "#e8590c", "#0b7285", "#5c940d")
PLACE_SYMBOL = "⌂"


def _tr(text: str) -> str:
    return QCoreApplication.translate("TourMap", text)


def day_colour(index: int) -> str:
    return DAY_COLOURS[index % len(DAY_COLOURS)]


def stop_numbers(plan: TourPlan) -> dict[str, int]:
    """The number each stop wears on the map and in the list (1-based within its day)."""
    return {i: n for day in plan.days for n, i in enumerate(day.order, start=1)}


def _place(place: Place, prefix: str, minute: float) -> dict[str, Any]:
    name = place.label or _tr("start")
    return {
        "lat": place.lat,
        "lon": place.lon,
        "tip": f"{prefix} {name} — {clock(minute)}",
    }


def tour_message(plan: TourPlan) -> dict[str, Any]:
    days = []
    multi = len(plan.days) > 1
    for day in plan.days:
        visits = {v.stop.id: v for v in day.visits}
        by_id = {s.id: s for s in day.skipped} | {v.stop.id: v.stop for v in day.visits}
        stops = []
        for number, stop_id in enumerate(day.order, start=1):
            stop = by_id[stop_id]
            visit = visits.get(stop_id)
            status = visit.status.value if visit is not None else "skipped"
            name = stop.label or stop_id
            prefix = f"{day.index + 1}.{number}" if multi else str(number)
            when = f" — {clock(visit.arrival)}" if visit is not None else ""
            stops.append(
                {
                    "id": stop.id,
                    "number": number,
                    "lat": stop.lat,
                    "lon": stop.lon,
                    "tip": f"{prefix}. {name}{when}",
                    "status": status,
                    "late": bool(visit is not None and visit.late_by > 0.5),
                }
            )
        days.append(
            {
                "colour": day_colour(day.index),
                "start": _place(day.settings.start, _tr("Start:"), day.leave),
                "end": _place(day.settings.end, _tr("End:"), day.back),
                "stops": stops,
            }
        )
    return {"days": days, "placeSymbol": PLACE_SYMBOL}
