"""Medications day by day: one row per day with any medication recorded, one column per medication.

Columns are the medications exactly as the person wrote them ("Mefenamic acid (500 mg)"); a cell is
ticked on the days it was recorded. No dose is worked out or filled in. Days without any medication
are left out (the sentence above the grid says so); beyond MAX_COLUMNS medications, the rest are
named in a last column.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication

from journal.core.report.content import ClinicianReport, Section
from journal.report.day_table import CELL_FONT_SIZE, PADDING, Column, _paint_row, _row_height
from journal.report.flow import Flow, font
from journal.report.wording import short_date

MAX_COLUMNS = 6
TICK = "✓"
DATE_WIDTH = 70.0


def grid_medications(report: ClinicianReport) -> list[str]:
    counts: Counter[str] = Counter(name for row in report.rows for name in row.medications)
    return [name for name, _ in counts.most_common(MAX_COLUMNS)]


def lay_out_medication_grid(flow: Flow, report: ClinicianReport) -> None:
    if Section.CARE not in report.options.sections:
        return
    days = [row for row in report.rows if row.medications]
    names = grid_medications(report)
    if not days:
        return
    rest = any(name not in names for row in days for name in row.medications)
    width = flow.content_width - DATE_WIDTH
    share = width / (len(names) + (1 if rest else 0))
    cols = [Column("date", QCoreApplication.translate("ClinicianReport", "Date"), DATE_WIDTH)]
    cols += [Column(f"m{index}", name, share) for index, name in enumerate(names)]
    if rest:
        cols.append(Column("rest", QCoreApplication.translate("ClinicianReport", "Other medications"), share))
    titles = {c.key: c.title for c in cols}
    header_height = _row_height(flow, titles, cols, bold=True)
    if not flow.pages or flow.y + 40 + header_height + 3 * 14 > flow.bottom:
        flow.new_page()
    else:
        flow.space(10)
    flow.paragraph(QCoreApplication.translate("ClinicianReport", "Medications, day by day"), font(12, bold=True), gap=3)
    flow.paragraph(
        QCoreApplication.translate(
            "ClinicianReport",
            "As the patient recorded them, with the amount they wrote. Days without any medication are left out.",
        ),
        font(7.5, italic=True),
        gap=5,
    )

    def header() -> None:
        y = flow.take(header_height)
        x = flow.left
        flow.draw(lambda p: _paint_row(p, x, y, header_height, cols, titles, bold=True, shaded=True))

    header()
    spans_years = report.options.start.year != report.options.end.year
    for row in days:
        texts = {"date": short_date(row.date, spans_years)}
        for index, name in enumerate(names):
            if name in row.medications:
                texts[f"m{index}"] = TICK
        if rest:
            texts["rest"] = ", ".join(name for name in row.medications if name not in names)
        height = max(_row_height(flow, texts, cols), CELL_FONT_SIZE + 2 * PADDING)
        if flow.y + height > flow.bottom:
            flow.new_page()
            header()
        y = flow.take(height)
        x = flow.left
        flow.draw(lambda p, x=x, y=y, t=texts, h=height: _paint_row(p, x, y, h, cols, t))
