"""The date ranges the export dialog offers: suggested, last 14 days, since a loss, last 3 months, custom."""

from __future__ import annotations

import datetime as dt
import enum

from journal.core.domain.key_dates import KeyDate, most_recent_loss


class RangePreset(enum.StrEnum):
    SUGGESTED = "suggested"  # `default_report_range`
    LAST_14_DAYS = "last_14_days"
    SINCE_LOSS = "since_loss"
    LAST_3_MONTHS = "last_3_months"
    CUSTOM = "custom"


def months_before(date: dt.date, months: int) -> dt.date:
    """The same day `months` earlier, or the month's last day when that day does not exist."""
    month_index = date.year * 12 + date.month - 1 - months
    year, month = divmod(month_index, 12)
    for day in range(date.day, 27, -1):
        try:
            return dt.date(year, month + 1, day)
        except ValueError:
            continue
    return dt.date(year, month + 1, min(date.day, 28))


def preset_range(
    preset: RangePreset,
    today: dt.date,
    key_dates: list[KeyDate],
    custom: tuple[dt.date, dt.date] | None = None,
    first_recorded: dt.date | None = None,
) -> tuple[dt.date, dt.date] | None:
    """(first, last) day inclusive; None for "since a loss" when no loss is recorded."""
    if preset is RangePreset.SUGGESTED:
        return default_report_range(today, key_dates, first_recorded)
    if preset is RangePreset.LAST_14_DAYS:
        return today - dt.timedelta(days=13), today
    if preset is RangePreset.LAST_3_MONTHS:
        return months_before(today, 3) + dt.timedelta(days=1), today
    if preset is RangePreset.SINCE_LOSS:
        loss = most_recent_loss(key_dates, today)
        return (loss.date, today) if loss else None
    if custom is None or custom[0] > custom[1]:
        return None
    return custom


DEFAULT_DAYS = 90
LOSS_WITHIN_DAYS = 365


def default_report_range(
    today: dt.date, key_dates: list[KeyDate], first_recorded: dt.date | None
) -> tuple[dt.date, dt.date]:
    """The range a report covers unless the person chooses: since the most recent loss when it lies
    within the last year, otherwise the last 90 days; never before the first recorded day (no page of
    empty days before the journal began) and never past today."""
    loss = most_recent_loss(key_dates, today)
    if loss is not None and (today - loss.date).days <= LOSS_WITHIN_DAYS:
        start = loss.date
    else:
        start = today - dt.timedelta(days=DEFAULT_DAYS - 1)
    if first_recorded is not None and start < first_recorded <= today:
        start = first_recorded
    return start, today
