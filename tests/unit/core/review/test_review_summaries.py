"""Week and month summaries, worked out by hand: counts, bleeding trend, pain, mood, feelings, self-care."""

from __future__ import annotations

import datetime as dt

from journal.core.domain.catalog import load_default_catalog
from journal.core.domain.entry import DayEntry
from journal.core.review.summaries import (
    BleedingTrend,
    PeriodKind,
    bleeding_trend,
    periods,
    self_care_observations,
    summaries,
    summarise,
)

CATALOG = load_default_catalog()
MONDAY = dt.date(2026, 3, 2)


def day(offset: int, **fields: object) -> DayEntry:
    return DayEntry(date=MONDAY + dt.timedelta(days=offset), **fields)  # type: ignore[arg-type]


def test_weeks_run_monday_to_sunday_and_are_clipped_to_the_range() -> None:
    found = list(periods(dt.date(2026, 3, 4), dt.date(2026, 3, 17), PeriodKind.WEEK))
    assert found == [
        (dt.date(2026, 3, 4), dt.date(2026, 3, 8)),
        (dt.date(2026, 3, 9), dt.date(2026, 3, 15)),
        (dt.date(2026, 3, 16), dt.date(2026, 3, 17)),
    ]


def test_months_follow_the_calendar_including_february_and_year_end() -> None:
    found = list(periods(dt.date(2025, 12, 20), dt.date(2026, 2, 28), PeriodKind.MONTH))
    assert found == [
        (dt.date(2025, 12, 20), dt.date(2025, 12, 31)),
        (dt.date(2026, 1, 1), dt.date(2026, 1, 31)),
        (dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
    ]


def test_a_week_summarised_by_hand() -> None:
    week = [
        day(0, mood=1, symptoms={"bleeding": "heavy", "cramping": 8}, feelings=("grief", "numbness")),
        day(1, mood=2, symptoms={"bleeding": "moderate", "cramping": 6}, feelings=("grief",)),
        day(2, mood=2, symptoms={"bleeding": "light", "cramping": 3}),
        day(4, mood=3, symptoms={"bleeding": "spotting", "cramping": 2}, feelings=("grief", "anger")),
        day(5, mood=3, symptoms={"bleeding": "none"}, feelings=("anger",)),
    ]
    summary = summarise(week, MONDAY, MONDAY + dt.timedelta(days=6), CATALOG)
    assert summary.days_written == 5
    assert summary.bleeding_days == 4  # "none" is recorded, but is not a bleeding day
    # first half Mon-Wed: (4+3+2)/3 = 3; second half Thu-Sun: (1+0)/2 = 0.5 -> lighter
    assert summary.bleeding_trend is BleedingTrend.LESS
    assert summary.pain_average == 4.8  # (8+6+3+2)/4 = 4.75, shown to one place
    assert summary.pain_worst == 8
    assert summary.mood_counts == (1, 2, 2, 0, 0)
    assert summary.top_feelings == (("grief", 3), ("anger", 2), ("numbness", 1))


def test_bleeding_trend_needs_both_halves_and_says_when_there_was_none() -> None:
    start, end = MONDAY, MONDAY + dt.timedelta(days=6)
    assert bleeding_trend([], start, end) is BleedingTrend.NONE
    assert bleeding_trend([(MONDAY, 0.0)], start, end) is BleedingTrend.NONE
    assert bleeding_trend([(MONDAY, 2.0)], start, end) is BleedingTrend.UNKNOWN
    steady = [(MONDAY, 2.0), (MONDAY + dt.timedelta(days=5), 2.0)]
    assert bleeding_trend(steady, start, end) is BleedingTrend.STEADY
    heavier = [(MONDAY, 1.0), (MONDAY + dt.timedelta(days=5), 3.0)]
    assert bleeding_trend(heavier, start, end) is BleedingTrend.MORE


def test_self_care_observation_compares_days_with_and_without() -> None:
    days = [
        day(0, mood=4, self_care=("walk",)),
        day(1, mood=5, self_care=("walk", "rest")),
        day(2, mood=2, self_care=("walk", "rest")),
        day(3, mood=2, self_care=("rest",)),
        day(4, mood=1),
        day(5, self_care=("walk",)),  # no mood: not counted
    ]
    found = self_care_observations(days)
    # walk: 2 of 3 days Okay/Good; without: 0 of 2 -> observed. rest: 1 of 3 vs 1 of 2 -> not.
    assert [(o.item, o.days_with, o.better_with, o.days_without, o.better_without) for o in found] == [
        ("walk", 3, 2, 2, 0)
    ]


def test_self_care_needs_three_days_and_some_days_without() -> None:
    assert self_care_observations([day(0, mood=5, self_care=("walk",)), day(1, mood=1)]) == ()
    always = [day(i, mood=5, self_care=("walk",)) for i in range(4)]
    assert self_care_observations(always) == ()


def test_summaries_cover_every_period_including_empty_ones() -> None:
    entries = [day(0, mood=3), day(15, mood=4)]
    found = summaries(entries, MONDAY, MONDAY + dt.timedelta(days=20), PeriodKind.WEEK, CATALOG)
    assert [s.days_written for s in found] == [1, 0, 1]
    empty = found[1]
    assert empty.pain_average is None and empty.pain_worst is None
    assert empty.bleeding_trend is BleedingTrend.NONE and empty.mood_days == 0


def test_summaries_of_a_range_with_no_data() -> None:
    found = summaries([], MONDAY, MONDAY + dt.timedelta(days=40), PeriodKind.MONTH, CATALOG)
    assert [s.days_written for s in found] == [0, 0]
