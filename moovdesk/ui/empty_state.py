"""What the table area shows when there is nothing to list, with the way out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """What the table area shows when there is nothing to list, with the way out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.message.setFont(font)
        self.new_prospect = QPushButton(self.tr("New prospect"), self)
        self.clear_filters = QPushButton(self.tr("Clear filters"), self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        for button in (self.new_prospect, self.clear_filters):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def explain(self, *, total: int, trashed: bool) -> None:
        if trashed and total == 0:
            text = self.tr("The trash is empty.")
        elif total == 0:
            text = self.tr(
                "No prospects yet.\nPress Ctrl+N to add your first one, or try "
                "“moovdesk-cli demo” on an empty base to see Moovdesk with sample data."
            )
        else:
            text = self.tr("No prospect matches these filters.")
        self.message.setText(text)
        self.new_prospect.setVisible(total == 0 and not trashed)
        self.clear_filters.setVisible(total > 0)
