"""The milestones of a recovery, in date order: losses, results, the first period, appointments.

Everything here is a fact the person recorded, put in order. Period starts are the first marked
day of each run of period days, with the days between starts; nothing is predicted or judged.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from journal.core.care.results import ResultKind, TestResult
from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate, KeyDateKind


@dataclass(frozen=True, slots=True)
class PeriodStart:
    date: dt.date
    days_since_previous: int | None  # None for the first start the journal holds


def period_starts(days: Iterable[DayEntry]) -> list[PeriodStart]:
    """The first day of each run of consecutive days marked as a period, oldest first."""
    marked = sorted(entry.date for entry in days if entry.period)
    starts: list[PeriodStart] = []
    previous_day: dt.date | None = None
    for date in marked:
        if previous_day is None or (date - previous_day).days > 1:
            since = (date - starts[-1].date).days if starts else None
            starts.append(PeriodStart(date, since))
        previous_day = date
    return starts


class MilestoneKind(enum.StrEnum):
    LOSS = "loss"
    DUE_DATE = "due_date"
    APPOINTMENT = "appointment"
    OTHER_DATE = "other"
    RESULT = "result"
    NON_PREGNANT_LEVEL = "non_pregnant_level"  # the person marked their hCG back to a non-pregnant level
    FIRST_PERIOD = "first_period"


@dataclass(frozen=True, slots=True)
class Milestone:
    """One line of the timeline: what it is, and the record it came from (a key date or a result)."""

    date: dt.date
    kind: MilestoneKind
    key_date: KeyDate | None = None
    result: TestResult | None = None
    marked_by_period_day: bool = False  # a first period found from the days marked, not a key date


_KEY_DATE_KINDS = {
    KeyDateKind.LOSS: MilestoneKind.LOSS,
    KeyDateKind.DUE_DATE: MilestoneKind.DUE_DATE,
    KeyDateKind.APPOINTMENT: MilestoneKind.APPOINTMENT,
    KeyDateKind.FIRST_PERIOD: MilestoneKind.FIRST_PERIOD,
    KeyDateKind.OTHER: MilestoneKind.OTHER_DATE,
}


def first_periods(key_dates: Sequence[KeyDate], days: Iterable[DayEntry]) -> list[dt.date]:
    """For each loss, the first period start after it (before the next loss), if one was marked.

    A "first period" key date the person added for that stretch takes the place of the days marked.
    """
    losses = sorted(kd.date for kd in key_dates if kd.kind is KeyDateKind.LOSS)
    stated = [kd.date for kd in key_dates if kd.kind is KeyDateKind.FIRST_PERIOD]
    starts = [start.date for start in period_starts(days)]
    found: list[dt.date] = []
    for index, loss in enumerate(losses):
        until = losses[index + 1] if index + 1 < len(losses) else dt.date.max
        if any(loss < date < until for date in stated):
            continue
        first = next((date for date in starts if loss < date < until), None)
        if first is not None:
            found.append(first)
    return found


def milestones(
    key_dates: Sequence[KeyDate],
    results: Sequence[TestResult],
    days: Iterable[DayEntry],
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[Milestone]:
    """Every milestone from `start` to `end` inclusive (either open), oldest first."""
    items = [Milestone(kd.date, _KEY_DATE_KINDS[kd.kind], key_date=kd) for kd in key_dates]
    for result in results:
        kind = MilestoneKind.NON_PREGNANT_LEVEL if result.non_pregnant_level else MilestoneKind.RESULT
        items.append(Milestone(result.date, kind, result=result))
    items.extend(
        Milestone(date, MilestoneKind.FIRST_PERIOD, marked_by_period_day=True)
        for date in first_periods(key_dates, days)
    )
    chosen = [m for m in items if (start is None or m.date >= start) and (end is None or m.date <= end)]
    return sorted(chosen, key=_order)


def _order(milestone: Milestone) -> tuple[dt.date, int, str]:
    rank = list(MilestoneKind).index(milestone.kind)
    record_id = milestone.key_date.id if milestone.key_date else milestone.result.id if milestone.result else ""
    return (milestone.date, rank, record_id)


@dataclass(frozen=True, slots=True)
class HcgPoint:
    date: dt.date
    value: float
    unit: str  # as entered; IU/L and mIU/mL are the same scale, so one axis serves both


def hcg_points(results: Iterable[TestResult]) -> list[HcgPoint]:
    """hCG values in date order, for the chart (several on a day are all kept)."""
    points = [
        HcgPoint(r.date, r.value, r.unit.value)
        for r in results
        if r.kind is ResultKind.HCG and r.value is not None and r.unit is not None
    ]
    return sorted(points, key=lambda p: p.date)
