"""One gentle line a day, only if the person turned it on, only while the app is open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from journal.core.journal import Journal


class DailyReminder(QObject):
    """Checks once a minute; `remind` fires at most once a day, after the chosen time, if today is still empty."""

    remind = Signal()

    def __init__(self, journal: Journal, now: Callable[[], dt.datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._now = now
        self._last_day: dt.date | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> bool:
        if self._journal.is_locked:
            return False
        settings = self._journal.settings()
        now = self._now()
        if not settings.reminder_enabled or self._last_day == now.date():
            return False
        try:
            due = dt.time.fromisoformat(settings.reminder_time)
        except ValueError:
            due = dt.time(20, 0)
        if now.time() < due or self._journal.day(now.date()) is not None:
            return False
        self._last_day = now.date()
        self.remind.emit()
        return True
