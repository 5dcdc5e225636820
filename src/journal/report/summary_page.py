"""Page one: what a clinician asks first, readable in a minute, each line only when there is something to say.

The loss (also one before the range) with its kind, weeks, management and "day N since"; the facts
card; hCG as a small table with a log-scale mini chart; home tests, other results, the first period;
bleeding, temperatures, pain, dizziness; mood in the first and last 14 days; tiredness and sleep;
appointments with outcomes and, when chosen, open questions; and when the days were written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QRectF

from journal.core.care.results import TestResult, format_hcg
from journal.core.domain.catalog import SymptomCatalog
from journal.core.domain.key_dates import KeyDateKind
from journal.core.domain.mood import mood_word
from journal.core.report.content import ClinicianReport, Section
from journal.core.report.first_page import DIZZINESS_TOP, FirstPage, MoodWindow, Scale
from journal.report.flow import Flow, draw_text, font
from journal.report.hcg_chart import HCG_CHART_WIDTH, draw_hcg_chart
from journal.report.wording import (
    LATER_MARK,
    date_range,
    dates_text,
    day_count,
    day_month,
    home_test,
    key_date_line,
    long_date,
    loss_kind,
    management,
    number,
    one_decimal,
    own_label,
    weeks,
)

LABEL_WIDTH = 118.0
VALUE_SIZE = 9.0
HCG_ROW = 11.0


def lay_out_title(flow: Flow, report: ClinicianReport) -> None:
    options = report.options
    flow.paragraph(
        QCoreApplication.translate("ClinicianReport", "Symptom and mood journal: summary"), font(15, bold=True), gap=4
    )
    who = []
    if options.name.strip():
        who.append(QCoreApplication.translate("ClinicianReport", "Name: {0}").format(options.name.strip()))
    if options.birth_date is not None:
        who.append(
            QCoreApplication.translate("ClinicianReport", "Date of birth: {0}").format(long_date(options.birth_date))
        )
    if who:
        flow.paragraph("    ".join(who), font(10), gap=3)
    flow.paragraph(date_range(options.start, options.end), font(11, bold=True), gap=6)


def _fact(flow: Flow, label: str, value: str) -> None:
    value_font = font(VALUE_SIZE)
    width = flow.content_width - LABEL_WIDTH
    label_font = font(VALUE_SIZE, bold=True)
    height = max(flow.text_height(value, value_font, width), flow.text_height(label, label_font, LABEL_WIDTH - 8))
    y = flow.take(height + 4)
    x = flow.left
    flow.draw(lambda p: draw_text(p, QRectF(x, y, LABEL_WIDTH - 8, height + 2), label, label_font))
    flow.draw(lambda p: draw_text(p, QRectF(x + LABEL_WIDTH, y, width, height + 2), value, value_font))


def _scale_text(scale: Scale, out_of: str) -> str:
    return QCoreApplication.translate("ClinicianReport", "Average {0}{3} over {1}; highest {2}{3} on {4}.").format(
        one_decimal(scale.average), day_count(scale.days), number(scale.highest), out_of, day_month(scale.highest_on)
    )


def _mood_window(window: MoodWindow) -> str:
    ordered = sorted(window.counts.items(), key=lambda item: (-item[1], item[0]))
    counts = ", ".join(f"{mood_word(step).lower()} {count}" for step, count in ordered)
    return QCoreApplication.translate("ClinicianReport", "({0} – {1}): {2}").format(
        day_month(window.start), day_month(window.end), counts
    )


def loss_lines(page: FirstPage, end: dt.date) -> list[str]:
    lines = []
    for loss in page.losses:
        kd = loss.key_date
        details = [part for part in (own_label(kd),) if part]
        if kd.loss_kind is not None:
            details.append(loss_kind(kd.loss_kind))
        if kd.weeks is not None:
            details.append(weeks(kd.weeks))
        if kd.management is not None:
            details.append(management(kd.management))
        since = QCoreApplication.translate("ClinicianReport", "Day {0} since, on {1}.").format(
            loss.days_since, long_date(end)
        )
        lines.append(f"{long_date(kd.date)}: " + ", ".join(details) + f". {since}" if details else since)
    return lines


def facts_text(page: FirstPage) -> str:
    facts = page.facts
    if facts is None:
        return ""
    parts = []
    if facts.blood_group is not None or facts.rh is not None:
        group = facts.blood_group.value if facts.blood_group else ""
        rh = {
            "positive": QCoreApplication.translate("ClinicianReport", "Rh positive"),
            "negative": QCoreApplication.translate("ClinicianReport", "Rh negative"),
        }.get(facts.rh.value if facts.rh else "", "")
        parts.append(
            QCoreApplication.translate("ClinicianReport", "Blood group {0}").format(
                ", ".join(p for p in (group, rh) if p)
            )
        )
    if facts.anti_d_date is not None:
        parts.append(
            QCoreApplication.translate("ClinicianReport", "anti-D given {0}").format(long_date(facts.anti_d_date))
        )
    text = "; ".join(parts)
    if facts.note.strip():
        note = QCoreApplication.translate("ClinicianReport", "Things my clinician should know: {0}").format(
            facts.note.strip()
        )
        text = f"{text}.\n{note}" if text else note
    return text


def bleeding_text(page: FirstPage, catalog: SymptomCatalog) -> str:
    b = page.bleeding
    if b.recorded_days == 0:
        return ""
    if b.none_recorded:
        return QCoreApplication.translate("ClinicianReport", "Recorded as none on {0}.").format(
            day_count(b.recorded_days)
        )
    definition = catalog.get("bleeding") if "bleeding" in catalog else None

    def level(key: str) -> str:
        if definition is not None and key in definition.levels and definition.level_labels:
            return definition.level_labels[definition.levels.index(key)].lower()
        return key

    none_days = b.recorded_days - b.bleeding_days
    levels = [f"{level(key)} {count}" for key, count in reversed(list(b.by_level.items()))]
    if none_days:
        levels.append(f"{level('none')} {none_days}")
    parts = [
        QCoreApplication.translate("ClinicianReport", "Days at each level: {0}.").format(", ".join(levels)),
    ]
    if b.heaviest is not None:
        parts.append(
            QCoreApplication.translate("ClinicianReport", "{0} on {1}: {2}.").format(
                level(b.heaviest).capitalize(), day_count(len(b.heaviest_dates)), dates_text(b.heaviest_dates)
            )
        )
    if b.last_bleeding is not None:
        parts.append(
            QCoreApplication.translate("ClinicianReport", "Last day with any bleeding: {0}.").format(
                long_date(b.last_bleeding)
            )
        )
    if b.most_pads is not None:
        parts.append(
            QCoreApplication.translate("ClinicianReport", "Most pads in a day: {0} on {1}.").format(
                number(b.most_pads.value), day_month(b.most_pads.date)
            )
        )
    if b.clot_dates:
        parts.append(
            QCoreApplication.translate("ClinicianReport", "Clots on {0}: {1}.").format(
                day_count(len(b.clot_dates)), dates_text(b.clot_dates)
            )
        )
    return " ".join(parts)


def temperature_text(page: FirstPage) -> str:
    if page.fevers:
        readings = "; ".join(
            QCoreApplication.translate("ClinicianReport", "{0} on {1}").format(
                f"{number(f.reading.value)} °{f.reading.unit}", day_month(f.date)
            )
            for f in page.fevers
        )
        return QCoreApplication.translate(
            "ClinicianReport", "At or above 38.0 °C / 100.4 °F: {0} ({1} of {2} readings)."
        ).format(readings, len(page.fevers), page.temperature_readings)
    if page.temperature_readings:
        return QCoreApplication.translate(
            "ClinicianReport", "{0} readings; none at or above 38.0 °C / 100.4 °F."
        ).format(page.temperature_readings)
    return ""


def dizziness_text(page: FirstPage) -> str:
    if not page.dizziness:
        return ""
    by_value: dict[float, list[object]] = {}
    for item in page.dizziness:
        by_value.setdefault(item.value, []).append(item.date)
    parts = [
        QCoreApplication.translate("ClinicianReport", "{0}/3 on {1}").format(number(value), dates_text(dates))  # type: ignore[arg-type]
        for value, dates in sorted(by_value.items(), reverse=True)
    ]
    return QCoreApplication.translate("ClinicianReport", "At the top levels ({0}–3 of 3): {1}.").format(
        DIZZINESS_TOP, "; ".join(parts)
    )


def sleep_text(page: FirstPage) -> str:
    if page.sleep is None or page.sleep_fewest is None:
        return ""
    return QCoreApplication.translate("ClinicianReport", "Average {0} h over {1}; fewest {2} h on {3}.").format(
        one_decimal(page.sleep.average), day_count(page.sleep.days), number(page.sleep_fewest.value),
        day_month(page.sleep_fewest.date),
    )  # fmt: skip


def written_text(page: FirstPage) -> str:
    w = page.written
    if w.days == 0:
        return ""
    known = w.days - w.unknown
    parts = []
    if known:
        parts.append(
            QCoreApplication.translate("ClinicianReport", "{0} of {1} days written on the day").format(
                w.on_the_day, known
            )
        )
        if w.next_day:
            parts.append(QCoreApplication.translate("ClinicianReport", "{0} the day after").format(w.next_day))
        if w.later:
            parts.append(
                QCoreApplication.translate(
                    "ClinicianReport", "{0} filled in more than a day later (marked {1} in the day table)"
                ).format(len(w.later), LATER_MARK)
            )
    text = "; ".join(parts) + ("." if parts else "")
    if w.unknown:
        older = QCoreApplication.translate(
            "ClinicianReport", "{0} written before the journal kept these times, so not known."
        ).format(day_count(w.unknown))
        text = f"{text} {older}".strip()
    return text


def hcg_rows(page: FirstPage) -> list[tuple[str, str, str]]:
    """(date, value with unit, note) for each hCG result shown, the one before the range first."""
    rows = []
    for result in page.hcg:
        note = ""
        if result is page.hcg_before:
            note = QCoreApplication.translate("ClinicianReport", "last before this range")
        if result.non_pregnant_level:
            mark = QCoreApplication.translate("ClinicianReport", "patient marked: non-pregnant level")
            note = f"{note}; {mark}" if note else mark
        rows.append((long_date(result.date), f"{format_hcg(result.value or 0)} {_unit(result)}", note))
    return rows


def _unit(result: TestResult) -> str:
    return result.unit.value if result.unit else ""


def _lay_out_hcg(flow: Flow, report: ClinicianReport) -> None:
    page = report.first_page
    rows = hcg_rows(page)
    if not rows:
        return
    note_font = font(7.5, italic=True)
    notes_end = max(
        (i * HCG_ROW + flow.text_height(n, note_font, 92) for i, (_, _, n) in enumerate(rows) if n), default=0
    )
    chart_height = max(70.0, HCG_ROW * len(rows) + 8)
    y = flow.take(max(chart_height, notes_end) + 6)
    x = flow.left
    label_font, value_font = font(VALUE_SIZE, bold=True), font(VALUE_SIZE)
    label = QCoreApplication.translate("ClinicianReport", "hCG (blood)")
    flow.draw(lambda p: draw_text(p, QRectF(x, y, LABEL_WIDTH - 8, HCG_ROW + 2), label, label_font))
    table_x = x + LABEL_WIDTH
    for index, (date, value, note) in enumerate(rows):
        row_y = y + index * HCG_ROW
        flow.draw(lambda p, t=date, ry=row_y: draw_text(p, QRectF(table_x, ry, 66, HCG_ROW + 2), t, value_font))
        flow.draw(lambda p, t=value, ry=row_y: draw_text(p, QRectF(table_x + 66, ry, 62, HCG_ROW + 2), t, value_font))
        if note:
            flow.draw(
                lambda p, t=note, ry=row_y: draw_text(p, QRectF(table_x + 128, ry + 1, 92, HCG_ROW * 2), t, note_font)
            )
    chart_rect = QRectF(flow.left + flow.content_width - HCG_CHART_WIDTH, y, HCG_CHART_WIDTH, chart_height)
    markers = [line.key_date.date for line in page.losses]
    points = [(r.date, r.value or 0.0) for r in page.hcg]
    flow.draw(lambda p: draw_hcg_chart(p, chart_rect, points, markers, report.options.start, report.options.end))


def summary_facts(report: ClinicianReport, catalog: SymptomCatalog) -> list[tuple[str, str]]:
    """(label, value) lines of page one before and after the hCG block, in reading order."""
    page, s = report.first_page, report.summary
    sections = report.options.sections
    facts: list[tuple[str, str]] = [
        (
            QCoreApplication.translate("ClinicianReport", "Days recorded"),
            QCoreApplication.translate("ClinicianReport", "{0} of {1}; days without an entry: {2}").format(
                s.days_recorded, day_count(s.day_count), s.day_count - s.days_recorded
            ),
        )
    ]
    if Section.KEY_DATES in sections:
        for line in loss_lines(page, report.options.end):
            facts.append((QCoreApplication.translate("ClinicianReport", "Pregnancy loss"), line))
    if text := facts_text(page):
        facts.append((QCoreApplication.translate("ClinicianReport", "Medical facts"), text))
    return facts


def later_facts(report: ClinicianReport, catalog: SymptomCatalog) -> list[tuple[str, str]]:
    page, s = report.first_page, report.summary
    sections = report.options.sections
    facts: list[tuple[str, str]] = []
    if page.home_tests:
        tests = "; ".join(f"{long_date(r.date)}: {home_test(r.reading)}" for r in page.home_tests if r.reading)
        facts.append((QCoreApplication.translate("ClinicianReport", "Home pregnancy tests"), tests))
    if page.other_results:
        others = "\n".join(f"{long_date(r.date)}: {r.note.strip()}" for r in page.other_results)
        facts.append((QCoreApplication.translate("ClinicianReport", "Scans and other results"), others))
    if page.first_period is not None:
        period = long_date(page.first_period)
        loss = max((line.key_date.date for line in page.losses if line.key_date.date < page.first_period), default=None)
        if loss is not None:
            period = QCoreApplication.translate("ClinicianReport", "{0} (day {1} since the loss)").format(
                period, (page.first_period - loss).days
            )
        facts.append((QCoreApplication.translate("ClinicianReport", "First period after the loss"), period))
    if text := bleeding_text(page, catalog):
        facts.append((QCoreApplication.translate("ClinicianReport", "Bleeding"), text))
    if text := temperature_text(page):
        facts.append((QCoreApplication.translate("ClinicianReport", "Temperature"), text))
    if page.pain is not None:
        facts.append(
            (QCoreApplication.translate("ClinicianReport", "Cramping or pain (0–10)"), _scale_text(page.pain, "/10"))
        )
    if text := dizziness_text(page):
        facts.append((QCoreApplication.translate("ClinicianReport", "Dizziness"), text))
    moods = [
        QCoreApplication.translate("ClinicianReport", "First 14 days {0}").format(_mood_window(page.mood_first))
        if page.mood_first
        else "",
        QCoreApplication.translate("ClinicianReport", "Last 14 days {0}").format(_mood_window(page.mood_last))
        if page.mood_last
        else "",
    ]
    if any(moods):
        facts.append((QCoreApplication.translate("ClinicianReport", "Mood (days)"), "\n".join(m for m in moods if m)))
    if page.tiredness is not None:
        facts.append(
            (QCoreApplication.translate("ClinicianReport", "Tiredness (0–10)"), _scale_text(page.tiredness, "/10"))
        )
    if text := sleep_text(page):
        facts.append((QCoreApplication.translate("ClinicianReport", "Sleep"), text))
    if Section.CARE in sections and s.medication_days:
        medications = "; ".join(f"{name}: {day_count(count)}" for name, count in s.medication_days.items())
        facts.append((QCoreApplication.translate("ClinicianReport", "Medications recorded"), medications))
    if Section.KEY_DATES in sections:
        if page.appointments:
            lines = []
            for kd in page.appointments:
                line = key_date_line(kd)
                if kd.outcome.strip():
                    line += "\n" + QCoreApplication.translate("ClinicianReport", "Outcome: {0}").format(
                        kd.outcome.strip()
                    )
                lines.append(line)
            facts.append((QCoreApplication.translate("ClinicianReport", "Appointments"), "\n".join(lines)))
        others = [key_date_line(kd) for kd in s.key_dates if kd.kind not in (KeyDateKind.LOSS, KeyDateKind.APPOINTMENT)]
        if others:
            facts.append((QCoreApplication.translate("ClinicianReport", "Other key dates"), "\n".join(others)))
    if page.questions:
        questions = "\n".join(f"• {q.text.strip()}" for q in page.questions)
        facts.append((QCoreApplication.translate("ClinicianReport", "Questions for this appointment"), questions))
    if text := written_text(page):
        facts.append((QCoreApplication.translate("ClinicianReport", "When the days were written"), text))
    return facts


def lay_out_summary(flow: Flow, report: ClinicianReport, catalog: SymptomCatalog) -> None:
    lay_out_title(flow, report)
    for label, value in summary_facts(report, catalog):
        _fact(flow, label, value)
    _lay_out_hcg(flow, report)
    for label, value in later_facts(report, catalog):
        _fact(flow, label, value)
    flow.space(4)
    note = QCoreApplication.translate(
        "ClinicianReport",
        "Values are as the patient recorded them. Days without an entry are shown as “no entry”, not as zero. "
        "Private notes are not included unless the patient chose to include them.",
    )
    if report.options.include_notes:
        note = QCoreApplication.translate(
            "ClinicianReport",
            "Values are as the patient recorded them. Days without an entry are shown as “no entry”, "
            "not as zero. The patient chose to include notes from their journal.",
        )
    flow.paragraph(note, font(7.5, italic=True))
