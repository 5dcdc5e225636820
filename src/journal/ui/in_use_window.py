"""Shown when the journal is already open in another window or command: never two writers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journal.ui.start_problem_window import StartProblemWindow


class InUseWindow(StartProblemWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "InUseWindow",
                "Your journal is already open in another window (or a command is using it). "
                "We've tried to bring that window forward. Only one can be open at a time, so nothing gets mixed up.",
            ),
            parent,
        )
