"""Summaries on a long range paint at once: the first rows get their height from their words before
the first paint, and every other row follows while the app is idle, with the same heights as fitting
them all at once would give."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from conftest import CHEAP_KDF
from journal.core.demo import create_demo_journal
from journal.core.journal_files import JournalFiles
from journal.core.review.ranges import RangeKind
from journal.ui.review import ReviewView

TODAY = dt.date(2026, 11, 24)


def test_every_row_is_fitted_soon_after_the_first_paint(qtbot: QtBot, tmp_path) -> None:
    journal, _ = create_demo_journal(
        JournalFiles(tmp_path / "long"), "pw", days=900, seed=2, today=TODAY, kdf_params=CHEAP_KDF
    )
    view = ReviewView(journal, TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.select_range(RangeKind.EVERYTHING)
    view.tabs.setCurrentWidget(view.summaries)
    page = view.summaries
    rows = page.model.rowCount()
    assert rows > 120 and page.rows_fitted() < rows, "only the first rows are fitted before painting"
    qtbot.waitUntil(lambda: page.rows_fitted() == rows, timeout=10_000)
    fitted = [page.table.rowHeight(row) for row in range(rows)]
    page.table.resizeRowsToContents()
    assert [page.table.rowHeight(row) for row in range(rows)] == fitted
    journal.close()
