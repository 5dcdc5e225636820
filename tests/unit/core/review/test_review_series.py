"""Daily series keep missing days as gaps; the 7-day average follows the documented rule."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.domain.catalog import SymptomDefinition, load_default_catalog
from journal.core.domain.entry import DayEntry, Measurement
from journal.core.review.series import MOOD, DailySeries, daily_series, metric_value, rolling_average, series_bounds

D0 = dt.date(2026, 3, 1)
CATALOG = load_default_catalog()


def day(offset: int, **fields: object) -> DayEntry:
    return DayEntry(date=D0 + dt.timedelta(days=offset), **fields)  # type: ignore[arg-type]


def series(*values: float | None) -> DailySeries:
    return DailySeries(MOOD, D0, tuple(values))


def test_missing_days_are_none_not_zero() -> None:
    entries = [day(0, mood=2), day(2, mood=4)]
    result = daily_series(entries, MOOD, D0, D0 + dt.timedelta(days=3), CATALOG)
    assert result.values == (2.0, None, 4.0, None)


def test_a_day_written_without_the_metric_is_a_gap() -> None:
    entries = [day(0, mood=3, symptoms={"cramping": 5}), day(1, mood=3)]
    result = daily_series(entries, "cramping", D0, D0 + dt.timedelta(days=1), CATALOG)
    assert result.values == (5.0, None)


def test_entries_outside_the_range_are_ignored() -> None:
    entries = [day(-1, mood=1), day(0, mood=5), day(5, mood=1)]
    assert daily_series(entries, MOOD, D0, D0, CATALOG).values == (5.0,)


def test_a_range_with_no_data_is_all_gaps() -> None:
    result = daily_series([], MOOD, D0, D0 + dt.timedelta(days=6), CATALOG)
    assert result.values == (None,) * 7
    assert result.count() == 0 and result.runs() == []
    assert rolling_average(result).values == (None,) * 7


def test_an_end_before_the_start_gives_an_empty_series() -> None:
    assert len(daily_series([day(0, mood=2)], MOOD, D0, D0 - dt.timedelta(days=1), CATALOG)) == 0


def test_metric_values_levels_yes_no_and_fahrenheit() -> None:
    entry = day(0, symptoms={"bleeding": "moderate", "clots": True, "temperature": Measurement(100.4, "F")})
    assert metric_value(entry, "bleeding", CATALOG) == 3.0
    assert metric_value(entry, "clots", CATALOG) == 1.0
    assert metric_value(entry, "temperature", CATALOG) == 38.0
    assert metric_value(entry, "not_a_symptom", CATALOG) is None


def test_a_custom_symptom_added_later_has_gaps_before_it_existed() -> None:
    custom = SymptomDefinition.custom_from_dict({"key": "back_pain", "kind": "scale", "scale_max": 5})
    catalog = CATALOG.with_custom([custom])
    entries = [day(0, mood=3), day(1, mood=3), day(2, symptoms={"back_pain": 4}), day(3, symptoms={"back_pain": 2})]
    result = daily_series(entries, "back_pain", D0, D0 + dt.timedelta(days=3), catalog)
    assert result.values == (None, None, 4.0, 2.0)


def test_rolling_average_of_a_full_week_by_hand() -> None:
    # days 1..7 = 1,2,3,4,5,1,2; day 3 is the first with three values: (1+2+3)/3 = 2
    # day 7: all seven = 18/7; day 8 (value 5) drops day 1: (2+3+4+5+1+2+5)/7 = 22/7
    result = rolling_average(series(1, 2, 3, 4, 5, 1, 2, 5))
    assert result.values[:2] == (None, None)
    assert result.values[2] == 2.0
    assert result.values[6] == pytest.approx(18 / 7)
    assert result.values[7] == pytest.approx(22 / 7)


def test_rolling_average_ignores_gaps_instead_of_counting_them_as_zero() -> None:
    # window for day 5 holds 4, None, 2, None, 3 -> mean of the three present = 3
    result = rolling_average(series(4, None, 2, None, 3))
    assert result.values == (None, None, None, None, 3.0)


def test_rolling_average_breaks_where_fewer_than_three_days_in_the_window() -> None:
    values: list[float | None] = [3.0] * 5 + [None] * 6 + [1.0] * 4
    result = rolling_average(series(*values))
    # day index 10: window 4..10 holds only day 4 -> None; day 12: window 6..12 holds 11, 12 -> None
    assert result.values[9] is None and result.values[12] is None
    assert result.values[13] == 1.0
    assert len(result.runs()) == 2


def test_one_day_has_no_average_but_keeps_its_dot() -> None:
    one = series(4)
    assert list(one.points()) == [(D0, 4.0)]
    assert rolling_average(one).values == (None,)
    assert rolling_average(one, min_values=1).values == (4.0,)


def test_rolling_average_rejects_impossible_settings() -> None:
    with pytest.raises(ValueError):
        rolling_average(series(1), window=3, min_values=4)


def test_runs_split_at_gaps_and_bounds_span_all_series() -> None:
    first = series(1, 2, None, 5)
    assert [len(run) for run in first.runs()] == [2, 1]
    assert series_bounds([first, series(None, 0.5)]) == (0.5, 5)
    assert series_bounds([series(None)]) is None
    assert first.end == D0 + dt.timedelta(days=3)


def test_the_average_stops_at_the_last_value() -> None:
    # a week of values, then four days without: the line ends on the last dot, not on day 10
    result = rolling_average(series(*([2.0] * 7 + [None] * 4)))
    assert result.values[6] == 2.0
    assert result.values[7:] == (None,) * 4
