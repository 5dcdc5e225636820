"""A date field that takes typing as people type: "25" is the 25th, and a limit is checked when the date is done.

`QDateEdit.setMaximumDate` judges every keystroke: with today the 1st, typing "2" then "5" in the
day gave the 2nd (the 25th was still to come), and "17" for a loss date could not be typed at all.
Here the latest allowed day is checked on commit (Enter, leaving the field, the calendar) and a
later date goes back to the latest one. F4 and Alt+Down open the calendar, as in a drop-down.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDateEdit, QStyle, QStyleOptionComboBox, QWidget


def qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


class DateField(QDateEdit):
    """A calendar-popup date edit; `committed(date)` when a finished date is chosen, never later than `latest`."""

    committed = Signal(object)  # a datetime.date
    moved_back = Signal()  # a date after `latest` was typed and put back

    def __init__(self, date: dt.date | QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self._latest: dt.date | None = None
        if date is not None:
            self.setDate(date if isinstance(date, QDate) else qdate(date))
        self.editingFinished.connect(self._commit)

    def set_latest(self, latest: dt.date | None) -> None:
        self._latest = latest

    def _limit_calendar(self) -> None:
        """Grey out later days in the calendar (made only when first opened, so asked for after opening)."""
        calendar = self.findChild(QCalendarWidget)
        if calendar is not None and self._latest is not None:
            calendar.setMaximumDate(qdate(self._latest))

    def latest(self) -> dt.date | None:
        return self._latest

    def chosen(self) -> dt.date:
        """The date shown, brought back to `latest` if it is later."""
        date = self.date().toPython()
        return min(date, self._latest) if self._latest is not None else date

    def _commit(self) -> None:
        date = self.date().toPython()
        if self._latest is not None and date > self._latest:
            self.setDate(qdate(self._latest))
            self.moved_back.emit()
            date = self._latest
        self.committed.emit(date)

    # -- the calendar from the keyboard ------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._limit_calendar()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Open the calendar as a click on the arrow does (Qt offers no call for it)."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_ComboBoxArrow
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        centre = QPointF(arrow.center()) if arrow.isValid() else QPointF(self.width() - 4, self.height() / 2)
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            centre,
            QPointF(self.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(self, press)
        calendar = self.findChild(QCalendarWidget)
        if calendar is not None and calendar.isVisible():
            calendar.setFocus()
