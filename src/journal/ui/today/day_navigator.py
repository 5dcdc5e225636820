"""Previous day / a date picker / next day / today. Future days cannot be chosen.

Typing in the picker moves to the typed day when the date is finished (Enter, leaving the field,
or a short pause), so "25" reaches the 25th without stopping at the 2nd on the way. The weekday
sits beside the field, not in it: a weekday name changing length under the cursor sent the second
digit of "25" into the wrong part of the date.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from journal.ui.date_field import DateField

TYPING_PAUSE_MS = 700


def _qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


class DayNavigator(QWidget):
    date_requested = Signal(object)  # a datetime.date

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._date = today
        self.previous_button = QPushButton(self.tr("◀ Previous day"))
        self.previous_button.setAccessibleName(self.tr("Previous day"))
        self.picker = DateField()
        self.weekday = QLabel()
        self.picker.setDisplayFormat("d MMMM yyyy")
        self.picker.setAccessibleName(self.tr("Day shown"))
        self.picker.set_latest(today)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(lambda: self._picked(self.picker.date()))
        self.next_button = QPushButton(self.tr("Next day ▶"))
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.previous_button)
        layout.addStretch(1)
        layout.addWidget(self.weekday)
        layout.addWidget(self.picker)
        layout.addStretch(1)
        layout.addWidget(self.next_button)
        layout.addWidget(self.today_button)
        self.previous_button.clicked.connect(lambda: self.date_requested.emit(self._date - dt.timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.date_requested.emit(self._date + dt.timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.date_requested.emit(self._today))
        self.picker.dateChanged.connect(self._date_typed)
        self.picker.committed.connect(lambda _date: self._picked(self.picker.date()))
        self.show_date(today)

    def set_today(self, today: dt.date) -> None:
        self._today = today
        self.picker.set_latest(today)
        self.show_date(self._date)

    def show_date(self, date: dt.date) -> None:
        self._date = date
        self._typing.stop()
        self.picker.blockSignals(True)
        self.picker.setDate(_qdate(date))
        self.picker.blockSignals(False)
        self.weekday.setText(QLocale().dayName(_qdate(date).dayOfWeek(), QLocale.FormatType.LongFormat))
        self.next_button.setEnabled(date < self._today)
        self.today_button.setEnabled(date != self._today)

    def _date_typed(self, qdate: QDate) -> None:
        if self.picker.hasFocus():
            self._typing.start()  # wait for the rest of the date: "2" may be the start of "25"
        else:
            self._picked(qdate)  # the calendar, or a step of the arrows from elsewhere

    def _picked(self, qdate: QDate) -> None:
        self._typing.stop()
        date = qdate.toPython()
        if date != self._date:
            self.date_requested.emit(date)
