"""Page one's numbers from the hand-made journal (no Qt): each value is known in advance."""

from __future__ import annotations

import datetime as dt

import known_journal as known

from journal.core.domain.catalog import load_default_catalog
from journal.core.report.content import ReportOptions, build_report
from journal.core.report.first_page import date_runs
from journal.core.report.ranges import default_report_range

CATALOG = load_default_catalog()


def _page(**options: object):  # type: ignore[no-untyped-def]
    report = build_report(
        known.entries(), [known.LOSS, known.APPOINTMENT, known.DUE], CATALOG,
        ReportOptions(known.START, known.END, **options),  # type: ignore[arg-type]
        generated_on=known.END, results=known.results(), questions=known.QUESTIONS, facts=known.FACTS,
    )  # fmt: skip
    return report.first_page


def test_the_loss_before_the_range_is_counted_to_the_last_day() -> None:
    page = _page()
    assert [(line.key_date.date, line.days_since) for line in page.losses] == [(dt.date(2026, 9, 20), 45)]


def test_bleeding_levels_heaviest_last_pads_and_clots() -> None:
    bleeding = _page().bleeding
    assert bleeding.by_level == {"spotting": 2, "light": 4, "moderate": 1, "heavy": 3}
    assert bleeding.heaviest == "heavy" and bleeding.heaviest_dates == known.LATER
    assert bleeding.last_bleeding == dt.date(2026, 11, 1)
    assert bleeding.most_pads is not None and (bleeding.most_pads.value, bleeding.most_pads.date) == (9, known.LATER[1])
    assert bleeding.clot_dates == known.LATER[:2]
    assert bleeding.recorded_days == 16 and not bleeding.none_recorded


def test_fever_pain_dizziness_tiredness_and_sleep() -> None:
    page = _page()
    assert [(f.date, f.reading.value) for f in page.fevers] == [(dt.date(2026, 11, 2), 38.6)]
    assert page.temperature_readings == 2
    assert page.pain is not None and (page.pain.highest, page.pain.highest_on) == (8, known.LATER[1])
    assert [(d.date.day, d.value) for d in page.dizziness] == [(8, 2), (9, 3), (10, 2)]
    assert page.tiredness is not None and page.tiredness.highest == 8
    assert page.sleep_fewest is not None and page.sleep_fewest.value == 5.0


def test_hcg_holds_the_last_result_before_the_range_then_every_one_in_it() -> None:
    page = _page()
    assert [r.value for r in page.hcg] == [1450, 620, 210, 48, 4]
    assert page.hcg_before is not None and page.hcg_before.date == dt.date(2026, 9, 25)
    assert [r.reading for r in page.home_tests] == ["negative"]
    assert page.first_period == dt.date(2026, 10, 30)


def test_mood_windows_appointments_questions_and_facts() -> None:
    page = _page()
    assert page.mood_first is not None and page.mood_first.counts == {2: 14}
    assert page.mood_last is not None and page.mood_last.counts == {4: 14}
    assert [kd.outcome for kd in page.appointments] == ["Scan clear; repeat hCG in two weeks"]
    assert page.questions == ()  # only when the person chose to include them
    assert [q.text for q in _page(include_questions=True).questions] == ["When can we try again?"]
    assert page.facts == known.FACTS


def test_when_each_day_was_written() -> None:
    written = _page().written
    assert written.days == 33 and written.unknown == 2 and written.next_day == 1
    assert written.later == known.LATER and written.on_the_day == 33 - 2 - 1 - 3


def test_bleeding_noted_as_none_only_says_so() -> None:
    quiet = [e for e in known.entries() if e.date < dt.date(2026, 10, 8) and e.date != dt.date(2026, 10, 3)]
    report = build_report(quiet, [], CATALOG, ReportOptions(known.START, dt.date(2026, 10, 7)), generated_on=known.END)
    assert report.first_page.bleeding.none_recorded
    moods_only = [e for e in known.entries() if e.date > dt.date(2026, 11, 2)]
    report = build_report(
        moods_only, [], CATALOG, ReportOptions(dt.date(2026, 11, 3), known.END), generated_on=known.END
    )
    assert report.first_page.bleeding.recorded_days == 0 and not report.first_page.bleeding.none_recorded


def test_date_runs_fold_consecutive_days() -> None:
    days = [dt.date(2026, 11, d) for d in (2, 3, 4, 9)]
    assert date_runs(days) == [(days[0], days[2]), (days[3], days[3])]


def test_the_default_range() -> None:
    today = dt.date(2026, 11, 24)
    recent = [known.LOSS]
    assert default_report_range(today, recent, dt.date(2026, 1, 1)) == (dt.date(2026, 9, 20), today)
    old_loss = [known.LOSS.__class__("", known.LOSS.kind, dt.date(2025, 6, 1))]
    assert default_report_range(today, old_loss, dt.date(2025, 1, 1)) == (today - dt.timedelta(days=89), today)
    # never before the first recorded day: no pages of empty days before the journal began
    assert default_report_range(today, [], dt.date(2026, 11, 14)) == (dt.date(2026, 11, 14), today)
    assert default_report_range(today, recent, dt.date(2026, 10, 1)) == (dt.date(2026, 10, 1), today)
