"""Notices when nobody has touched the app for a while, so the journal can lock itself."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent


@functools.cache
def _activity() -> frozenset[QEvent.Type]:
    """Key, mouse and touch input. Built on the first event watched (after unlocking): `QEvent` and its
    enum of nearly two hundred event types are not needed before the first window shows."""
    from PySide6.QtCore import QEvent

    kinds = QEvent.Type
    return frozenset({kinds.KeyPress, kinds.MouseButtonPress, kinds.MouseMove, kinds.Wheel, kinds.TouchBegin})


class IdleWatcher(QObject):
    """Install on the QApplication; `idle` fires after `interval_ms` without key, mouse or touch input."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_interval_ms(interval_ms)

    def set_interval_ms(self, interval_ms: int) -> None:
        """0 turns auto-lock off."""
        self._timer.stop()
        if interval_ms > 0:
            self._timer.setInterval(interval_ms)
            self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def remaining_ms(self) -> int:
        """Milliseconds until the idle lock, or -1 when it is not counting (auto-lock off)."""
        return self._timer.remainingTime()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _activity() and self._timer.interval() > 0 and self._timer.isActive():
            self._timer.start()
        return False
