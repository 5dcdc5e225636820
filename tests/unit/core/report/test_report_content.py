"""The clinician report's numbers: what a clinician reads in a minute, factual and with units."""

from __future__ import annotations

import datetime as dt

from journal.core.domain.catalog import load_default_catalog
from journal.core.domain.entry import DayEntry, Measurement, Medication
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.report.content import ReportOptions, build_report, summarise
from journal.core.report.ranges import RangePreset, months_before, preset_range

CATALOG = load_default_catalog()
START = dt.date(2026, 10, 1)


def _day(offset: int, **kwargs: object) -> DayEntry:
    return DayEntry(START + dt.timedelta(days=offset), **kwargs)  # type: ignore[arg-type]


ENTRIES = [
    _day(0, mood=1, symptoms={"bleeding": "heavy", "cramping": 8, "temperature": Measurement(38.4, "C")}),
    _day(1, mood=2, symptoms={"bleeding": "moderate", "cramping": 5, "temperature": Measurement(37.9, "C")}),
    _day(2, mood=2, symptoms={"bleeding": "spotting", "cramping": 2, "temperature": Measurement(100.4, "F")}),
    _day(6, mood=4, symptoms={"bleeding": "none", "cramping": 0, "temperature": Measurement(100.3, "F")}),
    _day(8, mood=4, note="Private words.", self_care=("rest", "walk")),
    _day(9, self_care=("rest",), medications=(Medication("pain relief", "2 tablets"),)),
]


def test_summary_counts_recorded_days_bleeding_pain_and_fever_readings_as_recorded() -> None:
    key_dates = [KeyDate("a", KeyDateKind.LOSS, START, "Loss"), KeyDate("b", KeyDateKind.OTHER, START.replace(month=9))]
    summary = summarise(ENTRIES, key_dates, START, START + dt.timedelta(days=9))
    assert (summary.day_count, summary.days_recorded) == (10, 6)
    assert summary.bleeding_days == 3  # "none" is recorded, but is not a bleeding day
    assert summary.bleeding_by_level == {"spotting": 1, "moderate": 1, "heavy": 1}
    # a half counts only days with a bleeding value: day 7 ("none") in the second, not days 9 and 10
    assert summary.bleeding_first_half == (3, 3) and summary.bleeding_second_half == (0, 1)
    assert (summary.pain_days, summary.pain_average, summary.pain_max) == (4, 3.8, 8)
    assert [(r.date.day, r.reading) for r in summary.fever_readings] == [
        (1, Measurement(38.4, "C")),
        (3, Measurement(100.4, "F")),
    ]
    assert summary.temperature_readings == 4
    assert summary.mood_spread == {1: 1, 2: 2, 3: 0, 4: 2, 5: 0}
    assert [kd.id for kd in summary.key_dates] == ["a"]
    assert summary.medication_days == {"pain relief (2 tablets)": 1}
    assert summary.self_care_days == {"rest": 2, "walk": 1}


def test_every_day_of_the_range_has_a_row_and_unrecorded_days_say_so() -> None:
    options = ReportOptions(START, START + dt.timedelta(days=9))
    report = build_report(ENTRIES, [], CATALOG, options, generated_on=START)
    assert len(report.rows) == 10
    assert [row.recorded for row in report.rows] == [True, True, True, False, False, False, True, False, True, True]
    empty = report.rows[3]
    assert empty.cells == {} and empty.mood == ""  # no zeros for a day without an entry
    first = report.rows[0]
    assert first.cells["bleeding"] == "heavy" and first.cells["cramping"] == "8/10"
    assert first.cells["temperature"] == "38.4 °C" and first.mood == "1/5"


def test_notes_are_left_out_unless_asked_for_all_or_for_picked_days() -> None:
    end = START + dt.timedelta(days=9)
    note_day = START + dt.timedelta(days=8)
    without = build_report(ENTRIES, [], CATALOG, ReportOptions(START, end), generated_on=START)
    assert all(row.note == "" for row in without.rows)
    with_all = build_report(ENTRIES, [], CATALOG, ReportOptions(START, end, include_notes=True), generated_on=START)
    assert [row.note for row in with_all.rows if row.note] == ["Private words."]
    picked = ReportOptions(START, end, include_notes=True, note_dates=frozenset({START}))
    assert all(row.note == "" for row in build_report(ENTRIES, [], CATALOG, picked, generated_on=START).rows)
    picked = ReportOptions(START, end, include_notes=True, note_dates=frozenset({note_day}))
    assert [r.note for r in build_report(ENTRIES, [], CATALOG, picked, generated_on=START).rows if r.note]


def test_range_presets() -> None:
    today = dt.date(2026, 11, 24)
    losses = [KeyDate("a", KeyDateKind.LOSS, dt.date(2026, 9, 2)), KeyDate("b", KeyDateKind.LOSS, dt.date(2026, 12, 1))]
    assert preset_range(RangePreset.LAST_14_DAYS, today, []) == (dt.date(2026, 11, 11), today)
    assert preset_range(RangePreset.LAST_3_MONTHS, today, []) == (dt.date(2026, 8, 25), today)
    assert preset_range(RangePreset.SINCE_LOSS, today, losses) == (dt.date(2026, 9, 2), today)
    assert preset_range(RangePreset.SINCE_LOSS, today, []) is None
    assert preset_range(RangePreset.CUSTOM, today, [], (today, START)) is None
    assert months_before(dt.date(2026, 5, 31), 3) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 3) == dt.date(2025, 10, 15)
