"""Counts read as English: the translations script gives every "%n …(s)" message its singular and plural."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "translations.py"


@pytest.fixture(scope="module")
def fresh_english(tmp_path_factory) -> Path:
    """The English catalogue made from today's sources, as the coordinator's regeneration will make it."""
    folder = tmp_path_factory.mktemp("translations")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "all", "--directory", str(folder)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0 and "was not found" in done.stdout + done.stderr:
        pytest.skip("pyside6-lupdate is not installed")
    assert done.returncode == 0, done.stderr
    return folder / "journal_en.qm"


def test_every_plural_message_gets_both_english_forms(fresh_english: Path) -> None:
    text = fresh_english.with_suffix(".ts").read_text(encoding="utf-8")
    assert text.count('<message numerus="yes">') >= 4
    assert "(s)</numerusform>" not in text and 'type="unfinished">\n            <numerusform>' not in text


@pytest.mark.parametrize(
    ("context", "source", "n", "expected"),
    [
        ("ImportDialog", "Imported: %n new day(s), {0} merged with yours.", 1, "Imported: 1 new day, {0} merged"),
        ("ImportDialog", "Imported: %n new day(s), {0} merged with yours.", 3, "Imported: 3 new days, {0} merged"),
    ],
)
def test_the_app_shows_one_day_and_three_days(qapp, fresh_english: Path, context, source, n, expected) -> None:
    translator = QTranslator()
    assert translator.load(str(fresh_english))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate(context, source, "", n).startswith(expected)
    finally:
        qapp.removeTranslator(translator)


def test_the_unreadable_days_note_has_a_next_step_in_the_singular(qapp, fresh_english: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(fresh_english))
    qapp.installTranslator(translator)
    try:
        text = QCoreApplication.translate(
            "MainWindow",
            "Some days couldn't be opened (%n day(s)), so they are left out. Everything else is here and "
            "safe. A backup from before may still hold them: Restore from a backup, in the Journal menu, "
            "shows what a backup holds before anything changes.",
            "",
            1,
        )
        assert "(1 day)" in text and "(s)" not in text
    finally:
        qapp.removeTranslator(translator)
