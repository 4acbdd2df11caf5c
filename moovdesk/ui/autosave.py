"""Edits that save themselves: when the rep leaves a field, presses Enter, or pauses typing in a
free-text field. A refused value stays in the field, outlined, with the reason beside it;
nothing is saved until it is fixed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from moovdesk.data.errors import StoreError, ValidationError

TYPING_PAUSE_MS = 800
INVALID_STYLE = "border: 1px solid #c62828; background: #fff3f3;"

SaveFunction = Callable[[str, Any], None]


class AutosaveGroup(QObject):
    """Binds text widgets to field names and saves them through one function."""

    def __init__(self, save: SaveFunction, error_label: QLabel, parent: QObject | None = None):
        super().__init__(parent)
        self._save = save
        self._error_label = error_label
        self._line_edits: dict[str, QLineEdit] = {}
        self._text_edits: dict[str, QPlainTextEdit] = {}
        self._saved: dict[str, str] = {}
        self._timers: dict[str, QTimer] = {}
        self.enabled = True

    def bind_line(self, name: str, widget: QLineEdit, *, save_while_typing: bool) -> None:
        self._line_edits[name] = widget
        widget.editingFinished.connect(lambda: self.save(name))
        if save_while_typing:
            widget.textEdited.connect(lambda _text: self._timer(name).start())

    def bind_text(self, name: str, widget: QPlainTextEdit) -> None:
        self._text_edits[name] = widget
        widget.textChanged.connect(lambda: self._on_text_changed(name))
        widget.installEventFilter(self)

    def load(self, values: dict[str, str]) -> None:
        """Show stored values; a field being typed in keeps the rep's text if it only differs
        by what saving normalises away."""
        for name, value in values.items():
            self._saved[name] = value
            self._mark_valid(name)
            widget = self._widget(name)
            if widget is None:
                continue
            current = self.text_of(name)
            if widget.hasFocus() and current.strip() == value.strip():
                continue
            widget.blockSignals(True)
            if isinstance(widget, QLineEdit):
                widget.setText(value)
                widget.setCursorPosition(0)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            widget.blockSignals(False)
        self._error_label.clear()
        self._error_label.hide()

    def text_of(self, name: str) -> str:
        widget = self._widget(name)
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return ""

    def save(self, name: str) -> None:
        """Save one field now if it changed; shows the reason when the value is refused."""
        timer = self._timers.get(name)
        if timer is not None:
            timer.stop()
        if not self.enabled or self._widget(name) is None:
            return
        text = self.text_of(name)
        if text.strip() == self._saved.get(name, "").strip() and name not in self._invalid():
            return
        try:
            self._save(name, text)
        except ValidationError as error:
            self._mark_invalid(name, str(error))
            return
        except StoreError as error:
            self._mark_invalid(name, str(error))
            return
        # Saving may have re-shown the stored value (a phone in national format): remember that.
        self._saved[name] = self.text_of(name)
        self._mark_valid(name)

    def flush(self) -> None:
        """Save every pending edit (before showing another prospect, or quitting)."""
        for name in list(self._line_edits) + list(self._text_edits):
            timer = self._timers.get(name)
            pending = timer is not None and timer.isActive()
            if pending or self.text_of(name).strip() != self._saved.get(name, "").strip():
                self.save(name)

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusOut:
            for name, widget in self._text_edits.items():
                if widget is watched:
                    self.save(name)
        return False

    # Internals -------------------------------------------------------------------------

    def _on_text_changed(self, name: str) -> None:
        self._timer(name).start()

    def _timer(self, name: str) -> QTimer:
        if name not in self._timers:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(TYPING_PAUSE_MS)
            timer.timeout.connect(lambda: self.save(name))
            self._timers[name] = timer
        return self._timers[name]

    def _widget(self, name: str) -> QWidget | None:
        widget = self._line_edits.get(name) or self._text_edits.get(name)
        # During window teardown Qt may emit editingFinished for widgets already destroyed.
        return widget if widget is not None and shiboken6.isValid(widget) else None

    def _invalid(self) -> set[str]:
        return {
            name
            for name in (*self._line_edits, *self._text_edits)
            if (w := self._widget(name)) is not None and w.property("invalid")
        }

    def _mark_invalid(self, name: str, message: str) -> None:
        widget = self._widget(name)
        if widget is not None:
            widget.setProperty("invalid", True)
            widget.setStyleSheet(INVALID_STYLE)
            widget.setToolTip(message)
        self._error_label.setText(message)
        self._error_label.show()

    def _mark_valid(self, name: str) -> None:
        widget = self._widget(name)
        if widget is not None and widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")
            widget.setToolTip("")
        if not self._invalid():
            self._error_label.hide()
