"""Daylio CSV: every header generation and the messy variants real exports come with."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journal.core.exchange.daylio_import import clean_note, mood_names, parse_daylio, parse_time

SAMPLES = Path(__file__).resolve().parents[4].parent / "shared" / "samples"
TODAY = dt.date(2026, 11, 24)
CURRENT = "full_date,date,weekday,time,mood,activities,scales,note_title,note\n"
MIDDLE = "full_date,date,weekday,time,mood,activities,note_title,note\n"
OLDEST = "year,date,weekday,time,mood,activities,note\n"


def _plan(text: str, **kwargs: object):  # type: ignore[no-untyped-def]
    return parse_daylio(text.encode("utf-8"), today=TODAY, **kwargs)  # type: ignore[arg-type]


@pytest.mark.skipif(not (SAMPLES / "daylio_export.csv").exists(), reason="shared samples not present")
def test_the_shared_sample_imports_with_moods_activities_and_notes() -> None:
    plan = parse_daylio((SAMPLES / "daylio_export.csv").read_bytes(), today=TODAY)
    assert plan.is_valid, plan.problem_report()
    by_date = {d.date: d for d in plan.days}
    assert [d.date for d in plan.days] == sorted(by_date)
    hard = by_date[dt.date(2026, 10, 13)]
    assert (
        hard.mood == 1 and hard.self_care == ("rest",) and hard.note == "Hard day\nCried in the car.\nTold my sister."
    )
    assert by_date[dt.date(2026, 10, 14)].tags == ("family",)
    assert by_date[dt.date(2026, 10, 11)].self_care == ("walk",) and by_date[dt.date(2026, 10, 11)].tags == ("friends",)
    assert by_date[dt.date(2026, 10, 12)].note == "" and by_date[dt.date(2026, 10, 12)].mood == 2


def test_all_three_header_generations_give_the_same_day() -> None:
    current = _plan(CURRENT + '2026-10-14,October 14,Tuesday,21:40,meh,rest,,Title,"Body"\n')
    middle = _plan(MIDDLE + '2026-10-14,October 14,Tuesday,21:40,meh,rest,Title,"Body"\n')
    oldest = _plan(OLDEST + '2026,October 14,Tuesday,21:40,meh,rest,"Title\nBody"\n')
    for plan in (current, middle, oldest):
        assert plan.is_valid, plan.problem_report()
        assert plan.days[0].date == dt.date(2026, 10, 14) and plan.days[0].mood == 3
        assert plan.days[0].note == "Title\nBody" and plan.days[0].self_care == ("rest",)


def test_a_byte_order_mark_is_ignored() -> None:
    raw = ("\ufeff" + CURRENT + "2026-10-14,October 14,Tuesday,21:40,good,,,,\n").encode("utf-8")
    plan = parse_daylio(raw, today=TODAY)
    assert plan.is_valid and plan.days[0].mood == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [("21:40", dt.time(21, 40)), ("8:30 pm", dt.time(20, 30)), ("12:05 am", dt.time(0, 5)),
     ("12:15 PM", dt.time(12, 15)), ("9:05 a.m.", dt.time(9, 5)), ("25:00", None), ("13:00 pm", None), ("noon", None)],
)  # fmt: skip
def test_twelve_and_twenty_four_hour_times(text: str, expected: dt.time | None) -> None:
    assert parse_time(text) == expected


def test_several_rows_on_one_day_merge_with_notes_in_the_order_they_were_written() -> None:
    text = CURRENT + (
        '2026-10-14,October 14,Tuesday,9:15 pm,good,walk,,,"Evening note"\n'
        '2026-10-14,October 14,Tuesday,8:30 am,awful,rest | work,,,"Morning note"\n'
        '2026-10-14,October 14,Tuesday,1:00 pm,meh,,,,"Afternoon note"\n'
    )
    plan = _plan(text)
    assert plan.is_valid and len(plan.days) == 1 and plan.records_read == 3
    day = plan.days[0]
    assert day.note == "Morning note\n\nAfternoon note\n\nEvening note"
    assert day.mood == 4  # the last one written that day
    assert day.self_care == ("rest", "walk") and day.tags == ("work",)


def test_html_in_notes_becomes_plain_text() -> None:
    assert clean_note("Cried.<br>Told my sister &amp; mum<BR/>&quot;ok&quot; &#39;x&#39;") == (
        "Cried.\nTold my sister & mum\n\"ok\" 'x'"
    )


def test_custom_and_translated_moods_map_to_the_scale_and_can_be_overridden() -> None:
    text = CURRENT + ("2026-10-14,,,21:40,schlecht,,,,\n2026-10-13,,,21:40,Bof,,,,\n2026-10-12,,,21:40,wobbly,,,,\n")
    plan = _plan(text)
    assert not plan.is_valid
    assert [(p.line, "wobbly" in p.message) for p in plan.problems] == [(4, True)]
    assert mood_names(text.encode()) == ["schlecht", "bof", "wobbly"]
    mapped = _plan(text, mood_map={"Wobbly": 2, "bof": 4})
    assert mapped.is_valid
    assert [d.mood for d in mapped.days] == [2, 4, 2]
    assert mapped.mood_mapping == {"schlecht": 2, "bof": 4, "wobbly": 2}


def test_unknown_activities_become_tags_and_known_ones_self_care() -> None:
    plan = _plan(CURRENT + "2026-10-14,,,21:40,meh,Walking | Family & friends | Heating pad|Nap,,,\n")
    assert plan.days[0].self_care == ("walk", "heating pad", "rest")
    assert plan.days[0].tags == ("Family & friends",)


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("2026-10-14,October 14,Tuesday,21:40,meh,rest,,\n", 2, "columns"),  # wrong number of columns
        ("14/10/2026,October 14,Tuesday,21:40,meh,rest,,,\n", 2, "date"),
        ("2026-10-14,October 14,Tuesday,quarter past,meh,rest,,,\n", 2, "time"),
        ("2026-12-30,,,21:40,meh,,,,\n", 2, "after today"),
        ('2026-10-14,,,21:40,meh,,,,ok\n2026-10-13,,,21:40,meh,,,,"cut off here', 3, "cut short"),
    ],
)
def test_broken_rows_are_reported_with_their_line_and_nothing_is_planned(body: str, line: int, words: str) -> None:
    plan = _plan(CURRENT + body)
    assert not plan.is_valid
    assert plan.problems[-1].line == line and words in plan.problems[-1].message


def test_every_bad_line_is_reported_not_only_the_first() -> None:
    body = "".join(f"2026-10-{day:02d},,,21:40,meh,,,,\n" if day % 2 else f"bad-{day},,,21:40,meh,,,,\n"
                   for day in range(1, 11))  # fmt: skip
    plan = _plan(CURRENT + body)
    assert [p.line for p in plan.problems] == [3, 5, 7, 9, 11]


def test_a_multi_line_note_keeps_line_numbers_right_for_later_rows() -> None:
    plan = _plan(CURRENT + '2026-10-14,,,21:40,meh,,,,"one\ntwo\nthree"\nnot-a-date,,,21:40,meh,,,,\n')
    assert [p.line for p in plan.problems] == [5]


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"", "empty"),
        (b"date,mood,note\n2026-10-14,meh,x\n", "not a Daylio export"),
        (bytes(range(256)) * 20, "not a text file"),
        (b"full_date,date\xff\xfe,weekday\n", "not UTF-8"),
    ],
)
def test_files_that_are_not_daylio_exports_are_refused(raw: bytes, words: str) -> None:
    plan = parse_daylio(raw, today=TODAY)
    assert not plan.is_valid and words in str(plan.problems[0]) and not plan.days
