"""Nothing cut off or misread in Looking back, key dates and the status bar (issue 19, item 10)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.journal import Journal
from journal.core.review.ranges import RangeKind
from journal.ui.backup.actions import BackupActions
from journal.ui.key_dates_dialog import KeyDatesDialog
from journal.ui.review import ReviewView
from journal.ui.review.mood_spread import segment_label

TODAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 9, 30)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def view(qtbot: QtBot, demo_journal: Journal) -> ReviewView:
    widget = ReviewView(demo_journal, TODAY)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def test_a_narrow_mood_part_never_shows_a_bare_number() -> None:
    assert segment_label(2, 6, lambda _text: True) == "Low 6"
    assert segment_label(2, 6, lambda text: text == "Low") == "Low"
    assert segment_label(2, 6, lambda text: len(text) < 2) == "", "a part too narrow for its word stays blank"
    assert segment_label(2, 6, lambda text: text == "6") == ""


def test_the_summaries_fit_the_width_without_sideways_scrolling(qtbot: QtBot, view: ReviewView) -> None:
    view.select_range(RangeKind.THREE_MONTHS)
    view.tabs.setCurrentWidget(view.summaries)
    qtbot.waitUntil(lambda: view.summaries.model.rowCount() > 0)
    table = view.summaries.table
    header = table.horizontalHeader()
    columns = [c for c in range(header.count()) if not table.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in columns) <= table.viewport().width() + 1
    assert table.horizontalScrollBar().maximum() == 0


def test_the_level_filter_is_as_wide_as_its_words(view: ReviewView) -> None:
    page = view.search
    view.tabs.setCurrentWidget(page)
    page.symptom.setCurrentIndex(page.symptom.findData("bleeding"))
    widest = max(page.level.fontMetrics().horizontalAdvance(page.level.itemText(i)) for i in range(page.level.count()))
    assert "Heavy or more" in [page.level.itemText(i) for i in range(page.level.count())]
    assert page.level.sizeHint().width() > widest
    page.symptom.setCurrentIndex(page.symptom.findData("nausea"))
    assert "2 (moderate) or more" in [page.level.itemText(i) for i in range(page.level.count())]


def test_chosen_dates_start_on_days_that_have_entries(view: ReviewView, demo_journal: Journal) -> None:
    view.select_range(RangeKind.CUSTOM)
    chosen = view.current_range()
    assert (chosen.end - chosen.start).days == 29
    assert demo_journal.days_between(chosen.start, chosen.end)
    assert view.charts.stack.currentWidget() is view.charts.columns, "charts, not the empty state"


def test_key_dates_are_not_named_twice_and_long_labels_wrap(qtbot: QtBot, journal: Journal) -> None:
    long_label = "the little one we named in the spring, whose scan we kept on the fridge all summer"[:80]
    with journal.transaction() as session:
        journal.save_key_date(session, KeyDate("", KeyDateKind.DUE_DATE, TODAY, "Due date"))
        journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, TODAY - dt.timedelta(days=40), long_label))
    dialog = KeyDatesDialog(journal, TODAY)
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert not any("Due date: Due date" in text for text in texts)
    assert any(text.endswith("Due date") for text in texts)
    assert any(long_label in text for text in texts)
    assert dialog.list.wordWrap()


def test_the_automatic_backup_on_unlock_does_not_greet_with_a_file_name(qtbot: QtBot, journal: Journal) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = BackupActions(journal, parent, now=lambda: NOW)
    said: list[str] = []
    actions.finished_message.connect(said.append)
    with qtbot.waitSignal(actions.backed_up, timeout=20_000):
        actions.after_unlock()
    assert said == []
