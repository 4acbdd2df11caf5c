"""Fixtures for window tests: real services on a temporary home, real widgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from moovdesk.paths import Home
from moovdesk.services import Services


@pytest.fixture
def services(home: Home) -> Iterator[Services]:
    opened = Services.open(home)
    yield opened
    opened.close()
