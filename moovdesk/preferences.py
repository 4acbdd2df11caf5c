"""The rep's preferences: what the settings dialog edits, with their defaults and limits.

Qt-free: the window stores them with QSettings (INI under the home), the CLI could read them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from moovdesk.addresses import normalize_country
from moovdesk.geo.tiles import DEFAULT_TILE_URL

LANGUAGES = ("", "fr", "en")  # "" follows the system


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
        )


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
            else:
                kwargs[field.name] = str(raw)
        except ValueError:
            continue
    return Preferences(**kwargs).checked()


def to_mapping(preferences: Preferences) -> dict[str, Any]:
    return {field.name: getattr(preferences, field.name) for field in fields(Preferences)}
