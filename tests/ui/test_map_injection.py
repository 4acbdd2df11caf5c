"""HTML and JavaScript in any field never runs in the map: real prospects with hostile company,
contact, city and notes, put on the real map page (offscreen QtWebEngine), hovered and clicked like
a rep does; the payloads must show as text and `window.__pwned` must stay undefined.

The page's CSP would block inline handlers even if markup got through, so each check also looks
for the markup itself (elements, `on…` attributes) and for CSP refusals in the console.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from moovdesk.data.listing import MapRow
from moovdesk.services import Services
from moovdesk.ui.map_panel import MapPanel
from moovdesk.ui.map_points import MapPoint, call_script
from moovdesk.ui.map_scheme import register_map_scheme
from moovdesk.ui.map_view import MapView
from tests.conftest import FIXED_NOW
from tests.ui.test_map_view import (
    Recorder,
    click,
    close_map,
    evaluate,
    hover_until,
    open_map,
    pixel_at,
    pixel_of,
    state,
)

register_map_scheme()
pytestmark = pytest.mark.qt_log_ignore(
    "Failed to create RHI for backend", "GPUInfo not initialized"
)

PAYLOADS = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=1</script>",
    "javascript:window.__pwned=1",
    '"><svg onload="window.__pwned=1">',
    '\'><iframe src="javascript:window.__pwned=1"></iframe>',
    '<a href="javascript:window.__pwned=1" id="trap">clic</a>',
    '"); window.__pwned=1; ("',  # out of a script's string literal
    "\\'); window.__pwned=1; //",
    "\u2028window.__pwned=1//\u2029",  # line terminators inside a JS literal
    "</div><style>#map{display:none}</style><b onmouseover=window.__pwned=1>x</b>",
]

AWAY = QPoint(60, 60)  # far enough from a marker that its tooltip closes

# Nothing on the page may carry an event handler attribute, nor be an element data could make.
INJECTED_MARKUP = """(function () {
  var handlers = 0;
  document.querySelectorAll('*').forEach(function (node) {
    for (var i = 0; i < node.attributes.length; i++) {
      if (/^on/i.test(node.attributes[i].name)) { handlers++; }
    }
  });
  var hrefs = Array.prototype.filter.call(document.querySelectorAll('a[href]'), function (a) {
    return /^\\s*javascript:/i.test(a.getAttribute('href'));
  }).length;
  return {
    handlers: handlers, hrefs: hrefs,
    elements: document.querySelectorAll(
      '#map script, #map iframe, #map img:not(.leaflet-tile), #map style, #map b, #trap').length,
    scripts: document.scripts.length,
    pwned: typeof window.__pwned
  };
})()"""


def assert_nothing_ran(qtbot: QtBot, view: MapView, scripts: int) -> None:
    qtbot.wait(200)  # an onerror or onload would have fired by now
    found = evaluate(qtbot, view, INJECTED_MARKUP)
    assert found == {
        "handlers": 0,
        "hrefs": 0,
        "elements": 0,
        "scripts": scripts,
        "pwned": "undefined",
    }
    assert view.page.alerts == []
    assert not any("Content Security Policy" in error for error in view.page.console_errors)
    assert not any(r.url.endswith("/x") or "javascript" in r.url for r in view.interceptor.log)


def page_scripts(qtbot: QtBot, view: MapView) -> int:
    count = evaluate(qtbot, view, "document.scripts.length")
    assert isinstance(count, int) and count > 0
    return count


TOOLTIP_TEXT = (
    "(function (n) { return n ? n.textContent : null; })(document.querySelector('.moov-tooltip'))"
)


def tooltip_text(qtbot: QtBot, view: MapView) -> str | None:
    text = evaluate(qtbot, view, TOOLTIP_TEXT)
    return text if isinstance(text, str) else None


def wait_for(qtbot: QtBot, view: MapView, script: str, expected: object) -> None:
    qtbot.waitUntil(lambda: evaluate(qtbot, view, script) == expected)


def hover_then_click(qtbot: QtBot, view: MapView, prospect_id: str, label: str) -> None:
    """What a rep does: point at the marker until its tooltip shows, then click it (popup,
    then the details Python sends)."""
    where = pixel_of(qtbot, view, prospect_id)
    hover_until(qtbot, view, where, lambda: tooltip_text(qtbot, view) == label)
    clicked = Recorder(view.marker_clicked)
    assert clicked.wait(qtbot, lambda: click(qtbot, view, where)) == (prospect_id,)


@pytest.fixture
def hostile(services: Services) -> dict[str, MapRow]:
    """One prospect per payload, the payload in every field the map or its popup can show;
    returned as the map is given them (the services trim what they store)."""
    for index, payload in enumerate(PAYLOADS):
        prospect_id = services.prospects.create(
            {
                "company": f"{payload} #{index}",
                "first_name": payload,
                "last_name": f"Nom{index}",
                "city": payload,
                "notes": payload,
                "activity": payload,
                "phone": f"06 12 34 56 {index:02d}",
                # Apart, and clear of the map's controls in the corners.
                "latitude": 44.4 + (index % 5) * 0.8,
                "longitude": 0.8 + (index // 5) * 2.4 + (index % 5) * 0.3,
                "temperature": "hot" if index % 2 else "cold",
            }
        )
        services.agenda.add_follow_up(prospect_id, FIXED_NOW + timedelta(days=index), payload)
    rows = {row.id: row for row in services.prospects.map_rows()}
    assert len(rows) == len(PAYLOADS)
    assert sum("<" in row.company for row in rows.values()) >= 6
    return rows


@pytest.fixture
def panel(qtbot: QtBot, services: Services) -> Iterator[MapPanel]:
    shown = MapPanel(services, None)
    shown.resize(1000, 720)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.view.is_ready, timeout=30_000)
    yield shown
    close_map(qtbot, shown.view)  # asserts the page logged no error
    shown.close()
    shown.deleteLater()


def load(qtbot: QtBot, panel: MapPanel, count: int) -> None:
    painted = Recorder(panel.view.points_painted)
    panel.load_all()
    qtbot.waitUntil(lambda: bool(painted.calls), timeout=30_000)
    panel.view.set_view(46.0, 2.6, 6)
    qtbot.waitUntil(lambda: state(qtbot, panel.view)["zoom"] == 6)
    assert state(qtbot, panel.view)["count"] == count


def close_popup(qtbot: QtBot, view: MapView) -> None:
    """Click the sea: Leaflet closes the popup (it would cover the next marker)."""
    click(qtbot, view, pixel_at(qtbot, view, 45.5, -6.5))
    qtbot.waitUntil(lambda: evaluate(qtbot, view, "moov.popupText()") is None)


def test_hostile_prospects_show_as_text_on_hover_and_click(
    qtbot: QtBot, panel: MapPanel, hostile: dict[str, MapRow]
) -> None:
    view = panel.view
    load(qtbot, panel, len(hostile))
    scripts = page_scripts(qtbot, view)
    for prospect_id, row in hostile.items():
        hover_then_click(qtbot, view, prospect_id, row.company)  # the tooltip shows the literal
        popup = f"document.querySelector('.moov-popup[data-id={json.dumps(prospect_id)}]')"
        contact = f"(function (n) {{ return n ? n.textContent : ''; }})({popup} && "
        contact += f"{popup}.querySelector('.moov-popup-contact'))"
        wait_for(qtbot, view, contact, row.contact)
        title = evaluate(qtbot, view, f"{popup}.querySelector('.moov-popup-title').textContent")
        assert title == row.company  # the literal markup, as text
        phone = f"{popup}.querySelector('.moov-popup-phone a').getAttribute('href')"
        assert evaluate(qtbot, view, phone) == f"tel:{row.phone}"
        assert_nothing_ran(qtbot, view, scripts)
        close_popup(qtbot, view)


def test_edited_names_sent_one_by_one_stay_text(
    qtbot: QtBot, panel: MapPanel, services: Services, hostile: dict[str, MapRow]
) -> None:
    """A name changed after loading goes through `runJavaScript` (update_point), not the JSON
    the page fetches: it must not break out of the script either."""
    view = panel.view
    load(qtbot, panel, len(hostile))
    scripts = page_scripts(qtbot, view)
    prospect_id = next(iter(hostile))
    where = pixel_of(qtbot, view, prospect_id)
    for payload in PAYLOADS:
        services.prospects.update(prospect_id, {"company": f"Édité {payload}"})
        label = services.prospects.map_rows([prospect_id])[0].company
        panel.refresh([prospect_id])
        hover_until(qtbot, view, where + AWAY, lambda: tooltip_text(qtbot, view) is None)
        hover_until(qtbot, view, where, lambda label=label: tooltip_text(qtbot, view) == label)
        assert_nothing_ran(qtbot, view, scripts)
    # Ids are data too: hostile ones are looked up, never run.
    for payload in PAYLOADS:
        view.highlight(payload)
        view.run_js(call_script("removePoint", payload))
        view.run_js(call_script("showDetails", payload, {"contact": payload}))
    qtbot.waitUntil(lambda: state(qtbot, view)["highlight"] is None)
    assert state(qtbot, view)["count"] == len(hostile)
    assert_nothing_ran(qtbot, view, scripts)


def test_hostile_phone_and_follow_up_in_the_popup(qtbot: QtBot) -> None:
    """Values the services would never store (a phone that is a script URL, markup as the
    follow-up wording) are still only text and a tel: link."""
    view = open_map(qtbot)
    try:
        point = MapPoint("evil", 46.0, 3.0, "hot", False, PAYLOADS[0], PAYLOADS[3],
                         "javascript:window.__pwned=1", PAYLOADS[1])  # fmt: skip
        Recorder(view.points_painted).wait(qtbot, lambda: view.set_points([point]))
        scripts = page_scripts(qtbot, view)
        hover_then_click(qtbot, view, "evil", PAYLOADS[0])
        link = "document.querySelector('.moov-popup-phone a')"
        qtbot.waitUntil(lambda: evaluate(qtbot, view, f"!!{link}") is True)
        href = evaluate(qtbot, view, f"{link}.getAttribute('href')")
        assert href == "tel:javascript:window.__pwned=1"  # a tel: link, whatever follows
        text = evaluate(qtbot, view, "moov.popupText()")
        assert PAYLOADS[3] in text and PAYLOADS[1] in text
        dialled = Recorder(view.phone_link_clicked)
        dialled.wait(qtbot, lambda: view.run_js(f"{link}.click()"))
        assert dialled.calls == [("javascript:window.__pwned=1",)]
        assert_nothing_ran(qtbot, view, scripts)
    finally:
        close_map(qtbot, view)


@pytest.mark.skipif(not hasattr(MapView, "set_tour"), reason="no tour layer on the map")
def test_hostile_names_in_a_tour_stay_text(qtbot: QtBot) -> None:
    view = open_map(qtbot)
    try:
        home = {"lat": 45.76, "lon": 4.84, "tip": PAYLOADS[3]}
        stops = [
            {"id": f"s{i}", "number": i + 1, "lat": 45.5 + i * 0.1, "lon": 4.5 + i * 0.15,
             "tip": payload, "status": "planned", "late": False}
            for i, payload in enumerate(PAYLOADS)
        ]  # fmt: skip
        message = {"days": [{"colour": "#1c7ed6", "start": home, "end": home, "stops": stops}]}
        view.set_tour(message, fit=True)
        qtbot.waitUntil(lambda: evaluate(qtbot, view, "moov.tourState()")["markers"] == 10)
        scripts = page_scripts(qtbot, view)
        view.run_js(
            "document.querySelectorAll('.moov-stop, .moov-tour-place').forEach(function (n) {"
            " n.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); })"
        )
        tips = "Array.from(document.querySelectorAll('.moov-tooltip')).map(n => n.textContent)"
        qtbot.waitUntil(lambda: set(PAYLOADS) <= set(evaluate(qtbot, view, tips)))
        assert_nothing_ran(qtbot, view, scripts)
    finally:
        close_map(qtbot, view)
