"""Screenshots of the review view on a made-up demo journal, for docs and for looking before merging.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots_review.py [output-folder]
Writes review-2-weeks.png, review-since-loss.png, review-year.png, review-calendar-year.png,
review-calendar-month.png, review-summaries.png, review-search.png, and the view with the text at
200 % (review-200-percent-text.png for the charts, review-200-percent-summaries.png) into the folder
(default: docs/screenshots). The demo journal gets two symptoms of the person's own, added a few weeks
after the second loss, so the summaries show them (and nothing for the weeks before they existed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from journal.core.crypto.kdf import KdfParams
from journal.core.demo import create_demo_journal
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.review.ranges import RangeKind
from journal.ui.review import ReviewView
from journal.ui.theme import apply_theme

TODAY = dt.date(2026, 11, 24)
SIZE = (1280, 860)
OWN_SYMPTOMS_FROM = dt.date(2025, 8, 4)  # about two weeks after the demo's second loss (18 Jul 2025)
OWN_SYMPTOMS = (
    {"key": "back_pain", "kind": "scale", "label": "Back pain", "scale_max": 5},
    {"key": "hot_flushes", "kind": "yes_no", "label": "Hot flushes"},
)


def add_own_symptoms(journal: Journal) -> None:
    """Two symptoms of the person's own, noted on most written days from `OWN_SYMPTOMS_FROM`."""
    rng = random.Random(5)
    settings = dataclasses.replace(journal.settings(), custom_symptoms=OWN_SYMPTOMS)
    with journal.transaction() as session:
        journal.save_settings(session, settings)
        for entry in journal.days_between(OWN_SYMPTOMS_FROM, TODAY):
            weeks = (entry.date - OWN_SYMPTOMS_FROM).days / 7
            own = {
                "back_pain": max(0, min(5, round(3.5 - weeks / 6 + rng.gauss(0, 0.8)))),
                "hot_flushes": rng.random() < max(0.1, 0.6 - weeks / 30),
            }
            journal.save_day(session, dataclasses.replace(entry, symptoms={**entry.symptoms, **own}))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    base_font = QFont(app.font())
    apply_theme(app, os.environ.get("REVIEW_THEME", "light"))
    with tempfile.TemporaryDirectory() as folder:
        journal, _ = create_demo_journal(
            JournalFiles(Path(folder)), "screenshots", days=900, seed=3, today=TODAY, kdf_params=KdfParams(1024, 1, 1)
        )
        add_own_symptoms(journal)
        view = ReviewView(journal, TODAY)
        view.resize(*SIZE)
        view.show()
        shot = _shooter(app, view, out)

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

        large = QFont(base_font)
        large.setPointSizeF(base_font.pointSizeF() * 2)
        app.setFont(large)  # before the view is built, as scripts/screenshots.py does for Today
        view = ReviewView(journal, TODAY)
        view.resize(*SIZE)
        view.show()
        shot = _shooter(app, view, out)
        view.select_range(RangeKind.SINCE_LOSS, 0)
        shot("review-200-percent-text.png")
        view.tabs.setCurrentWidget(view.summaries)
        view.summaries.table.scrollToBottom()
        shot("review-200-percent-summaries.png")
        if os.environ.get("REVIEW_LARGE_ALL"):  # the other tabs too, for looking (not kept in docs)
            view.tabs.setCurrentWidget(view.calendar)
            view.calendar.show_year(2025)
            shot("review-200-percent-calendar-year.png")
            view.calendar.show_month(2025, 7)
            shot("review-200-percent-calendar-month.png")
            view.tabs.setCurrentWidget(view.search)
            view.search.words.setText("walk")
            view.search.run_search()
            shot("review-200-percent-search.png")
        view.close()
        app.setFont(base_font)
        journal.close()
    return 0


def _shooter(app: QApplication, view: ReviewView, out: Path) -> Callable[[str], None]:
    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        view.grab().save(str(out / name))
        print(out / name)

    return shot


if __name__ == "__main__":
    raise SystemExit(main())
