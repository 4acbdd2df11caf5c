"""The map beside the table: every located prospect of the table's filter, the "around" filter
(within X km of a town, of the selected prospect, or of the map's centre), and moving markers.

It re-reads points from the services and keeps no prospect data of its own beyond what the map
page draws.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moovdesk.data.listing import MapRow
from moovdesk.data.vocabulary import Stage
from moovdesk.geo.tiles import TileCache
from moovdesk.ui.map_points import MapPoint
from moovdesk.ui.map_view import MapView
from moovdesk.ui.qt_dates import fast_datetime_formatter, short_datetime
from moovdesk.ui.workers import Job, start

if TYPE_CHECKING:
    from moovdesk.services import Services


def to_point(row: MapRow, when: Callable[[datetime | None], str]) -> MapPoint:
    return MapPoint(
        id=row.id,
        lat=row.latitude,
        lon=row.longitude,
        temperature=row.temperature,
        is_client=row.stage == Stage.CLIENT.value,
        label=row.company,
        contact=row.contact,
        phone=row.phone,
        next_follow_up=when(row.next_follow_up),
    )


class MapPanel(QWidget):
    prospect_chosen = Signal(str)
    area_chosen = Signal(list)  # ids drawn around on the map
    around_chosen = Signal(object, str)  # frozenset of ids (None to clear), and its label
    position_chosen = Signal(str, float, float)

    def __init__(
        self, services: Services, tile_cache: TileCache | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mapPanel")
        self._services = services
        self._current_id = ""
        self._located: set[str] = set()
        self._loading: Job | None = None

        self.place = QLineEdit(self)
        self.place.setObjectName("aroundPlace")
        self.place.setPlaceholderText(self.tr("Town or postal code"))
        self.place.setMinimumWidth(110)
        self.place.returnPressed.connect(self.around_place)
        self.radius = QSpinBox(self)
        self.radius.setObjectName("aroundRadius")
        self.radius.setRange(1, 500)
        self.radius.setValue(30)
        self.radius.setSuffix(" km")
        # One compact button: the toolbar must fit beside the table on a laptop screen.
        self.around = QToolButton(self)
        self.around.setObjectName("aroundButton")
        self.around.setText(self.tr("Around"))
        self.around.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.around.clicked.connect(self.around_place)
        menu = QMenu(self.around)
        menu.addAction(self.tr("Around this town"), self.around_place)
        self.around_selected = menu.addAction(
            self.tr("Around the selected prospect"), self._around_selected
        )
        menu.addAction(self.tr("Around the map centre"), self._around_centre)
        self.around.setMenu(menu)
        self.move_markers = QToolButton(self)
        self.move_markers.setText(self.tr("Move markers"))
        self.move_markers.setToolTip(self.tr("Drag a marker to set its position by hand"))
        self.move_markers.setCheckable(True)
        self.message = QLabel(self)
        self.message.setObjectName("mapMessage")

        self.view = MapView(self, tile_cache=tile_cache, tiles_enabled=tile_cache is not None)
        self.view.setObjectName("mapView")
        self.view.setAcceptDrops(False)  # a file dropped on the map goes to the window: import
        self.view.marker_clicked.connect(self.prospect_chosen)
        self.view.area_selected.connect(self.area_chosen)
        self.view.position_chosen.connect(self.position_chosen)
        # The page fetches points asynchronously: frame them once they are drawn.
        self._fit_when_painted = False
        self.view.points_painted.connect(self._painted)
        self.move_markers.toggled.connect(self.view.set_drag_enabled)

        tools = QHBoxLayout()
        tools.setContentsMargins(4, 2, 4, 2)
        tools.addWidget(QLabel(self.tr("Within"), self))
        tools.addWidget(self.radius)
        tools.addWidget(QLabel(self.tr("of"), self))
        tools.addWidget(self.place, 1)
        tools.addWidget(self.around)
        tools.addWidget(self.move_markers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.message.hide()
        self._update_buttons()

    # Points ----------------------------------------------------------------------------

    def load_all(self, then: Callable[[], None] | None = None) -> None:
        """Send every located prospect to the map (at start, after an import). The rows are
        read in the thread pool; `then` runs once the map has them."""
        prospects = self._services.prospects

        def loaded(rows: list[MapRow]) -> None:
            first_load = not self._located
            self._located = {row.id for row in rows}
            when = fast_datetime_formatter()
            self.view.set_points(to_point(row, when) for row in rows)
            if first_load and rows:
                self._fit_when_painted = True
            if then is not None:
                then()

        self._loading = start(
            Job(prospects.map_rows, takes_progress=False), loaded, _raise, owner=self
        )

    def show_only(self, ids: Iterable[str] | None) -> None:
        """Show the markers of the table's current rows (None: every marker)."""
        self.view.set_visible(None if ids is None else [i for i in ids if i in self._located])

    def refresh(self, ids: Iterable[str]) -> None:
        """Re-read some prospects after an edit: new position, hot/cold, client, name."""
        wanted = list(ids)
        rows = {row.id: row for row in self._services.prospects.map_rows(wanted)}
        for prospect_id in wanted:
            row = rows.get(prospect_id)
            if row is None:
                if prospect_id in self._located:
                    self.view.remove_point(prospect_id)
                    self._located.discard(prospect_id)
            else:
                self.view.update_point(to_point(row, short_datetime))
                self._located.add(prospect_id)

    def set_current(self, prospect_id: str) -> None:
        self._current_id = prospect_id
        self._update_buttons()
        if prospect_id in self._located:
            self.view.highlight(prospect_id)
        else:
            self.view.highlight(None)

    def is_located(self, prospect_id: str) -> bool:
        return prospect_id in self._located

    def place_on_map(self, prospect_id: str) -> None:
        self.view.start_placing(prospect_id)
        self._say(self.tr("Click on the map where this prospect is."))

    def shutdown(self) -> None:
        self.view.shutdown()

    def _painted(self, _count: int) -> None:
        if self._fit_when_painted:
            self._fit_when_painted = False
            self.view.fit_points()

    # Around ----------------------------------------------------------------------------

    def around_place(self) -> None:
        text = self.place.text().strip()
        if not text:
            return
        from moovdesk.geo.gazetteer import Gazetteer  # loads France on first use

        gazetteer = Gazetteer.shared()
        compact = text.replace(" ", "")
        found = (
            gazetteer.locate("FR", compact, "")
            if compact.isdigit()
            else gazetteer.locate_city("FR", text)
        )
        if found is None:
            self._say(self.tr("“%1” is not a town this map knows.").replace("%1", text))
            return
        self._around(found.latitude, found.longitude, found.place)

    def _around_selected(self) -> None:
        rows = self._services.prospects.map_rows([self._current_id]) if self._current_id else []
        if not rows:
            self._say(self.tr("The selected prospect is not on the map."))
            return
        self._around(rows[0].latitude, rows[0].longitude, rows[0].company or rows[0].contact)

    def _around_centre(self) -> None:
        lat, lon = self.view.center()
        self._around(lat, lon, self.tr("the map centre"))

    def _around(self, lat: float, lon: float, name: str) -> None:
        km = self.radius.value()
        ids = frozenset(self.view.points_within(lat, lon, km))
        label = self.tr("within %1 km of %2").replace("%1", str(km)).replace("%2", name)
        self.message.hide()
        self.around_chosen.emit(ids, label)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _update_buttons(self) -> None:
        self.around_selected.setEnabled(bool(self._current_id))


def _raise(error: BaseException) -> None:
    raise error  # reaches the error dialog: a failed read is a bug, not a user's mistake
