"""Review view on the 10-year demo journal: open ready to paint, switch to "everything", a year of
summaries, and a filtered search.

Targets from issue 5: open <= 300 ms, range switch <= 100 ms, search <= 50 ms.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from typing import Any

from common import DEMO_TODAY, BenchContext, Row, median_ms


def rows(context: BenchContext) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from journal.core.review.filters import DayFilter, find_days
    from journal.core.review.ranges import RangeKind
    from journal.core.review.summaries import PeriodKind, summaries
    from journal.ui.review import ReviewView

    app = QApplication.instance() or QApplication([])
    journal: Any = context.demo_journal()
    catalog = journal.settings().catalog()
    journal.search("warm up the folded notes")  # the first search folds every note once, as after unlock

    def open_view() -> None:
        view = ReviewView(journal, DEMO_TODAY)
        view.resize(1280, 860)
        view.show()
        view.grab()  # laid out and painted once
        view.close()
        view.deleteLater()
        app.processEvents()

    view = ReviewView(journal, DEMO_TODAY)
    view.resize(1280, 860)
    view.show()
    app.processEvents()

    def switch_timed(then_paint: bool) -> float:
        """Median ms of switching from the last 2 weeks to everything (the 2-week switch is not timed)."""
        samples = []
        for _ in range(8):
            view.select_range(RangeKind.TWO_WEEKS)
            app.processEvents()
            started = time.perf_counter()
            view.select_range(RangeKind.EVERYTHING)
            if then_paint:
                view.grab()
            samples.append((time.perf_counter() - started) * 1000)
        return statistics.median(samples)

    year_entries = journal.days_between(DEMO_TODAY - dt.timedelta(days=364), DEMO_TODAY)

    def year_of_summaries() -> None:
        start = DEMO_TODAY - dt.timedelta(days=364)
        summaries(year_entries, start, DEMO_TODAY, PeriodKind.WEEK, catalog)
        summaries(year_entries, start, DEMO_TODAY, PeriodKind.MONTH, catalog)

    search_filter = DayFilter(words="walk", symptom="tiredness", symptom_at_least=2)
    scan_filter = DayFilter(feeling="hope", tag="work")

    def filtered_search() -> None:
        find_days(journal, search_filter, catalog)

    def filter_only_search() -> None:
        find_days(journal, scan_filter, catalog)

    found = len(find_days(journal, search_filter, catalog))
    scanned = len(find_days(journal, scan_filter, catalog))
    result = [
        Row("review: open view, ready to paint", median_ms(open_view, repeat=5), 300.0, "build, lay out, paint once"),
        Row(
            "review: range switch to everything",
            switch_timed(then_paint=False),
            100.0,
            "from 2 weeks: series, averages, chart points",
        ),
        Row("review: range switch + repaint", switch_timed(then_paint=True), None, "for reference"),
        Row("review: a year of summaries", median_ms(year_of_summaries, repeat=10), None, "52 weeks + 12 months"),
        Row(
            "review: search with filters",
            median_ms(filtered_search, repeat=20),
            50.0,
            f"words + symptom level, {found} days",
        ),
        Row(
            "review: search, filters only",
            median_ms(filter_only_search, repeat=20),
            50.0,
            f"feeling + tag over every day, {scanned} days",
        ),
    ]
    view.close()
    view.deleteLater()
    app.processEvents()
    return result
