"""One chart for one metric: a dot per recorded day, the 7-day average as a line, key dates as dashes.

With `marker_labels=True` each dashed line also gets its name, in a band kept free of data at the top
of the plot (see `marker_labels.py`); the clinician PDF leaves them off and lists key dates in its text.

Missing days are gaps: they get no dot, and the average line breaks where the core says the record
is too thin (`None`). `SeriesChart.show()` reuses its series with `replace()`, so switching the range
only moves points; nothing is rebuilt.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractAxis,
    QCategoryAxis,
    QChart,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen

from journal.core.review.series import DailySeries
from journal.drawing.charts.marker_labels import MarkerLabels
from journal.drawing.charts.time_axis import day_x, label_dates, label_spacing, label_text

# The names' band is made BAND_ROOM times the height it needs, so a panel that grows or shrinks a little
# (another panel appearing) keeps it, and remade only below 1 or above BAND_SLACK times that height.
BAND_ROOM = 1.5
BAND_SLACK = 2.2


@dataclass(frozen=True)
class YAxisSpec:
    """The value axis: its range, and words for values where numbers would mislead (mood, bleeding)."""

    minimum: float
    maximum: float
    labels: tuple[tuple[float, str], ...] = ()
    title: str = ""


@dataclass(frozen=True)
class ChartMarker:
    """A date drawn as a dashed vertical line; `strong` for losses, lighter for other key dates."""

    date: dt.date
    label: str
    strong: bool = False


@dataclass(frozen=True)
class ChartColours:
    """Colours chosen to stay apart for the common kinds of colour blindness (Okabe-Ito blue/orange)."""

    text: str = "#222222"
    grid: str = "#dedad5"
    dots: str = "#5a8cb2"  # 3:1 against the light window colour
    average: str = "#0b5d8f"
    strong_marker: str = "#d55e00"
    marker: str = "#8a6d3b"

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColours:
        """Colours that read on the window's own background, light or dark."""
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        if not dark:
            return cls(text=palette.color(QPalette.ColorRole.WindowText).name())
        return cls(
            text=palette.color(QPalette.ColorRole.WindowText).name(),
            grid="#45464b",
            dots="#5b7f9a",
            average="#8cc7ef",
            strong_marker="#f0a15c",
            marker="#c9b27c",
        )


class SeriesChart:
    """A QChart (`.chart`) for one metric, refreshed in place by `show()`."""

    def __init__(
        self,
        title: str,
        y_axis: YAxisSpec,
        colours: ChartColours | None = None,
        vector_dots: bool = False,
        marker_labels: bool = False,
    ) -> None:
        """`vector_dots` draws each day's dot as a shape (for PDFs); the default paints a small image per
        dot, which is about twenty times faster to update for thousands of days. `marker_labels` names
        each key-date line above the plot (on screen; the tooltip of a name gives it in full)."""
        self.colours = colours or ChartColours()
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.setBackgroundVisible(False)
        self.chart.setMargins(QMargins(4, 4, 8, 4))
        self.chart.layout().setContentsMargins(0, 0, 0, 0)
        self.chart.legend().setVisible(False)
        title_font = QFont(self.chart.titleFont())
        title_font.setBold(True)
        self.chart.setTitleFont(title_font)
        self.chart.setTitleBrush(QColor(self.colours.text))
        self._x_axis = QCategoryAxis()
        self._x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self._span: tuple[dt.date, dt.date] | None = None
        self._labels: dict[str, float] = {}
        # with names above the data the axis reaches past the top value: fixed labels keep it from
        # growing a tick there (and keep the labels' width steady while the band is fitted)
        self._y_axis = _value_axis(y_axis, fixed_labels=marker_labels)
        for axis in (self._x_axis, self._y_axis):
            axis.setLabelsColor(QColor(self.colours.text))
            axis.setTitleBrush(QColor(self.colours.text))
            axis.setGridLineColor(QColor(self.colours.grid))
            axis.setLinePenColor(QColor(self.colours.grid))
        self.chart.addAxis(self._x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self._y_axis, Qt.AlignmentFlag.AlignLeft)
        self._y_spec = y_axis
        self._dots: QScatterSeries | QLineSeries
        if vector_dots:
            self._dots = QScatterSeries()
            self._dots.setBorderColor(QColor(self.colours.dots))
            self._dots.setColor(QColor(self.colours.dots))
        else:
            self._dots = QLineSeries()
            self._dots.setPen(QPen(Qt.PenStyle.NoPen))
            self._dots.setLightMarker(_dot_image(self.colours.dots))
            self._dots.setPointsVisible(True)
        self._dots.setName(QCoreApplication.translate("SeriesChart", "Each day"))
        self._dots.setMarkerSize(6.0)
        self._attach(self._dots)
        self._average_lines: list[QLineSeries] = []
        self._marker_lines: list[QLineSeries] = []
        self._markers: list[ChartMarker] = []
        self._label_band = 0.0  # how far the value axis reaches above its padding, to hold the names
        self.marker_labels: MarkerLabels | None = None
        if marker_labels:
            self.marker_labels = MarkerLabels(self.chart, self.colours.text)
            self.chart.plotAreaChanged.connect(self._fit_marker_labels)

    def apply_colours(self, colours: ChartColours) -> None:
        """Take new colours (the theme changed): title, axes, dots and average lines now; key-date lines and
        names at the next `show()`."""
        self.colours = colours
        self.chart.setTitleBrush(QColor(colours.text))
        for axis in (self._x_axis, self._y_axis):
            axis.setLabelsColor(QColor(colours.text))
            axis.setTitleBrush(QColor(colours.text))
            axis.setGridLineColor(QColor(colours.grid))
            axis.setLinePenColor(QColor(colours.grid))
        if isinstance(self._dots, QScatterSeries):
            self._dots.setBorderColor(QColor(colours.dots))
            self._dots.setColor(QColor(colours.dots))
        else:
            self._dots.setLightMarker(_dot_image(colours.dots))
        for line in self._average_lines:
            pen = line.pen()
            pen.setColor(QColor(colours.average))
            line.setPen(pen)
        if self.marker_labels is not None:
            self.marker_labels._colour = QColor(colours.text)

    @property
    def series_count(self) -> int:
        """How many line pieces the average currently uses (one per unbroken stretch)."""
        return sum(1 for line in self._average_lines if line.count())

    def show(self, daily: DailySeries, average: DailySeries, markers: Sequence[ChartMarker] = ()) -> None:
        """Draw `daily` as dots and `average` as a line over the range `daily` covers."""
        marker_size = 7.0 if len(daily) <= 120 else 4.0 if len(daily) <= 400 else 3.0
        if self._dots.markerSize() != marker_size:  # resizing redraws every point: empty the series first
            self._dots.clear()
            self._dots.setMarkerSize(marker_size)
        base = day_x(daily.start)
        self._dots.replace([QPointF(base + i, value) for i, value in enumerate(daily.values) if value is not None])
        runs = average.index_runs()
        base = day_x(average.start)
        while len(self._average_lines) < len(runs):
            self._average_lines.append(self._new_average_line())
        for line, (first, run) in zip(self._average_lines, runs, strict=False):
            line.replace([QPointF(base + first + i, value) for i, value in enumerate(run)])
        for line in self._average_lines[len(runs) :]:
            line.clear()
        self._show_markers([m for m in markers if daily.start <= m.date <= daily.end])
        self._x_axis.setRange(day_x(daily.start) - left_room(len(daily)), day_x(daily.end) + 0.5)
        self._span = (daily.start, daily.end)
        self.fit_ticks(self.chart.size().width() or 600)
        self._fit_marker_labels()

    def fit_ticks(self, width: float) -> None:
        """Place date labels for a chart `width` pixels wide (call again when it is resized)."""
        if self._span is None:
            return
        start, end = self._span
        span_days = (end - start).days
        labels: dict[str, float] = {}
        spacing = label_spacing(self._x_axis.labelsFont(), span_days)
        for date in label_dates(start, end, max(120.0, width - 80), spacing):
            labels.setdefault(label_text(date, span_days), day_x(date))  # a category axis needs distinct labels
        if labels == self._labels:
            return
        self._labels = labels
        for label in self._x_axis.categoriesLabels():
            self._x_axis.remove(label)
        for text, x in labels.items():
            self._x_axis.append(text, x)
        self._x_axis.setStartValue(day_x(start) - left_room((end - start).days + 1))

    def _show_markers(self, markers: Sequence[ChartMarker]) -> None:
        self._markers = list(markers)
        # with names, a line reaches the top of the plot, where its name is
        top = self._y_spec.maximum
        if self.marker_labels is not None:
            top += _padding(self._y_spec) + self._label_band
        while len(self._marker_lines) < len(markers):
            line = QLineSeries()
            self._attach(line)
            self._marker_lines.append(line)
        for line, marker in zip(self._marker_lines, markers, strict=False):
            colour = self.colours.strong_marker if marker.strong else self.colours.marker
            pen = QPen(QColor(colour), 2.0 if marker.strong else 1.2)
            pen.setStyle(Qt.PenStyle.DashLine if marker.strong else Qt.PenStyle.DotLine)
            line.setPen(pen)
            line.setName(marker.label)
            x = day_x(marker.date)
            line.replace([QPointF(x, self._y_spec.minimum), QPointF(x, top)])
        for line in self._marker_lines[len(markers) :]:
            line.clear()

    def _fit_marker_labels(self) -> None:
        """Keep a band at the top of the plot as tall as a name, free of data, and put the names in it.

        The band is made by letting the value axis reach higher, worked out from the plot's height in
        pixels. Rescaling the axis moves every point again, so the band is only remade when it has
        become too small or much too large; it stays while no key date is in range, and a plot too
        small to hold names (a hidden panel) leaves it as it is.
        """
        if self.marker_labels is None:
            return
        spec = self._y_spec
        span = spec.maximum - spec.minimum + 2 * _padding(spec)
        height = self.chart.plotArea().height()
        need = self.marker_labels.band_height(self._x_axis.labelsFont())
        if height <= 3 * need:
            self._place_marker_labels(fits=False)
            return
        ideal = need * span / (height - need)
        if not ideal <= self._label_band <= ideal * BAND_SLACK:
            self._label_band = ideal * BAND_ROOM
            self._y_axis.setRange(spec.minimum - _padding(spec), spec.maximum + _padding(spec) + self._label_band)
            self._show_markers(self._markers)
        if not spec.labels:
            self._thin_number_labels(height * span / (span + self._label_band))
        self._place_marker_labels(fits=True)

    def _thin_number_labels(self, values_height: float) -> None:
        """Fewer round numbers on a short chart: Qt shortens labels to "…" when they are too close."""
        if not isinstance(self._y_axis, QCategoryAxis):
            return
        line = QFontMetricsF(self._y_axis.labelsFont()).height()
        most = max(1, min(6, int(values_height / (line * 1.6))))
        labels = _number_labels(self._y_spec, most)
        if [text for _, text in labels] == self._y_axis.categoriesLabels():
            return
        for text in self._y_axis.categoriesLabels():
            self._y_axis.remove(text)
        for value, text in labels:
            self._y_axis.append(text, value)

    def _place_marker_labels(self, fits: bool) -> None:
        if self.marker_labels is None:
            return
        if not fits:
            self.marker_labels.place([], self._x_axis.labelsFont())
            return
        lines = [
            (
                self.chart.mapToPosition(QPointF(day_x(m.date), self._y_spec.minimum), self._dots).x(),
                m.label,
                m.strong,
                m.date,
            )
            for m in self._markers
        ]
        self.marker_labels.place(lines, self._x_axis.labelsFont())

    def _new_average_line(self) -> QLineSeries:
        line = QLineSeries()
        line.setName(QCoreApplication.translate("SeriesChart", "7-day average"))
        pen = QPen(QColor(self.colours.average), 2.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        line.setPen(pen)
        self._attach(line)
        return line

    def _attach(self, series: QScatterSeries | QLineSeries) -> None:
        self.chart.addSeries(series)
        series.attachAxis(self._x_axis)
        series.attachAxis(self._y_axis)


def build_series_chart(
    title: str,
    y_axis: YAxisSpec,
    daily: DailySeries,
    average: DailySeries,
    markers: Sequence[ChartMarker] = (),
    colours: ChartColours | None = None,
    vector_dots: bool = True,
    marker_labels: bool = False,
) -> SeriesChart:
    """A ready chart in one call (for the PDF): keep the returned object alive while `.chart` is used."""
    chart = SeriesChart(title, y_axis, colours, vector_dots, marker_labels)
    chart.show(daily, average, markers)
    return chart


def left_room(days: int) -> float:
    """Days of room before the first day, so a key date on the first day stands clear of the value axis:
    half a day, or 1.5 % of the span when that is more (a loss on day one of a year is still seen)."""
    return max(0.5, days * 0.015)


def _padding(spec: YAxisSpec) -> float:
    """Room above and below the values, so dots on the top or bottom line are not cut in half."""
    return (spec.maximum - spec.minimum) * 0.06


def _value_axis(spec: YAxisSpec, fixed_labels: bool = False) -> QAbstractAxis:
    padding = _padding(spec)
    axis: QAbstractAxis
    if spec.labels or fixed_labels:
        labelled = QCategoryAxis()
        labelled.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for value, text in spec.labels or _number_labels(spec):
            labelled.append(text, value)
        labelled.setStartValue(spec.minimum - padding)
        axis = labelled
    else:
        numbers = QValueAxis()
        numbers.setLabelFormat("%g")
        numbers.setTickType(QValueAxis.TickType.TicksDynamic)
        numbers.setTickAnchor(0.0)
        numbers.setTickInterval(_nice_interval(spec.maximum - spec.minimum))
        axis = numbers
    axis.setRange(spec.minimum - padding, spec.maximum + padding)
    if spec.title:
        axis.setTitleText(spec.title)
    return axis


def _number_labels(spec: YAxisSpec, most: int = 6) -> tuple[tuple[float, str], ...]:
    """Round numbers from the minimum to the maximum, as a value axis would label them."""
    step = _nice_interval(spec.maximum - spec.minimum, most)
    value = math.ceil(spec.minimum / step) * step
    labels = []
    while value <= spec.maximum + step * 1e-6:
        labels.append((value, f"{value:g}"))
        value += step
    return tuple(labels)


def _nice_interval(span: float, most: int = 6) -> float:
    """1, 2, 5, 10, 20… so that a value axis has at most about `most` labels on round numbers."""
    for step in (1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0):
        if span / step <= most:
            return step
    return max(1.0, span / 5)


def _dot_image(colour: str, size: int = 24) -> QImage:
    """A filled circle, drawn large and scaled down by Qt to the marker size."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(0, 0, size, size)
    painter.end()
    return image
