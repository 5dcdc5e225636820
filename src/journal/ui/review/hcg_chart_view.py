"""The hCG chart on screen: `journal.drawing.hcg_chart` painted in the window's own colours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from journal.core.care.milestones import HcgPoint
from journal.drawing.charts import ChartColours
from journal.drawing.hcg_chart import HcgMarker, hcg_text_alternative, paint_hcg_chart


class HcgChartView(QWidget):
    """Shows what `show_points` was given; `days_since` switches the axis to days since the loss."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[HcgPoint] = []
        self.markers: list[HcgMarker] = []
        self.start = self.end = dt.date.today()
        self.days_since: dt.date | None = None
        self.setMinimumHeight(self.fontMetrics().height() * 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("hCG chart"))

    def show_points(
        self, points: Sequence[HcgPoint], markers: Sequence[HcgMarker], start: dt.date, end: dt.date
    ) -> None:
        self.points, self.markers = list(points), list(markers)
        self.start, self.end = start, max(end, start + dt.timedelta(days=1))
        text = hcg_text_alternative(self.points)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()

    def set_days_since(self, date: dt.date | None) -> None:
        self.days_since = date
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            colours = ChartColours.from_palette(self.palette())
            rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
            paint_hcg_chart(
                painter, rect, self.points, self.markers, colours, self.start, self.end, days_since=self.days_since
            )
        finally:
            painter.end()
