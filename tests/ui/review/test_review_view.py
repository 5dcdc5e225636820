"""The review view: ranges recompute charts in place, days open from calendar and search, kind empty states."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from journal.core.domain.entry import DayEntry
from journal.core.journal import Journal
from journal.core.review.ranges import RangeKind
from journal.ui.review import ReviewView
from journal.ui.review.summary_model import OWN_SYMPTOMS_COLUMN

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def view(qtbot: QtBot, demo_journal: Journal) -> ReviewView:
    widget = ReviewView(demo_journal, TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    return widget


def test_the_default_range_is_the_recent_loss(view: ReviewView) -> None:
    chosen = view.current_range()
    assert chosen.kind is RangeKind.SINCE_LOSS
    assert chosen.start == dt.date(2026, 7, 29)  # the demo starts 28 Jul; its loss is the next day


def test_switching_range_replaces_points_without_new_widgets(view: ReviewView) -> None:
    panel = view.charts.mood
    chart_before = panel.chart.chart
    view.select_range(RangeKind.TWO_WEEKS)
    two_weeks = panel.chart._dots.count()
    view.select_range(RangeKind.EVERYTHING)
    assert panel.chart.chart is chart_before
    assert 10 <= two_weeks <= 14
    assert panel.chart._dots.count() > 90  # 120 demo days, about 12% unwritten


def test_metric_with_nothing_in_range_shows_a_sentence_not_an_empty_chart(view: ReviewView, demo_journal) -> None:
    # a week between the demo's periods, after the loss's bleeding ended
    quiet = next(
        day
        for day in demo_journal.dates()
        if all("bleeding" not in e.symptoms for e in demo_journal.days_between(day, day + dt.timedelta(days=6)))
    )
    view.select_range(RangeKind.CUSTOM)
    view.from_date.setDate(quiet)
    view.to_date.setDate(quiet + dt.timedelta(days=6))
    bleeding = next(p for p in view.charts.physical if p.charted.key == "bleeding")
    assert bleeding.currentWidget() is bleeding.empty
    assert bleeding.empty.text() == "Bleeding: nothing noted in this time, and that's all right."
    view.select_range(RangeKind.SINCE_LOSS)
    assert bleeding.currentWidget() is bleeding.view


def test_summaries_follow_the_range_when_opened(view: ReviewView) -> None:
    view.select_range(RangeKind.TWO_WEEKS)
    view.tabs.setCurrentWidget(view.summaries)
    assert view.summaries.model.rowCount() == 3  # 11 Nov (Wed) to 24 Nov (Tue) touches three weeks
    view.summaries.months_button.click()
    assert view.summaries.model.rowCount() == 1


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform noise on show()
def test_clicking_a_calendar_day_asks_to_open_it(view: ReviewView, qtbot: QtBot) -> None:
    view.show()
    view.tabs.setCurrentWidget(view.calendar)
    view.calendar.show_month(2026, 11)
    grid = view.calendar.month_grid
    square, date = next((sq, d) for sq, d in grid.squares() if d == dt.date(2026, 11, 3))
    with qtbot.waitSignal(view.day_requested) as blocker:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=square.center().toPoint())
    assert blocker.args == [date]
    assert grid.date_at(QPointF(-5, -5)) is None


def test_search_with_a_filter_opens_the_day(view: ReviewView, qtbot: QtBot) -> None:
    view.tabs.setCurrentWidget(view.search)
    page = view.search
    page.words.setText("walk")
    page.run_search()
    with_walk = page.model.rowCount()
    assert with_walk > 0
    page.symptom.setCurrentIndex(page.symptom.findData("cramping"))
    page.level.setCurrentIndex(page.level.count() - 1)  # cramping 10 or more: rare
    page.run_search()
    assert page.model.rowCount() < with_walk
    page.level.setCurrentIndex(0)
    page.run_search()
    assert page.model.rowCount() > 0
    first = page.model.index(0, 0)
    with qtbot.waitSignal(view.day_requested) as blocker:
        page.results.activated.emit(first)
    assert isinstance(blocker.args[0], dt.date)


def test_nothing_found_says_so_kindly(view: ReviewView) -> None:
    view.search.words.setText("zzzz-not-there")
    view.search.run_search()
    assert view.search.model.rowCount() == 0
    assert "Nothing matched" in view.search.status.text()


def test_a_few_days_show_what_will_appear_instead_of_charts(
    qtbot: QtBot, journal: Journal, make_journal: Callable[..., tuple[Journal, str]]
) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(TODAY, mood=3))
        journal.save_day(session, DayEntry(TODAY - dt.timedelta(days=1), mood=2))
    widget = ReviewView(journal, TODAY)
    qtbot.addWidget(widget)
    assert widget.charts.stack.currentWidget() is widget.charts.few_days
    assert "Once you have noted a few days" in widget.charts.few_days.text()
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(TODAY - dt.timedelta(days=2), mood=4))
    widget.refresh()
    assert widget.charts.stack.currentWidget() is widget.charts.columns


def test_an_empty_journal_opens_without_errors(qtbot: QtBot, journal: Journal) -> None:
    widget = ReviewView(journal, TODAY)
    qtbot.addWidget(widget)
    for kind in (RangeKind.TWO_WEEKS, RangeKind.EVERYTHING):
        widget.select_range(kind)
    widget.tabs.setCurrentWidget(widget.summaries)
    assert widget.summaries.model.rowCount() == 1


def test_custom_range_uses_the_chosen_dates(view: ReviewView) -> None:
    view.select_range(RangeKind.CUSTOM)
    assert view.from_date.isVisibleTo(view)
    view.from_date.setDate(dt.date(2026, 10, 1))
    view.to_date.setDate(dt.date(2026, 10, 7))
    chosen = view.current_range()
    assert (chosen.start, chosen.end) == (dt.date(2026, 10, 1), dt.date(2026, 10, 7))
    assert len(view.charts.mood.chart._x_axis.categoriesLabels()) >= 2


def test_a_tracked_custom_symptom_gets_its_own_chart_with_gaps_before_it_existed(
    qtbot: QtBot, demo_journal: Journal
) -> None:
    import dataclasses

    custom = {"key": "back_pain", "kind": "scale", "label": "Back pain", "scale_max": 5}
    settings = dataclasses.replace(demo_journal.settings(), custom_symptoms=(custom,))
    with demo_journal.transaction() as session:
        demo_journal.save_settings(session, settings)
        for offset in range(5):
            day = TODAY - dt.timedelta(days=offset)
            entry = demo_journal.day(day) or DayEntry(day)
            demo_journal.save_day(session, dataclasses.replace(entry, symptoms={**entry.symptoms, "back_pain": 3}))
    widget = ReviewView(demo_journal, TODAY)
    qtbot.addWidget(widget)
    widget.select_range(RangeKind.TWO_WEEKS)
    panel = next(p for p in widget.charts.physical if p.charted.key == "back_pain")
    assert panel.currentWidget() is panel.view
    assert panel.chart._dots.count() == 5  # nine earlier days in the range are gaps, not zeros
    widget.tabs.setCurrentWidget(widget.summaries)
    table = widget.summaries.model
    assert not widget.summaries.table.isColumnHidden(OWN_SYMPTOMS_COLUMN)
    weeks = [table.index(row, OWN_SYMPTOMS_COLUMN).data() for row in range(table.rowCount())]
    # 24 Nov is a Tuesday: this week has two days of it, last week three, the week before none
    assert weeks == ["Back pain: 3 on average, up to 3", "Back pain: 3 on average, up to 3", "—"]


def test_without_own_symptoms_the_summaries_have_no_column_for_them(view: ReviewView) -> None:
    assert view.summaries.table.isColumnHidden(OWN_SYMPTOMS_COLUMN)


def test_key_dates_in_range_are_drawn_and_named(view: ReviewView) -> None:
    view.select_range(RangeKind.SINCE_LOSS)
    markers = [line for line in view.charts.mood.chart._marker_lines if line.count()]
    assert [line.name() for line in markers] == ["my first loss", "Follow-up appointment"]
    assert "Dashed lines mark: my first loss" in view.key_dates_line.text()
    view.select_range(RangeKind.TWO_WEEKS)
    assert not any(line.count() for line in view.charts.mood.chart._marker_lines)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_key_dates_are_named_on_the_charts_and_only_when_in_range(view: ReviewView) -> None:
    view.show()
    view.select_range(RangeKind.SINCE_LOSS)
    shown = view.charts.mood.chart.marker_labels.shown()  # type: ignore[union-attr]
    assert shown[0].text() == "my first loss" and shown[0].toolTip() == "my first loss (29 Jul 2026)"
    # the follow-up 15 days later may be too close to name, but every name shown is a key date in range
    assert {item.text() for item in shown} <= {"my first loss", "Follow-up appointment"}
    view.select_range(RangeKind.TWO_WEEKS)
    assert view.charts.mood.chart.marker_labels.shown() == []  # type: ignore[union-attr]


def test_loss_ranges_are_named_with_the_persons_own_label(view: ReviewView) -> None:
    names = [view.range_box.itemText(i) for i in range(view.range_box.count())]
    assert names[1] == "Since 29 Jul 2026: my first loss"
    assert names[0] == "Last 2 weeks" and names[-1] == "Chosen dates…"


def test_the_calendar_works_from_the_keyboard(view: ReviewView, qtbot: QtBot) -> None:
    view.tabs.setCurrentWidget(view.calendar)
    view.calendar.show_month(2026, 11)
    grid = view.calendar.month_grid
    grid.set_current(dt.date(2026, 11, 10))
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.current == dt.date(2026, 11, 18)
    assert grid.accessibleDescription().startswith("18 Nov 2026")
    with qtbot.waitSignal(view.day_requested) as blocker:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert blocker.args == [dt.date(2026, 11, 18)]
    grid.set_current(dt.date(2026, 11, 29))
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.current == dt.date(2026, 11, 30)  # stays inside the month shown


def test_summaries_of_a_range_with_nothing_written_say_so(view: ReviewView) -> None:
    view.select_range(RangeKind.CUSTOM)
    view.from_date.setDate(dt.date(2020, 1, 1))
    view.to_date.setDate(dt.date(2020, 3, 1))
    view.tabs.setCurrentWidget(view.summaries)
    assert view.summaries.stack.currentWidget() is view.summaries.empty
    assert view.charts.stack.currentWidget() is view.charts.few_days


def test_the_view_spec_builds_a_review(qtbot: QtBot, demo_journal: Journal) -> None:
    from PySide6.QtWidgets import QWidget

    from journal.ui.review.spec import review_view_spec

    parent = QWidget()
    qtbot.addWidget(parent)
    spec = review_view_spec()
    built = spec.factory(demo_journal, parent)
    assert isinstance(built, ReviewView) and built.parent() is parent
    assert spec.title == "Looking back"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_at_200_percent_text_the_view_still_fits_a_1280_pixel_window(qtbot: QtBot, demo_journal: Journal) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = QFont(app.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(large)  # before the view is built, as the screenshots do
    try:
        widget = ReviewView(demo_journal, TODAY)
        qtbot.addWidget(widget)
        widget.resize(1280, 860)
        widget.show()
        for page in (widget.calendar, widget.search, widget.summaries, widget.charts, widget.milestones):
            widget.tabs.setCurrentWidget(page)
            hint = widget.minimumSizeHint()
            assert hint.width() <= 1280 and hint.height() <= 860, page  # wraps or scrolls, never widens
        mood = widget.charts.mood.chart
        labels = mood._x_axis.categoriesLabels()
        assert labels and not any("…" in text or "..." in text for text in labels)
        width = widget.charts.mood.view.width()
        assert len(labels) * 110 <= width  # date labels spaced for the large text, not the usual 75 px
    finally:
        app.setFont(normal)


def test_the_body_charts_share_one_left_edge(qtbot: QtBot, view: ReviewView) -> None:
    view.tabs.setCurrentWidget(view.charts)
    view.select_range(RangeKind.SINCE_LOSS)
    shown = [p.chart.chart for p in view.charts.physical if p.currentWidget() is p.view]
    assert len(shown) >= 2  # bleeding ("Moderate") and a 0-10 chart ("10") label their values differently

    def aligned() -> None:
        lefts = [chart.plotArea().left() for chart in shown]
        assert max(lefts) - min(lefts) <= 1.0, lefts

    qtbot.waitUntil(aligned, timeout=3000)
