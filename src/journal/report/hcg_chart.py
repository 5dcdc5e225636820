"""The small hCG chart on page one: values over the report's dates on a logarithmic scale.

Drawn with plain QPainter vectors (no QtCharts), in black and greys so it reads the same in print.
A value of 0 sits on the axis floor (1) rather than breaking the logarithm. Losses are solid lines.
The chart states values only; it never draws a "normal" band or a trend.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from journal.drawing.locale_dates import day_and_month
from journal.report.flow import draw_text, font, pt

HCG_CHART_WIDTH = 160.0
AXIS_WIDTH = 32.0
FLOOR = 1.0


def decades(top: float) -> list[float]:
    """1, 10, 100 … up to the first power of ten at or above `top`."""
    highest = max(1, math.ceil(math.log10(max(top, 10.0))))
    return [10.0**n for n in range(highest + 1)]


def draw_hcg_chart(
    painter: QPainter,
    rect: QRectF,
    points: Sequence[tuple[dt.date, float]],
    losses: Sequence[dt.date],
    start: dt.date,
    end: dt.date,
) -> None:
    if not points:
        return
    recent = [loss for loss in losses if loss <= end and (end - loss).days <= 365]
    first = min(start, *(date for date, _ in points), *recent[-1:])
    span = max(1, (end - first).days)
    ticks = decades(max(value for _, value in points))
    top_log = math.log10(ticks[-1])
    plot = QRectF(rect.x() + AXIS_WIDTH, rect.y() + 5, rect.width() - AXIS_WIDTH - 4, rect.height() - 17)

    def x_of(date: dt.date) -> float:
        return plot.left() + plot.width() * (date - first).days / span

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * math.log10(max(value, FLOOR)) / top_log

    small = font(6.5)
    painter.setPen(QPen(QColor("#bbbbbb"), pt(0.4)))
    for tick in ticks:
        y = y_of(tick)
        painter.drawLine(QLineF(pt(plot.left()), pt(y), pt(plot.right()), pt(y)))
    painter.setPen(QColor("#333333"))
    right = int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignVCenter)
    for tick in ticks:
        draw_text(painter, QRectF(rect.x(), y_of(tick) - 5, AXIS_WIDTH - 3, 10), str(int(tick)), small, right)
    left = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
    draw_text(painter, QRectF(plot.left(), plot.bottom() + 2, 60, 10), day_and_month(first), small, left)
    ends = int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignTop)
    draw_text(painter, QRectF(plot.right() - 60, plot.bottom() + 2, 60, 10), day_and_month(end), small, ends)
    scale = QCoreApplication.translate("ClinicianReport", "log scale")
    centre = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignTop)
    draw_text(painter, QRectF(plot.left(), plot.bottom() + 2, plot.width(), 10), scale, small, centre)
    painter.setPen(QPen(QColor("#000000"), pt(1.0)))
    for loss in losses:
        if first <= loss <= end:
            painter.drawLine(QLineF(pt(x_of(loss)), pt(plot.top()), pt(x_of(loss)), pt(plot.bottom())))
    ordered = sorted(points)
    path = QPainterPath()
    for index, (date, value) in enumerate(ordered):
        point = QPointF(pt(x_of(date)), pt(y_of(value)))
        if index == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    painter.setPen(QPen(QColor("#444444"), pt(0.8)))
    painter.drawPath(path)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#000000"))
    for date, value in ordered:
        painter.drawEllipse(QPointF(pt(x_of(date)), pt(y_of(value))), pt(1.8), pt(1.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor("#888888"), pt(0.5)))
    painter.drawRect(QRectF(pt(plot.left()), pt(plot.top()), pt(plot.width()), pt(plot.height())))
