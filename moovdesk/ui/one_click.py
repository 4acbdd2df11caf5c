"""One-click changes (a qualification checkbox, the hot/cold toggle, the stage) save at once.
When the base refuses the write (disk full, read-only, busy in another program), the control
goes back to what is saved before the refusal is reported: the screen never shows as saved a
state that is not."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QWidget

from moovdesk.data.errors import StoreError


@contextmanager
def shown_as_saved_if_refused(widget: QWidget, show_saved: Callable[[], None]) -> Iterator[None]:
    """Run a one-click save; if the base refuses it, call `show_saved` (with the widget's
    signals blocked, so that putting it back saves nothing) and let the error go on to be
    reported."""
    try:
        yield
    except StoreError:
        was_blocked = widget.blockSignals(True)
        try:
            show_saved()
        finally:
            widget.blockSignals(was_blocked)
        raise
