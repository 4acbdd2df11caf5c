"""What the map shows of a prospect, the compact JSON the page receives, and distance queries.

Qt-free: the map view, the benchmark and the tests share it. Points travel to the page as columns
(ids, lat, lon, kind, label) rather than one object per point: 100,000 points are about 8 MB of
JSON that the page fetches from the `moovmap:` scheme and parses once. Contact, phone and
follow-up stay on the Python side and are sent for the one point whose popup opens.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from moovdesk.phones import dial_uri, format_phone

HOT = 1
CLIENT = 2
EARTH_RADIUS_KM = 6371.0088
COORD_SCALE = 100_000
KIND_DIGITS = "0123"


@dataclass(frozen=True, slots=True)
class MapPoint:
    """One located prospect as the map shows it."""

    id: str
    lat: float
    lon: float
    temperature: str = "cold"  # "hot" or "cold"
    is_client: bool = False
    label: str = ""  # the company
    contact: str = ""
    phone: str = ""  # E.164, shown in the national format
    next_follow_up: str = ""  # already worded for the rep, e.g. "Thu 12 Mar, 10:00 — call back"

    @property
    def kind(self) -> int:
        return (HOT if self.temperature == "hot" else 0) | (CLIENT if self.is_client else 0)


def encode_points(points: Sequence[MapPoint]) -> str:
    """The JSON text `moov.setPoints` parses: one array per column, coordinates as integers in
    1e-5 degrees (about 1 m; integers print several times faster than floats), kinds as one
    string of digits."""
    columns = {
        "ids": [p.id for p in points],
        "lat": [round(p.lat * COORD_SCALE) for p in points],
        "lon": [round(p.lon * COORD_SCALE) for p in points],
        "kind": "".join([KIND_DIGITS[p.kind] for p in points]),
        "label": [p.label for p in points],
    }
    return json.dumps(columns, ensure_ascii=False, separators=(",", ":"))


def call_script(function: str, *args: object) -> str:
    """`moov.function(args…)` with every argument as a JSON literal, so data never becomes code
    (U+2028/2029 are legal in JavaScript string literals since ES2019, so text stays UTF-8)."""
    encoded = ",".join(json.dumps(arg, ensure_ascii=False) for arg in args)
    return f"moov.{function}({encoded})"


def point_message(point: MapPoint) -> dict[str, Any]:
    return {
        "id": point.id,
        "lat": round(point.lat, 6),
        "lon": round(point.lon, 6),
        "kind": point.kind,
        "label": point.label,
    }


def details_message(point: MapPoint) -> dict[str, str]:
    """Popup details; the page sets each one as text, never as HTML."""
    return {
        "contact": point.contact,
        "phone": point.phone,
        "phoneDisplay": format_phone(point.phone) if point.phone else "",
        "phoneUri": dial_uri(point.phone),
        "next": point.next_follow_up,
    }


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlam = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def points_within(
    points: Mapping[str, MapPoint] | Iterable[MapPoint], lat: float, lon: float, km: float
) -> list[str]:
    """Ids of the points within `km` of (lat, lon), nearest first. A latitude/longitude box
    discards most points before the haversine."""
    values = points.values() if isinstance(points, Mapping) else points
    dlat = math.degrees(km / EARTH_RADIUS_KM)
    cos_lat = max(math.cos(math.radians(lat)), 1e-6)
    dlon = min(180.0, dlat / cos_lat)
    found: list[tuple[float, str]] = []
    for point in values:
        if abs(point.lat - lat) > dlat:
            continue
        delta_lon = abs(point.lon - lon)
        if min(delta_lon, 360.0 - delta_lon) > dlon:
            continue
        distance = distance_km(lat, lon, point.lat, point.lon)
        if distance <= km:
            found.append((distance, point.id))
    found.sort()
    return [point_id for _, point_id in found]
