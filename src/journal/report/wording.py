"""The report's words, through Qt translation; factual and compact, for a clinician."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.domain.mood import mood_word


def disclaimer() -> str:
    return QCoreApplication.translate(
        "ClinicianReport", "Prepared by the patient from a personal journal — not a medical record"
    )


def long_date(date: dt.date) -> str:
    return f"{date.day} {date:%b %Y}"


def short_date(date: dt.date, with_year: bool = False) -> str:
    """ "Tue 25 Nov", or "Tue 25 Nov 2025" when the report spans more than one calendar year."""
    return f"{date:%a} {date.day} {date:%b}" + (f" {date.year}" if with_year else "")


def date_range(start: dt.date, end: dt.date) -> str:
    return f"{long_date(start)} – {long_date(end)}"


def key_date_kind(kind: KeyDateKind) -> str:
    return {
        KeyDateKind.LOSS: QCoreApplication.translate("ClinicianReport", "Pregnancy loss"),
        KeyDateKind.DUE_DATE: QCoreApplication.translate("ClinicianReport", "Due date"),
        KeyDateKind.APPOINTMENT: QCoreApplication.translate("ClinicianReport", "Appointment"),
        KeyDateKind.FIRST_PERIOD: QCoreApplication.translate("ClinicianReport", "First period after the loss"),
        KeyDateKind.OTHER: QCoreApplication.translate("ClinicianReport", "Other"),
    }[kind]


def key_date_line(key_date: KeyDate) -> str:
    label = f": {key_date.label}" if key_date.label else ""
    return f"{long_date(key_date.date)} — {key_date_kind(key_date.kind)}{label}"


def mood_step(step: int) -> str:
    return f"{step} {mood_word(step).lower()}"


def day_count(count: int) -> str:
    """ "1 day", "5 days" (two whole strings, so a translation can word each)."""
    if count == 1:
        return QCoreApplication.translate("ClinicianReport", "1 day")
    return QCoreApplication.translate("ClinicianReport", "{0} days").format(count)
