"""The first page: what a clinician can read in a minute — range, days recorded, bleeding, pain,
temperatures of 38 °C / 100.4 °F or more as recorded, mood spread and key dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF

from journal.core.report.content import ClinicianReport, ReportSummary, Section
from journal.report.flow import Flow, draw_text, font
from journal.report.wording import date_range, day_count, key_date_line, long_date, mood_step

LABEL_WIDTH = 130.0


def lay_out_title(flow: Flow, report: ClinicianReport) -> None:
    options = report.options
    flow.paragraph(
        QCoreApplication.translate("ClinicianReport", "Symptom and mood journal: summary"), font(16, bold=True), gap=6
    )
    who = []
    if options.name.strip():
        who.append(QCoreApplication.translate("ClinicianReport", "Name: {0}").format(options.name.strip()))
    if options.birth_date is not None:
        who.append(
            QCoreApplication.translate("ClinicianReport", "Date of birth: {0}").format(long_date(options.birth_date))
        )
    if who:
        flow.paragraph("    ".join(who), font(10), gap=4)
    flow.paragraph(date_range(options.start, options.end), font(11, bold=True), gap=10)


def _fact(flow: Flow, label: str, value: str) -> None:
    value_font = font(9.5)
    width = flow.content_width - LABEL_WIDTH
    label_font = font(9.5, bold=True)
    height = max(flow.text_height(value, value_font, width), flow.text_height(label, label_font, LABEL_WIDTH - 8))
    y = flow.take(height + 6)
    x = flow.left
    flow.draw(lambda p: draw_text(p, QRectF(x, y, LABEL_WIDTH - 8, height + 2), label, label_font))
    flow.draw(lambda p: draw_text(p, QRectF(x + LABEL_WIDTH, y, width, height + 2), value, value_font))


def summary_facts(summary: ReportSummary, include_key_dates: bool, include_care: bool = True) -> list[tuple[str, str]]:
    """(label, value) lines of the summary, in reading order."""
    s = summary
    facts = [
        (
            QCoreApplication.translate("ClinicianReport", "Range"),
            f"{date_range(s.start, s.end)} ({day_count(s.day_count)})",
        ),
        (
            QCoreApplication.translate("ClinicianReport", "Days recorded"),
            QCoreApplication.translate("ClinicianReport", "{0} of {1}; days without an entry: {2}").format(
                s.days_recorded, s.day_count, s.day_count - s.days_recorded
            ),
        ),
    ]
    if s.bleeding_days:
        levels = ", ".join(f"{level} {count}" for level, count in s.bleeding_by_level.items())
        first, second = s.bleeding_first_half, s.bleeding_second_half
        bleeding = QCoreApplication.translate(
            "ClinicianReport",
            "Days with bleeding: {0} ({1}). First half of the range: {2} of {3} recorded days; "
            "second half: {4} of {5}.",
        ).format(s.bleeding_days, levels, first[0], first[1], second[0], second[1])
    else:
        bleeding = QCoreApplication.translate("ClinicianReport", "No bleeding recorded in this range.")
    facts.append((QCoreApplication.translate("ClinicianReport", "Bleeding"), bleeding))
    if s.pain_average is not None and s.pain_max is not None:
        pain = QCoreApplication.translate(
            "ClinicianReport", "Days recorded: {0}; average {1:.1f}/10; highest {2}/10."
        ).format(s.pain_days, s.pain_average, s.pain_max)
    else:
        pain = QCoreApplication.translate("ClinicianReport", "Not recorded in this range.")
    facts.append((QCoreApplication.translate("ClinicianReport", "Cramping or pain (0–10)"), pain))
    if s.fever_readings:
        readings = "; ".join(f"{long_date(r.date)}: {r.reading.value:g} °{r.reading.unit}" for r in s.fever_readings)
        temperature = QCoreApplication.translate(
            "ClinicianReport", "At or above 38.0 °C / 100.4 °F: {0} of {1} readings, as recorded: {2}."
        ).format(len(s.fever_readings), s.temperature_readings, readings)
    elif s.temperature_readings:
        temperature = QCoreApplication.translate(
            "ClinicianReport", "Readings recorded: {0}; none at or above 38.0 °C / 100.4 °F."
        ).format(s.temperature_readings)
    else:
        temperature = QCoreApplication.translate("ClinicianReport", "No temperature recorded in this range.")
    facts.append((QCoreApplication.translate("ClinicianReport", "Temperature"), temperature))
    spread = ", ".join(f"{mood_step(step)}: {count}" for step, count in s.mood_spread.items())
    if not any(s.mood_spread.values()):
        spread = QCoreApplication.translate("ClinicianReport", "Not recorded.")
    facts.append((QCoreApplication.translate("ClinicianReport", "Mood (1–5), days"), spread))
    if include_care:
        none = QCoreApplication.translate("ClinicianReport", "None recorded.")
        medications = "; ".join(f"{name}: {day_count(count)}" for name, count in s.medication_days.items())
        facts.append((QCoreApplication.translate("ClinicianReport", "Medications recorded"), medications or none))
        care = "; ".join(f"{name}: {day_count(count)}" for name, count in s.self_care_days.items())
        facts.append((QCoreApplication.translate("ClinicianReport", "Self-care recorded"), care or none))
    if include_key_dates:
        none = QCoreApplication.translate("ClinicianReport", "None in this range.")
        dates = "\n".join(key_date_line(kd) for kd in s.key_dates) or none
        facts.append((QCoreApplication.translate("ClinicianReport", "Key dates"), dates))
    return facts


def lay_out_summary(flow: Flow, report: ClinicianReport) -> None:
    lay_out_title(flow, report)
    include_key_dates = Section.KEY_DATES in report.options.sections
    include_care = Section.CARE in report.options.sections
    for label, value in summary_facts(report.summary, include_key_dates, include_care):
        _fact(flow, label, value)
    flow.space(6)
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
    flow.paragraph(note, font(8, italic=True))
