"""Daily series for one metric over a date range, with gaps kept as gaps, and a 7-day rolling average.

A missing day is `None`, never zero: an unrecorded day says nothing about how the person felt.

Rolling-average rule: the value on day D is the mean of the values that exist in the trailing window
D-6 .. D (7 days, D included). It is `None` when fewer than `min_values` (default 3) of those days
have a value, so a lone reading after a long silence does not pose as a trend, and the line shows a
gap where the record is thin. The first days of a range only see the days inside the range, and the
average stops at the last day with a value: it never runs on into the days after the record ends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from journal.core.domain.catalog import SymptomCatalog
from journal.core.domain.entry import DayEntry, Measurement

MOOD = "mood"
WINDOW_DAYS = 7
MIN_VALUES = 3


@dataclass(frozen=True, slots=True)
class DailySeries:
    """One value (or `None`) per calendar day from `start`, for the metric named `metric`."""

    metric: str
    start: dt.date
    values: tuple[float | None, ...]

    @property
    def end(self) -> dt.date:
        """The last day covered (the day before `start` when the series is empty)."""
        return self.start + dt.timedelta(days=len(self.values) - 1)

    def __len__(self) -> int:
        return len(self.values)

    def date_at(self, index: int) -> dt.date:
        return self.start + dt.timedelta(days=index)

    def points(self) -> Iterator[tuple[dt.date, float]]:
        """(date, value) for each day that has a value, oldest first."""
        for index, value in enumerate(self.values):
            if value is not None:
                yield self.start + dt.timedelta(days=index), value

    def runs(self) -> list[list[tuple[dt.date, float]]]:
        """The days with values, split wherever a day is missing: one list per unbroken stretch."""
        stretches: list[list[tuple[dt.date, float]]] = []
        current: list[tuple[dt.date, float]] = []
        for index, value in enumerate(self.values):
            if value is None:
                if current:
                    stretches.append(current)
                    current = []
            else:
                current.append((self.start + dt.timedelta(days=index), value))
        if current:
            stretches.append(current)
        return stretches

    def index_runs(self) -> list[tuple[int, list[float]]]:
        """Like `runs`, as (index of the first day, values): cheaper when only positions are needed."""
        stretches: list[tuple[int, list[float]]] = []
        current: list[float] = []
        for index, value in enumerate(self.values):
            if value is None:
                if current:
                    stretches.append((index - len(current), current))
                    current = []
            else:
                current.append(value)
        if current:
            stretches.append((len(self.values) - len(current), current))
        return stretches

    def count(self) -> int:
        """How many days have a value."""
        return sum(value is not None for value in self.values)


def metric_value(entry: DayEntry, metric: str, catalog: SymptomCatalog) -> float | None:
    """The number charted for `metric` on this day: the mood step, or the symptom's numeric value.

    Levels become their index (bleeding none=0 .. heavy=4), yes/no becomes 1/0, temperatures in
    Fahrenheit become Celsius so one chart never mixes units. Unknown symptoms give `None`.
    """
    if metric == MOOD:
        return None if entry.mood is None else float(entry.mood)
    value = entry.symptoms.get(metric)
    if value is None or metric not in catalog:
        return None
    if isinstance(value, Measurement) and value.unit == "F":
        return round((value.value - 32) * 5 / 9, 2)
    return catalog.get(metric).numeric(value)


def daily_series(
    entries: Iterable[DayEntry], metric: str, start: dt.date, end: dt.date, catalog: SymptomCatalog
) -> DailySeries:
    """A value or `None` for every day from `start` to `end` inclusive; entries outside are ignored."""
    length = max(0, (end - start).days + 1)
    values: list[float | None] = [None] * length
    first = start.toordinal()
    if metric == MOOD:
        for entry in entries:
            index = entry.date.toordinal() - first
            if 0 <= index < length and entry.mood is not None:
                values[index] = float(entry.mood)
        return DailySeries(metric, start, tuple(values))
    if metric not in catalog:
        return DailySeries(metric, start, tuple(values))
    definition = catalog.get(metric)
    for entry in entries:
        value = entry.symptoms.get(metric)
        if value is None:
            continue
        index = entry.date.toordinal() - first
        if 0 <= index < length:
            if isinstance(value, Measurement) and value.unit == "F":
                values[index] = round((value.value - 32) * 5 / 9, 2)
            else:
                values[index] = definition.numeric(value)
    return DailySeries(metric, start, tuple(values))


def rolling_average(series: DailySeries, window: int = WINDOW_DAYS, min_values: int = MIN_VALUES) -> DailySeries:
    """The trailing `window`-day mean of the values present, `None` where fewer than `min_values` exist.

    See the module docstring for the rule; it runs in one pass so "everything" stays fast.
    """
    if window < 1 or not 1 <= min_values <= window:
        raise ValueError("window must be at least 1 and min_values between 1 and window")
    values = series.values
    averaged: list[float | None] = []
    total = 0.0
    present = 0
    for index, value in enumerate(values):
        if value is not None:
            total += value
            present += 1
        if index >= window:
            old = values[index - window]
            if old is not None:
                total -= old
                present -= 1
        averaged.append(round(total / present, 6) if present >= min_values else None)
    last = max((index for index, value in enumerate(values) if value is not None), default=-1)
    averaged[last + 1 :] = [None] * (len(averaged) - last - 1)
    return DailySeries(series.metric, series.start, tuple(averaged))


def series_bounds(series: Sequence[DailySeries]) -> tuple[float, float] | None:
    """The lowest and highest value across several series, or `None` when none has a value."""
    found = [value for one in series for value in one.values if value is not None]
    return (min(found), max(found)) if found else None
