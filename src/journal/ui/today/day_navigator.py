"""Previous day / a date picker / next day / today. Future days cannot be chosen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QPushButton, QWidget


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
        self.picker = QDateEdit()
        self.picker.setCalendarPopup(True)
        self.picker.setDisplayFormat("dddd d MMMM yyyy")
        self.picker.setAccessibleName(self.tr("Day shown"))
        self.picker.setMaximumDate(_qdate(today))
        self.next_button = QPushButton(self.tr("Next day ▶"))
        self.next_button.setAccessibleName(self.tr("Next day"))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.previous_button)
        layout.addStretch(1)
        layout.addWidget(self.picker)
        layout.addStretch(1)
        layout.addWidget(self.next_button)
        layout.addWidget(self.today_button)
        self.previous_button.clicked.connect(lambda: self.date_requested.emit(self._date - dt.timedelta(days=1)))
        self.next_button.clicked.connect(lambda: self.date_requested.emit(self._date + dt.timedelta(days=1)))
        self.today_button.clicked.connect(lambda: self.date_requested.emit(self._today))
        self.picker.dateChanged.connect(self._picked)
        self.show_date(today)

    def set_today(self, today: dt.date) -> None:
        self._today = today
        self.picker.setMaximumDate(_qdate(today))
        self.show_date(self._date)

    def show_date(self, date: dt.date) -> None:
        self._date = date
        self.picker.blockSignals(True)
        self.picker.setDate(_qdate(date))
        self.picker.blockSignals(False)
        self.next_button.setEnabled(date < self._today)
        self.today_button.setEnabled(date != self._today)

    def _picked(self, qdate: QDate) -> None:
        date = qdate.toPython()
        if date != self._date:
            self.date_requested.emit(date)
