"""Small names at the top of a chart's key-date lines ("my first loss", "Appointment"), without clutter.

The names sit in a band at the top of the plot that the chart keeps free of data (`SeriesChart`
lets its value axis reach a little higher), so they never cover a day's dot.
Losses are placed first, then the other dates oldest first; a name that would touch one already placed
is left out (its dashed line stays), and a long name is shortened with "…". Each name shows the full
label and date as a tooltip when the chart is in a view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from journal.drawing.locale_dates import day_and_month

GAP_PX = 6.0  # the least space between two names, and between a name and its line
MAX_WIDTH_SHARE = 0.3  # of the plot's width, for one name
LABEL_SCALE = 0.9  # of the date labels' font size


@dataclass(frozen=True)
class LabelSpot:
    """Where one marker's name goes: its left edge and the (possibly shortened) text."""

    left: float
    text: str


def choose_spots(
    lines: Sequence[tuple[float, str, bool]],
    left: float,
    right: float,
    width_of: Callable[[str], float],
    elide: Callable[[str, float], str],
) -> list[LabelSpot | None]:
    """For each (x of the line, name, strong) a spot in the band `left`..`right`, or `None` to leave it out.

    A name goes to the right of its line, or to the left when it would pass the right edge.
    """
    longest = max(0.0, (right - left) * MAX_WIDTH_SHARE)
    order = sorted(range(len(lines)), key=lambda i: (not lines[i][2], lines[i][0]))
    taken: list[tuple[float, float]] = []
    spots: list[LabelSpot | None] = [None] * len(lines)
    for index in order:
        x, name, _strong = lines[index]
        text = elide(name, longest)
        width = width_of(text)
        if not text or width <= 0:
            continue
        start = x + GAP_PX / 2
        if start + width > right:
            start = x - GAP_PX / 2 - width
        if start < left or any(start < end + GAP_PX and begin < start + width + GAP_PX for begin, end in taken):
            continue
        taken.append((start, start + width))
        spots[index] = LabelSpot(start, text)
    return spots


class MarkerLabels:
    """The name items of one chart; `place()` puts them where the lines are now."""

    def __init__(self, chart: QChart, text_colour: str) -> None:
        self._chart = chart
        self._colour = QColor(text_colour)
        self._items: list[QGraphicsSimpleTextItem] = []
        self.font = QFont()

    def band_height(self, font: QFont) -> float:
        """The height in pixels of the band the names need at the top of the plot."""
        return QFontMetricsF(self._scaled(font)).height() + 2

    def place(self, lines: Sequence[tuple[float, str, bool, dt.date]], font: QFont) -> None:
        """Show a name for each line that has room: (x in chart coordinates, name, strong, date)."""
        area = self._chart.plotArea()
        while len(self._items) < len(lines):
            item = QGraphicsSimpleTextItem(self._chart)
            item.setZValue(10)
            self._items.append(item)
        self.font = self._scaled(font)
        metrics = QFontMetricsF(self.font)
        spots = (
            choose_spots(
                [(x, name, strong) for x, name, strong, _ in lines],
                area.left(),
                area.right(),
                metrics.horizontalAdvance,
                lambda text, width: metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
            )
            if area.width() > 0
            else [None] * len(lines)
        )
        top = area.top() + 1
        for item, spot, (_, name, strong, date) in zip(self._items, spots, lines, strict=False):
            if spot is None:
                item.hide()
                continue
            font = QFont(self.font)
            font.setBold(strong)
            item.setFont(font)
            item.setBrush(QBrush(self._colour))
            item.setText(spot.text)
            item.setPos(spot.left, top)
            item.setToolTip(f"{name} ({day_and_month(date, year=True)})")
            item.show()
        for item in self._items[len(lines) :]:
            item.hide()

    def shown(self) -> list[QGraphicsSimpleTextItem]:
        """The name items on show, left to right."""
        return sorted((item for item in self._items if item.isVisible()), key=lambda item: item.x())

    @staticmethod
    def _scaled(font: QFont) -> QFont:
        scaled = QFont(font)
        if scaled.pointSizeF() > 0:
            scaled.setPointSizeF(scaled.pointSizeF() * LABEL_SCALE)
        elif scaled.pixelSize() > 0:
            scaled.setPixelSize(max(1, round(scaled.pixelSize() * LABEL_SCALE)))
        return scaled
