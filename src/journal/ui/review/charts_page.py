"""Physical and emotional recovery side by side: one chart per body metric, the mood chart beside them.

Charts are built once; a range switch only replaces their points. A metric with nothing recorded in
the range shows a sentence instead of an empty frame, and a range with only a few written days shows
what will appear and when.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain.catalog import SymptomCatalog
from journal.core.domain.entry import DayEntry
from journal.core.review.ranges import DateRange
from journal.core.review.series import daily_series, rolling_average
from journal.core.review.summaries import summarise
from journal.drawing.charts import ChartColours, ChartMarker, SeriesChart
from journal.drawing.charts.left_edge import SharedLeftEdge
from journal.ui.review import wording
from journal.ui.review.metrics import ChartedMetric, mood_metric
from journal.ui.review.mood_spread import MoodSpreadBar

MIN_DAYS_FOR_CHARTS = 3


class _FittingChartView(QChartView):
    """A chart view that picks how many date labels fit whenever it is resized."""

    def __init__(self, chart: SeriesChart, parent: QWidget | None = None) -> None:
        super().__init__(chart.chart, parent)
        self.series_chart = chart
        self.setRenderHint(QPainter.RenderHint.Antialiasing)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.series_chart.fit_ticks(event.size().width())
        super().resizeEvent(event)


class MetricPanel(QStackedWidget):
    """One metric's chart, or a sentence when the range holds nothing for it."""

    def __init__(
        self, metric: ChartedMetric, colours: ChartColours, lines: int, least: int, parent: QWidget | None = None
    ):
        """The chart is at least `least` pixels high, and `lines` lines of text when the text is large."""
        super().__init__(parent)
        self.charted = metric
        self.chart = SeriesChart(metric.title, metric.axis, colours, marker_labels=True)
        self.view = _FittingChartView(self.chart, self)
        line = self.fontMetrics().height()
        self.view.setMinimumHeight(max(least, lines * line))
        self._empty_height = max(56, line * 3)
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMinimumHeight(self._empty_height)
        self.addWidget(self.view)
        self.addWidget(self.empty)

    def show_range(
        self, entries: Sequence[DayEntry], date_range: DateRange, catalog: SymptomCatalog, markers: list[ChartMarker]
    ) -> None:
        daily = daily_series(entries, self.charted.key, date_range.start, date_range.end, catalog)
        if daily.count() == 0:
            self.empty.setText(wording.nothing_recorded_text(self.charted.title))
            self.setCurrentWidget(self.empty)
            self.setFixedHeight(self._empty_height)
            return
        self.setMaximumHeight(16_777_215)
        self.setMinimumHeight(self.view.minimumHeight())
        self._shown = (daily, markers)
        self.chart.show(daily, rolling_average(daily), markers)
        self.setCurrentWidget(self.view)

    def apply_colours(self, colours: ChartColours) -> None:
        """Redraw in new colours, keeping what is shown."""
        self.chart.apply_colours(colours)
        shown = getattr(self, "_shown", None)
        if shown is not None:
            daily, markers = shown
            self.chart.show(daily, rolling_average(daily), markers)


class ChartsPage(QWidget):
    """The "Charts" tab: body on the left, feelings on the right, for the range the view is showing."""

    def __init__(
        self, metrics: Sequence[ChartedMetric], catalog: SymptomCatalog, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        colours = ChartColours.from_palette(self.palette())
        self.physical = [MetricPanel(metric, colours, 10, 170, self) for metric in metrics]
        self.left_edge = SharedLeftEdge()  # the body charts share one time axis, whatever their labels
        for panel in self.physical:
            self.left_edge.add(panel.chart.chart)
        self.mood = MetricPanel(mood_metric(), colours, 12, 300, self)

        body_box = QGroupBox(self.tr("Your body"), self)
        body_inner = QWidget()
        body_layout = QVBoxLayout(body_inner)
        body_layout.setContentsMargins(0, 0, 0, 0)
        for panel in self.physical:
            body_layout.addWidget(panel, 1)
        body_layout.addStretch(0)
        scroll = QScrollArea(body_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body_inner)
        QVBoxLayout(body_box).addWidget(scroll)

        feelings_box = QGroupBox(self.tr("Your feelings"), self)
        feelings_inner = QWidget()
        feelings_layout = QVBoxLayout(feelings_inner)
        feelings_layout.setContentsMargins(0, 0, 0, 0)
        feelings_layout.addWidget(self.mood)
        self.spread_title = QLabel(self.tr("How the days felt"), feelings_box)
        self.spread = MoodSpreadBar(feelings_box)
        self.feelings = QLabel(feelings_box)
        self.feelings.setWordWrap(True)
        self.note = QLabel(
            self.tr("Feelings often move more slowly than the body, and in waves. Both lines are yours."),
            feelings_box,
        )
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.observations = QLabel(feelings_box)
        self.observations.setWordWrap(True)
        for widget in (self.spread_title, self.spread, self.feelings, self.observations, self.note):
            feelings_layout.addWidget(widget)
        feelings_layout.addStretch(1)
        feelings_scroll = QScrollArea(feelings_box)  # with large text the sentences may not fit below the chart
        feelings_scroll.setWidgetResizable(True)
        feelings_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        feelings_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        feelings_scroll.setWidget(feelings_inner)
        QVBoxLayout(feelings_box).addWidget(feelings_scroll)

        self.columns = QWidget(self)
        columns_layout = QHBoxLayout(self.columns)
        columns_layout.setContentsMargins(0, 0, 0, 0)
        columns_layout.addWidget(body_box, 1)
        columns_layout.addWidget(feelings_box, 1)
        self.few_days = QLabel(wording.few_days_text(), self)
        self.few_days.setWordWrap(True)
        self.few_days.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.columns)
        self.stack.addWidget(self.few_days)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def changeEvent(self, event: QEvent) -> None:
        """A theme change reaches the charts too: their titles and axis labels are drawn in set colours."""
        if event.type() == QEvent.Type.PaletteChange:
            colours = ChartColours.from_palette(self.palette())
            for panel in (*self.physical, self.mood):
                panel.apply_colours(colours)
        super().changeEvent(event)

    def show_range(self, entries: Sequence[DayEntry], date_range: DateRange, markers: list[ChartMarker]) -> None:
        """Show `entries` (the days inside `date_range`, oldest first)."""
        if len(entries) < MIN_DAYS_FOR_CHARTS:
            self.few_days.setText(wording.few_days_text())
            self.stack.setCurrentWidget(self.few_days)
            return
        self.stack.setCurrentWidget(self.columns)
        for panel in (*self.physical, self.mood):
            panel.show_range(entries, date_range, self._catalog, markers)
        summary = summarise(entries, date_range.start, date_range.end, self._catalog)
        self.spread.set_counts(summary.mood_counts)
        names = ", ".join(wording.word_label(name) for name, _ in summary.top_feelings)
        self.feelings.setText(self.tr("Feelings you named most: {names}").format(names=names) if names else "")
        sentences = [wording.observation(item) for item in summary.better_days_self_care[:3]]
        self.observations.setText("\n".join(sentences))
