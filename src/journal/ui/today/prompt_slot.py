"""The space above the check-in for a writing prompt. The prompt library fills it with a real card later.

A card factory is `(journal, parent) -> QWidget`; if the card has `set_date(date)`, Today calls
it whenever the day shown changes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class PromptPlaceholder(QFrame):
    """One fixed, gentle line until prompts arrive."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(
            self.tr(
                "If you want to, write about whatever is closest to you today. A word or nothing at all is fine too."
            )
        )
        self.label.setWordWrap(True)
        self.label.setAccessibleDescription(self.tr("A gentle prompt"))  # read by its text
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)

    def set_date(self, date: dt.date) -> None:
        """The placeholder says the same thing every day."""
