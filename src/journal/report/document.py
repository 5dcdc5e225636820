"""Putting the report together: lay out every page, then paint them with header and footer.

The PDF is PDF/A-1b with DejaVu Sans embedded, text selectable, charts as vectors. Rendering
never touches a widget, so it can run in a worker thread; `progress(done, total)` reports pages.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from journal.core.domain.catalog import SymptomCatalog
from journal.core.private_files import check_output, write_private
from journal.core.report.content import ClinicianReport, Section
from journal.report.day_table import lay_out_table
from journal.report.flow import FOOTER, HEADER, MARGIN, Flow, Page, draw_text, font, pt
from journal.report.medication_grid import lay_out_medication_grid
from journal.report.pictures_page import lay_out_pictures
from journal.report.printed_charts import ChartPicture, lay_out_charts, prepare_charts
from journal.report.summary_page import lay_out_summary
from journal.report.wording import disclaimer, long_date

Progress = Callable[[int, int], None]
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


_made_here: list[Any] = []  # keeps an application made by `ensure_application` alive for the process


def ensure_application() -> Any:
    """The running QApplication, or a new offscreen one for the command line (charts need one).

    One made here lives until the process ends: Qt must not see its application destroyed and
    re-created while fonts and charts are cached.
    """
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _made_here.append(QApplication(["journal"]))
    return _made_here[-1]


def _writer(device: QIODevice, paper: str) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setResolution(600)
    writer.setPageLayout(
        QPageLayout(QPageSize(PAGE_SIZES[paper]), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    writer.setTitle(QCoreApplication.translate("ClinicianReport", "Symptom and mood journal: summary"))
    writer.setCreator("Recovery Journal")
    return writer


def _paint_frame(painter: QPainter, flow: Flow, number: int, total: int, generated_on: dt.date) -> None:
    small = font(7.5)
    top = MARGIN
    painter.setPen(QColor("#333333"))
    draw_text(painter, QRectF(flow.left, top, flow.content_width - 120, HEADER), disclaimer(), small)
    generated = QCoreApplication.translate("ClinicianReport", "Generated {0}").format(long_date(generated_on))
    right = int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignTop)
    draw_text(painter, QRectF(flow.left, top, flow.content_width, HEADER), generated, small, right)
    painter.setPen(QPen(QColor("#999999"), pt(0.5)))
    line_y = pt(top + 12)
    painter.drawLine(int(pt(flow.left)), int(line_y), int(pt(flow.left + flow.content_width)), int(line_y))
    painter.setPen(QColor("#333333"))
    page_text = QCoreApplication.translate("ClinicianReport", "Page {0} of {1}").format(number, total)
    centre = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignTop)
    footer_top = flow.height - MARGIN - FOOTER + 8
    draw_text(painter, QRectF(flow.left, footer_top, flow.content_width, FOOTER), page_text, small, centre)


def render_report_pdf(
    report: ClinicianReport,
    catalog: SymptomCatalog,
    progress: Progress | None = None,
    charts: list[ChartPicture] | None = None,
) -> bytes:
    """The whole report as PDF bytes (nothing touches the disk here).

    Safe in a worker thread when `charts` comes from `prepare_charts` on the GUI thread; without
    it the charts are drawn here, so call it on the GUI thread.
    """
    if charts is None:
        charts = prepare_charts(report, catalog)
    buffer_bytes = QByteArray()
    buffer = QBuffer(buffer_bytes)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    paper = report.options.paper if report.options.paper in PAGE_SIZES else "A4"
    writer = _writer(buffer, paper)
    flow = Flow(writer, paper)
    sections = report.options.sections
    if Section.SUMMARY in sections:
        lay_out_summary(flow, report, catalog)
    lay_out_charts(flow, report, charts)
    if Section.TABLE in sections:
        lay_out_medication_grid(flow, report)
        lay_out_table(flow, report)
    lay_out_pictures(flow, report)
    if not flow.pages:
        flow.new_page()
    _paint_pages(writer, flow, flow.pages, report.generated_on, progress)
    buffer.close()
    return bytes(buffer_bytes.data())


def _paint_pages(
    writer: QPdfWriter, flow: Flow, pages: list[Page], generated_on: dt.date, progress: Progress | None
) -> None:
    painter = QPainter(writer)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        total = len(pages)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            _paint_frame(painter, flow, number, total, generated_on)
            for op in page.ops:
                painter.save()
                op(painter)
                painter.restore()
            if progress is not None:
                progress(number, total)
    finally:
        painter.end()


def write_report_pdf(
    report: ClinicianReport,
    catalog: SymptomCatalog,
    target: Path,
    progress: Progress | None = None,
    charts: list[ChartPicture] | None = None,
    *,
    replace: bool = False,
    protected: Sequence[Path] = (),
) -> int:
    """Render and put the PDF at `target` in one step (temp file beside it, then rename); returns pages.

    An existing file is replaced only with `replace`; never one in a journal's folder (`protected` adds folders).
    """
    check_output(target, replace=replace, protected=protected)
    data = render_report_pdf(report, catalog, progress, charts)
    write_private(target, data, replace=replace, protected=protected)
    return len(re.findall(rb"/Type\s*/Page\b", data))
