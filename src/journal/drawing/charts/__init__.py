"""QtCharts pictures of a daily series: dots for each day, a 7-day average line, dashed key-date markers.

Reusable outside the review view (the clinician PDF draws the same charts as vectors). Build a
`SeriesChart`, call `show(...)` with core `DailySeries`, and either put `.chart` in a `QChartView`
or draw it with `rendering.render_chart` / `rendering.chart_image`.

A QChart that was never shown in a view has no size and renders collapsed: the rendering helpers
put it in a QGraphicsScene and `resize()` it first. Do the same if you render a chart yourself.
"""

from journal.drawing.charts.rendering import chart_image, render_chart
from journal.drawing.charts.series_chart import ChartColours, ChartMarker, SeriesChart, YAxisSpec, build_series_chart

__all__ = [
    "ChartColours",
    "ChartMarker",
    "SeriesChart",
    "YAxisSpec",
    "build_series_chart",
    "chart_image",
    "render_chart",
]
