"""The window's settings file (QSettings, INI format) under the home, not in the registry."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QSettings

from moovdesk.paths import Home
from moovdesk.preferences import Preferences, from_mapping, to_mapping

GROUP = "preferences"


def open_settings(home: Home) -> QSettings:
    return QSettings(str(home.settings_file), QSettings.Format.IniFormat)


def load_preferences(settings: QSettings) -> Preferences:
    settings.beginGroup(GROUP)
    try:
        values = {f.name: settings.value(f.name) for f in fields(Preferences)}
    finally:
        settings.endGroup()
    return from_mapping({k: v for k, v in values.items() if v is not None})


def save_preferences(settings: QSettings, preferences: Preferences) -> None:
    settings.beginGroup(GROUP)
    try:
        for name, value in to_mapping(preferences).items():
            settings.setValue(name, value)
    finally:
        settings.endGroup()
    settings.sync()
