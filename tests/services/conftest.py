from __future__ import annotations

import pytest

from moovdesk.data.store import Store
from moovdesk.paths import Home
from moovdesk.services import Services
from tests.conftest import FIXED_NOW


@pytest.fixture
def services(home: Home, store: Store) -> Services:
    return Services.on_store(home, store, clock=lambda: FIXED_NOW)
