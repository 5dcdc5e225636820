"""Charts of pain, bleeding, tiredness and mood, drawn as vectors with the review view's chart code.

Each chart shows a dot per recorded day and the 7-day average; days without a value are gaps.
The charts share one time axis: one width, one left edge (`SharedLeftEdge`), so a date sits at the
same x on each. Key dates in the range are numbered lines (dashed for a loss, dotted otherwise),
explained in a legend under the charts, so they read in black-and-white print too.

QtCharts objects belong to the GUI thread, so `prepare_charts` draws each chart into a QPicture
(a recording of vector painting commands) on the calling thread; the PDF, which may be painted
in a worker thread, only replays those recordings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QPainter, QPicture

from journal.core.domain.catalog import SymptomCatalog
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.domain.mood import mood_word
from journal.core.report.content import ClinicianReport, Section
from journal.core.review.series import MOOD, daily_series, rolling_average
from journal.report.flow import MARGIN, PAPER_POINTS, Flow, font, pt
from journal.report.wording import day_count, key_date_kind, long_date, own_label

CHART_HEIGHT = 150.0
SCENE_SCALE = 96.0 / 72.0  # the chart lays out in screen pixels; the PDF gets the same picture scaled


@dataclass(frozen=True)
class ChartPicture:
    picture: QPicture
    scene_size: QSizeF


def chart_specs(catalog: SymptomCatalog) -> list[tuple[str, str, Any]]:
    from journal.drawing.charts import YAxisSpec

    bleeding = catalog.get("bleeding") if "bleeding" in catalog else None
    bleeding_labels = tuple((float(i), label) for i, label in enumerate(bleeding.level_labels if bleeding else ()))
    ten = tuple((float(n), str(n)) for n in range(0, 11, 2))
    return [
        ("cramping", QCoreApplication.translate("ClinicianReport", "Cramping or pain (0–10)"), YAxisSpec(0, 10, ten)),
        (
            "bleeding",
            QCoreApplication.translate("ClinicianReport", "Bleeding"),
            YAxisSpec(0, max(1, len(bleeding_labels) - 1), bleeding_labels),
        ),
        ("tiredness", QCoreApplication.translate("ClinicianReport", "Tiredness (0–10)"), YAxisSpec(0, 10, ten)),
        (
            MOOD,
            QCoreApplication.translate("ClinicianReport", "Mood (1 very low – 5 good)"),
            YAxisSpec(1, 5, tuple((float(n), f"{n} {mood_word(n).lower()}") for n in range(1, 6))),
        ),
    ]


def chart_key_dates(report: ClinicianReport) -> list[KeyDate]:
    """The key dates the charts mark, numbered 1, 2… in this order."""
    if Section.KEY_DATES not in report.options.sections:
        return []
    return list(report.summary.key_dates)


def build_print_charts(report: ClinicianReport, catalog: SymptomCatalog) -> list[Any]:
    """The four charts laid out at their printed size on one time axis (each in its own scene)."""
    from PySide6.QtWidgets import QGraphicsScene

    from journal.drawing.charts import ChartMarker, build_series_chart
    from journal.drawing.charts.left_edge import SharedLeftEdge

    options = report.options
    markers = [
        ChartMarker(kd.date, str(number), kd.kind is KeyDateKind.LOSS)
        for number, kd in enumerate(chart_key_dates(report), start=1)
    ]
    size = chart_scene_size(options.paper)
    built_charts = []
    edge = SharedLeftEdge()
    for metric, title, axis in chart_specs(catalog):
        daily = daily_series(report.entries, metric, options.start, options.end, catalog)
        built = build_series_chart(title, axis, daily, rolling_average(daily), markers, marker_labels=True)
        _style_for_print(built, size.width())
        scene = QGraphicsScene()
        scene.addItem(built.chart)
        built.chart.resize(size)
        built.scene = scene  # kept with the chart until it is drawn
        edge.add(built.chart)
        built_charts.append(built)
    edge.align()
    for built in built_charts:
        built.chart.layout().activate()
    return built_charts


def chart_scene_size(paper: str) -> QSizeF:
    width = PAPER_POINTS.get(paper, PAPER_POINTS["A4"])[0] - 2 * MARGIN
    return QSizeF(width * SCENE_SCALE, CHART_HEIGHT * SCENE_SCALE)


def prepare_charts(report: ClinicianReport, catalog: SymptomCatalog) -> list[ChartPicture]:
    """Draw the four charts into recordings; call on the GUI thread (QtCharts lives there)."""
    from journal.drawing.charts import render_chart

    if Section.CHARTS not in report.options.sections:
        return []
    size = chart_scene_size(report.options.paper)
    pictures = []
    for built in build_print_charts(report, catalog):
        picture = QPicture()
        painter = QPainter(picture)
        render_chart(built.chart, painter, QRectF(0, 0, size.width(), size.height()), size)
        painter.end()
        pictures.append(ChartPicture(picture, size))
    return pictures


def key_date_legend(report: ClinicianReport) -> str:
    """ "Key dates on the charts: 1 — 20 Sept 2026, Pregnancy loss (dashed line); 2 — …" """
    items = []
    for number, kd in enumerate(chart_key_dates(report), start=1):
        style = (
            QCoreApplication.translate("ClinicianReport", "dashed line")
            if kd.kind is KeyDateKind.LOSS
            else QCoreApplication.translate("ClinicianReport", "dotted line")
        )
        label = own_label(kd)
        name = f"{key_date_kind(kd.kind)}: {label}" if label else key_date_kind(kd.kind)
        items.append(f"{number} — {long_date(kd.date)}, {name} ({style})")
    if not items:
        return ""
    return QCoreApplication.translate("ClinicianReport", "Key dates on the charts: {0}.").format("; ".join(items))


def _style_for_print(built: Any, scene_width: float) -> None:
    """DejaVu Sans everywhere in the chart (one embedded family), and date labels for the printed width."""
    chart = built.chart
    chart.setTitleFont(font(9, bold=True))
    for axis in chart.axes():
        axis.setLabelsFont(font(7))
        axis.setTitleFont(font(7))
    built.fit_ticks(scene_width)


def _replay(painter: QPainter, chart: ChartPicture, rect_points: QRectF) -> None:
    # drawPicture already scales by the ratio of the two devices' resolutions; add what remains.
    device = painter.device()
    automatic_x = device.logicalDpiX() / chart.picture.logicalDpiX()
    automatic_y = device.logicalDpiY() / chart.picture.logicalDpiY()
    painter.translate(pt(rect_points.x()), pt(rect_points.y()))
    painter.scale(
        pt(rect_points.width()) / chart.scene_size.width() / automatic_x,
        pt(rect_points.height()) / chart.scene_size.height() / automatic_y,
    )
    painter.drawPicture(0, 0, chart.picture)


def lay_out_charts(flow: Flow, report: ClinicianReport, charts: list[ChartPicture]) -> None:
    """Add the charts after the summary, keeping the heading with the first chart."""
    if Section.CHARTS not in report.options.sections or not charts:
        return
    flow.new_page()  # page one is the one-minute page; the charts start the next
    flow.paragraph(QCoreApplication.translate("ClinicianReport", "Charts"), font(12, bold=True), gap=2)
    flow.paragraph(
        QCoreApplication.translate(
            "ClinicianReport",
            "Dots: each recorded day. Line: 7-day average (shown where at least 3 of the 7 days have a value, "
            "up to the last day with one). Gaps: days without a value. Numbered lines: key dates, listed below.",
        ),
        font(8, italic=True),
        gap=6,
    )
    for chart in charts:
        y = flow.take(CHART_HEIGHT + 8)
        rect = QRectF(flow.left, y, flow.content_width, CHART_HEIGHT)
        flow.draw(lambda p, c=chart, r=rect: _replay(p, c, r))
    if legend := key_date_legend(report):
        flow.paragraph(legend, font(8), gap=4)
    if compared := comparison_text(report):
        flow.space(4)
        flow.paragraph(compared, font(8.5), gap=4)


def comparison_text(report: ClinicianReport) -> str:
    """ "Compared with the previous 35 days (27 Aug – 30 Sept): …" for bleeding days, pain and mood."""
    found = report.comparison
    if found is None:
        return ""
    now, before = found.now, found.before

    def value(number: float | None, out_of: str) -> str:
        return (
            QCoreApplication.translate("ClinicianReport", "not recorded") if number is None else f"{number:.1f}{out_of}"
        )

    parts = [
        QCoreApplication.translate("ClinicianReport", "days with bleeding {0} (before: {1})").format(
            now.bleeding_days, before.bleeding_days
        ),
        QCoreApplication.translate("ClinicianReport", "pain average {0} (before: {1})").format(
            value(now.pain_average, "/10"), value(before.pain_average, "/10")
        ),
        QCoreApplication.translate("ClinicianReport", "mood average {0} (before: {1})").format(
            value(now.mood_average, "/5"), value(before.mood_average, "/5")
        ),
        QCoreApplication.translate("ClinicianReport", "days recorded {0} (before: {1})").format(
            now.days_recorded, before.days_recorded
        ),
    ]
    length = (found.before_end - found.before_start).days + 1
    return QCoreApplication.translate("ClinicianReport", "Compared with the previous {0} ({1} – {2}): {3}.").format(
        day_count(length), long_date(found.before_start), long_date(found.before_end), "; ".join(parts)
    )
