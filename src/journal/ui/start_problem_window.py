"""Shown instead of a traceback when the journal's folder cannot be used at all (e.g. it is a file)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from journal.ui.accessibility import set_role


class StartProblemWindow(QWidget):
    """One plain message and a Close button; the journal was not touched."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, QAccessible.Role.Window)  # a window, not a "filler" panel
        self.setWindowTitle(self.tr("Recovery Journal"))
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Message"))  # read by its text
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.message)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.close)
        self.resize(460, 180)
