"""The day-by-day table: one row per calendar day in the range, units in every cell.

A day without an entry is one grey "no entry" row, never a row of zeros. The header row repeats
on each page. A note, when the person chose to include it, runs under its day across the table.
A fever or heavy bleeding is boxed and bold (it survives greyscale print and photocopies); a day
written more than a day after its date carries ✎ after the date. A legend above the table says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from journal.core.report.content import TABLE_SYMPTOMS, ClinicianReport, DayRow, Section
from journal.report.flow import Flow, draw_text, font, pt
from journal.report.wording import LATER_MARK, short_date

CELL_FONT_SIZE = 7.5
PADDING = 2.5
GRID = "#b8b8b8"
MUTED = "#666666"
SHADE = "#eeeeee"


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    width: float  # points; the last column takes what is left


def columns(report: ClinicianReport, total_width: float) -> list[Column]:
    labels = report.column_labels
    fixed = [
        Column("date", QCoreApplication.translate("ClinicianReport", "Date"), 84 if _spans_years(report) else 64),
        Column("mood", QCoreApplication.translate("ClinicianReport", "Mood (1–5)"), 34),
        Column("bleeding", labels["bleeding"], 50),
        Column("pads", labels["pads"], 40),
        Column("clots", labels["clots"], 28),
        Column("cramping", QCoreApplication.translate("ClinicianReport", "Pain (0–10)"), 36),
        Column("tiredness", QCoreApplication.translate("ClinicianReport", "Tired (0–10)"), 38),
        Column("sleep_hours", labels["sleep_hours"], 34),
        Column("temperature", QCoreApplication.translate("ClinicianReport", "Temp."), 42),
    ]
    used = sum(c.width for c in fixed)
    if Section.CARE in report.options.sections:
        last = QCoreApplication.translate("ClinicianReport", "Other symptoms; self-care and medications")
    else:
        last = QCoreApplication.translate("ClinicianReport", "Other symptoms")
    return [*fixed, Column("other", last, total_width - used)]


def _spans_years(report: ClinicianReport) -> bool:
    return report.options.start.year != report.options.end.year


def yes_no(value: str) -> str:
    """A yes/no symptom's value in the report's language (core writes "yes" and "no")."""
    if value == "yes":
        return QCoreApplication.translate("ClinicianReport", "yes")
    if value == "no":
        return QCoreApplication.translate("ClinicianReport", "no")
    return value


def cell_texts(row: DayRow, report: ClinicianReport) -> dict[str, str]:
    date = short_date(row.date, _spans_years(report))
    texts = {
        "date": f"{date} {LATER_MARK}" if row.written_later else date,
        "mood": row.mood,
        **{k: yes_no(row.cells.get(k, "")) for k in TABLE_SYMPTOMS},
    }
    other_symptoms = ", ".join(f"{label} {yes_no(value)}" for label, value in row.other_items)
    other = [other_symptoms] if other_symptoms else []
    if Section.CARE in report.options.sections and row.care:
        other.append(row.care)
    texts["other"] = "; ".join(other)
    return texts


def _row_height(flow: Flow, texts: dict[str, str], cols: list[Column], bold: bool = False) -> float:
    cell_font = font(CELL_FONT_SIZE, bold=bold)
    heights = [flow.text_height(texts[c.key], cell_font, c.width - 2 * PADDING) for c in cols if texts.get(c.key)]
    return max([*heights, 9.0]) + 2 * PADDING


def _paint_row(
    painter: QPainter,
    x: float,
    y: float,
    height: float,
    cols: list[Column],
    texts: dict[str, str],
    *,
    bold: bool = False,
    shaded: bool = False,
    muted: bool = False,
    rule: bool = True,
    marked: frozenset[str] = frozenset(),
) -> None:
    width = sum(c.width for c in cols)
    if shaded:
        painter.fillRect(QRectF(pt(x), pt(y), pt(width), pt(height)), QColor(SHADE))
    painter.setPen(QColor(MUTED if muted else "#000000"))
    cell_x = x
    for column in cols:
        rect = QRectF(cell_x + PADDING, y + PADDING, column.width - 2 * PADDING, height - PADDING)
        strong = bold or column.key in marked
        draw_text(painter, rect, texts.get(column.key, ""), font(CELL_FONT_SIZE, bold=strong, italic=muted))
        if column.key in marked:
            painter.save()
            painter.setPen(QPen(QColor("#000000"), pt(0.9)))
            painter.drawRect(QRectF(pt(cell_x + 1), pt(y + 1), pt(column.width - 2), pt(height - 2)))
            painter.restore()
            painter.setPen(QColor(MUTED if muted else "#000000"))
        cell_x += column.width
    if rule:
        _rule(painter, x, y + height, width)


def _rule(painter: QPainter, x: float, y: float, width: float) -> None:
    painter.setPen(QPen(QColor(GRID), pt(0.4)))
    painter.drawLine(QLineF(pt(x), pt(y), pt(x + width), pt(y)))


def table_legend(report: ClinicianReport) -> str:
    legend = QCoreApplication.translate(
        "ClinicianReport", "Boxed and bold: a temperature at or above 38.0 °C / 100.4 °F, or heavy bleeding."
    )
    if any(row.written_later for row in report.rows):
        later = QCoreApplication.translate(
            "ClinicianReport", "{0} after the date: that day was first written more than a day later."
        ).format(LATER_MARK)
        legend = f"{legend} {later}"
    if report.first_page.written.unknown:
        older = QCoreApplication.translate(
            "ClinicianReport", "Days written before the journal kept these times carry no mark."
        )
        legend = f"{legend} {older}"
    return legend


def lay_out_table(flow: Flow, report: ClinicianReport, progress: object = None) -> None:
    cols = columns(report, flow.content_width)
    titles = {c.key: c.title for c in cols}
    header_height = _row_height(flow, titles, cols, bold=True)
    heading = QCoreApplication.translate("ClinicianReport", "Day by day")

    def table_header() -> None:
        y = flow.take(header_height)
        x = flow.left
        flow.draw(lambda p: _paint_row(p, x, y, header_height, cols, titles, bold=True, shaded=True))

    if not flow.pages or flow.y + 30 + header_height + 3 * 14 > flow.bottom:
        flow.new_page()  # keep the heading with the header row and a few days
    else:
        flow.space(10)
    flow.paragraph(heading, font(12, bold=True), gap=3)
    flow.paragraph(table_legend(report), font(7.5, italic=True), gap=5)
    table_header()
    for row in report.rows:
        if row.recorded:
            texts = cell_texts(row, report)
            height = _row_height(flow, texts, cols)
        else:
            texts = {
                "date": short_date(row.date, _spans_years(report)),
                "mood": QCoreApplication.translate("ClinicianReport", "no entry"),
            }
            height = 9.0 + 2 * PADDING
        note_height = 0.0
        note_text = ""
        if row.note:
            note_text = QCoreApplication.translate("ClinicianReport", "Note: {0}").format(row.note)
            note_height = flow.text_height(note_text, font(CELL_FONT_SIZE, italic=True), flow.content_width - 64)
            note_height += 2 * PADDING
        if flow.y + height + note_height > flow.bottom:
            flow.new_page()
            table_header()
        y = flow.take(height)
        x = flow.left
        if row.recorded:
            ruled = not note_text
            marked = frozenset(k for k, on in (("temperature", row.fever), ("bleeding", row.heavy_bleeding)) if on)
            flow.draw(
                lambda p, x=x, y=y, t=texts, h=height, r=ruled, m=marked: _paint_row(
                    p, x, y, h, cols, t, rule=r, marked=m
                )
            )
        else:
            no_entry = [cols[0], Column("mood", "", sum(c.width for c in cols[1:]))]
            flow.draw(lambda p, x=x, y=y, t=texts, c=no_entry: _paint_row(p, x, y, 9.0 + 2 * PADDING, c, t, muted=True))
        if note_text:
            ny = flow.take(note_height)
            rect = QRectF(x + 60, ny + PADDING, flow.content_width - 64, note_height)
            flow.draw(lambda p, r=rect, t=note_text: draw_text(p, r, t, font(CELL_FONT_SIZE, italic=True)))
            flow.draw(lambda p, x=x, y=ny + note_height, w=flow.content_width: _rule(p, x, y, w))
