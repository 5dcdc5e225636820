"""Render the prompt card and the Library to PNGs under docs/screenshots, from a made-up demo journal.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_prompts.py [--dark]

The card picture shows two days of the same demo journal: an ordinary day, and a day near the anniversary
of the demo's loss (the soft line and "Not today" first).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from journal.core.crypto.kdf import KdfParams
from journal.core.demo import create_demo_journal
from journal.core.domain.key_dates import KeyDateKind
from journal.core.journal_files import JournalFiles
from journal.ui.prompts.library_view import LibraryView
from journal.ui.prompts.prompt_card import PromptCard
from journal.ui.theme import apply_theme

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
DEMO_TODAY = dt.date(2026, 11, 24)
SIZE = (900, 600)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dark", action="store_true", help="render with the dark palette")
    parser.add_argument("--out", type=Path, default=OUT)
    arguments = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    apply_theme(app, "dark" if arguments.dark else "light")
    arguments.out.mkdir(parents=True, exist_ok=True)
    suffix = "-dark" if arguments.dark else ""

    with tempfile.TemporaryDirectory() as folder:
        journal, _ = create_demo_journal(
            JournalFiles(Path(folder)),
            "demo passphrase",
            days=120,
            seed=7,
            today=DEMO_TODAY,
            kdf_params=KdfParams(1024, 1, 1),
        )
        try:
            loss = next(kd for kd in journal.key_dates() if kd.kind is KeyDateKind.LOSS)
            anniversary = loss.date.replace(year=loss.date.year + 1) - dt.timedelta(days=1)
            page = QWidget()
            page.resize(*SIZE)
            layout = QVBoxLayout(page)
            layout.setContentsMargins(24, 24, 24, 24)
            layout.setSpacing(16)
            for day in (DEMO_TODAY, anniversary):
                layout.addWidget(QLabel(day.strftime("%A %d %B %Y")))
                layout.addWidget(PromptCard(journal, day))
            layout.addStretch(1)
            page.show()
            app.processEvents()
            page.grab().save(str(arguments.out / f"prompt-card{suffix}.png"))
        finally:
            journal.close()

    library = LibraryView()
    library.resize(*SIZE)
    library.show()
    library.show_reading("grief-has-no-timetable")
    app.processEvents()
    library.grab().save(str(arguments.out / f"library{suffix}.png"))
    print(f"saved to {arguments.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
