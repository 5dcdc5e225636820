"""The "Calendar" tab: a month or a whole year of squares, with a legend that names every colour."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.domain.mood import mood_word
from journal.core.review.calendar_marks import DayMark
from journal.ui.content_locale import content_locale
from journal.ui.flow_layout import FlowLayout, bundle
from journal.ui.review.calendar_grid import MonthGrid, YearGrid, paint_day


class _Swatch(QWidget):
    """A small square drawn exactly like a calendar day, for the legend."""

    def __init__(self, mark: DayMark | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mark = mark
        side = max(18, round(self.fontMetrics().height() * 0.9))  # grows with the text size
        self.setFixedSize(QSize(side, side))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_day(painter, QRectF(self.rect()).adjusted(1, 1, -1, -1), self._mark, self.palette())
        painter.end()


class CalendarPage(QWidget):
    """Month and year views over the same marks; `day_clicked` carries the chosen date."""

    day_clicked = Signal(object)  # dt.date

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = today.replace(day=1)
        self.month_grid = MonthGrid(self)
        self.year_grid = YearGrid(self)
        self.month_button = QPushButton(self.tr("Month"), self)
        self.year_button = QPushButton(self.tr("Year"), self)
        group = QButtonGroup(self)
        for button in (self.month_button, self.year_button):
            button.setCheckable(True)
            group.addButton(button)
        self.year_button.setChecked(True)
        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("Earlier"))
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Later"))
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)

        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.title)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.month_button)
        bar.addWidget(self.year_button)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.month_grid)
        self.stack.addWidget(self.year_grid)
        self.stack.setCurrentWidget(self.year_grid)
        self.month_grid.setAccessibleName(self.tr("Month calendar, coloured by mood"))
        self.year_grid.setAccessibleName(self.tr("Year calendar, coloured by mood"))

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._legend())

        for grid in (self.month_grid, self.year_grid):
            grid.day_clicked.connect(self.day_clicked)
        self.month_button.toggled.connect(self._switch)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self._refresh()

    def set_marks(self, marks: dict[dt.date, DayMark]) -> None:
        self.month_grid.set_marks(marks)
        self.year_grid.set_marks(marks)

    def show_month(self, year: int, month: int) -> None:
        self._shown = dt.date(year, month, 1)
        self.month_button.setChecked(True)
        self._refresh()

    def show_year(self, year: int) -> None:
        self._shown = self._shown.replace(year=year)
        self.year_button.setChecked(True)
        self._refresh()

    def _switch(self, month_view: bool) -> None:
        self.stack.setCurrentWidget(self.month_grid if month_view else self.year_grid)
        self._refresh()

    def _step(self, direction: int) -> None:
        if self.month_button.isChecked():
            month_index = self._shown.year * 12 + self._shown.month - 1 + direction
            self._shown = dt.date(month_index // 12, month_index % 12 + 1, 1)
        else:
            self._shown = self._shown.replace(year=self._shown.year + direction)
        self._refresh()

    def _refresh(self) -> None:
        locale = QLocale()
        if self.month_button.isChecked():
            self.month_grid.set_month(self._shown.year, self._shown.month)
            self.title.setText(f"{locale.standaloneMonthName(self._shown.month)} {self._shown.year}")
        else:
            self.year_grid.set_year(self._shown.year)
            self.title.setText(str(self._shown.year))

    def _legend(self) -> FlowLayout:
        """Each colour with its word; the legend wraps onto a second row when the text is large."""
        legend = FlowLayout(spacing=14)
        sample = dt.date(2000, 1, 1)
        items: list[tuple[DayMark | None, str]] = [
            (DayMark(sample, True, step), mood_word(step, content_locale())) for step in range(1, 6)
        ]
        items += [
            (DayMark(sample, True), self.tr("Written, no mood")),
            (None, self.tr("Nothing written")),
            (DayMark(sample, True, None, True), self.tr("Bleeding")),
            (
                DayMark(sample, False, None, False, (KeyDate("", KeyDateKind.OTHER, sample),)),
                self.tr("A date you marked"),
            ),
        ]
        for mark, text in items:
            legend.addWidget(bundle(self, _Swatch(mark, self), QLabel(text, self), spacing=6))
        return legend
