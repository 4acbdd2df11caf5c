"""Links that open a day's route in Google Maps or Waze on a phone or a browser (when online).

Google Maps takes an origin, a destination and at most 9 waypoints per link, so a longer day is
cut into consecutive links, each starting where the previous one ends. Waze takes a single
destination, so it gets one link per stop, then one back to the day's end.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from moovdesk.tour_plans.details import StopDetails
from moovdesk.tours import DayPlan, Place, Stop, VisitStatus

GOOGLE_MAX_WAYPOINTS = 9
GOOGLE_DIRECTIONS = "https://www.google.com/maps/dir/"
WAZE_LINK = "https://waze.com/ul"


@dataclass(frozen=True)
class WazeLink:
    stop_id: str | None  # None for the way back to the day's end
    label: str
    url: str


def position_text(lat: float, lon: float) -> str:
    return f"{lat:.6f},{lon:.6f}"


def route_addresses(details: Mapping[str, StopDetails]) -> dict[str, str]:
    """Stop id -> address for the stops with a street (a town alone is better as a position)."""
    return {i: d.address for i, d in details.items() if d.street and d.address}


def _route_stops(day: DayPlan, remaining_only: bool) -> list[Stop]:
    """The stops of the route in order: skipped ones out, visited ones too if asked."""
    return [
        visit.stop
        for visit in day.visits
        if not (remaining_only and visit.status is VisitStatus.VISITED)
    ]


def google_maps_links(
    day: DayPlan,
    addresses: Mapping[str, str] | None = None,
    *,
    remaining_only: bool = False,
    max_waypoints: int = GOOGLE_MAX_WAYPOINTS,
) -> list[str]:
    """Directions links for the day, from its start to its end through its stops in order.
    Stops in `addresses` are given by address, the others by position. With `remaining_only`
    and a stop already visited, the first link starts wherever the phone is."""
    if max_waypoints < 0:
        raise ValueError("max_waypoints must not be negative")
    addresses = addresses or {}
    stops = _route_stops(day, remaining_only)
    started = remaining_only and any(v.status is VisitStatus.VISITED for v in day.visits)
    points = [addresses.get(s.id) or position_text(s.lat, s.lon) for s in stops]
    points.append(_place_text(day.settings.end))
    links = []
    if started:
        # No origin: Google starts from where the phone is; the first link ends at a stop.
        head, points = points[: max_waypoints + 1], points[max_waypoints:]
        links.append(_google_link(None, head[-1], head[:-1]))
    else:
        if not stops and day.settings.start == day.settings.end:
            return []
        points.insert(0, _place_text(day.settings.start))
    step = max_waypoints + 1
    for index in range(0, len(points) - 1, step):
        chunk = points[index : index + step + 1]
        links.append(_google_link(chunk[0], chunk[-1], chunk[1:-1]))
    return links


def _google_link(origin: str | None, destination: str, waypoints: Sequence[str]) -> str:
    query = {"api": "1"}
    if origin is not None:
        query["origin"] = origin
    query["destination"] = destination
    if waypoints:
        query["waypoints"] = "|".join(waypoints)
    query["travelmode"] = "driving"
    encoded = urllib.parse.urlencode(query, safe=",|", quote_via=urllib.parse.quote)
    return f"{GOOGLE_DIRECTIONS}?{encoded}"


def _place_text(place: Place) -> str:
    return position_text(place.lat, place.lon)


def waze_links(day: DayPlan, *, remaining_only: bool = False) -> list[WazeLink]:
    """One navigation link per stop of the day in order, then one to the day's end."""
    links = [
        WazeLink(stop.id, stop.label, waze_url(stop.lat, stop.lon))
        for stop in _route_stops(day, remaining_only)
    ]
    end = day.settings.end
    links.append(WazeLink(None, end.label, waze_url(end.lat, end.lon)))
    return links


def waze_url(lat: float, lon: float) -> str:
    query = urllib.parse.urlencode({"ll": position_text(lat, lon), "navigate": "yes"}, safe=",")
    return f"{WAZE_LINK}?{query}"
