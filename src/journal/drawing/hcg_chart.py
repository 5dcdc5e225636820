"""hCG over time on a logarithmic scale, painted with QPainter so the app and the PDF draw the same.

Values and dates only: a dot per result with its value beside it, a thin line joining them, dashed
lines for losses and appointments. A value of 0 has no place on a log scale, so it is drawn on the
axis floor as a hollow dot (its label still says 0). The x axis gives dates, or the days since a
loss when one is passed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from journal.core.care.milestones import HcgPoint
from journal.core.care.results import format_hcg
from journal.drawing.charts import ChartColours
from journal.drawing.locale_dates import day_and_month

MAX_VALUE_LABELS = 16  # beyond this many points, values go in the tooltip and text alternative only


@dataclass(frozen=True, slots=True)
class HcgMarker:
    date: dt.date
    label: str
    strong: bool = False  # a loss, drawn in the stronger colour


def log_bounds(values: Sequence[float]) -> tuple[int, int]:
    """Powers of ten for the axis floor and top: the floor at most 10^0, so low values sit above it."""
    positive = [v for v in values if v > 0]
    if not positive:
        return 0, 1
    low = min(0, math.floor(math.log10(min(positive))))
    high = max(low + 1, math.ceil(math.log10(max(positive))))
    return low, high


def value_to_fraction(value: float, low: int, high: int) -> float:
    """0 at the floor, 1 at the top; 0 and values under the floor sit on the floor."""
    if value <= 0:
        return 0.0
    return max(0.0, min(1.0, (math.log10(value) - low) / (high - low)))


def paint_hcg_chart(
    painter: QPainter,
    rect: QRectF,
    points: Sequence[HcgPoint],
    markers: Sequence[HcgMarker],
    colours: ChartColours,
    start: dt.date,
    end: dt.date,
    *,
    days_since: dt.date | None = None,
) -> None:
    """Draw the chart into `rect`; `days_since` labels the x axis in days since that date."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    low, high = log_bounds([p.value for p in points])
    locale = QLocale()
    tick_labels = [locale.toString(10**k) if k >= 0 else locale.toString(10.0**k, "g", 3) for k in range(low, high + 1)]
    left = rect.left() + max(metrics.horizontalAdvance(t) for t in tick_labels) + line * 0.8
    top = rect.top() + line * 2.7
    bottom = rect.bottom() - line * 2.0
    right = rect.right() - line
    plot = QRectF(QPointF(left, top), QPointF(max(left + 10, right), max(top + 10, bottom)))
    text_colour, grid_colour = QColor(colours.text), QColor(colours.grid)
    span_days = max(1, (end - start).days)

    def x_of(date: dt.date) -> float:
        return plot.left() + plot.width() * max(0, min(span_days, (date - start).days)) / span_days

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value_to_fraction(value, low, high)

    # axis title and the log-scale note
    painter.setPen(text_colour)
    title = QCoreApplication.translate("HcgChart", "hCG, IU/L or mIU/mL (the same scale), on a log scale")
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft, title)

    # horizontal grid at each power of ten
    for k, label in zip(range(low, high + 1), tick_labels, strict=True):
        y = plot.bottom() - plot.height() * (k - low) / (high - low)
        painter.setPen(QPen(grid_colour, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text_colour)
        label_rect = QRectF(rect.left(), y - line / 2, left - rect.left() - line * 0.4, line)
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

    # x axis ticks: dates, or days since the loss
    ticks = max(2, min(7, int(plot.width() // (line * 6)) + 1))
    for n in range(ticks):
        date = start + dt.timedelta(days=round(span_days * n / (ticks - 1)))
        x = x_of(date)
        painter.setPen(QPen(grid_colour, 1))
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + line * 0.3))
        if days_since is not None:
            text = QCoreApplication.translate("HcgChart", "day {n}").format(n=(date - days_since).days)
        else:
            text = day_and_month(date)
        width = metrics.horizontalAdvance(text)
        painter.setPen(text_colour)
        x_text = max(rect.left(), min(rect.right() - width, x - width / 2))
        painter.drawText(QPointF(x_text, plot.bottom() + line * 1.3), text)

    # losses and appointments
    for marker in markers:
        if not start <= marker.date <= end:
            continue
        x = x_of(marker.date)
        colour = QColor(colours.strong_marker if marker.strong else colours.marker)
        painter.setPen(QPen(colour, 1.5 if marker.strong else 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        label = metrics.elidedText(marker.label, Qt.TextElideMode.ElideRight, line * 8)
        width = metrics.horizontalAdvance(label)
        painter.setPen(colour)
        x_label = max(plot.left(), min(rect.right() - width, x - width / 2))  # clear of the value labels
        painter.drawText(QPointF(x_label, top - line * 0.6), label)

    # the values: a thin line, a dot each, hollow on the floor for 0
    shown = [p for p in points if start <= p.date <= end]
    if len(shown) > 1:
        path = QPainterPath(QPointF(x_of(shown[0].date), y_of(shown[0].value)))
        for point in shown[1:]:
            path.lineTo(QPointF(x_of(point.date), y_of(point.value)))
        painter.setPen(QPen(QColor(colours.average), 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    radius = max(3.0, line * 0.28)
    for point in shown:
        centre = QPointF(x_of(point.date), y_of(point.value))
        painter.setPen(QPen(QColor(colours.average), 1.5))
        painter.setBrush(QBrush(QColor(colours.average)) if point.value > 0 else Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, radius, radius)
        if len(shown) <= MAX_VALUE_LABELS:
            painter.setPen(text_colour)
            painter.drawText(centre + QPointF(radius + 2, -radius - 2), format_hcg(point.value))
    painter.restore()


def hcg_text_alternative(points: Sequence[HcgPoint]) -> str:
    """The chart in words, for screen readers and the tooltip: each date and value as entered."""
    if not points:
        return QCoreApplication.translate("HcgChart", "No hCG results recorded.")
    items = [f"{day_and_month(p.date, year=True)}: {format_hcg(p.value)} {p.unit}" for p in points]
    return QCoreApplication.translate("HcgChart", "hCG results: {items}").format(items="; ".join(items))
