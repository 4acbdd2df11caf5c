"""The map tile cache: tiles the rep has viewed online, kept on disk and served again offline.

One SQLite file under the home's cache folder, laid out like MBTiles (zoom/column/row and a blob,
plus a metadata table) with a `source` column, since the tile URL is configurable and two servers'
tiles must not mix. Tiles are fetched one at a time, only when the map asks for them (no bulk
prefetch), with an identifying User-Agent, and kept for the server's cache lifetime (at least a
week); a size cap evicts the least recently used tiles. Qt-free: the map's scheme handler calls it
from worker threads, so every method is thread-safe.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from moovdesk import __version__

DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
# Where the tile server's operators can reach us, as OSM's usage policy asks. A placeholder until
# the project has a public page or address: replace it before shipping.
CONTACT = "+https://moovdesk.invalid/contact"
USER_AGENT = f"Moovdesk/{__version__} ({CONTACT})"
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
MIN_LIFETIME_S = 7 * 24 * 3600
MAX_TILE_BYTES = 2 * 1024 * 1024
MAX_ZOOM = 22
# After a network failure, misses return None at once for this long instead of waiting on
# a timeout for each of the twenty tiles of a view.
OFFLINE_BACKOFF_S = 30.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS metadata (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tiles (
    source TEXT NOT NULL,
    zoom_level INTEGER NOT NULL,
    tile_column INTEGER NOT NULL,
    tile_row INTEGER NOT NULL,
    tile_data BLOB NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    expires_at REAL NOT NULL,
    etag TEXT NOT NULL DEFAULT '',
    last_used INTEGER NOT NULL,
    PRIMARY KEY (source, zoom_level, tile_column, tile_row)
);
CREATE INDEX IF NOT EXISTS tiles_last_used ON tiles (last_used);
"""
_MAX_AGE = re.compile(r"max-age=(\d+)")


@dataclass(frozen=True, slots=True)
class Tile:
    data: bytes
    content_type: str
    from_cache: bool


@dataclass(frozen=True, slots=True)
class CacheStats:
    tiles: int
    bytes: int
    max_bytes: int


class TileCache:
    """Tiles by (z, x, y) for one configurable URL template, cached in one SQLite file."""

    def __init__(
        self,
        path: Path,
        *,
        url_template: str = DEFAULT_TILE_URL,
        max_bytes: int = DEFAULT_MAX_BYTES,
        online: bool = True,
        timeout_s: float = 10.0,
        user_agent: str = USER_AGENT,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self.max_bytes = max_bytes
        self.timeout_s = timeout_s
        self.user_agent = user_agent
        self._clock = clock
        self._lock = threading.Lock()
        self._online = online
        self._offline_until = 0.0
        self._url_template = ""
        self.url_template = url_template
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._db.execute(
            "INSERT OR REPLACE INTO metadata VALUES ('name', 'Moovdesk tile cache'), "
            "('format', 'png'), ('scheme', 'xyz')"
        )
        used, total = self._db.execute(
            "SELECT COALESCE(MAX(last_used), 0), COALESCE(SUM(size), 0) FROM tiles"
        ).fetchone()
        self._use_counter = int(used)
        self._total_bytes = int(total)

    # -- settings ---------------------------------------------------------------------------
    @property
    def url_template(self) -> str:
        return self._url_template

    @url_template.setter
    def url_template(self, template: str) -> None:
        """An http(s) URL with {z}, {x} and {y}; {s} picks a subdomain among a, b and c."""
        if not template.startswith(("https://", "http://")):
            raise ValueError(f"tile URL must be http(s): {template!r}")
        if not all(part in template for part in ("{z}", "{x}", "{y}")):
            raise ValueError(f"tile URL needs {{z}}, {{x}} and {{y}}: {template!r}")
        with self._lock:
            self._url_template = template
            self._offline_until = 0.0

    @property
    def online(self) -> bool:
        """False keeps the cache from touching the network: misses return None."""
        return self._online

    @online.setter
    def online(self, value: bool) -> None:
        self._online = value
        self._offline_until = 0.0

    def tile_url(self, z: int, x: int, y: int, template: str | None = None) -> str:
        subdomain = "abc"[(x + y) % 3]
        return (
            (template or self._url_template)
            .replace("{z}", str(z))
            .replace("{x}", str(x))
            .replace("{y}", str(y))
            .replace("{s}", subdomain)
            .replace("{r}", "")
        )

    # -- reading ----------------------------------------------------------------------------
    def get(self, z: int, x: int, y: int) -> Tile | None:
        """The tile from the cache when fresh, else from the network when online; a stale
        cached tile is better than none when the network fails."""
        found = self.lookup(z, x, y)
        if found is not None and found[1]:
            return found[0]
        fetched = self.fetch(z, x, y)
        return fetched if fetched is not None else (found[0] if found else None)

    def cached(self, z: int, x: int, y: int) -> Tile | None:
        """The stored tile, fresh or stale, without touching the network."""
        found = self.lookup(z, x, y)
        return found[0] if found else None

    def lookup(self, z: int, x: int, y: int) -> tuple[Tile, bool] | None:
        """The stored tile and whether it is still fresh; marks it as just used (LRU)."""
        _check_tile(z, x, y)
        key = (self._url_template, z, x, _tms_row(z, y))
        with self._lock:
            row = self._db.execute(
                "SELECT tile_data, content_type, expires_at FROM tiles WHERE source=? "
                "AND zoom_level=? AND tile_column=? AND tile_row=?",
                key,
            ).fetchone()
            if row is None:
                return None
            self._use_counter += 1
            self._db.execute(
                "UPDATE tiles SET last_used=? WHERE source=? AND zoom_level=? "
                "AND tile_column=? AND tile_row=?",
                (self._use_counter, *key),
            )
        return Tile(bytes(row[0]), str(row[1]), from_cache=True), float(row[2]) >= self._clock()

    def fetch(self, z: int, x: int, y: int) -> Tile | None:
        """Download one tile and store it; None when offline, failing or not an image."""
        _check_tile(z, x, y)
        if not self._online or self._clock() < self._offline_until:
            return None
        import urllib.error  # here, not at start-up: http.client costs ~0.1 s to import
        import urllib.request

        template = self._url_template
        etag = self._etag(template, z, x, y)
        request = urllib.request.Request(self.tile_url(z, x, y, template))
        request.add_header("User-Agent", self.user_agent)
        if etag:
            request.add_header("If-None-Match", etag)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as response:
                data = response.read(MAX_TILE_BYTES + 1)
                content_type = response.headers.get_content_type()
                lifetime = _lifetime(response.headers)
                new_etag = response.headers.get("ETag", "")
        except urllib.error.HTTPError as error:
            if error.code == 304:
                self._refresh(template, z, x, y, _lifetime(error.headers))
                return self.cached(z, x, y)
            if error.code == 429 or error.code >= 500:  # throttled or down: leave it alone a while
                self._offline_until = self._clock() + OFFLINE_BACKOFF_S
            return None
        except (urllib.error.URLError, OSError, ValueError):
            self._offline_until = self._clock() + OFFLINE_BACKOFF_S
            return None
        if len(data) > MAX_TILE_BYTES or not content_type.startswith("image/"):
            return None
        self._store(template, z, x, y, data, content_type, lifetime, new_etag)
        return Tile(data, content_type, from_cache=False)

    # -- bookkeeping ------------------------------------------------------------------------
    def stats(self) -> CacheStats:
        with self._lock:
            (count,) = self._db.execute("SELECT COUNT(*) FROM tiles").fetchone()
            return CacheStats(int(count), self._total_bytes, self.max_bytes)

    def clear(self) -> None:
        with self._lock:
            self._db.execute("DELETE FROM tiles")
            self._total_bytes = 0

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _etag(self, template: str, z: int, x: int, y: int) -> str:
        with self._lock:
            row = self._db.execute(
                "SELECT etag FROM tiles WHERE source=? AND zoom_level=? AND tile_column=? "
                "AND tile_row=?",
                (template, z, x, _tms_row(z, y)),
            ).fetchone()
        return str(row[0]) if row else ""

    def _refresh(self, template: str, z: int, x: int, y: int, lifetime: float) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE tiles SET expires_at=? WHERE source=? AND zoom_level=? "
                "AND tile_column=? AND tile_row=?",
                (self._clock() + lifetime, template, z, x, _tms_row(z, y)),
            )

    def _store(
        self,
        template: str,
        z: int,
        x: int,
        y: int,
        data: bytes,
        content_type: str,
        lifetime: float,
        etag: str,
    ) -> None:
        if len(data) > self.max_bytes:
            return
        with self._lock:
            key = (template, z, x, _tms_row(z, y))
            old = self._db.execute(
                "SELECT size FROM tiles WHERE source=? AND zoom_level=? AND tile_column=? "
                "AND tile_row=?",
                key,
            ).fetchone()
            self._use_counter += 1
            self._db.execute(
                "INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    *key,
                    data,
                    content_type,
                    len(data),
                    self._clock() + lifetime,
                    etag,
                    self._use_counter,
                ),
            )
            self._total_bytes += len(data) - (int(old[0]) if old else 0)
            if self._total_bytes > self.max_bytes:
                self._evict_locked()

    def _evict_locked(self) -> None:
        """Drop least recently used tiles until the cache is under 90% of its cap, so that a
        full cache does not evict on every new tile."""
        target = int(self.max_bytes * 0.9)
        rows = self._db.execute("SELECT rowid, size FROM tiles ORDER BY last_used ASC").fetchall()
        doomed = []
        for rowid, size in rows:
            if self._total_bytes <= target:
                break
            doomed.append((rowid,))
            self._total_bytes -= int(size)
        self._db.executemany("DELETE FROM tiles WHERE rowid=?", doomed)


def _check_tile(z: int, x: int, y: int) -> None:
    if not 0 <= z <= MAX_ZOOM or not 0 <= x < 2**z or not 0 <= y < 2**z:
        raise ValueError(f"no such tile: {z}/{x}/{y}")


def _tms_row(z: int, y: int) -> int:
    """MBTiles counts rows from the south (TMS); map URLs count from the north (XYZ)."""
    return (1 << z) - 1 - y


def _lifetime(headers: object) -> float:
    """Seconds the server lets us keep the tile, and never less than a week (OSM's policy
    asks clients to cache at least that long)."""
    get = getattr(headers, "get", None)
    if get is None:
        return float(MIN_LIFETIME_S)
    seconds = 0.0
    match = _MAX_AGE.search(str(get("Cache-Control", "") or ""))
    if match:
        seconds = float(match.group(1))
    elif get("Expires"):
        import email.utils

        try:
            expires = email.utils.parsedate_to_datetime(str(get("Expires")))
            seconds = expires.timestamp() - time.time()
        except (TypeError, ValueError):
            seconds = 0.0
    return max(seconds, float(MIN_LIFETIME_S))
