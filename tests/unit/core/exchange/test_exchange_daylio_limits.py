"""Daylio files that are too large or from the oldest export say what is really wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.exchange.daylio_import import FIELD_LIMIT, parse_daylio

TODAY = dt.date(2026, 11, 24)
HEADER = "full_date,date,weekday,time,mood,activities,scales,note_title,note\n"
OLDEST = "year,date,weekday,time,mood,activities,note\n"


def test_one_line_longer_than_any_note_says_so_not_that_a_quote_is_open() -> None:
    plan = parse_daylio((HEADER + "x" * (FIELD_LIMIT + 10)).encode(), today=TODAY)
    (problem,) = plan.problems
    assert problem.line == 2 and "longer than 16 MB" in problem.message and "quoted" not in problem.message


def test_a_quoted_note_longer_than_the_limit_says_so() -> None:
    note = ("y" * 1000 + "\n") * (FIELD_LIMIT // 1000 + 10)
    plan = parse_daylio((HEADER + f'2026-10-14,,,20:05,good,,,,"{note}"\n').encode(), today=TODAY)
    (problem,) = plan.problems
    assert "longer than 16 MB" in problem.message and "quoted" not in problem.message


def test_a_file_cut_inside_a_quote_still_says_that() -> None:
    plan = parse_daylio((HEADER + '2026-10-14,,,20:05,good,,,,"unfinished').encode(), today=TODAY)
    assert any("ends inside a quoted note" in p.message for p in plan.problems)


@pytest.mark.parametrize(
    "day",
    ["October 14", "14 October", "Oct 14", "14. Oktober", "14 octobre", "14 de octubre", "14 oktober", "14 ottobre"],
)
def test_the_oldest_export_reads_the_day_in_several_languages(day: str) -> None:
    plan = parse_daylio((OLDEST + f"2025,{day},,20:05,good,,Fine.\n").encode(), today=TODAY)
    assert plan.is_valid, plan.problems
    assert [entry.date for entry in plan.days] == [dt.date(2025, 10, 14)]


def test_an_unreadable_day_in_the_oldest_export_is_not_told_to_use_iso_dates() -> None:
    plan = parse_daylio((OLDEST + "2025,Brumaire 14,,20:05,good,,Fine.\n").encode(), today=TODAY)
    (problem,) = plan.problems
    assert "day and month could not be read" in problem.message and "expected YYYY-MM-DD)" not in problem.message
