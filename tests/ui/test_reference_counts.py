"""A guard against a PySide6 defect: 6.12.0 on Python 3.11 drops a reference to None (or True)
on every call of a method returning nothing and on every signal emission, so a long session
aborts with "deallocating None". The calls the window makes most must leave None's and the
booleans' reference counts where they were."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidgetItem, QPushButton, QTreeWidgetItem
from pytestqt.qtbot import QtBot

CALLS = 2000


class _Emitter(QObject):
    changed = Signal(int)


def _counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


@pytest.mark.parametrize(
    "name",
    ["setText", "setEnabled", "tree_setData", "list_setData", "emit", "setToolTip"],
)
def test_frequent_calls_keep_reference_counts(qtbot: QtBot, name: str) -> None:
    label = QLabel()
    button = QPushButton()
    tree_item = QTreeWidgetItem(["x"])
    list_item = QListWidgetItem("x")
    emitter = _Emitter()
    emitter.changed.connect(lambda _n: None)
    calls: dict[str, Callable[[], object]] = {
        "setText": lambda: label.setText("x"),
        "setEnabled": lambda: button.setEnabled(True),
        "tree_setData": lambda: tree_item.setData(0, Qt.ItemDataRole.UserRole, "x"),
        "list_setData": lambda: list_item.setData(Qt.ItemDataRole.UserRole, "x"),
        "emit": lambda: emitter.changed.emit(1),
        "setToolTip": lambda: label.setToolTip(""),
    }
    call = calls[name]
    call()
    gc.collect()
    before = _counts()
    for _ in range(CALLS):
        call()
    after = _counts()
    # A sound binding leaves them unchanged (or grows them a little); the defect drops CALLS.
    assert all(a > b - CALLS // 2 for a, b in zip(after, before, strict=True)), (before, after)
