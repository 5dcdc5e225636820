"""Key dates are named on the charts themselves: a small name per dashed line, none that overlap, none off range."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot

from journal.core.review.series import DailySeries, rolling_average
from journal.drawing.charts import ChartMarker, SeriesChart, YAxisSpec, build_series_chart, chart_image
from journal.drawing.charts.marker_labels import GAP_PX, choose_spots

D0 = dt.date(2026, 1, 1)


def series(days: int) -> DailySeries:
    return DailySeries("cramping", D0, tuple(float(i % 11) for i in range(days)))


def laid_out(chart: SeriesChart, days: int, markers: list[ChartMarker]) -> SeriesChart:
    daily = series(days)
    chart.show(daily, rolling_average(daily), markers)
    chart_image(chart.chart, 700, 260)  # gives the chart a size, as a view would
    return chart


def names(chart: SeriesChart) -> list[str]:
    assert chart.marker_labels is not None
    return [item.text() for item in chart.marker_labels.shown()]


def test_markers_in_range_get_a_name_and_dates_out_of_range_get_none(qtbot: QtBot) -> None:
    inside = ChartMarker(D0 + dt.timedelta(days=10), "my first loss", strong=True)
    outside = ChartMarker(D0 + dt.timedelta(days=400), "Due date")
    chart = laid_out(SeriesChart("Cramping", YAxisSpec(0, 10), marker_labels=True), 60, [inside, outside])
    assert names(chart) == ["my first loss"]
    (item,) = chart.marker_labels.shown()  # type: ignore[union-attr]
    assert item.toolTip() == "my first loss (11 Jan 2026)"
    line_x = chart.chart.mapToPosition(QPointF(inside.date.toordinal(), 0), chart._dots).x()
    assert line_x < item.x() < line_x + GAP_PX  # beside its own line
    laid_out(chart, 60, [outside])
    assert names(chart) == []  # the earlier name is hidden, not left behind


def test_names_sit_above_the_highest_value_so_no_dot_is_covered(qtbot: QtBot) -> None:
    chart = laid_out(
        SeriesChart("Cramping", YAxisSpec(0, 10), marker_labels=True), 60, [ChartMarker(D0, "Loss", strong=True)]
    )
    (item,) = chart.marker_labels.shown()  # type: ignore[union-attr]
    top_dot = chart.chart.mapToPosition(QPointF(D0.toordinal(), 10), chart._dots).y()
    assert item.y() + item.boundingRect().height() <= top_dot - 2


def test_a_name_that_would_overlap_is_left_out_but_its_line_stays(qtbot: QtBot) -> None:
    markers = [
        ChartMarker(D0 + dt.timedelta(days=100), "Follow-up appointment"),
        ChartMarker(D0 + dt.timedelta(days=101), "my second loss", strong=True),
    ]
    chart = laid_out(SeriesChart("Cramping", YAxisSpec(0, 10), marker_labels=True), 365, markers)
    assert names(chart) == ["my second loss"]  # a loss is named first
    assert sum(1 for line in chart._marker_lines if line.count()) == 2


def test_the_printed_chart_keeps_no_names_unless_asked(qtbot: QtBot) -> None:
    daily = series(60)
    marker = [ChartMarker(D0 + dt.timedelta(days=5), "Loss", strong=True)]
    printed = build_series_chart("Cramping", YAxisSpec(0, 10), daily, rolling_average(daily), marker)
    assert printed.marker_labels is None
    assert not [item for item in printed.chart.childItems() if hasattr(item, "text")]
    named = build_series_chart("Cramping", YAxisSpec(0, 10), daily, rolling_average(daily), marker, marker_labels=True)
    chart_image(named.chart, 700, 260)
    assert names(named) == ["Loss"]


def test_spots_flip_left_at_the_edge_skip_overlaps_and_place_losses_first() -> None:
    def width_of(text: str) -> float:
        return 10.0 * len(text)

    def elide(text: str, width: float) -> str:
        return text if width_of(text) <= width else text[: int(width // 10) - 1] + "…"

    lines = [(100.0, "abc", False), (110.0, "loss", True), (390.0, "end", False), (200.0, "a long name here", False)]
    spots = choose_spots(lines, 0.0, 400.0, width_of, elide)
    assert spots[0] is None  # would touch "loss", which goes first
    assert spots[1] is not None and spots[1].left == 110.0 + GAP_PX / 2
    assert spots[2] is not None and spots[2].left == 390.0 - GAP_PX / 2 - 30.0  # no room on the right
    assert spots[3] is not None and spots[3].text.endswith("…")  # at most 30 % of the width


def test_numbers_thin_out_on_a_short_chart_instead_of_turning_into_dots(qtbot: QtBot) -> None:
    chart = SeriesChart("Cramping", YAxisSpec(0, 10), marker_labels=True)
    daily = series(60)
    chart.show(daily, rolling_average(daily), [ChartMarker(D0, "Loss", strong=True)])
    chart_image(chart.chart, 700, 400)
    tall = chart._y_axis.categoriesLabels()  # type: ignore[attr-defined]
    chart_image(chart.chart, 700, 110)
    short = chart._y_axis.categoriesLabels()  # type: ignore[attr-defined]
    assert tall == ["0", "2", "4", "6", "8", "10"]
    assert 2 <= len(short) < len(tall) and short[0] == "0"
