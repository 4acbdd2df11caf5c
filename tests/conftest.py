"""Shared fixtures: every test gets its own home folder and a real SQLite file in it."""

from __future__ import annotations

import os

# Before anything imports Qt: draw offscreen, and let Chromium run as root in CI containers.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu --log-level=3")
os.environ.setdefault("LANG", "C.UTF-8")
os.environ.pop("MOOVDESK_HOME", None)

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.prospects import ProspectService

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
