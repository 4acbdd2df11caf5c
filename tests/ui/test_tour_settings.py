"""The tour settings in Edit > Settings: shown, edited, checked and stored."""

from __future__ import annotations

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from moovdesk.paths import Home
from moovdesk.preferences import Preferences
from moovdesk.ui.settings_dialog import SettingsDialog
from moovdesk.ui.settings_store import load_preferences, open_settings, save_preferences


def test_tour_settings_round_trip(qtbot: QtBot, home: Home) -> None:
    start = Preferences(tour_visit_minutes=45, tour_day_start="07:45", detour_factor=1.4)
    dialog = SettingsDialog(start)
    qtbot.addWidget(dialog)
    assert dialog.visit_minutes.value() == 45
    assert dialog.day_start.time() == QTime(7, 45)
    assert dialog.day_end.time() == QTime(18, 0)
    assert abs(dialog.detour.value() - 1.4) < 1e-9
    assert dialog.speed.value() == 60 and dialog.routing_url.text() == ""

    dialog.visit_minutes.setValue(20)
    dialog.day_end.setTime(QTime(19, 30))
    dialog.speed.setValue(50)
    dialog.routing_url.setText("  http://localhost:5000  ")
    chosen = dialog.preferences()
    assert (chosen.tour_visit_minutes, chosen.tour_day_start, chosen.tour_day_end) == (
        20,
        "07:45",
        "19:30",
    )
    assert (chosen.detour_factor, chosen.average_speed_kmh) == (1.4, 50)
    assert chosen.routing_url == "http://localhost:5000"

    save_preferences(open_settings(home), chosen)
    assert load_preferences(open_settings(home)) == chosen


def test_a_day_ending_before_it_starts_is_put_back(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.day_start.setTime(QTime(17, 0))
    dialog.day_end.setTime(QTime(9, 0))
    dialog.routing_url.setText("localhost:5000")  # not a web address: estimates only
    chosen = dialog.preferences()
    assert (chosen.tour_day_start, chosen.tour_day_end) == ("08:30", "18:00")
    assert chosen.routing_url == ""
