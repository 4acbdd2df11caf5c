"""Settings: stored under the home, checked, and applied to the running window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moovdesk.paths import Home
from moovdesk.preferences import Preferences, from_mapping
from moovdesk.services import Services
from moovdesk.ui.main_window import MainWindow
from moovdesk.ui.settings_dialog import SettingsDialog
from moovdesk.ui.settings_store import load_preferences, open_settings, save_preferences


def test_preferences_are_checked() -> None:
    odd = from_mapping(
        {
            "country": "belgique",
            "tile_url": "http://no-placeholders",
            "tile_cache_mb": "2",
            "not_contacted_days": "0",
            "notifications": "false",
            "language": "klingon",
        }
    )
    assert odd.country == "BE"
    assert "{z}" in odd.tile_url
    assert (odd.tile_cache_mb, odd.not_contacted_days) == (16, 1)
    assert odd.notifications is False and odd.language == ""


def test_preferences_round_trip_under_the_home(home: Home) -> None:
    wanted = Preferences(country="CH", language="fr", not_contacted_days=45, backups_kept=12)
    save_preferences(open_settings(home), wanted)
    assert load_preferences(open_settings(home)) == wanted.checked()
    assert home.settings_file.is_file()


def test_the_dialog_applies_to_the_window(qtbot: QtBot, services: Services, home: Home) -> None:
    window = MainWindow(services, open_settings(home))
    qtbot.addWidget(window)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(50, choose)
            return
        dialog.country.setCurrentIndex(dialog.country.findData("BE"))
        dialog.days.setValue(60)
        dialog.notifications.setChecked(False)
        dialog.accept()

    QTimer.singleShot(50, choose)
    window.edit_preferences()
    assert window.preferences.country == "BE"
    assert window.filter_bar.days.value() == 60
    assert window.notifier.enabled is False
    pid = services.prospects.create({"company": "Brussels", "phone": "02 555 12 34"})
    assert services.prospects.get(pid).row.phone == "+3225551234"  # a Belgian number now
    assert load_preferences(open_settings(home)).country == "BE"
    window.watcher.timer.stop()
