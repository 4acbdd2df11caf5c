"""A one-click change the base refuses (here: another program holds its write lock past
SQLite's busy timeout) goes back on screen to what is saved, the rep is told why, and nothing
is written; once the other program lets go, the same click saves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from moovdesk.data.errors import StoreWriteError
from moovdesk.data.vocabulary import Stage, Temperature
from moovdesk.paths import Home
from moovdesk.services import Services
from moovdesk.ui.main_window import MainWindow
from tests.faults.helpers import make_base
from tests.faults.test_locked import ForeignWriter


@pytest.fixture
def ids(home: Home) -> dict[str, str]:
    return make_base(home, ["Garage Martin"])


def refused(qtbot: QtBot, click: object) -> list[BaseException]:
    """Click while another program holds the base; the refusals the click raised."""
    with qtbot.captureExceptions() as caught:
        click()  # type: ignore[operator]
    return [error for _kind, error, _trace in caught]


def test_refused_clicks_show_what_is_saved(
    qtbot: QtBot, window: MainWindow, services: Services, home: Home, ids: dict[str, str]
) -> None:
    garage = ids["Garage Martin"]
    assert window.table.select_prospect(garage)
    header, form = window.detail.header, window.detail.form
    need = form.criteria["need"]
    assert not need.isChecked() and not header.temperature.isChecked()

    holder = ForeignWriter(home.database)
    try:
        errors = refused(qtbot, need.click)
        errors += refused(qtbot, header.temperature.click)
        # The stage chosen with the keyboard (End: the last one, client), as a rep may.
        errors += refused(qtbot, lambda: qtbot.keyClick(header.stage, Qt.Key.Key_End))
    finally:
        holder.release("rollback")
    assert len(errors) == 3 and all(isinstance(e, StoreWriteError) for e in errors)
    assert "busy in another program" in str(errors[0])
    # Back to what is saved, on screen and in the base.
    assert not need.isChecked() and not header.temperature.isChecked()
    assert header.stage.currentData() == Stage.SUSPECT
    row = services.prospects.get(garage).row
    assert (row.need, row.temperature, row.stage) == (False, Temperature.COLD, Stage.SUSPECT)

    need.click()  # the other program is gone: the same clicks save
    header.temperature.click()
    qtbot.keyClick(header.stage, Qt.Key.Key_End)
    row = services.prospects.get(garage).row
    assert (row.need, row.temperature, row.stage) == (True, Temperature.HOT, Stage.CLIENT)
    assert need.isChecked() and header.temperature.isChecked()
    assert header.stage.currentData() == Stage.CLIENT
