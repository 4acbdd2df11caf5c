"""The `moovmap:` URL scheme: the map page's own files, and map tiles through the tile cache.

`moovmap://app/map.html` and its scripts come from resources/web; `moovmap://app/tiles/G/z/x/y.png`
comes from `TileCache` (G only changes the URL so the page asks again after a settings change).
Cache reads and downloads run on worker threads, never on the GUI thread, and answers go back to
the GUI thread through a queued signal before they reach QtWebEngine.
"""

from __future__ import annotations

import contextlib
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from itertools import count
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Signal, Slot
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from moovdesk.geo.tiles import Tile, TileCache
from moovdesk.resource_files import resource_path

SCHEME = "moovmap"
HOST = "app"
BASE_URL = f"{SCHEME}://{HOST}/"
TILE_PATH = re.compile(r"^/tiles/\d+/(\d{1,2})/(\d{1,7})/(\d{1,7})\.png$")
# OSM's tile usage policy: at most two download connections.
NETWORK_THREADS = 2
_MIME = {
    ".html": b"text/html; charset=utf-8",
    ".js": b"text/javascript; charset=utf-8",
    ".css": b"text/css; charset=utf-8",
    ".png": b"image/png",
    ".svg": b"image/svg+xml",
    ".geojson": b"application/json",
    ".json": b"application/json",
}
log = logging.getLogger(__name__)


def register_map_scheme() -> None:
    """Declare `moovmap:` to Chromium. Must run before the QApplication exists; safe to repeat."""
    if QWebEngineUrlScheme.schemeByName(SCHEME.encode()).name():
        return
    scheme = QWebEngineUrlScheme(SCHEME.encode())
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.FetchApiAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)


def web_root() -> Path:
    return resource_path("web")


class MapSchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers `moovmap:` requests from files under resources/web and from the tile cache."""

    _tile_ready = Signal(int, object)

    def __init__(self, tile_cache: TileCache | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tile_cache = tile_cache
        self._root = web_root().resolve()
        self._jobs: dict[int, QWebEngineUrlRequestJob] = {}
        self._keys = count(1)
        self._disk = ThreadPoolExecutor(1, thread_name_prefix="moovdesk-tile-cache")
        self._network = ThreadPoolExecutor(NETWORK_THREADS, thread_name_prefix="moovdesk-tile-net")
        self._closed = False
        self._tile_ready.connect(self._reply_tile)
        self._published: dict[str, bytes] = {}
        self.tiles_served = 0

    def publish(self, path: str, data: bytes) -> str:
        """Serve `data` once at `moovmap://app/<path>` (points too big for a script literal);
        returns the URL. Publishing replaces whatever was published before and not yet read."""
        self._published = {"/" + path: data}
        return BASE_URL + path

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        if url.host() != HOST or bytes(job.requestMethod().data()) != b"GET":
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
            return
        path = url.path()
        match = TILE_PATH.match(path)
        if match:
            self._start_tile(job, *(int(part) for part in match.groups()))
            return
        published = self._published.pop(path, None)
        if published is not None:
            self._reply(job, b"application/json", published)
            return
        self._serve_file(job, path)

    def shutdown(self) -> None:
        """Stop the workers; tiles still downloading are dropped."""
        self._closed = True
        self._disk.shutdown(wait=False, cancel_futures=True)
        self._network.shutdown(wait=False, cancel_futures=True)

    # -- files ------------------------------------------------------------------------------
    def _serve_file(self, job: QWebEngineUrlRequestJob, path: str) -> None:
        target = (self._root / path.lstrip("/")).resolve()
        mime = _MIME.get(target.suffix.lower())
        if mime is None or not target.is_relative_to(self._root) or not target.is_file():
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        self._reply(job, mime, target.read_bytes())

    def _reply(self, job: QWebEngineUrlRequestJob, mime: bytes, data: bytes) -> None:
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(mime), buffer)

    # -- tiles ------------------------------------------------------------------------------
    def _start_tile(self, job: QWebEngineUrlRequestJob, z: int, x: int, y: int) -> None:
        cache = self.tile_cache
        if cache is None or self._closed or not (0 <= x < 2**z and 0 <= y < 2**z):
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        key = next(self._keys)
        self._jobs[key] = job
        job.destroyed.connect(lambda *_: self._jobs.pop(key, None))
        self._disk.submit(self._read_cached, key, cache, z, x, y)

    def _read_cached(self, key: int, cache: TileCache, z: int, x: int, y: int) -> None:
        """Worker: a fresh cached tile (or any cached tile when offline) answers at once; a miss
        or a stale tile queues one download, which falls back to the stale copy."""
        try:
            found = cache.lookup(z, x, y)
            if found is not None and (found[1] or not cache.online):
                self._post(key, found[0])
            elif cache.online and not self._closed:
                self._network.submit(self._download, key, cache, z, x, y)
            else:
                self._post(key, None)
        except Exception:
            log.exception("tile %s/%s/%s", z, x, y)
            self._post(key, None)

    def _download(self, key: int, cache: TileCache, z: int, x: int, y: int) -> None:
        try:
            tile = cache.get(z, x, y)
        except Exception:
            log.exception("tile %s/%s/%s", z, x, y)
            tile = None
        self._post(key, tile)

    def _post(self, key: int, tile: Tile | None) -> None:
        if self._closed:
            return
        with contextlib.suppress(RuntimeError):  # the handler was deleted while the worker ran
            self._tile_ready.emit(key, tile)

    @Slot(int, object)
    def _reply_tile(self, key: int, tile: Tile | None) -> None:
        job = self._jobs.pop(key, None)
        if job is None:  # the page cancelled the request (tile scrolled away)
            return
        if tile is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        self.tiles_served += 1
        self._reply(job, tile.content_type.encode(), tile.data)
