"""The timeline puts what was recorded in order; period starts count the days between them."""

import datetime as dt

from journal.core.care.milestones import (
    MilestoneKind,
    PeriodStart,
    first_periods,
    hcg_points,
    milestones,
    period_starts,
)
from journal.core.care.questions import Question
from journal.core.care.results import HcgUnit, HomeTestReading, ResultKind, TestResult
from journal.core.care.search import search_questions, search_results
from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate, KeyDateKind

LOSS = dt.date(2026, 1, 10)


def period_days(*runs: tuple[dt.date, int]) -> list[DayEntry]:
    return [DayEntry(start + dt.timedelta(days=n), period=True) for start, length in runs for n in range(length)]


def test_period_starts_are_the_first_day_of_each_run_with_days_between() -> None:
    days = period_days((dt.date(2026, 2, 20), 4), (dt.date(2026, 3, 22), 5), (dt.date(2026, 4, 20), 3))
    days.append(DayEntry(dt.date(2026, 3, 1), mood=3))
    assert period_starts(days) == [
        PeriodStart(dt.date(2026, 2, 20), None),
        PeriodStart(dt.date(2026, 3, 22), 30),
        PeriodStart(dt.date(2026, 4, 20), 29),
    ]


def test_the_first_period_after_each_loss_is_a_milestone_unless_the_person_dated_it() -> None:
    second_loss = dt.date(2026, 6, 1)
    key_dates = [KeyDate("a", KeyDateKind.LOSS, LOSS), KeyDate("b", KeyDateKind.LOSS, second_loss)]
    days = period_days((dt.date(2026, 2, 20), 3), (dt.date(2026, 3, 22), 3), (dt.date(2026, 7, 10), 3))
    assert first_periods(key_dates, days) == [dt.date(2026, 2, 20), dt.date(2026, 7, 10)]
    stated = [*key_dates, KeyDate("c", KeyDateKind.FIRST_PERIOD, dt.date(2026, 2, 18))]
    assert first_periods(stated, days) == [dt.date(2026, 7, 10)]


def test_milestones_come_in_date_order_with_the_persons_own_marks() -> None:
    key_dates = [
        KeyDate("a", KeyDateKind.LOSS, LOSS, "Our loss"),
        KeyDate("b", KeyDateKind.APPOINTMENT, dt.date(2026, 1, 24), outcome="Bloods again in a week"),
    ]
    results = [
        TestResult("r2", dt.date(2026, 2, 7), ResultKind.HCG, 3, HcgUnit.IU_PER_L, non_pregnant_level=True),
        TestResult("r1", dt.date(2026, 1, 12), ResultKind.HCG, 900, HcgUnit.IU_PER_L),
        TestResult("r3", dt.date(2026, 2, 1), ResultKind.HOME_TEST, reading=HomeTestReading.NEGATIVE),
    ]
    line = milestones(key_dates, results, period_days((dt.date(2026, 2, 20), 4)))
    assert [(m.date, m.kind) for m in line] == [
        (LOSS, MilestoneKind.LOSS),
        (dt.date(2026, 1, 12), MilestoneKind.RESULT),
        (dt.date(2026, 1, 24), MilestoneKind.APPOINTMENT),
        (dt.date(2026, 2, 1), MilestoneKind.RESULT),
        (dt.date(2026, 2, 7), MilestoneKind.NON_PREGNANT_LEVEL),
        (dt.date(2026, 2, 20), MilestoneKind.FIRST_PERIOD),
    ]
    assert line[-1].marked_by_period_day
    assert [m.date for m in milestones(key_dates, results, [], start=dt.date(2026, 2, 1))] == [
        dt.date(2026, 2, 1),
        dt.date(2026, 2, 7),
    ]
    assert [(p.date, p.value) for p in hcg_points(results)] == [(dt.date(2026, 1, 12), 900), (dt.date(2026, 2, 7), 3)]


def test_search_finds_result_notes_and_questions() -> None:
    results = [
        TestResult("r1", LOSS, ResultKind.SCAN, note="Scan at the Café clinic"),
        TestResult("r2", LOSS, ResultKind.HCG, 5, HcgUnit.IU_PER_L, place="Day unit"),
    ]
    questions = [Question("q1", LOSS, "When can I go swimming?"), Question("q2", LOSS, "Is the cafe ok?")]
    assert [r.id for r in search_results(results, "cafe")] == ["r1"]
    assert [r.id for r in search_results(results, "day unit")] == ["r2"]
    assert [q.id for q in search_questions(questions, "swimming")] == ["q1"]
    assert search_questions(questions, "") == []


def test_the_clinician_view_of_the_milestones_follows_the_range_and_the_question_choice(demo_journal) -> None:
    from journal.core.care.clinician import clinician_care

    loss = next(kd for kd in demo_journal.key_dates() if kd.kind is KeyDateKind.LOSS)
    start, end = loss.date, loss.date + dt.timedelta(days=14)
    care = clinician_care(demo_journal, start, end)
    assert care.facts.rh is not None and care.losses[0].weeks == 9
    assert care.results and all(start <= r.date <= end for r in care.results)
    assert [p.value for p in care.hcg] == [2460, 1180, 415, 96]
    assert care.appointments and care.appointments[0].outcome
    assert care.questions == ()
    asked = clinician_care(demo_journal, start, end, include_questions=True)
    assert [q.text for q in asked.questions] == ["Is there anyone I can talk to about how I feel?"]
