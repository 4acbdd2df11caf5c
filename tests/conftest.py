"""Shared fixtures: every test gets its own home folder and a real SQLite file in it."""

from __future__ import annotations

import os
from pathlib import Path

# Before anything imports Qt: draw offscreen on a laptop-sized screen (the plugin's default is
# 800x600, smaller than the window), and let Chromium run as root in CI containers.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu --log-level=3")
os.environ.setdefault("LANG", "C.UTF-8")
os.environ.pop("MOOVDESK_HOME", None)

from collections.abc import Iterator
from datetime import datetime

import pytest

from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService
from moovdesk.ui.map_scheme import register_map_scheme

# The map's URL scheme must be declared to Chromium before the QApplication exists.
register_map_scheme()

# A fixed "now" (a Wednesday, 10:30 in Paris) so date filters are testable.
FIXED_NOW = datetime.fromisoformat("2027-03-10T10:30:00+01:00")


@pytest.fixture
def home(tmp_path: Path) -> Home:
    return Home(tmp_path / "home").ensure()


@pytest.fixture
def store(home: Home) -> Iterator[Store]:
    opened = Store.open(home.database, backups_dir=home.backups, lock_path=home.lock_file)
    yield opened
    opened.close()


@pytest.fixture
def service(store: Store) -> ProspectService:
    return ProspectService(store, clock=lambda: FIXED_NOW)
