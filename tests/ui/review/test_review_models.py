"""The review's Qt models pass qtmodeltester and show the words the tone guide allows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from journal.core.domain.catalog import SymptomDefinition, load_default_catalog
from journal.core.domain.entry import DayEntry
from journal.core.review.summaries import PeriodKind, summaries
from journal.ui.review.search_model import DATE_ROLE, HTML_ROLE, SearchResultsModel, highlighted_html
from journal.ui.review.summary_model import MOOD_COLUMN, OWN_SYMPTOMS_COLUMN, SummaryTableModel

CATALOG = load_default_catalog()
D0 = dt.date(2026, 3, 2)


def entries() -> list[DayEntry]:
    return [
        DayEntry(
            D0 + dt.timedelta(days=i),
            mood=1 + i % 5,
            self_care=("walk",) if i % 2 else (),
            symptoms={"cramping": i % 4, "bleeding": "light" if i < 5 else "none"},
            note=f"Day {i} <b>walk</b>",
        )
        for i in range(30)
    ]


def test_summary_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = SummaryTableModel(CATALOG)
    model.set_summaries(summaries(entries(), D0, D0 + dt.timedelta(days=29), PeriodKind.WEEK, CATALOG), PeriodKind.WEEK)
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_summary_rows_are_newest_first_and_worded(qtmodeltester: ModelTester) -> None:
    model = SummaryTableModel(CATALOG)
    model.set_summaries(summaries(entries(), D0, D0 + dt.timedelta(days=29), PeriodKind.WEEK, CATALOG), PeriodKind.WEEK)
    newest, oldest = model.index(0, 0).data(), model.index(model.rowCount() - 1, 0).data()
    assert newest == "Week of 30 Mar 2026" and oldest == "Week of 2 Mar 2026"
    assert model.index(4, 2).data() == "5 days, lighter towards the end"
    assert "Very low" in model.index(4, MOOD_COLUMN).data()


def test_month_summaries_name_the_month() -> None:
    model = SummaryTableModel(CATALOG)
    model.set_summaries(
        summaries(entries(), D0, D0 + dt.timedelta(days=29), PeriodKind.MONTH, CATALOG), PeriodKind.MONTH
    )
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["March 2026"]


def test_own_symptoms_are_worded_per_kind_and_absent_weeks_show_a_dash(qtmodeltester: ModelTester) -> None:
    own = [
        {"key": "back_pain", "kind": "scale", "label": "Back pain", "scale_max": 5},
        {"key": "hot_flush", "kind": "yes_no", "label": "Hot flushes"},
        {"key": "swelling", "kind": "levels", "label": "Swelling", "levels": ["none", "a little", "a lot"]},
        {"key": "water", "kind": "number", "label": "Water", "units": ["l"], "minimum": 0, "maximum": 10},
    ]
    catalog = CATALOG.with_custom([SymptomDefinition.custom_from_dict(item) for item in own])
    added = D0 + dt.timedelta(days=7)  # the second week: the symptoms were added then
    days = [DayEntry(D0, mood=3)] + [
        DayEntry(
            added + dt.timedelta(days=i),
            symptoms={
                "back_pain": 2 + i,
                "hot_flush": i == 1,
                "swelling": ("none", "a lot")[i % 2],
                "water": 1.5 + i / 2,
            },
        )
        for i in range(3)
    ]
    model = SummaryTableModel(catalog)
    model.set_summaries(summaries(days, D0, added + dt.timedelta(days=6), PeriodKind.WEEK, catalog), PeriodKind.WEEK)
    qtmodeltester.check(model)
    assert model.headerData(OWN_SYMPTOMS_COLUMN, Qt.Orientation.Horizontal) == "Your own symptoms"
    assert model.index(0, OWN_SYMPTOMS_COLUMN).data().split("\n") == [
        "Back pain: 3 on average, up to 4",
        "Hot flushes: yes on 1 of 3 days",
        "Swelling: 1 day, up to a lot",
        "Water: 2 l on average, up to 2.5 l",
    ]
    assert model.index(1, OWN_SYMPTOMS_COLUMN).data() == "—"  # the week before: nothing, not zeros


def test_search_model_passes_the_model_tester_and_highlights_safely(qtmodeltester: ModelTester) -> None:
    model = SearchResultsModel()
    model.set_results(list(reversed(entries())), "walk")
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert first.data(DATE_ROLE) == D0 + dt.timedelta(days=29)
    html = first.data(HTML_ROLE)
    assert "&lt;b&gt;<b><u>walk</u></b>&lt;/b&gt;" in html  # the note's own markup is text, the match is bold


def test_highlighted_html_escapes_between_spans() -> None:
    assert highlighted_html("a<b", [(2, 3)]) == "a&lt;<b><u>b</u></b>"
    assert highlighted_html("plain", []) == "plain"


def test_search_model_resets_cleanly_to_empty(qtmodeltester: ModelTester) -> None:
    model = SearchResultsModel()
    model.set_results(entries(), "")
    model.set_results([], "")
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert model.index(0, 0).data() is None
