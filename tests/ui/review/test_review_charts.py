"""Charts render at the size asked for, even if never shown, and break their lines at gaps."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from journal.core.review.series import DailySeries, rolling_average
from journal.drawing.charts import ChartMarker, SeriesChart, YAxisSpec, chart_image
from journal.drawing.charts.time_axis import label_dates, label_text

D0 = dt.date(2026, 1, 1)


def sample() -> DailySeries:
    values = tuple(None if 10 <= i < 20 else float(i % 5) for i in range(40))
    return DailySeries("cramping", D0, values)


def test_average_line_breaks_where_the_record_is_thin(qtbot: QtBot) -> None:
    chart = SeriesChart("Cramping", YAxisSpec(0, 10))
    daily = sample()
    chart.show(daily, rolling_average(daily))
    assert chart.series_count == 2
    assert chart._dots.count() == 30
    chart.show(DailySeries("cramping", D0, (1.0,) * 10), rolling_average(DailySeries("cramping", D0, (1.0,) * 10)))
    assert chart.series_count == 1  # reused lines are emptied, not left behind


def test_a_never_shown_chart_renders_at_full_size(qtbot: QtBot) -> None:
    chart = SeriesChart("Cramping", YAxisSpec(0, 10))
    daily = sample()
    chart.show(daily, rolling_average(daily), [ChartMarker(D0 + dt.timedelta(days=3), "Loss", strong=True)])
    image = chart_image(chart.chart, 600, 240)
    assert chart.chart.plotArea().width() > 400  # laid out, not collapsed
    coloured = sum(
        1 for x in range(0, 600, 4) for y in range(0, 240, 4) if QColor(image.pixel(x, y)).name() not in ("#ffffff",)
    )
    assert coloured > 200
    again = chart_image(chart.chart, 300, 120)  # the caller still owns the chart afterwards
    assert again.width() == 300


def test_date_labels_fit_the_width_and_span() -> None:
    two_weeks = label_dates(D0, D0 + dt.timedelta(days=13), 600)
    assert two_weeks[0] == D0 and len(two_weeks) <= 7
    decade = label_dates(dt.date(2017, 1, 1), dt.date(2026, 12, 31), 500)
    assert all(d.month == 1 for d in decade) and len(decade) <= 7
    assert label_text(dt.date(2026, 3, 5), 14) == "5 Mar"
    assert label_text(dt.date(2026, 1, 1), 900) == "2026"


def test_charts_draw_into_a_pdf_as_vectors(qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from journal.drawing.charts import build_series_chart, render_chart

    daily = sample()
    chart = build_series_chart("Cramping or pain", YAxisSpec(0, 10), daily, rolling_average(daily))
    path = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    render_chart(
        chart.chart, painter, QRectF(0, 0, writer.width(), writer.width() * 0.4), QRectF(0, 0, 700, 280).size()
    )
    painter.end()
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Cramping or pain" in text  # real text, not a picture of text
    assert "Jan" in text


def test_month_labels_sit_on_the_first_of_the_month(qtbot: QtBot) -> None:
    start = dt.date(2026, 9, 2)  # a 3-month range that does not begin on a month start
    daily = DailySeries("cramping", start, (1.0,) * 91)
    chart = SeriesChart("Cramping", YAxisSpec(0, 10))
    chart.show(daily, rolling_average(daily))
    chart.fit_ticks(700)
    placed = {text: dt.date.fromordinal(int(x)) for text, x in chart._labels.items()}
    assert placed["Oct"] == dt.date(2026, 10, 1) and placed["Nov"] == dt.date(2026, 11, 1)
    assert all(day.day == 1 for day in placed.values())


def test_a_label_that_would_be_cut_at_the_right_end_is_left_out() -> None:
    dates = label_dates(dt.date(2026, 11, 19), dt.date(2026, 12, 1), 520)
    assert dates[0] == dt.date(2026, 11, 19) and dt.date(2026, 12, 1) not in dates
    assert label_text(dt.date(2026, 10, 14), 91) == "14 Oct"  # a day that is not a month start keeps its day


def test_a_key_date_on_the_first_day_stands_clear_of_the_value_axis(qtbot: QtBot) -> None:
    start = dt.date(2025, 11, 25)
    daily = DailySeries("cramping", start, (1.0,) * 365)
    chart = SeriesChart("Cramping", YAxisSpec(0, 10))
    chart.show(daily, rolling_average(daily), [ChartMarker(start, "Loss", strong=True)])
    chart_image(chart.chart, 700, 200)
    line_x = chart.chart.mapToPosition(QPointF(start.toordinal(), 0), chart._marker_lines[0]).x()
    assert line_x - chart.chart.plotArea().left() >= 4  # half a day of a year would be under one pixel
