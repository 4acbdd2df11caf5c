"""The object the map page calls through QWebChannel (`bridge` in JavaScript).

Its slots receive what the page reports (clicks, selections, positions, view moves) and re-emit
it as typed Qt signals; the map view listens. Nothing here trusts the page beyond types: ids are
only looked up, never executed or formatted into code.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)


class MapBridge(QObject):
    page_ready = Signal()
    marker_clicked = Signal(str)
    area_selected = Signal(list)
    position_chosen = Signal(str, float, float)
    view_changed = Signal(float, float, float)
    details_requested = Signal(str)
    dial_requested = Signal(str)
    paint_reported = Signal(int, dict)
    mode_changed = Signal(str)
    tour_stop_clicked = Signal(str)

    @Slot()
    def pageReady(self) -> None:
        self.page_ready.emit()

    @Slot(str)
    def markerClicked(self, prospect_id: str) -> None:
        self.marker_clicked.emit(prospect_id)

    @Slot(str)
    def areaSelected(self, ids_json: str) -> None:
        ids = _json_list(ids_json)
        self.area_selected.emit([str(i) for i in ids])

    @Slot(str, float, float)
    def positionChosen(self, prospect_id: str, lat: float, lon: float) -> None:
        if -90.0 <= lat <= 90.0:
            self.position_chosen.emit(prospect_id, lat, _wrap_longitude(lon))

    @Slot(float, float, float)
    def viewChanged(self, lat: float, lon: float, zoom: float) -> None:
        self.view_changed.emit(lat, _wrap_longitude(lon), zoom)

    @Slot(str)
    def requestDetails(self, prospect_id: str) -> None:
        self.details_requested.emit(prospect_id)

    @Slot(str)
    def dial(self, e164: str) -> None:
        self.dial_requested.emit(e164)

    @Slot(int, str)
    def painted(self, token: int, stats_json: str) -> None:
        try:
            stats: Any = json.loads(stats_json)
        except ValueError:
            stats = {}
        self.paint_reported.emit(token, stats if isinstance(stats, dict) else {})

    @Slot(str)
    def modeChanged(self, mode: str) -> None:
        self.mode_changed.emit(mode)

    @Slot(str)
    def tourStopClicked(self, stop_id: str) -> None:
        self.tour_stop_clicked.emit(stop_id)


def _json_list(text: str) -> list[Any]:
    try:
        value = json.loads(text)
    except ValueError:
        log.warning("map page sent a selection that is not JSON")
        return []
    return value if isinstance(value, list) else []


def _wrap_longitude(lon: float) -> float:
    """Leaflet lets the map scroll past the antimeridian; stored longitudes stay in -180..180."""
    return ((lon + 180.0) % 360.0) - 180.0
