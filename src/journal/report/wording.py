"""The report's words, through Qt translation; factual and compact, for a clinician.

Dates follow the person's locale ("3 Nov 2026", "Nov 3, 2026"); every word goes through
`QCoreApplication.translate("ClinicianReport", …)`, so a translation can reword each whole phrase.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale

from journal.core.care.results import HomeTestReading
from journal.core.domain.key_dates import KeyDate, KeyDateKind, LossKind, Management
from journal.core.domain.mood import mood_word
from journal.core.report.first_page import date_runs
from journal.drawing.locale_dates import day_and_month, month_comes_first

LATER_MARK = "✎"  # beside a day first written more than a day after its date


def disclaimer() -> str:
    return QCoreApplication.translate(
        "ClinicianReport", "Prepared by the patient from a personal journal — not a medical record"
    )


def long_date(date: dt.date) -> str:
    """ "3 Nov 2026" (or the locale's order)."""
    return day_and_month(date, year=True)


def day_month(date: dt.date) -> str:
    return day_and_month(date)


def short_date(date: dt.date, with_year: bool = False) -> str:
    """ "Tue 25 Nov", or "Tue 25 Nov 2025" when the report spans more than one calendar year."""
    weekday = QLocale().dayName(date.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {day_and_month(date, year=with_year)}"


def date_range(start: dt.date, end: dt.date) -> str:
    return f"{long_date(start)} – {long_date(end)}"


def dates_text(dates: Iterable[dt.date]) -> str:
    """Dates folded into runs: "8–10 Oct, 14 Oct"."""
    parts = []
    for first, last in date_runs(dates):
        if first == last:
            parts.append(day_month(first))
        elif first.month == last.month and not month_comes_first():
            parts.append(f"{first.day}–{day_month(last)}")
        else:
            parts.append(f"{day_month(first)} – {day_month(last)}")
    return ", ".join(parts)


def key_date_kind(kind: KeyDateKind) -> str:
    return {
        KeyDateKind.LOSS: QCoreApplication.translate("ClinicianReport", "Pregnancy loss"),
        KeyDateKind.DUE_DATE: QCoreApplication.translate("ClinicianReport", "Due date"),
        KeyDateKind.APPOINTMENT: QCoreApplication.translate("ClinicianReport", "Appointment"),
        KeyDateKind.FIRST_PERIOD: QCoreApplication.translate("ClinicianReport", "First period after the loss"),
        KeyDateKind.OTHER: QCoreApplication.translate("ClinicianReport", "Other"),
    }[kind]


def own_label(key_date: KeyDate) -> str:
    """The person's own name for a key date, or "" when it only repeats the kind ("Due date")."""
    label = key_date.label.strip()
    if label.casefold() in {key_date_kind(key_date.kind).casefold(), key_date.kind.value.replace("_", " ")}:
        return ""
    return label


def key_date_line(key_date: KeyDate) -> str:
    label = own_label(key_date)
    kind = key_date_kind(key_date.kind)
    return f"{long_date(key_date.date)} — {kind}: {label}" if label else f"{long_date(key_date.date)} — {kind}"


def loss_kind(kind: LossKind) -> str:
    return {
        LossKind.MISCARRIAGE: QCoreApplication.translate("ClinicianReport", "miscarriage"),
        LossKind.ECTOPIC: QCoreApplication.translate("ClinicianReport", "ectopic pregnancy"),
        LossKind.MOLAR: QCoreApplication.translate("ClinicianReport", "molar pregnancy"),
        LossKind.CHEMICAL: QCoreApplication.translate("ClinicianReport", "chemical (very early) pregnancy"),
        LossKind.TFMR: QCoreApplication.translate("ClinicianReport", "termination for medical reasons"),
        LossKind.STILLBIRTH: QCoreApplication.translate("ClinicianReport", "stillbirth"),
        LossKind.OTHER: QCoreApplication.translate("ClinicianReport", "other kind of loss"),
    }[kind]


def management(how: Management) -> str:
    return {
        Management.WAITING: QCoreApplication.translate("ClinicianReport", "managed by waiting"),
        Management.MEDICATION: QCoreApplication.translate("ClinicianReport", "managed with medication"),
        Management.SURGERY: QCoreApplication.translate("ClinicianReport", "managed with surgery"),
        Management.OTHER: QCoreApplication.translate("ClinicianReport", "managed another way"),
    }[how]


def weeks(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("ClinicianReport", "1 week")
    return QCoreApplication.translate("ClinicianReport", "{0} weeks").format(count)


def home_test(reading: HomeTestReading) -> str:
    return {
        HomeTestReading.POSITIVE: QCoreApplication.translate("ClinicianReport", "positive"),
        HomeTestReading.FAINT: QCoreApplication.translate("ClinicianReport", "faint"),
        HomeTestReading.NEGATIVE: QCoreApplication.translate("ClinicianReport", "negative"),
    }[reading]


def mood_step(step: int) -> str:
    return f"{step} {mood_word(step).lower()}"


def number(value: float) -> str:
    """ "8", "2.5": as the locale writes numbers, without a needless ".0"."""
    return QLocale().toString(float(value), "g", 6)


def one_decimal(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


def day_count(count: int) -> str:
    """ "1 day", "5 days" (two whole strings, so a translation can word each)."""
    if count == 1:
        return QCoreApplication.translate("ClinicianReport", "1 day")
    return QCoreApplication.translate("ClinicianReport", "{0} days").format(count)
