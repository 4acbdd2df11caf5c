"""The rep's preferences: what the settings dialog edits, with their defaults and limits.

Qt-free: the window stores them with QSettings (INI under the home), the CLI could read them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields, replace
from typing import Any

from moovdesk.addresses import normalize_country
from moovdesk.geo.tiles import DEFAULT_TILE_URL

LANGUAGES = ("", "fr", "en")  # "" follows the system
_CLOCK_TIME = re.compile(r"(\d{1,2})[:hH.](\d{2})")
#: A tour day shorter than this is a typo ("18:00" typed as "08:00").
MIN_TOUR_DAY_MINUTES = 60
DEFAULT_DAY_START = 8 * 60 + 30
DEFAULT_DAY_END = 18 * 60


def parse_hhmm(text: str) -> int | None:
    """Minutes after midnight of "08:30" (also "8h30", "8.30"); None when it is not a time."""
    match = _CLOCK_TIME.fullmatch(str(text).strip())
    if match is None:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        return None
    return hours * 60 + minutes


def format_hhmm(minute: float) -> str:
    """The clock time of a minute after midnight, rounded: 510 gives "08:30"."""
    whole = round(minute)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def _clamped(value: float, low: float, high: float, default: float) -> float:
    if not math.isfinite(value):
        return default
    return min(max(value, low), high)


@dataclass(frozen=True)
class Preferences:
    country: str = "FR"  # phones without a country prefix, addresses without a country
    language: str = ""
    tile_url: str = DEFAULT_TILE_URL
    tile_cache_mb: int = 256
    not_contacted_days: int = 30
    notifications: bool = True
    home_address: str = ""  # where tours start and end
    backups_kept: int = 7
    tour_visit_minutes: int = 30  # a visit's default length
    tour_day_start: str = "08:30"  # the rep leaves no earlier
    tour_day_end: str = "18:00"  # and is back by then
    detour_factor: float = 1.3  # road km per straight-line km, for the offline estimate
    average_speed_kmh: int = 60  # for the offline estimate
    routing_url: str = ""  # an OSRM server for road distances; "" estimates only

    def checked(self) -> Preferences:
        """The same preferences with out-of-range values brought back to sensible ones."""
        try:
            country = normalize_country(self.country) or "FR"
        except ValueError:
            country = "FR"
        tile_url = self.tile_url.strip()
        if not all(part in tile_url for part in ("{z}", "{x}", "{y}")):
            tile_url = DEFAULT_TILE_URL
        return replace(
            self,
            country=country,
            language=self.language if self.language in LANGUAGES else "",
            tile_url=tile_url,
            tile_cache_mb=min(max(self.tile_cache_mb, 16), 10_000),
            not_contacted_days=min(max(self.not_contacted_days, 1), 3650),
            backups_kept=min(max(self.backups_kept, 1), 365),
            home_address=self.home_address.strip(),
            **self._checked_tour_settings(),
        )

    def _checked_tour_settings(self) -> dict[str, Any]:
        day_start = parse_hhmm(self.tour_day_start)
        day_end = parse_hhmm(self.tour_day_end)
        day_start = DEFAULT_DAY_START if day_start is None else day_start
        day_end = DEFAULT_DAY_END if day_end is None else day_end
        if day_end - day_start < MIN_TOUR_DAY_MINUTES:
            day_start, day_end = DEFAULT_DAY_START, DEFAULT_DAY_END
        routing_url = self.routing_url.strip()
        if not routing_url.lower().startswith(("http://", "https://")):
            routing_url = ""
        return {
            "tour_visit_minutes": min(max(self.tour_visit_minutes, 5), 480),
            "tour_day_start": format_hhmm(day_start),
            "tour_day_end": format_hhmm(day_end),
            "detour_factor": round(_clamped(self.detour_factor, 1.0, 3.0, 1.3), 2),
            "average_speed_kmh": int(_clamped(self.average_speed_kmh, 10, 130, 60)),
            "routing_url": routing_url,
        }


def from_mapping(values: dict[str, Any]) -> Preferences:
    """Preferences from stored text values (INI files keep everything as strings)."""
    defaults = Preferences()
    kwargs: dict[str, Any] = {}
    for field in fields(Preferences):
        raw = values.get(field.name)
        if raw is None:
            continue
        default = getattr(defaults, field.name)
        try:
            if isinstance(default, bool):
                kwargs[field.name] = str(raw).lower() in ("1", "true", "yes")
            elif isinstance(default, int):
                kwargs[field.name] = int(raw)
            elif isinstance(default, float):
                kwargs[field.name] = float(raw)
            else:
                kwargs[field.name] = str(raw)
        except ValueError:
            continue
    return Preferences(**kwargs).checked()


def to_mapping(preferences: Preferences) -> dict[str, Any]:
    return {field.name: getattr(preferences, field.name) for field in fields(Preferences)}
