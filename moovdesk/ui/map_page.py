"""The map's web page and the browser profile it runs in, locked to local content.

Why a static page and not folium: folium builds maps in Python, one element per marker (about
140 s for 50,000 markers), and its template references Leaflet, jQuery, Bootstrap, Font Awesome
and awesome-markers on CDNs. Moovdesk needs none of that: its points arrive as JSON after load
and are drawn by its own canvas layer, its controls are a few DOM nodes. With folium's CDN entries
replaced by local files and its markers unused, what remains is `L.map()` and a tile layer, ten
lines of JavaScript. So the page is a small reviewed file, resources/web/map.html, built once,
loaded from the `moovdesk` URL scheme (`moovmap://app/map.html`), with local Leaflet 1.9.4 only
and a Content-Security-Policy that allows no inline script and no other origin.

Nothing leaves for the network from the page: `LocalOnlyInterceptor` blocks every request whose
scheme is not local, and tiles come through `moovmap:` from the tile cache (Python downloads them).
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

from moovdesk.geo.tiles import TileCache
from moovdesk.ui.map_scheme import BASE_URL, SCHEME, MapSchemeHandler

# Schemes that never reach the network. `file:` is not among them: the page needs no file.
LOCAL_SCHEMES = frozenset({SCHEME, "qrc", "data", "blob"})
PAGE = "map.html"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class InterceptedRequest:
    url: str
    allowed: bool


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that is not for a local scheme, and remembers what it saw."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log: deque[InterceptedRequest] = deque(maxlen=2000)
        self.blocked = 0

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        allowed = url.scheme().lower() in LOCAL_SCHEMES
        self.log.append(InterceptedRequest(url.toString(), allowed))
        if not allowed:
            self.blocked += 1
            info.block(True)


class MapPage(QWebEnginePage):
    """Stays on `moovmap:`; never shows a JavaScript dialog (it records them instead); web
    links the rep clicks (the map attribution) open in the desktop browser."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self.alerts: list[str] = []
        self.console_errors: list[str] = []

    def acceptNavigationRequest(
        self, url: QUrl | str, type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        url = QUrl(url)
        if url.scheme() == SCHEME:
            return True
        if type == QWebEnginePage.NavigationType.NavigationTypeLinkClicked and url.scheme() in (
            "http",
            "https",
        ):
            QDesktopServices.openUrl(url)
        return False

    def createWindow(self, type: QWebEnginePage.WebWindowType) -> QWebEnginePage:
        return None  # type: ignore[return-value]  # no pop-up windows

    def javaScriptAlert(self, security_origin: QUrl | str, msg: str) -> None:
        self.alerts.append(msg)

    def javaScriptConfirm(self, security_origin: QUrl | str, msg: str) -> bool:
        self.alerts.append(msg)
        return False

    def javaScriptPrompt(
        self, security_origin: QUrl | str, msg: str, default_value: str
    ) -> tuple[bool, str]:
        self.alerts.append(msg)
        return False, ""

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line_number: int,
        source_id: str,
    ) -> None:
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            self.console_errors.append(f"{source_id}:{line_number}: {message}")
            log.warning("map page: %s:%s: %s", source_id, line_number, message)
        else:
            log.debug("map page: %s", message)


class MapProfile(NamedTuple):
    profile: QWebEngineProfile
    handler: MapSchemeHandler
    interceptor: LocalOnlyInterceptor


def create_map_profile(tile_cache: TileCache | None) -> MapProfile:
    """An off-the-record profile (no disk cache, no cookies) serving `moovmap:` and blocking the
    network. Give it a parent only after the pages that use it, so that it is deleted last."""
    profile = QWebEngineProfile()
    handler = MapSchemeHandler(tile_cache, profile)
    profile.installUrlSchemeHandler(SCHEME.encode(), handler)
    interceptor = LocalOnlyInterceptor(profile)
    profile.setUrlRequestInterceptor(interceptor)
    settings = profile.settings()
    attribute = QWebEngineSettings.WebAttribute
    for name, value in (
        (attribute.LocalContentCanAccessRemoteUrls, False),
        (attribute.LocalContentCanAccessFileUrls, False),
        (attribute.JavascriptCanOpenWindows, False),
        (attribute.PluginsEnabled, False),
        (attribute.DnsPrefetchEnabled, False),
        (attribute.HyperlinkAuditingEnabled, False),
        (attribute.NavigateOnDropEnabled, False),
        (attribute.AutoLoadIconsForPage, False),
        (attribute.ErrorPageEnabled, False),
    ):
        settings.setAttribute(name, value)
    return MapProfile(profile, handler, interceptor)


def page_url(name: str = PAGE) -> QUrl:
    return QUrl(BASE_URL + name)
