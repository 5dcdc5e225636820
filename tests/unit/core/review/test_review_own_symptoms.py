"""The person's own symptoms in week and month summaries, worked out by hand for every kind of symptom."""

from __future__ import annotations

import datetime as dt

from journal.core.domain.catalog import SymptomCatalog, SymptomDefinition, SymptomKind, load_default_catalog
from journal.core.domain.entry import DayEntry
from journal.core.review.summaries import OwnSymptomSummary, PeriodKind, own_symptom_summaries, summaries, summarise

MONDAY = dt.date(2026, 3, 2)
OWN = (
    {"key": "back_pain", "kind": "scale", "label": "Back pain", "scale_max": 5},
    {"key": "hot_flush", "kind": "yes_no", "label": "Hot flushes"},
    {"key": "swelling", "kind": "levels", "label": "Swelling", "levels": ["none", "a little", "a lot"]},
    {"key": "water", "kind": "number", "label": "Water", "units": ["l"], "minimum": 0, "maximum": 10},
)


def catalog(hidden: tuple[str, ...] = ()) -> SymptomCatalog:
    return load_default_catalog().with_custom([SymptomDefinition.custom_from_dict(item) for item in OWN], hidden)


def day(offset: int, **symptoms: object) -> DayEntry:
    return DayEntry(date=MONDAY + dt.timedelta(days=offset), mood=3, symptoms=symptoms)  # type: ignore[arg-type]


def test_a_week_of_own_symptoms_summarised_by_hand() -> None:
    week = [
        day(0, back_pain=2, hot_flush=True, water=1.5, cramping=4),
        day(1, back_pain=4, swelling="a little"),
        day(2, hot_flush=False, swelling="none"),
        day(3, back_pain=0),
        day(4, hot_flush=True),
        day(5, swelling="a lot"),
        day(6, water=2.25),
    ]
    found = summarise(week, MONDAY, MONDAY + dt.timedelta(days=6), catalog()).own_symptoms
    assert found == (
        # scale: (2 + 4 + 0) / 3 = 2.0, highest 4; the 0 is a recorded day without it
        OwnSymptomSummary("back_pain", SymptomKind.SCALE, days_recorded=3, days_present=2, average=2.0, highest=4.0),
        # yes/no: two yeses among three answers; no average or highest
        OwnSymptomSummary("hot_flush", SymptomKind.YES_NO, days_recorded=3, days_present=2),
        # levels: "a little" (1) and "a lot" (2) are above "none"; the highest is index 2
        OwnSymptomSummary("swelling", SymptomKind.LEVELS, days_recorded=3, days_present=2, highest=2.0),
        # number: (1.5 + 2.25) / 2 = 1.875, shown to one place; every recorded number counts as present
        OwnSymptomSummary("water", SymptomKind.NUMBER, days_recorded=2, days_present=2, average=1.9, highest=2.25),
    )


def test_default_symptoms_stay_in_their_own_columns() -> None:
    found = own_symptom_summaries([day(0, cramping=6, tiredness=3, back_pain=1)], catalog())
    assert [item.key for item in found] == ["back_pain"]


def test_a_hidden_own_symptom_is_left_out() -> None:
    found = own_symptom_summaries([day(0, back_pain=1, hot_flush=True)], catalog(hidden=("back_pain",)))
    assert [item.key for item in found] == ["hot_flush"]


def test_a_symptom_added_later_shows_nothing_for_the_weeks_before_it_existed() -> None:
    entries = [
        day(0),
        day(3),  # week 1: written, but the symptom did not exist yet
        day(8),  # week 2: the same
        day(14, back_pain=0),  # week 3: added, and noted as 0
        day(16, back_pain=3),
        day(22),  # week 4: written without noting it
    ]
    found = summaries(entries, MONDAY, MONDAY + dt.timedelta(days=27), PeriodKind.WEEK, catalog())
    assert [s.days_written for s in found] == [2, 1, 2, 1]
    assert [s.own_symptoms for s in found] == [
        (),
        (),
        (OwnSymptomSummary("back_pain", SymptomKind.SCALE, 2, 1, average=1.5, highest=3.0),),
        (),
    ]


def test_a_month_averages_over_the_days_recorded_not_the_days_in_the_month() -> None:
    entries = [day(0, back_pain=1), day(10, back_pain=2), day(20, back_pain=2), day(25)]
    (march,) = summaries(entries, dt.date(2026, 3, 1), dt.date(2026, 3, 31), PeriodKind.MONTH, catalog())
    (back_pain,) = march.own_symptoms
    assert back_pain.days_recorded == 3
    assert back_pain.average == 1.7  # (1 + 2 + 2) / 3 = 1.67, not 5 / 31 or 5 / 4
    assert back_pain.highest == 2.0


def test_without_own_symptoms_the_summary_has_none() -> None:
    summary = summarise([day(0, cramping=2)], MONDAY, MONDAY, load_default_catalog())
    assert summary.own_symptoms == ()
