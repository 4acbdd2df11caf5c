"""The map widget: every located prospect on an offline Leaflet map, linked both ways.

The page is loaded once (see map_page); afterwards only small messages travel: `set_points` hands
the page columnar JSON (served once by the `moovmap:` scheme, fetched by the page), `set_visible`
one character per point for a filter change, the rest small `runJavaScript` calls; clicks,
selections and positions come back through QWebChannel. Python and the page keep the points in
the same order (the order of the last `set_points`, new ids appended, removals closing up).

Call `register_map_scheme()` (moovdesk.ui.map_scheme) before the QApplication exists, and
`shutdown()` then delete the widget before the application quits.
"""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEngineUrlScheme
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from moovdesk.geo.tiles import DEFAULT_TILE_URL, TileCache
from moovdesk.ui.map_bridge import MapBridge
from moovdesk.ui.map_page import (
    PAGE,
    LocalOnlyInterceptor,
    MapPage,
    create_map_profile,
    page_url,
)
from moovdesk.ui.map_points import (
    MapPoint,
    call_script,
    details_message,
    encode_points,
    point_message,
    points_within,
)
from moovdesk.ui.map_scheme import BASE_URL, SCHEME

OSM_ATTRIBUTION_HTML = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
)
FRANCE = (46.6, 2.4, 6)
SELECTION_MODES = ("rect", "lasso")
log = logging.getLogger(__name__)


class MapView(QWidget):
    """Prospects on a map. Signals carry prospect ids (str); the window maps them to rows.
    Without a tile cache the map shows only the offline countries basemap."""

    ready = Signal()
    marker_clicked = Signal(str)
    area_selected = Signal(list)  # list[str] of prospect ids
    position_chosen = Signal(str, float, float)  # id, lat, lon (drag or "place on map")
    view_changed = Signal(float, float, float)  # centre lat, lon, zoom
    points_painted = Signal(int)  # points on the map once a set_points is on screen
    phone_link_clicked = Signal(str)  # E.164
    mode_changed = Signal(str)  # "rect", "lasso", "place" or "" when back to normal
    tour_stop_clicked = Signal(str)  # a stop id of the tour shown (see set_tour)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        tile_cache: TileCache | None = None,
        tile_url: str | None = None,
        tile_attribution: str | None = None,
        tiles_enabled: bool = True,
        open_phone_links: bool = True,
        page: str = PAGE,
    ) -> None:
        super().__init__(parent)
        if not QWebEngineUrlScheme.schemeByName(SCHEME.encode()).name():
            raise RuntimeError("call register_map_scheme() before creating the QApplication")
        if tile_cache is not None and tile_url:
            tile_cache.url_template = tile_url
        self._tile_cache = tile_cache
        self._tile_attribution = tile_attribution
        self._tiles_enabled = tiles_enabled
        self._tile_generation = 0
        self._open_phone_links = open_phone_links
        self._points: dict[str, MapPoint] = {}
        self._ready = False
        self._pending: list[str] = []
        self._token = 0
        self._sent_at: dict[int, float] = {}
        self._center = (FRANCE[0], FRANCE[1])
        self.last_paint: dict[str, Any] = {}
        self._tour: dict[str, Any] | None = None

        parts = create_map_profile(tile_cache)
        profile = parts.profile
        self._handler = parts.handler
        self._interceptor = parts.interceptor
        self.web_view = QWebEngineView(self)
        self.page = MapPage(profile, self.web_view)
        self.web_view.setPage(self.page)
        self.bridge = MapBridge(self)
        self._channel = QWebChannel(self.page)
        self._channel.registerObject("bridge", self.bridge)
        self.page.setWebChannel(self._channel)
        # Last child: deleted after the view and its page, as QtWebEngine requires.
        profile.setParent(self)
        self._profile = profile
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.web_view)

        self.bridge.page_ready.connect(self._on_page_ready)
        self.bridge.marker_clicked.connect(self.marker_clicked)
        self.bridge.area_selected.connect(self.area_selected)
        self.bridge.position_chosen.connect(self.position_chosen)
        self.bridge.view_changed.connect(self._on_view_changed)
        self.bridge.details_requested.connect(self._send_details)
        self.bridge.dial_requested.connect(self._on_dial)
        self.bridge.paint_reported.connect(self._on_painted)
        self.bridge.mode_changed.connect(self.mode_changed)
        self.bridge.tour_stop_clicked.connect(self.tour_stop_clicked)
        self.page.renderProcessTerminated.connect(self._on_renderer_gone)
        self._page_name = page
        self.web_view.load(page_url(page))

    # -- state ------------------------------------------------------------------------------
    @property
    def is_ready(self) -> bool:
        return self._ready

    @property
    def tile_cache(self) -> TileCache | None:
        return self._tile_cache

    @property
    def interceptor(self) -> LocalOnlyInterceptor:
        """Every request the page made, allowed or blocked (tests read its log)."""
        return self._interceptor

    def point_count(self) -> int:
        return len(self._points)

    def center(self) -> tuple[float, float]:
        """The map centre as last reported by the page (lat, lon)."""
        return self._center

    # -- points -----------------------------------------------------------------------------
    def set_points(self, points: Iterable[MapPoint]) -> int:
        """Replace every point on the map; returns how many were sent."""
        self._points = {point.id: point for point in points}
        self._token += 1
        self._sent_at[self._token] = time.perf_counter()
        # Only the newest set matters: drop a queued one that was never sent.
        self._pending = [s for s in self._pending if not s.startswith("moov.loadPoints(")]
        # Served by the scheme handler rather than inlined in a script: the page fetches and
        # parses it as JSON, which costs Python nothing beyond the encoding.
        encoded = encode_points(list(self._points.values())).encode()
        url = self._handler.publish(f"points/{self._token}.json", encoded)
        self._run(call_script("loadPoints", self._token, url))
        return len(self._points)

    def set_visible(self, ids: Iterable[str] | None) -> int:
        """Show only these points (the table's filter), None shows all; returns how many show.
        Sends one character per point in order, about 100 KB for 100,000 points."""
        if ids is None:
            self._run(call_script("setVisible", None))
            return len(self._points)
        shown = ids if isinstance(ids, set | frozenset) else set(ids)
        flags = "".join(["1" if point_id in shown else "0" for point_id in self._points])
        self._run(call_script("setVisible", flags))
        return flags.count("1")

    def update_point(self, point: MapPoint) -> None:
        """Add or change one marker at once (temperature, client, label, position)."""
        self._points[point.id] = point
        self._run(call_script("updatePoint", point_message(point)))

    def remove_point(self, prospect_id: str) -> None:
        if self._points.pop(prospect_id, None) is not None:
            self._run(call_script("removePoint", prospect_id))

    def points_within(self, center_lat: float, center_lon: float, km: float) -> list[str]:
        """Ids of the points on the map within `km` of a place, nearest first."""
        return points_within(self._points, center_lat, center_lon, km)

    # -- tour -------------------------------------------------------------------------------
    def set_tour(self, message: dict[str, Any] | None, *, fit: bool = False) -> None:
        """Draw a planned tour (see moovdesk.ui.tour_map.tour_message) over the points: numbered
        stops and one route line per day; None takes it off. `fit` frames the whole tour."""
        self._tour = message
        self._pending = [s for s in self._pending if not s.startswith("moov.setTour(")]
        self._run(call_script("setTour", message, fit))

    def fit_tour(self) -> None:
        self._run("moov.fitTour()")

    def focus_stop(self, stop_id: str | None, *, pan: bool = True) -> None:
        """Ring one stop of the tour (None: none) and bring it into view."""
        self._run(call_script("focusStop", stop_id, pan))

    # -- view -------------------------------------------------------------------------------
    def highlight(self, prospect_id: str | None, *, pan: bool = True) -> None:
        """Ring one marker (None clears it) and bring it into view."""
        self._run(call_script("highlight", prospect_id, pan))

    def set_view(self, lat: float, lon: float, zoom: int) -> None:
        self._run(call_script("setView", lat, lon, zoom))

    def fit_points(self) -> None:
        self._run("moov.fitPoints()")

    def set_selection_mode(self, mode: str | None) -> None:
        """Selection mode "rect" or "lasso": the next drag selects (shift-drag: a rectangle)."""
        if mode is not None and mode not in SELECTION_MODES:
            raise ValueError(f"unknown selection mode {mode!r}")
        self._run(call_script("setMode", mode))

    def start_placing(self, prospect_id: str) -> None:
        """Place on map: the next click emits position_chosen(prospect_id, lat, lon)."""
        self._run(call_script("setMode", "place", prospect_id))

    def cancel_mode(self) -> None:
        self._run(call_script("setMode", None))

    def set_drag_enabled(self, enabled: bool) -> None:
        """When on, dragging a marker emits position_chosen with its new place."""
        self._run(call_script("setDragEnabled", enabled))

    # -- tiles ------------------------------------------------------------------------------
    def set_tile_url(self, url: str, attribution: str | None = None) -> None:
        if self._tile_cache is None:
            raise RuntimeError("this map has no tile cache")
        self._tile_cache.url_template = url
        self._tile_attribution = attribution
        self._reload_tiles()

    def set_tiles_enabled(self, enabled: bool) -> None:
        self._tiles_enabled = enabled
        self._reload_tiles()

    def set_tiles_online(self, online: bool) -> None:
        """Offline, only cached tiles show (over the countries basemap)."""
        if self._tile_cache is not None:
            self._tile_cache.online = online
            self._reload_tiles()

    # -- JavaScript -------------------------------------------------------------------------
    def run_js(self, script: str, callback: Callable[[Any], None] | None = None) -> None:
        """Run script in the page now (the page must be ready); the callback gets its result."""
        if callback is None:
            self.page.runJavaScript(script)
        else:
            self.page.runJavaScript(script, 0, callback)

    def shutdown(self) -> None:
        """Stop tile workers; call before deleting the widget when the app quits."""
        self._handler.shutdown()

    def _run(self, script: str) -> None:
        if self._ready:
            self.page.runJavaScript(script)
        else:
            self._pending.append(script)

    def _configuration(self) -> dict[str, Any]:
        tr = self.tr
        return {
            "labels": {
                "locale": QLocale().bcp47Name(),
                "hotProspect": tr("Hot prospect"),
                "coldProspect": tr("Cold prospect"),
                "hotClient": tr("Hot client"),
                "coldClient": tr("Cold client"),
                "count": tr("%1 on the map"),
                "rectangle": tr("Select"),
                "lasso": tr("Lasso"),
                "rectangleHint": tr("Select the prospects in a rectangle (or shift-drag)"),
                "lassoHint": tr("Draw around the prospects to select"),
                "nextFollowUp": tr("Next follow-up:"),
            },
            "tiles": self._tiles_message(),
            "view": {"lat": FRANCE[0], "lon": FRANCE[1], "zoom": FRANCE[2]},
        }

    def _tiles_message(self) -> dict[str, Any]:
        cache = self._tile_cache
        enabled = cache is not None and self._tiles_enabled
        attribution = ""
        if cache is not None:
            if self._tile_attribution is not None:
                attribution = html.escape(self._tile_attribution)
            elif cache.url_template == DEFAULT_TILE_URL:
                attribution = OSM_ATTRIBUTION_HTML
        url = f"{BASE_URL}tiles/{self._tile_generation}/{{z}}/{{x}}/{{y}}.png"
        return {"enabled": enabled, "url": url, "attribution": attribution, "maxZoom": 19}

    def _reload_tiles(self) -> None:
        self._tile_generation += 1
        self._run(call_script("setTiles", self._tiles_message()))

    def _on_renderer_gone(self, *_args: object) -> None:
        """Chromium's renderer died (out of memory, killed): load the page again; the points
        go back once it is ready."""
        log.warning("map renderer terminated; reloading the map")
        self._ready = False
        if self._points:
            self.set_points(list(self._points.values()))
        if self._tour is not None:
            self.set_tour(self._tour)
        self.web_view.load(page_url(self._page_name))

    def _on_page_ready(self) -> None:
        self.page.runJavaScript(call_script("configure", self._configuration()))
        self._ready = True
        pending, self._pending = self._pending, []
        for script in pending:
            self.page.runJavaScript(script)
        self.ready.emit()

    def _on_view_changed(self, lat: float, lon: float, zoom: float) -> None:
        self._center = (lat, lon)
        self.view_changed.emit(lat, lon, zoom)

    def _send_details(self, prospect_id: str) -> None:
        point = self._points.get(prospect_id)
        if point is not None:
            self._run(call_script("showDetails", prospect_id, details_message(point)))

    def _on_dial(self, e164: str) -> None:
        self.phone_link_clicked.emit(e164)
        if self._open_phone_links:
            QDesktopServices.openUrl(QUrl(f"tel:{e164}"))

    def _on_painted(self, token: int, stats: dict[str, Any]) -> None:
        sent = self._sent_at.pop(token, None)
        if token != self._token:
            return
        self._sent_at.clear()
        self.last_paint = dict(stats)
        if sent is not None:
            self.last_paint["seconds"] = time.perf_counter() - sent
        self.points_painted.emit(int(stats.get("count", len(self._points))))


__all__ = ["MapPoint", "MapView"]
