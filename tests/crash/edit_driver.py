"""Drives the real Moovdesk window for test_kill_edit.py: one edit made as the rep makes it, then
`ACK <prospect id> <value>` on stdout as soon as the window shows it saved. The event loop then
keeps running, as the application would, until the test kills the process.

    python edit_driver.py HOME PROSPECT_ID SCENARIO VALUE

SCENARIO is one of:
  company      VALUE is typed into the Details tab's company field, no Enter: it saves after the
               typing pause; acknowledged once the detail title and the table row show it.
  temperature  the detail header's hot/cold button is clicked; VALUE ("hot" or "cold") is what
               it becomes; acknowledged once the button and the table row show it.
  follow_up    a follow-up for tomorrow with note VALUE is added in the Follow-up tab;
               acknowledged once the tab lists it and the table row shows a next follow-up.

A problem is one line `FAIL <reason>` on stdout and exit status 2.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from moovdesk.data.vocabulary import Temperature
from moovdesk.ui.app import main
from moovdesk.ui.labels import temperature_label
from moovdesk.ui.main_window import MainWindow
from moovdesk.ui.map_scheme import register_map_scheme
from moovdesk.ui.prospect_columns import COLUMN_INDEX
from moovdesk.ui.qt_environment import prepare_qt_environment

POLL_MS = 20
GIVE_UP_AFTER_S = 150.0  # the test gives up earlier; this only ends a forgotten process
ACTIVATION_WAIT_S = 5.0  # an offscreen window that never becomes active is driven anyway


class Driver:
    def __init__(self, prospect_id: str, scenario: str, value: str) -> None:
        self.prospect_id = prospect_id
        self.scenario = scenario
        self.value = value
        self.started = time.monotonic()
        self.window: MainWindow | None = None
        self.shown_at = 0.0
        self.step: Callable[[MainWindow], bool] = self.wait_for_window
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        try:
            if time.monotonic() - self.started > GIVE_UP_AFTER_S:
                raise DriverError(f"no acknowledgement after {GIVE_UP_AFTER_S:.0f} s")
            self.window = self.window or main_window()
            if self.window is None or not self.step(self.window):
                return
        except Exception as error:  # reported in the one line the test reads
            self.timer.stop()
            print(f"FAIL {error!r}", flush=True)
            QApplication.exit(2)
            return
        # Acknowledged on screen: say so at once; the event loop keeps running.
        self.timer.stop()
        print(f"ACK {self.prospect_id} {self.value}", flush=True)

    # Steps: each returns True once the whole scenario is acknowledged ----------------

    def wait_for_window(self, window: MainWindow) -> bool:
        if not window.isVisible() or window.table_model.row_of(self.prospect_id) is None:
            return False
        if not self.shown_at:
            self.shown_at = time.monotonic()
            window.activateWindow()
        active = QApplication.activeWindow() is window
        if not active and time.monotonic() - self.shown_at < ACTIVATION_WAIT_S:
            return False
        if not window.table.select_prospect(self.prospect_id):
            raise DriverError("the prospect is not in the table")
        if window.detail.prospect_id != self.prospect_id:
            raise DriverError("selecting the row did not show the prospect")
        edit, shown = SCENARIOS[self.scenario]
        edit(self, window)
        self.step = lambda w: shown(self, w)
        return False

    def edit_company(self, window: MainWindow) -> None:
        company = window.detail.form.edits["company"]
        company.setFocus()
        company.selectAll()
        QTest.keyClicks(company, self.value)  # no Enter: the typing pause saves it

    def company_shown(self, window: MainWindow) -> bool:
        return (
            window.detail.header.title.text() == self.value
            and self.cell(window, "company") == self.value
        )

    def edit_temperature(self, window: MainWindow) -> None:
        QTest.mouseClick(window.detail.header.temperature, Qt.MouseButton.LeftButton)

    def temperature_shown(self, window: MainWindow) -> bool:
        wanted = Temperature(self.value)
        button = window.detail.header.temperature
        label = temperature_label(wanted)
        return (
            button.isChecked() == (wanted is Temperature.HOT)
            and button.text() == label
            and self.cell(window, "temperature") == label
        )

    def edit_follow_up(self, window: MainWindow) -> None:
        tab = window.detail.follow_ups
        tabs = window.detail.tabs
        pages = [tabs.widget(i) for i in range(tabs.count())]
        [page] = [i for i, w in enumerate(pages) if w is not None and w.isAncestorOf(tab)]
        tabs.setCurrentIndex(page)
        tomorrow = tab.findChild(QToolButton, "preset_tomorrow")
        assert isinstance(tomorrow, QToolButton), "no 'tomorrow' preset"
        QTest.mouseClick(tomorrow, Qt.MouseButton.LeftButton)
        tab.note.setFocus()
        QTest.keyClicks(tab.note, self.value)
        QTest.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)

    def follow_up_shown(self, window: MainWindow) -> bool:
        listed = window.detail.follow_ups.follow_ups
        items = (listed.topLevelItem(i) for i in range(listed.topLevelItemCount()))
        notes = [item.text(1) for item in items if item is not None]
        return self.value in notes and self.cell(window, "next_follow_up") != ""

    # Helpers -------------------------------------------------------------------------

    def cell(self, window: MainWindow, column: str) -> str:
        row = window.table_model.row_of(self.prospect_id)
        if row is None:
            return ""
        return str(window.table_model.index(row, COLUMN_INDEX[column]).data() or "")


class DriverError(Exception):
    """The scenario could not be played."""


SCENARIOS: dict[
    str, tuple[Callable[[Driver, MainWindow], None], Callable[[Driver, MainWindow], bool]]
] = {
    "company": (Driver.edit_company, Driver.company_shown),
    "temperature": (Driver.edit_temperature, Driver.temperature_shown),
    "follow_up": (Driver.edit_follow_up, Driver.follow_up_shown),
}


def main_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            return widget
    return None


def run(home: str, prospect_id: str, scenario: str, value: str) -> int:
    # What moovdesk.ui.app.main does before the application exists, done here because the
    # driver's timer needs the application first.
    if scenario not in SCENARIOS:
        sys.exit(f"unknown scenario {scenario!r}; one of {', '.join(SCENARIOS)}")
    prepare_qt_environment()
    register_map_scheme()
    QGuiApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(sys.argv[:1])  # main() takes this one; it must outlive main()
    driver = Driver(prospect_id, scenario, value)
    driver.timer.start()
    status = main(["--home", home])
    del app
    return status


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(run(*sys.argv[1:]))
