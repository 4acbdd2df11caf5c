"""Run start-up work once the window has been painted, not before: the rep sees the table at
once, and what can wait (the agenda, the map's points, the background checks) fills in after."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window started minimised or hidden is never painted: the work then runs after this delay.
FALLBACK_MS = 1_500


class AfterFirstPaint(QObject):
    """Calls `then` once, on the event loop's next turn after `widget` is first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then = then
        self._done = False
        widget.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self._then()
