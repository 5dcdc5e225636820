"""Screenshots of the review view on a made-up demo journal, for docs and for looking before merging.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots_review.py [output-folder]
Writes review-2-weeks.png, review-since-loss.png, review-year.png, review-calendar-year.png,
review-summaries.png and review-search.png (default folder: docs/screenshots).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from journal.core.crypto.kdf import KdfParams
from journal.core.demo import create_demo_journal
from journal.core.journal_files import JournalFiles
from journal.core.review.ranges import RangeKind
from journal.ui.review import ReviewView
from journal.ui.theme import apply_theme

TODAY = dt.date(2026, 11, 24)
SIZE = (1280, 860)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    apply_theme(app, os.environ.get("REVIEW_THEME", "light"))  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as folder:
        journal, _ = create_demo_journal(
            JournalFiles(Path(folder)), "screenshots", days=900, seed=3, today=TODAY, kdf_params=KdfParams(1024, 1, 1)
        )
        view = ReviewView(journal, TODAY)
        view.resize(*SIZE)
        view.show()

        def shot(name: str) -> None:
            for _ in range(3):
                app.processEvents()
            view.grab().save(str(out / name))
            print(out / name)

        view.select_range(RangeKind.TWO_WEEKS)
        shot("review-2-weeks.png")
        view.select_range(RangeKind.SINCE_LOSS, 0)
        shot("review-since-loss.png")
        view.select_range(RangeKind.YEAR)
        shot("review-year.png")
        view.tabs.setCurrentWidget(view.calendar)
        view.calendar.show_year(2025)  # the year of the demo's second loss: bleeding and key dates
        shot("review-calendar-year.png")
        view.calendar.show_month(2025, 7)
        shot("review-calendar-month.png")
        view.select_range(RangeKind.SINCE_LOSS, 0)
        view.tabs.setCurrentWidget(view.summaries)
        view.summaries.table.scrollToBottom()  # the first weeks after the loss, with bleeding easing
        shot("review-summaries.png")
        view.tabs.setCurrentWidget(view.search)
        view.search.words.setText("walk")
        view.search.symptom.setCurrentIndex(view.search.symptom.findData("tiredness"))
        view.search.run_search()
        shot("review-search.png")
        view.close()
        journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
