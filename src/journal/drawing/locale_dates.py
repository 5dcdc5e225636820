"""Dates as the person's locale writes them: "Mar 3" in the US, "3 Mar" in most other places.

Qt has long and short formats but no "day and month" one, so the order is taken from the
locale's short format.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def _qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


def month_comes_first(locale: QLocale | None = None) -> bool:
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    month, day = pattern.find("M"), pattern.find("d")
    return 0 <= month < day


def day_and_month(date: dt.date, *, year: bool = False, locale: QLocale | None = None) -> str:
    """ "3 Mar" / "Mar 3", with the year ("3 Mar 2026" / "Mar 3, 2026") when asked."""
    locale = locale or QLocale()
    patterns = {
        (True, True): "MMM d, yyyy",
        (True, False): "MMM d",
        (False, True): "d MMM yyyy",
        (False, False): "d MMM",
    }
    return locale.toString(_qdate(date), patterns[(month_comes_first(locale), year)])


def numeric_date(date: dt.date, locale: QLocale | None = None) -> str:
    """The locale's short date, e.g. 03/11/2026 or 11/3/26."""
    return (locale or QLocale()).toString(_qdate(date), QLocale.FormatType.ShortFormat)
