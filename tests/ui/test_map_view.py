"""The map widget for real: QtWebEngine offscreen, real mouse clicks, a real tile server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from moovdesk.geo.tiles import TileCache
from moovdesk.ui.map_points import MapPoint, points_within
from moovdesk.ui.map_scheme import register_map_scheme
from moovdesk.ui.map_view import MapView
from tests.geo.test_tiles import TileServer

# Before pytest-qt creates the QApplication (collection imports every module first).
register_map_scheme()

# Harmless on machines without a GPU (see NOTES-qt): the first web view falls back from OpenGL.
pytestmark = pytest.mark.qt_log_ignore(
    "Failed to create RHI for backend", "GPUInfo not initialized"
)

LYON = MapPoint("lyon", 45.7597, 4.8422, "hot", False, "Boulangerie Lyon", "Claire Martin",
                "+33612345678", "Thu 12 Mar — call back")  # fmt: skip
VILLEURBANNE = MapPoint("villeurbanne", 45.7667, 4.8803, "cold", True, "Garage Villeurbanne")
PARIS = MapPoint("paris", 48.8590, 2.3800, "cold", False, "Pharmacie Paris")
BREST = MapPoint("brest", 48.3904, -4.4861, "hot", True, "Cabinet Brest")
HOSTILE = "<img src=x onerror=alert(1)>"


class Recorder:
    """Records a signal's emissions. Used instead of qtbot.waitSignal, whose cleanup calls
    disconnect(): in PySide6 6.12 that returns True without a reference, and a few hundred calls
    abort Python 3.11 at exit ("bool_dealloc: deallocating True")."""

    def __init__(self, signal: Any) -> None:
        self.calls: list[tuple[Any, ...]] = []
        signal.connect(lambda *args: self.calls.append(args))

    def wait(self, qtbot: QtBot, action: Any, timeout: int = 5_000) -> tuple[Any, ...]:
        """Do action, then wait for the next emission and return its arguments."""
        before = len(self.calls)
        action()
        qtbot.waitUntil(lambda: len(self.calls) > before, timeout=timeout)
        return self.calls[before]


def scattered(count: int) -> list[MapPoint]:
    return [
        MapPoint(f"p{i}", 43.5 + (i % 50) * 0.1, -0.5 + (i // 50) * 0.1, "hot" if i % 3 else "cold")
        for i in range(count)
    ]


def evaluate(qtbot: QtBot, view: MapView, script: str) -> Any:
    """Run script in the page; JSON round trip so that objects come back as dicts."""
    box: list[Any] = []
    view.run_js(f"JSON.stringify({script})", box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return json.loads(box[0]) if box[0] is not None else None


def state(qtbot: QtBot, view: MapView) -> dict[str, Any]:
    result = evaluate(qtbot, view, "moov.state()")
    assert isinstance(result, dict)
    return result


def show_points(qtbot: QtBot, view: MapView, points: list[MapPoint]) -> None:
    Recorder(view.points_painted).wait(qtbot, lambda: view.set_points(points), timeout=30_000)


def pixel_of(qtbot: QtBot, view: MapView, point_id: str) -> QPoint:
    position = evaluate(qtbot, view, f"moov.pointPosition({json.dumps(point_id)})")
    return QPoint(round(position["x"]), round(position["y"]))


def pixel_at(qtbot: QtBot, view: MapView, lat: float, lon: float) -> QPoint:
    position = evaluate(qtbot, view, f"moov.project({lat}, {lon})")
    return QPoint(round(position["x"]), round(position["y"]))


def surface(view: MapView) -> QWidget:
    proxy = view.web_view.focusProxy()
    assert proxy is not None
    return proxy


def send_mouse(
    widget: QWidget,
    kind: QEvent.Type,
    at: QPoint,
    button: Qt.MouseButton = Qt.MouseButton.NoButton,
    buttons: Qt.MouseButton = Qt.MouseButton.NoButton,
) -> None:
    """One mouse event sent straight to the widget (the web view's surface), bypassing the
    window system: Qt's own moves drop a move to where the pointer already is."""
    local = QPointF(at)
    event = QMouseEvent(
        kind, local, widget.mapToGlobal(local), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def drag(widget: QWidget, path: list[QPoint]) -> None:
    """Press, move along path with the left button held, release (QTest.mouseMove sends no
    buttons, which Chromium reads as hovering)."""
    left, move = Qt.MouseButton.LeftButton, QEvent.Type.MouseMove
    send_mouse(widget, QEvent.Type.MouseButtonPress, path[0], left, left)
    QTest.qWait(20)
    for at in path[1:]:
        send_mouse(widget, move, at, left, left)
        QTest.qWait(20)
    send_mouse(widget, QEvent.Type.MouseButtonRelease, path[-1], left)
    QTest.qWait(20)


def hover(widget: QWidget, at: QPoint) -> None:
    """A mouse move with no button held."""
    send_mouse(widget, QEvent.Type.MouseMove, at)


def hover_until(qtbot: QtBot, view: MapView, where: QPoint, shown: Any) -> None:
    """Point at where until shown() is true. Each try lands one pixel off the last: Qt drops a
    move to the position the pointer already has, and a busy machine may miss a single move
    (the page looks markers up once per animation frame)."""
    spots = [where + QPoint(1, 0), where]

    def moved_and_shown() -> bool:
        spots.reverse()
        hover(surface(view), spots[0])
        return bool(shown())

    qtbot.waitUntil(moved_and_shown, timeout=10_000)


def open_map(qtbot: QtBot, **options: Any) -> MapView:
    view = MapView(open_phone_links=False, **options)
    view.resize(900, 650)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.is_ready, timeout=30_000)
    return view


def close_map(qtbot: QtBot, view: MapView) -> None:
    errors = list(view.page.console_errors)
    view.shutdown()
    view.close()
    gone: list[bool] = []
    view.destroyed.connect(lambda *_: gone.append(True))
    view.deleteLater()
    qtbot.waitUntil(lambda: bool(gone), timeout=5_000)
    assert errors == []


@pytest.fixture
def map_view(qtbot: QtBot) -> Iterator[MapView]:
    view = open_map(qtbot)
    yield view
    close_map(qtbot, view)


@dataclass
class PngTileServer(TileServer):
    """Serves one real magenta PNG for every tile."""

    png: bytes = b""

    def body(self, path: str) -> bytes:
        return self.png


def magenta_png() -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff00ff"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


# -- points ---------------------------------------------------------------------------------
def test_marker_count_matches_the_points_given(qtbot: QtBot, map_view: MapView) -> None:
    show_points(qtbot, map_view, scattered(500))
    assert state(qtbot, map_view)["count"] == 500
    legend = evaluate(qtbot, map_view, "document.querySelector('.moov-legend-count').textContent")
    assert legend == "500 on the map"

    shown = map_view.set_visible({f"p{i}" for i in range(0, 500, 4)})
    assert shown == 125
    qtbot.waitUntil(lambda: state(qtbot, map_view)["shown"] == 125)

    show_points(qtbot, map_view, scattered(200))
    current = state(qtbot, map_view)
    assert (current["count"], current["shown"]) == (200, 200)
    assert map_view.point_count() == 200


def click(qtbot: QtBot, view: MapView, where: QPoint) -> None:
    QTest.mouseClick(surface(view), Qt.MouseButton.LeftButton, pos=where)


def test_clicking_a_marker_emits_its_id_and_opens_its_popup(
    qtbot: QtBot, map_view: MapView
) -> None:
    show_points(qtbot, map_view, [LYON, PARIS, BREST])
    clicked = Recorder(map_view.marker_clicked)
    paris = pixel_of(qtbot, map_view, "paris")
    assert clicked.wait(qtbot, lambda: click(qtbot, map_view, paris)) == ("paris",)
    lyon = pixel_of(qtbot, map_view, "lyon")
    assert clicked.wait(qtbot, lambda: click(qtbot, map_view, lyon)) == ("lyon",)

    def popup_text() -> str:
        return str(evaluate(qtbot, map_view, "moov.popupText()") or "")

    qtbot.waitUntil(lambda: "Claire Martin" in popup_text())
    text = popup_text()
    assert "Boulangerie Lyon" in text and "06 12 34 56 78" in text and "call back" in text
    link = "document.querySelector('.moov-popup-phone a').getAttribute('href')"
    assert evaluate(qtbot, map_view, link) == "tel:+33612345678"

    # A click on the sea selects nothing.
    before = len(clicked.calls)
    click(qtbot, map_view, pixel_at(qtbot, map_view, 45.0, -6.0))
    qtbot.wait(300)
    assert len(clicked.calls) == before


def test_highlight_centres_and_rings_the_marker(qtbot: QtBot, map_view: MapView) -> None:
    show_points(qtbot, map_view, [LYON, PARIS, BREST])
    map_view.highlight("brest")
    qtbot.waitUntil(lambda: state(qtbot, map_view)["highlight"] == "brest")
    qtbot.waitUntil(lambda: abs(state(qtbot, map_view)["lon"] - BREST.lon) < 0.01, timeout=5_000)
    current = state(qtbot, map_view)
    assert abs(current["lat"] - BREST.lat) < 0.01 and current["zoom"] >= 11
    rings = "document.querySelectorAll('.moov-highlight').length"
    assert evaluate(qtbot, map_view, rings) == 1
    ring = pixel_of(qtbot, map_view, "brest")
    assert abs(ring.x() - 450) <= 2 and abs(ring.y() - 325) <= 2  # the centre of the view

    map_view.highlight("nobody")
    qtbot.waitUntil(lambda: state(qtbot, map_view)["highlight"] is None)
    assert evaluate(qtbot, map_view, rings) == 0


def test_update_point_changes_one_marker_at_once(qtbot: QtBot, map_view: MapView) -> None:
    show_points(qtbot, map_view, [LYON, PARIS, BREST])
    map_view.update_point(MapPoint("paris", 48.0, 2.0, "hot", True, "Pharmacie Paris"))
    target = pixel_at(qtbot, map_view, 48.0, 2.0)
    qtbot.waitUntil(lambda: pixel_of(qtbot, map_view, "paris") == target)
    assert evaluate(qtbot, map_view, "moov.kindOf('paris')") == 3  # hot client

    map_view.update_point(MapPoint("new", 47.0, 1.0, "cold", False, "Nouveau"))
    qtbot.waitUntil(lambda: state(qtbot, map_view)["count"] == 4)
    map_view.remove_point("lyon")
    qtbot.waitUntil(lambda: state(qtbot, map_view)["count"] == 3)
    # Both sides still agree on the order: a filter shows exactly what it names.
    map_view.set_visible({"new", "brest"})
    qtbot.waitUntil(lambda: state(qtbot, map_view)["shown"] == 2)
    assert evaluate(qtbot, map_view, "moov.visibleIds()") == ["brest", "new"]


def test_hostile_names_stay_text(qtbot: QtBot, map_view: MapView) -> None:
    hostile = MapPoint("evil", 46.0, 3.0, "hot", False, HOSTILE, "<script>alert(2)</script>",
                       "+33612345678", "<b onmouseover=alert(3)>soon</b>")  # fmt: skip
    show_points(qtbot, map_view, [hostile, PARIS])
    where = pixel_of(qtbot, map_view, "evil")
    tooltip_text = (
        "(function () { var t = document.querySelector('.moov-tooltip');"
        " return t ? t.textContent : null; })()"
    )

    hover_until(qtbot, map_view, where, lambda: evaluate(qtbot, map_view, tooltip_text) is not None)
    assert evaluate(qtbot, map_view, tooltip_text) == HOSTILE
    Recorder(map_view.marker_clicked).wait(qtbot, lambda: click(qtbot, map_view, where))
    qtbot.waitUntil(lambda: "alert(2)" in str(evaluate(qtbot, map_view, "moov.popupText()")))

    title = evaluate(qtbot, map_view, "document.querySelector('.moov-popup-title').textContent")
    assert title == HOSTILE
    injected = (
        "document.querySelectorAll('.leaflet-popup img, .leaflet-popup script, "
        ".leaflet-popup b, .leaflet-tooltip img').length"
    )
    assert evaluate(qtbot, map_view, injected) == 0
    qtbot.wait(300)
    assert map_view.page.alerts == []
    assert not any(r.url.endswith("/x") for r in map_view.interceptor.log)


# -- network --------------------------------------------------------------------------------
def test_no_request_leaves_for_the_network(qtbot: QtBot, map_view: MapView) -> None:
    watcher = TileServer()
    watcher.start()
    target = f"http://127.0.0.1:{watcher.port}"
    try:
        # The map page itself: its CSP and the interceptor both stand in the way.
        map_view.run_js(
            f"new Image().src = '{target}/img.png'; fetch('{target}/fetch').catch(function(){{}});"
        )
        # A page without CSP on the same profile: only the interceptor stands in the way.
        probe = QWebEnginePage(map_view.web_view.page().profile())
        html = (
            f'<img src="{target}/probe.png"><link rel="stylesheet" href="{target}/probe.css">'
            f'<iframe src="{target}/frame"></iframe><script src="{target}/probe.js"></script>'
        )
        Recorder(probe.loadFinished).wait(
            qtbot, lambda: probe.setHtml(html, QUrl("moovmap://app/probe.html")), timeout=10_000
        )
        qtbot.wait(500)
        probe.deleteLater()
        qtbot.wait(50)
    finally:
        watcher.stop()
    map_view.page.console_errors.clear()  # the CSP refusals above, expected
    assert watcher.requests == []
    seen = [r for r in map_view.interceptor.log if r.url.startswith(target)]
    assert {r.url.rsplit("/", 1)[1] for r in seen} >= {"probe.png", "probe.css", "probe.js"}
    assert not [r for r in seen if r.allowed]
    allowed = {r.url.split(":", 1)[0] for r in map_view.interceptor.log if r.allowed}
    assert allowed <= {"moovmap", "qrc", "data", "blob"}


def test_tiles_come_through_the_cache_and_stay_offline(qtbot: QtBot, tmp_path: Path) -> None:
    server = PngTileServer(png=magenta_png())
    server.start()
    cache = TileCache(tmp_path / "tiles.mbtiles", url_template=server.template)
    view = open_map(qtbot, tile_cache=cache, tile_attribution="Test tiles <3")

    def magenta_shows() -> bool:
        return view.grab().toImage().pixelColor(600, 200) == QColor("#ff00ff")

    try:
        qtbot.waitUntil(lambda: cache.stats().tiles >= 4, timeout=20_000)
        qtbot.waitUntil(magenta_shows, timeout=10_000)
        # Tiles cover the offline basemap, département lines included.
        row = across_france(qtbot, view)
        qtbot.waitUntil(
            lambda: all(view.grab().toImage().pixelColor(p) == QColor("#ff00ff") for p in row),
            timeout=10_000,
        )
        assert all(r["user-agent"].startswith("Moovdesk/") for r in server.requests)
        attribution = "document.querySelector('.leaflet-control-attribution').textContent"
        assert "Test tiles <3" in evaluate(qtbot, view, attribution)

        server.stop()
        fetched = len(server.requests)
        served = view._handler.tiles_served
        view.set_tiles_online(False)  # the page asks again for every tile: the cache answers
        qtbot.waitUntil(lambda: view._handler.tiles_served > served, timeout=10_000)
        qtbot.waitUntil(magenta_shows, timeout=10_000)
        assert len(server.requests) == fetched
        assert not any(r.allowed and r.url.startswith("http") for r in view.interceptor.log)
    finally:
        server.stop()
        close_map(qtbot, view)
        cache.close()


def test_osm_tiles_show_the_osm_attribution(qtbot: QtBot, tmp_path: Path) -> None:
    cache = TileCache(tmp_path / "tiles.mbtiles", online=False)
    view = open_map(qtbot, tile_cache=cache)
    try:
        attribution = "document.querySelector('.leaflet-control-attribution').textContent"
        assert "OpenStreetMap" in evaluate(qtbot, view, attribution)
    finally:
        close_map(qtbot, view)
        cache.close()


def across_france(qtbot: QtBot, view: MapView) -> list[QPoint]:
    """The pixels of latitude 47° from Vendée to the Jura, which cross a dozen départements."""
    west, east = pixel_at(qtbot, view, 47.0, -1.5), pixel_at(qtbot, view, 47.0, 6.0)
    return [QPoint(x, west.y()) for x in range(west.x(), east.x() + 1)]


def test_offline_basemap_is_drawn(qtbot: QtBot, map_view: MapView) -> None:
    def loaded() -> bool:
        now = state(qtbot, map_view)
        return bool(now["basemapFeatures"] > 200 and now["basemapDepartements"] == 101)

    qtbot.waitUntil(loaded, timeout=10_000)
    sea = pixel_at(qtbot, map_view, 45.0, -4.0)  # Bay of Biscay
    land = pixel_at(qtbot, map_view, 45.6, 3.0)  # Puy-de-Dôme, 0.25° from any département line
    row = across_france(qtbot, map_view)

    def coloured() -> bool:
        image = map_view.grab().toImage()
        return image.pixelColor(sea) == QColor("#aad3df") and image.pixelColor(land) == QColor(
            "#f2efe9"
        )

    def outlined() -> bool:
        """Thin grey lines cross the row: some pixels (no fill), each greyer than the land."""
        image = map_view.grab().toImage()
        lines = [image.pixelColor(p) for p in row if image.pixelColor(p) != QColor("#f2efe9")]
        grey = all(80 < c.value() < 0xF2 and c.saturation() < 40 for c in lines)
        return 8 <= len(lines) <= len(row) // 4 and grey

    qtbot.waitUntil(coloured, timeout=5_000)
    qtbot.waitUntil(outlined, timeout=5_000)


# -- gestures -------------------------------------------------------------------------------
def test_rectangle_selection_emits_the_ids_inside(qtbot: QtBot, map_view: MapView) -> None:
    show_points(qtbot, map_view, [LYON, VILLEURBANNE, PARIS, BREST])
    map_view.set_selection_mode("rect")
    qtbot.waitUntil(lambda: state(qtbot, map_view)["mode"] == "rect")
    corner_a = pixel_at(qtbot, map_view, 49.5, 1.0)
    corner_b = pixel_at(qtbot, map_view, 45.0, 6.0)
    path = [corner_a, (corner_a + corner_b) / 2, corner_b]
    selected = Recorder(map_view.area_selected).wait(qtbot, lambda: drag(surface(map_view), path))
    assert sorted(selected[0]) == ["lyon", "paris", "villeurbanne"]
    assert state(qtbot, map_view)["mode"] is None


def test_lasso_selection_emits_the_ids_inside(qtbot: QtBot, map_view: MapView) -> None:
    show_points(qtbot, map_view, [LYON, VILLEURBANNE, PARIS, BREST])
    map_view.set_selection_mode("lasso")
    qtbot.waitUntil(lambda: state(qtbot, map_view)["mode"] == "lasso")
    # Around Brest and Paris, leaving Lyon out.
    corners = [(50.3, -6.0), (50.3, 4.0), (47.5, 3.5), (47.0, -5.5)]
    path = [pixel_at(qtbot, map_view, lat, lon) for lat, lon in corners]
    selected = Recorder(map_view.area_selected).wait(qtbot, lambda: drag(surface(map_view), path))
    assert sorted(selected[0]) == ["brest", "paris"]


def test_place_on_map_emits_the_chosen_position(qtbot: QtBot, map_view: MapView) -> None:
    map_view.start_placing("newcomer")
    qtbot.waitUntil(lambda: state(qtbot, map_view)["mode"] == "place")
    where = pixel_at(qtbot, map_view, 47.0, 1.0)
    chosen = Recorder(map_view.position_chosen).wait(qtbot, lambda: click(qtbot, map_view, where))
    prospect_id, lat, lon = chosen
    assert prospect_id == "newcomer"
    assert abs(lat - 47.0) < 0.05 and abs(lon - 1.0) < 0.05
    assert state(qtbot, map_view)["mode"] is None


def test_dragging_a_marker_emits_its_new_position(qtbot: QtBot, map_view: MapView) -> None:
    show_points(qtbot, map_view, [PARIS, BREST])
    map_view.set_drag_enabled(True)
    start = pixel_of(qtbot, map_view, "paris")
    end = pixel_at(qtbot, map_view, 47.5, 3.0)
    path = [start, (start + end) / 2, end]
    chosen = Recorder(map_view.position_chosen).wait(qtbot, lambda: drag(surface(map_view), path))
    prospect_id, lat, lon = chosen
    assert prospect_id == "paris"
    assert abs(lat - 47.5) < 0.05 and abs(lon - 3.0) < 0.05
    moved = pixel_of(qtbot, map_view, "paris")
    assert abs(moved.x() - end.x()) <= 1 and abs(moved.y() - end.y()) <= 1


def test_view_changes_report_the_centre(qtbot: QtBot, map_view: MapView) -> None:
    changes = Recorder(map_view.view_changed)
    map_view.set_view(45.76, 4.84, 10)
    qtbot.waitUntil(lambda: any(zoom == 10 for _, _, zoom in changes.calls))
    lat, lon, _zoom = next(call for call in changes.calls if call[2] == 10)
    assert abs(lat - 45.76) < 1e-6 and abs(lon - 4.84) < 1e-6
    assert map_view.center() == pytest.approx((45.76, 4.84))


def test_points_within_a_radius_nearest_first(qtbot: QtBot, map_view: MapView) -> None:
    show_points(qtbot, map_view, [PARIS, VILLEURBANNE, LYON, BREST])
    assert map_view.points_within(45.76, 4.84, 10) == ["lyon", "villeurbanne"]
    assert map_view.points_within(45.76, 4.84, 400) == ["lyon", "villeurbanne", "paris"]
    assert points_within([BREST], 48.39, -4.49, 1) == ["brest"]


def test_points_given_before_the_page_is_ready_arrive(qtbot: QtBot) -> None:
    view = MapView(open_phone_links=False)
    painted = Recorder(view.points_painted)
    view.set_points(scattered(40))
    view.set_visible({"p1", "p2"})
    view.resize(600, 400)
    view.show()
    try:
        qtbot.waitUntil(lambda: bool(painted.calls), timeout=30_000)
        current = state(qtbot, view)
        assert (current["count"], current["shown"]) == (40, 2)
    finally:
        close_map(qtbot, view)


def test_the_map_comes_back_after_the_renderer_dies(qtbot: QtBot, map_view: MapView) -> None:
    show_points(qtbot, map_view, scattered(30))
    painted = Recorder(map_view.points_painted)
    map_view._on_renderer_gone()  # what renderProcessTerminated triggers
    qtbot.waitUntil(lambda: bool(painted.calls), timeout=30_000)
    assert state(qtbot, map_view)["count"] == 30


def test_the_phone_link_asks_the_desktop_to_dial(qtbot: QtBot, map_view: MapView) -> None:
    show_points(qtbot, map_view, [LYON])
    where = pixel_of(qtbot, map_view, "lyon")
    Recorder(map_view.marker_clicked).wait(qtbot, lambda: click(qtbot, map_view, where))
    link = ".moov-popup-phone a"
    qtbot.waitUntil(lambda: evaluate(qtbot, map_view, f"!!document.querySelector('{link}')"))
    box = evaluate(qtbot, map_view, f"document.querySelector('{link}').getBoundingClientRect()")
    centre = QPoint(round(box["x"] + box["width"] / 2), round(box["y"] + box["height"] / 2))
    dialled = Recorder(map_view.phone_link_clicked).wait(
        qtbot, lambda: click(qtbot, map_view, centre)
    )
    assert dialled == ("+33612345678",)
