"""What each calendar square shows: the day's mood, whether there was bleeding, and any key dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from journal.core.domain.catalog import SymptomCatalog
from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate
from journal.core.review.series import metric_value


@dataclass(frozen=True, slots=True)
class DayMark:
    date: dt.date
    written: bool = False
    mood: int | None = None
    bleeding: bool = False
    key_dates: tuple[KeyDate, ...] = ()


def day_marks(
    entries: Iterable[DayEntry], key_dates: Iterable[KeyDate], catalog: SymptomCatalog
) -> dict[dt.date, DayMark]:
    """A mark for every written day and every key date; days with neither are absent."""
    marks: dict[dt.date, DayMark] = {}
    for entry in entries:
        bleeding = (metric_value(entry, "bleeding", catalog) or 0) > 0
        marks[entry.date] = DayMark(entry.date, True, entry.mood, bleeding)
    for key_date in key_dates:
        mark = marks.get(key_date.date, DayMark(key_date.date))
        marks[key_date.date] = DayMark(mark.date, mark.written, mark.mood, mark.bleeding, (*mark.key_dates, key_date))
    return marks


def month_weeks(year: int, month: int) -> list[list[dt.date | None]]:
    """The month as weeks Monday to Sunday, `None` for squares outside the month."""
    first = dt.date(year, month, 1)
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    weeks: list[list[dt.date | None]] = []
    week: list[dt.date | None] = [None] * first.weekday()
    day = first
    while day < following:
        week.append(day)
        if len(week) == 7:
            weeks.append(week)
            week = []
        day += dt.timedelta(days=1)
    if week:
        weeks.append(week + [None] * (7 - len(week)))
    return weeks
