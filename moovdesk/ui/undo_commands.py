"""Undoable changes. Each command is created after its change succeeded (the first redo does
nothing) and its undo calls the same services with the values from before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

# Consecutive edits of the same field of the same prospect merge into one undo step.
MERGE_FIELD_EDIT = 1001


class AppliedCommand(QUndoCommand):
    """A change already made: redo() replays it only after an undo."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # the push: the change is already in the database
            return
        self._do()

    def undo(self) -> None:
        self._undo()


class FieldEditCommand(QUndoCommand):
    """An edit of some fields of one prospect; edits made while typing merge with the next
    typing edit of the same fields."""

    def __init__(
        self,
        text: str,
        prospect_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
        apply: Callable[[str, dict[str, Any]], None],
        *,
        mergeable: bool = False,
    ) -> None:
        super().__init__(text)
        self.mergeable = mergeable
        self.prospect_id = prospect_id
        self.before = before
        self.after = after
        self._apply = apply
        self._applied = True

    def id(self) -> int:
        return MERGE_FIELD_EDIT if self.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEditCommand) or not other.mergeable:
            return False
        if other.prospect_id != self.prospect_id or set(other.after) != set(self.after):
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._apply(self.prospect_id, self.after)

    def undo(self) -> None:
        self._apply(self.prospect_id, self.before)
