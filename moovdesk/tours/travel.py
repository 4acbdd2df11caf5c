"""Travel between points: an offline estimate, and an optional road router (OSRM) that falls
back to the estimate whenever it cannot answer, so the planner works the same without it.

The estimate is the great-circle distance times a detour factor, driven at an average speed;
the UI must say it is an estimate.
"""

from __future__ import annotations

import json
import logging
import math
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

log = logging.getLogger(__name__)

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)

#: A point as (latitude, longitude) in degrees.
LatLon = tuple[float, float]


def great_circle_km(a: LatLon, b: LatLon) -> float:
    """Haversine distance in km (good to ~0.5% against the ellipsoid, plenty for an estimate)."""
    lat1, lon1 = math.radians(a[0]), math.radians(a[1])
    lat2, lon2 = math.radians(b[0]), math.radians(b[1])
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True)
class TravelMatrix:
    """Minutes and km from every point to every other (row = from), and whether any leg is an
    estimate rather than a road distance. Plain lists: the solver indexes them in hot loops."""

    minutes: list[list[float]]
    km: list[list[float]]
    estimated: bool = True
    source: str = "estimate"

    def __len__(self) -> int:
        return len(self.minutes)


class TravelModel(Protocol):
    """Anything that turns points into a travel matrix."""

    def matrix(self, points: Sequence[LatLon]) -> TravelMatrix: ...


@dataclass(frozen=True)
class EstimatedTravel:
    """Great-circle km × `detour_factor`, at `speed_kmh`: roads are rarely straight, and the
    factor (1.3 by default) is what studies of road networks find for France."""

    detour_factor: float = 1.3
    speed_kmh: float = 60.0

    def __post_init__(self) -> None:
        if self.detour_factor < 1.0 or self.speed_kmh <= 0:
            raise ValueError("the detour factor must be ≥ 1 and the speed positive")

    def km_matrix(self, points: Sequence[LatLon]) -> np.ndarray:
        """Road km between every pair, vectorised (200 points take well under a millisecond)."""
        if not points:
            return np.zeros((0, 0))
        coords = np.radians(np.asarray(points, dtype=float))
        lat, lon = coords[:, 0], coords[:, 1]
        dlat = lat[None, :] - lat[:, None]
        dlon = lon[None, :] - lon[:, None]
        cos_lat = np.cos(lat)
        h = np.sin(dlat / 2) ** 2 + cos_lat[:, None] * cos_lat[None, :] * np.sin(dlon / 2) ** 2
        km = 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))
        result: np.ndarray = km * self.detour_factor
        return result

    def matrix(self, points: Sequence[LatLon]) -> TravelMatrix:
        km = self.km_matrix(points)
        minutes = km * (60.0 / self.speed_kmh)
        return TravelMatrix(minutes.tolist(), km.tolist())


class RoutingUnavailableError(Exception):
    """The routing server did not give a usable answer (down, slow, or refused the request)."""


@dataclass(frozen=True)
class OsrmTravel:
    """Road travel from an OSRM server's `table` service, e.g. `http://localhost:5000`.

    Large tables are asked in blocks of `block` sources × `block` destinations (OSRM refuses
    tables past its `--max-table-size`, 100 by default). Any failure falls back to `fallback`
    for the whole matrix, and a leg OSRM cannot route (null) falls back alone, so a plan never
    fails because a server is unreachable; the matrix then says it is (partly) estimated.
    """

    base_url: str
    profile: str = "driving"
    timeout: float = 5.0
    block: int = 50
    fallback: EstimatedTravel = EstimatedTravel()

    def matrix(self, points: Sequence[LatLon]) -> TravelMatrix:
        estimate = self.fallback.matrix(points)
        try:
            minutes, km = self._road_matrix(points)
        except RoutingUnavailableError as error:
            log.warning("routing server unavailable, using the estimate: %s", error)
            return TravelMatrix(estimate.minutes, estimate.km, True, "estimate (router down)")
        # A leg the router cannot route (null) falls back alone.
        filled = 0
        road_minutes = [list(row) for row in estimate.minutes]
        road_km = [list(row) for row in estimate.km]
        for i, row in enumerate(minutes):
            for j, value in enumerate(row):
                distance = km[i][j]
                if value is None or distance is None:
                    filled += 1
                else:
                    road_minutes[i][j] = float(value)
                    road_km[i][j] = float(distance)
        return TravelMatrix(
            road_minutes,
            road_km,
            estimated=filled > 0,
            source="osrm+estimate" if filled else "osrm",
        )

    def _road_matrix(
        self, points: Sequence[LatLon]
    ) -> tuple[list[list[float | None]], list[list[float | None]]]:
        n = len(points)
        minutes: list[list[float | None]] = [[0.0] * n for _ in range(n)]
        km: list[list[float | None]] = [[0.0] * n for _ in range(n)]
        blocks = [list(range(i, min(i + self.block, n))) for i in range(0, n, self.block)]
        for sources in blocks:
            for destinations in blocks:
                durations, distances = self._table(points, sources, destinations)
                for a, i in enumerate(sources):
                    for b, j in enumerate(destinations):
                        seconds, metres = durations[a][b], distances[a][b]
                        minutes[i][j] = None if seconds is None else seconds / 60.0
                        km[i][j] = None if metres is None else metres / 1000.0
        return minutes, km

    def _table(
        self, points: Sequence[LatLon], sources: list[int], destinations: list[int]
    ) -> tuple[list[list[float | None]], list[list[float | None]]]:
        """One `table` request over the union of the two blocks (indices into that union)."""
        union = sources if sources == destinations else sources + destinations
        coordinates = ";".join(f"{points[i][1]:.6f},{points[i][0]:.6f}" for i in union)
        query = {"annotations": "duration,distance"}
        if union is not sources:
            query["sources"] = ";".join(str(k) for k in range(len(sources)))
            query["destinations"] = ";".join(
                str(len(sources) + k) for k in range(len(destinations))
            )
        url = (
            f"{self.base_url.rstrip('/')}/table/v1/{urllib.parse.quote(self.profile)}/"
            f"{coordinates}?{urllib.parse.urlencode(query, safe=';,')}"
        )
        # Imported here: urllib.request (with http.client and email) is ~10 ms of the window's
        # start, and only a rep with a routing server ever needs it.
        from urllib.request import urlopen

        try:
            with urlopen(url, timeout=self.timeout) as response:
                body = json.loads(response.read())
        except (OSError, ValueError) as error:  # URLError, timeouts and bad JSON among them
            raise RoutingUnavailableError(str(error)) from error
        if not isinstance(body, dict) or body.get("code") != "Ok":
            code = body.get("code") if isinstance(body, dict) else None
            raise RoutingUnavailableError(f"the server answered {code!r}")
        durations, distances = body.get("durations"), body.get("distances")
        shape_ok = all(
            isinstance(grid, list)
            and len(grid) == len(sources)
            and all(isinstance(row, list) and len(row) == len(destinations) for row in grid)
            for grid in (durations, distances)
        )
        if not shape_ok:
            raise RoutingUnavailableError("the table has the wrong shape")
        return durations, distances  # type: ignore[return-value]
