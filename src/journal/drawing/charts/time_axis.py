"""Where the date labels of a chart go, and how they read, for spans from two weeks to ten years.

Charts place each day at its ordinal (`date.toordinal()`) on a plain value axis; the labels sit on
whole days (every few days for short spans, month or year starts for long ones), which a
QDateTimeAxis cannot do, and no time zone can shift a label to the wrong day.

A label always names the day it stands on: a month name only ever sits on the first of that month
("Oct" on 1 Oct, never on 14 Oct), and any other day is labelled with its day and month. A label that
would stick out past either end of the axis is left out rather than cut ("1 De").
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFont, QFontMetricsF

from journal.drawing.locale_dates import day_and_month

LABEL_SPACING_PX = 75
DAY_LABEL_SPAN = 62  # up to this many days the labels are days ("3 Mar"); beyond, month starts
_DAY_STEPS = (1, 2, 3, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 36, 60)
_WIDE_SAMPLES = (dt.date(2026, 1, 1), dt.date(2026, 9, 30))  # "Jan 2026" within a year, "30 Sep", "Sep 2026"


def day_x(date: dt.date) -> float:
    return float(date.toordinal())


def label_dates(start: dt.date, end: dt.date, width: float, spacing: float = LABEL_SPACING_PX) -> list[dt.date]:
    """Evenly spread dates between `start` and `end` to label, about one per `spacing` pixels of `width`."""
    wanted = max(2, int(width // max(1.0, spacing)))
    days = (end - start).days
    if days <= DAY_LABEL_SPAN:
        for step in _DAY_STEPS:
            if days / step <= wanted:
                steps = [start + dt.timedelta(days=offset) for offset in range(0, days + 1, step)]
                return _inside(start, end, width, spacing, steps)
    for months in _MONTH_STEPS:
        total = (end.year - start.year) * 12 + end.month - start.month
        if total / months <= wanted:
            return _inside(start, end, width, spacing, _month_starts(start, end, months))
    return _inside(start, end, width, spacing, _month_starts(start, end, 120))


def _inside(start: dt.date, end: dt.date, width: float, spacing: float, dates: list[dt.date]) -> list[dt.date]:
    """The dates whose label, centred on its day, ends before the right end of the axis.

    The axis runs half a day past the last day; on the left the value labels leave room, so only the
    right end can cut a label ("1 De").
    """
    per_day = width / ((end - start).days + 1)
    half_label = spacing / 2.7  # `label_spacing` is the widest label's width times 1.35
    return [date for date in dates if ((end - date).days + 0.5) * per_day >= half_label]


def _month_starts(start: dt.date, end: dt.date, months: int) -> list[dt.date]:
    index = start.year * 12 + start.month - 1
    if start.day != 1:
        index += 1
    index += -index % months  # line labels up on quarters, half years, years
    found: list[dt.date] = []
    while True:
        date = dt.date(index // 12, index % 12 + 1, 1)
        if date > end:
            return found
        found.append(date)
        index += months


def label_spacing(font: QFont, span_days: int) -> float:
    """The room one date label needs in `font`: at least 75 pixels, more when the text is large."""
    metrics = QFontMetricsF(font)
    widest = max(metrics.horizontalAdvance(label_text(sample, span_days)) for sample in _WIDE_SAMPLES)
    return max(float(LABEL_SPACING_PX), widest * 1.35)


def label_text(date: dt.date, span_days: int, locale: QLocale | None = None) -> str:
    """ "3 Mar" for short spans, "Mar" within a year, "Mar 2026" (or "2026" for January) beyond.

    A month name is only given to the first of a month; any other day reads as its day and month.
    """
    qdate = QDate(date.year, date.month, date.day)
    locale = locale or QLocale()
    if span_days <= DAY_LABEL_SPAN or date.day != 1:
        return day_and_month(date, year=span_days > 370, locale=locale)
    if span_days <= 370:
        return locale.toString(qdate, "MMM yyyy" if date.month == 1 else "MMM")
    return locale.toString(qdate, "yyyy" if date.month == 1 else "MMM yyyy")
