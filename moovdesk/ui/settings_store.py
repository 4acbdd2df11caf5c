"""The window's settings file (QSettings, INI format) under the home, not in the registry."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from moovdesk.paths import Home


def open_settings(home: Home) -> QSettings:
    return QSettings(str(home.settings_file), QSettings.Format.IniFormat)
