"""Search with filters: words via the journal's search, then tag, feeling and symptom checks."""

from __future__ import annotations

import datetime as dt

from journal.core.domain.catalog import load_default_catalog
from journal.core.domain.entry import DayEntry
from journal.core.journal import Journal
from journal.core.review.filters import DayFilter, find_days, snippet, used_feelings, used_tags

CATALOG = load_default_catalog()
D0 = dt.date(2026, 5, 1)


def fill(journal: Journal) -> None:
    entries = [
        DayEntry(D0, mood=2, note="A long walk by the river.", tags=("work",), symptoms={"bleeding": "light"}),
        DayEntry(
            D0 + dt.timedelta(days=1),
            note="Walked to the café.",
            feelings=("calm",),
            symptoms={"cramping": 6, "bleeding": "none"},
        ),
        DayEntry(D0 + dt.timedelta(days=2), mood=4, feelings=("hope",), symptoms={"cramping": 2, "sleep_hours": 7.5}),
        DayEntry(D0 + dt.timedelta(days=3), note="Rain all day.", tags=("Home",)),
    ]
    with journal.transaction() as session:
        for entry in entries:
            journal.save_day(session, entry)


def dates(found: list[DayEntry]) -> list[int]:
    return [(entry.date - D0).days for entry in found]


def test_empty_filter_finds_nothing(journal: Journal) -> None:
    fill(journal)
    assert find_days(journal, DayFilter(), CATALOG) == []


def test_words_are_found_newest_first_ignoring_case_and_accents(journal: Journal) -> None:
    fill(journal)
    assert dates(find_days(journal, DayFilter(words="WALK"), CATALOG)) == [1, 0]
    assert dates(find_days(journal, DayFilter(words="cafe"), CATALOG)) == [1]


def test_words_with_a_date_range(journal: Journal) -> None:
    fill(journal)
    assert dates(find_days(journal, DayFilter(words="walk", start=D0 + dt.timedelta(days=1)), CATALOG)) == [1]


def test_tag_and_feeling_filters_without_words(journal: Journal) -> None:
    fill(journal)
    assert dates(find_days(journal, DayFilter(tag="work"), CATALOG)) == [0]
    assert dates(find_days(journal, DayFilter(feeling="hope"), CATALOG)) == [2]
    assert find_days(journal, DayFilter(words="walk", feeling="hope"), CATALOG) == []


def test_symptom_present_means_above_its_lowest_level(journal: Journal) -> None:
    fill(journal)
    assert dates(find_days(journal, DayFilter(symptom="bleeding"), CATALOG)) == [0]  # "none" is not present
    assert dates(find_days(journal, DayFilter(symptom="sleep_hours"), CATALOG)) == [2]  # any number counts


def test_symptom_at_least_a_level(journal: Journal) -> None:
    fill(journal)
    assert dates(find_days(journal, DayFilter(symptom="cramping", symptom_at_least=5), CATALOG)) == [1]
    assert dates(find_days(journal, DayFilter(symptom="cramping", symptom_at_least=2), CATALOG)) == [2, 1]


def test_choices_for_tag_and_feeling_filters(journal: Journal) -> None:
    fill(journal)
    everything = journal.days_between()
    assert used_tags(everything) == ["Home", "work"]
    assert used_feelings(everything) == ["calm", "hope"]


def test_snippet_keeps_short_notes_whole_and_moves_spans_in_long_ones() -> None:
    assert snippet("short note", [(0, 5)]) == ("short note", [(0, 5)])
    note = "x" * 300 + "walk" + "y" * 300
    text, spans = snippet(note, [(300, 304)], width=100)
    start, end = spans[0]
    assert text[start:end] == "walk"
    assert text.startswith("…") and text.endswith("…")
