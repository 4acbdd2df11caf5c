"""Fixtures of the fault tests: an unprivileged runner and a folder it can reach."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from moovdesk.paths import Home
from moovdesk.services import Services
from tests.faults.helpers import Unprivileged, find_unprivileged, remove_tree


@pytest.fixture(scope="session")
def unprivileged() -> Unprivileged:
    """Runs processes that file permissions bind (skips, saying why, when none can be run)."""
    runner, reason = find_unprivileged()
    if runner is None:
        pytest.skip(reason)
    return runner


@pytest.fixture
def shared_tmp(unprivileged: Unprivileged) -> Iterator[Path]:
    """A temporary folder the unprivileged user can reach and owns (pytest's is private)."""
    folder = Path(tempfile.mkdtemp(prefix="moovdesk-faults-"))
    folder.chmod(0o755)
    unprivileged.own(folder)
    try:
        yield folder
    finally:
        remove_tree(folder)


@pytest.fixture
def services(home: Home, ids: dict[str, str]) -> Iterator[Services]:
    """The window's services, on the base that the test module's `ids` fixture made."""
    opened = Services.open(home)
    yield opened
    opened.close()
