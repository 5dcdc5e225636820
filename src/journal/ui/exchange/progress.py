"""A thread-safe way for background work to report progress to a progress bar on the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar


class ProgressRelay(QObject):
    """`report(done, total)` may be called from any thread; the bar updates through a queued signal."""

    progressed = Signal(int, int)

    def __init__(self, bar: QProgressBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self.progressed.connect(self._show)

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    def _show(self, done: int, total: int) -> None:
        self._bar.setRange(0, max(1, total))
        self._bar.setValue(done)
