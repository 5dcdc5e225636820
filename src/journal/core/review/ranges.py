"""The spans the review can show: last 2 weeks, since each loss, 3 months, a year, everything, custom.

"Since a loss" runs from the loss to the day before the next recorded loss (or to today), so each
recovery can be looked at on its own; the person's own label names it in the view.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from journal.core.domain.key_dates import KeyDate, KeyDateKind


class RangeKind(enum.StrEnum):
    TWO_WEEKS = "two_weeks"
    SINCE_LOSS = "since_loss"
    THREE_MONTHS = "three_months"
    YEAR = "year"
    EVERYTHING = "everything"
    CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class DateRange:
    """A span of days, both ends included; `loss` is set for a "since the loss" range."""

    kind: RangeKind
    start: dt.date
    end: dt.date
    loss: KeyDate | None = None

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def fixed_range(kind: RangeKind, today: dt.date, first_day: dt.date | None) -> DateRange:
    """The range of `kind` ending today; "everything" starts at the first written day (or today)."""
    lengths = {RangeKind.TWO_WEEKS: 14, RangeKind.THREE_MONTHS: 91, RangeKind.YEAR: 365}
    if kind in lengths:
        return DateRange(kind, today - dt.timedelta(days=lengths[kind] - 1), today)
    if kind is RangeKind.EVERYTHING:
        start = min(first_day, today) if first_day else today
        return DateRange(kind, start, today)
    raise ValueError(f"{kind} needs its own dates")


def loss_ranges(key_dates: Sequence[KeyDate], today: dt.date) -> list[DateRange]:
    """One range per recorded loss up to today, most recent first, each ending before the next loss."""
    losses = sorted((kd for kd in key_dates if kd.kind is KeyDateKind.LOSS and kd.date <= today), key=lambda k: k.date)
    ranges = []
    for index, loss in enumerate(losses):
        following = [later.date for later in losses[index + 1 :] if later.date > loss.date]
        end = following[0] - dt.timedelta(days=1) if following else today
        ranges.append(DateRange(RangeKind.SINCE_LOSS, loss.date, end, loss))
    return list(reversed(ranges))


def custom_range(start: dt.date, end: dt.date) -> DateRange:
    """A range the person picked; the ends are swapped if given backwards."""
    low, high = sorted((start, end))
    return DateRange(RangeKind.CUSTOM, low, high)
