"""Environment Qt and QtWebEngine need before the QApplication exists."""

from __future__ import annotations

import os
import sys


def prepare_qt_environment() -> None:
    """Chromium refuses to run as root without --no-sandbox; ordinary users keep the sandbox."""
    running_as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if running_as_root:
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --no-sandbox".strip()
    if sys.platform.startswith("linux") and not os.environ.get("LANG"):
        os.environ["LANG"] = "C.UTF-8"


def display_missing() -> bool:
    """True on Linux with no X11/Wayland display and no platform chosen: Qt would abort with a
    misleading message about xcb plugins."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )
