"""Shown when the journal is already open in another window or command: never two writers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class InUseWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery Journal"))
        self.message = QLabel(
            self.tr(
                "Your journal is already open in another window (or a command is using it). "
                "We've tried to bring that window forward. Only one can be open at a time, so nothing gets mixed up."
            )
        )
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.message)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.close)
        self.resize(460, 180)
