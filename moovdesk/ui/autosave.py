"""Edits that save themselves: when the rep leaves a field, presses Enter, or pauses typing in a
free-text field. A refused value stays in the field, outlined, with the reason beside it;
nothing is saved until it is fixed.

A value the base could not take (disk full, read-only, busy: StoreWriteError) is not the rep's
mistake: it stays in the field, outlined, with the reason, survives re-reads of the record, and
is saved again by itself (after RETRY_FIRST_MS, then less and less often) until it is saved,
or until the rep's window discards it on purpose (see `unsaved` and `discard_unsaved`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from moovdesk.data.errors import StoreError, StoreWriteError, ValidationError
from moovdesk.ui.labels import field_label

TYPING_PAUSE_MS = 800
RETRY_FIRST_MS = 5_000
RETRY_MAX_MS = 60_000
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
        # Fields whose text the base could not take (name -> why); see the module's note.
        self._unsaved: dict[str, str] = {}
        self._record = ""
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._retry_unsaved)
        self._retry_delay = RETRY_FIRST_MS

    def bind_line(self, name: str, widget: QLineEdit, *, save_while_typing: bool) -> None:
        self._line_edits[name] = widget
        widget.editingFinished.connect(lambda: self.save(name))
        if save_while_typing:
            widget.textEdited.connect(lambda _text: self._timer(name).start())

    def bind_text(self, name: str, widget: QPlainTextEdit) -> None:
        self._text_edits[name] = widget
        widget.textChanged.connect(lambda: self._on_text_changed(name))
        widget.installEventFilter(self)

    def load(self, values: dict[str, str], record: str = "") -> None:
        """Show stored values; a field being typed in keeps the rep's text if it only differs
        by what saving normalises away.

        `record` names what is shown (a prospect's id): on the same record, text the base could
        not take yet stays in its field; showing another record drops it (the window asks the
        rep first, see `unsaved`)."""
        if record != self._record:
            self._record = record
            self.discard_unsaved()
        for name, value in values.items():
            self._saved[name] = value
            widget = self._widget(name)
            if name in self._unsaved:
                if widget is not None and self.text_of(name).strip() != value.strip():
                    continue  # still to be saved: the rep's text stays, outlined
                del self._unsaved[name]
            self._mark_valid(name)
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
        if self._unsaved:
            self._error_label.setText(next(iter(self._unsaved.values())))
            self._error_label.show()
        else:
            self._error_label.clear()
            self._error_label.hide()

    def unsaved(self) -> dict[str, str]:
        """Fields whose text is not saved yet because the base refused the write: name -> why."""
        return dict(self._unsaved)

    def discard_unsaved(self) -> None:
        """Forget the unsaved texts (the rep chose to, or another record is shown)."""
        self._unsaved.clear()
        self._retry.stop()
        self._retry_delay = RETRY_FIRST_MS

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
        except StoreWriteError as error:
            message = f"{error} {_tr('Your text is kept here and saved as soon as possible.')}"
            self._unsaved[name] = message
            self._mark_invalid(name, message)
            self._schedule_retry()
            return
        except StoreError as error:
            self._mark_invalid(name, str(error))
            return
        self._unsaved.pop(name, None)
        # Saving may have re-shown the stored value (a phone in national format): remember that.
        self._saved[name] = self.text_of(name)
        self._mark_valid(name)
        if not self._unsaved:
            self._retry.stop()
            self._retry_delay = RETRY_FIRST_MS

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

    def _schedule_retry(self) -> None:
        if not self._retry.isActive():
            self._retry.start(self._retry_delay)
            self._retry_delay = min(self._retry_delay * 2, RETRY_MAX_MS)

    def _retry_unsaved(self) -> None:
        if not self.enabled:
            self._schedule_retry()
            return
        for name in list(self._unsaved):
            self.save(name)

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


def settle_unsaved(
    parent: QWidget,
    groups: Sequence[AutosaveGroup],
    flush: Callable[[], None],
    *,
    can_cancel: bool,
) -> bool:
    """Before what is typed leaves the screen (another record shown, the window closing): when
    the base could not take some of it, ask the rep to try again (`flush`) or to discard it,
    or, if `can_cancel`, to stay. True once nothing is left unsaved; never drops it unasked."""
    while True:
        unsaved = {name: why for group in groups for name, why in group.unsaved().items()}
        if not unsaved:
            return True
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Not saved"))
        fields = ", ".join(field_label(name) for name in unsaved)
        box.setText(
            _tr("What you typed in %1 is not saved yet.").replace("%1", fields)
            + "\n\n"
            + next(iter(unsaved.values()))
        )
        retry = box.addButton(_tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_tr("Discard what I typed"), QMessageBox.ButtonRole.DestructiveRole)
        if can_cancel:
            box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(retry)
        box.exec()
        clicked = box.clickedButton()
        if clicked is discard:
            for group in groups:
                group.discard_unsaved()
            return True
        if clicked is not retry and can_cancel:
            return False
        flush()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Autosave", text)
