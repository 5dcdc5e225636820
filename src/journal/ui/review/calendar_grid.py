"""Painted calendars: a month of large squares and "a year in squares" (a row per month).

Each square is coloured by the day's mood (the viridis ramp shared with the rest of the app), a dot
marks a day with bleeding, and an outline marks a key date. Words always come with the colours: in
the legend and in every square's tooltip. Clicking a square asks to open that day.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from journal.core.domain.mood import mood_word
from journal.core.review.calendar_marks import DayMark, month_weeks
from journal.ui.content_locale import content_locale
from journal.ui.review import wording
from journal.ui.theme import MOOD_COLOURS, MOOD_TEXT_COLOURS

BLEEDING_DOT = "#d55e00"  # Okabe-Ito vermillion; also told apart by its shape and the tooltip
WRITTEN_NO_MOOD = "#c9c4be"


def paint_day(painter: QPainter, square: QRectF, mark: DayMark | None, palette: QPalette, number: str = "") -> None:
    """Draw one day's square: its mood colour, a bleeding dot, a key-date outline and the day number."""
    empty = palette.color(QPalette.ColorRole.AlternateBase)
    colour = empty
    text = palette.color(QPalette.ColorRole.WindowText)
    if mark and mark.mood is not None:
        colour, text = QColor(MOOD_COLOURS[mark.mood]), QColor(MOOD_TEXT_COLOURS[mark.mood])
    elif mark and mark.written:
        colour = QColor(WRITTEN_NO_MOOD)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(square, 3, 3)
    if mark and mark.key_dates:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), max(2.0, square.width() / 14)))
        painter.drawRoundedRect(square.adjusted(1, 1, -1, -1), 3, 3)
    if mark and mark.bleeding:
        radius = max(3.0, square.width() / 8)
        centre = QPointF(square.right() - radius * 1.6, square.bottom() - radius * 1.6)
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.setBrush(QColor(BLEEDING_DOT))
        painter.drawEllipse(centre, radius, radius)
    if number:
        painter.setPen(text)
        painter.drawText(square.adjusted(5, 3, -3, -3), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, number)


def day_tooltip(date: dt.date, mark: DayMark | None) -> str:
    lines = [wording.short_date(date, year=True)]
    if mark is None or not mark.written:
        lines.append(QCoreApplication.translate("Review", "Nothing written"))
    else:
        if mark.mood is not None:
            lines.append(
                QCoreApplication.translate("Review", "Mood: {word}").format(word=mood_word(mark.mood, content_locale()))
            )
        if mark.bleeding:
            lines.append(QCoreApplication.translate("Review", "Bleeding"))
    lines += [wording.key_date_name(kd) for kd in (mark.key_dates if mark else ())]
    return "\n".join(lines)


class _DayGrid(QWidget):
    """Shared behaviour: marks, hit-testing, tooltips, clicks and keys. Subclasses lay out the squares.

    With the keyboard, arrows move a focus ring between days (up and down by a week) and Enter or
    Space opens the day; the accessible description reads the focused day's tooltip.
    """

    day_clicked = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: dict[dt.date, DayMark] = {}
        self.current: dt.date | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        dates = [date for _, date in self.squares()]
        if not dates:
            super().keyPressEvent(event)
            return
        key = Qt.Key(event.key())
        if key in steps:
            start = self.current if self.current in dates else dates[0]
            moved = start + dt.timedelta(days=steps[key]) if self.current in dates else start
            self.set_current(min(max(moved, dates[0]), dates[-1]))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current in dates:
            self.day_clicked.emit(self.current)
        else:
            super().keyPressEvent(event)

    def set_current(self, date: dt.date) -> None:
        self.current = date
        self.setAccessibleDescription(day_tooltip(date, self._marks.get(date)).replace("\n", ", "))
        self.update()

    def paint_focus(self, painter: QPainter) -> None:
        """A ring around the keyboard's day, drawn only while the calendar has focus."""
        if not self.hasFocus() or self.current is None:
            return
        for square, date in self.squares():
            if date == self.current:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
                painter.drawRoundedRect(square.adjusted(-2, -2, 2, 2), 4, 4)

    def set_marks(self, marks: dict[dt.date, DayMark]) -> None:
        self._marks = marks
        self.update()

    def squares(self) -> list[tuple[QRectF, dt.date]]:
        """Where each day's square is at the current size (subclasses lay them out)."""
        raise NotImplementedError

    def date_at(self, point: QPointF) -> dt.date | None:
        for square, date in self.squares():
            if square.contains(point):
                return date
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        date = self.date_at(event.position())
        if date is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_current(date)
            self.day_clicked.emit(date)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            date = self.date_at(QPointF(event.pos()))
            if date is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), day_tooltip(date, self._marks.get(date)), self)
            return True
        return super().event(event)


class MonthGrid(_DayGrid):
    """One month, Monday first, with the day number in each square."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = dt.date.today()
        self.year, self.month = today.year, today.month

    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 420)

    def _geometry(self) -> tuple[float, float, float]:
        """(left, header height, square size) for the current widget size."""
        header = self.fontMetrics().height() + 8
        size = max(4.0, min((self.width() - 8) / 7, (self.height() - header - 8) / 6))
        return (self.width() - size * 7) / 2, header, size

    def squares(self) -> list[tuple[QRectF, dt.date]]:
        left, header, size = self._geometry()
        found = []
        for row, week in enumerate(month_weeks(self.year, self.month)):
            for column, date in enumerate(week):
                if date is not None:
                    found.append((QRectF(left + column * size + 3, header + row * size + 3, size - 6, size - 6), date))
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, header, size = self._geometry()
        locale = QLocale()
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for column in range(7):
            name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(QRectF(left + column * size, 0, size, header), Qt.AlignmentFlag.AlignCenter, name)
        for square, date in self.squares():
            paint_day(painter, square, self._marks.get(date), self.palette(), str(date.day))
        self.paint_focus(painter)
        painter.end()


class YearGrid(_DayGrid):
    """A year in squares: one row per month, one column per day of the month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = dt.date.today().year

    def set_year(self, year: int) -> None:
        self.year = year
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, 380)

    def _geometry(self) -> tuple[float, float, float]:
        """(month-name column width, header height, square size) for the current widget size."""
        metrics = self.fontMetrics()
        locale = QLocale()
        label_width = max(metrics.horizontalAdvance(locale.monthName(m)) for m in range(1, 13)) + 12
        header = metrics.height() + 6
        size = max(3.0, min((self.width() - label_width - 4) / 31, (self.height() - header - 4) / 12))
        return label_width, header, size

    def squares(self) -> list[tuple[QRectF, dt.date]]:
        label_width, header, size = self._geometry()
        gap = max(1.5, size / 10)
        found = []
        for row in range(12):
            top = header + row * size + gap / 2
            for day in range(1, QDate(self.year, row + 1, 1).daysInMonth() + 1):
                square = QRectF(label_width + (day - 1) * size + gap / 2, top, size - gap, size - gap)
                found.append((square, dt.date(self.year, row + 1, day)))
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_width, header, size = self._geometry()
        locale = QLocale()
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for day in (1, 5, 10, 15, 20, 25, 31):
            cell = QRectF(label_width + (day - 1) * size, 0, size, header)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(day))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row in range(12):
            painter.drawText(QRectF(0, header + row * size, label_width - 8, size), align, locale.monthName(row + 1))
        for square, date in self.squares():
            paint_day(painter, square, self._marks.get(date), self.palette())
        self.paint_focus(painter)
        painter.end()
