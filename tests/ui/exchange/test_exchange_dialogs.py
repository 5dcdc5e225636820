"""The export and import dialogs: choices reach the files, work runs in the background, nothing is
imported before the person says so, and a broken file imports nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from helpers.journals import CANARY
from journal.core.domain.entry import DayEntry
from journal.core.exchange.import_plan import DayStatus, PreviewRow
from journal.core.journal import Journal
from journal.ui.exchange import ExportDialog, ImportDialog
from journal.ui.exchange.preview_model import ImportPreviewModel

TODAY = dt.date(2026, 11, 24)
DAYLIO = (
    "full_date,date,weekday,time,mood,activities,scales,note_title,note\n"
    "2026-11-20,,,8:40 pm,wobbly,rest,,,Evening.\n"
    "2026-11-19,,,20:05,awful,walk,,,Mine too.\n"
)


def _export_dialog(qtbot, journal: Journal, target: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(journal, TODAY)
    qtbot.addWidget(dialog)
    dialog.ask_target = lambda suffix, _filter: target
    return dialog


def test_pdf_export_runs_in_the_background_and_leaves_notes_out_by_default(qtbot, demo_journal, tmp_path) -> None:
    with demo_journal.transaction() as session:
        demo_journal.save_day(session, DayEntry(TODAY - dt.timedelta(days=2), mood=3, note=CANARY))
    target = tmp_path / "report.pdf"
    dialog = _export_dialog(qtbot, demo_journal, target)
    assert dialog.pdf_options.include_notes() is False
    dialog.range.setCurrentIndex(dialog.range.findData("last_14_days"))
    assert dialog.chosen_range() == (TODAY - dt.timedelta(days=13), TODAY)
    assert "not encrypted" in dialog.warning.text()
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export_button.click()
    assert done.args == [str(target)]
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "11 Nov 2026 – 24 Nov 2026" in text and CANARY not in text
    assert dialog.progress.isHidden()


def test_picked_note_days_go_into_the_pdf(qtbot, demo_journal, tmp_path) -> None:
    with demo_journal.transaction() as session:
        demo_journal.save_day(session, DayEntry(TODAY - dt.timedelta(days=2), mood=3, note=CANARY))
    target = tmp_path / "report.pdf"
    dialog = _export_dialog(qtbot, demo_journal, target)
    dialog.range.setCurrentIndex(dialog.range.findData("last_14_days"))
    dialog.pdf_options.notes.setCurrentIndex(2)
    items = [dialog.pdf_options.note_days.item(r) for r in range(dialog.pdf_options.note_days.count())]
    wanted = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == TODAY - dt.timedelta(days=2))
    wanted.setCheckState(Qt.CheckState.Checked)
    assert dialog.report_options().note_dates == frozenset({TODAY - dt.timedelta(days=2)})
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    assert CANARY in " ".join(page.extract_text() for page in PdfReader(target).pages)


def test_plain_export_of_everything_and_a_custom_range_that_is_backwards(qtbot, demo_journal, tmp_path) -> None:
    target = tmp_path / "all.json"
    dialog = _export_dialog(qtbot, demo_journal, target)
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert dialog.pdf_options.isHidden()
    dialog.range.setCurrentIndex(dialog.range.findData("everything"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    assert len(json.loads(target.read_text())["days"]) == len(demo_journal.dates())
    dialog.range.setCurrentIndex(dialog.range.findData("custom"))
    dialog.start.setDate(QDate(2026, 11, 10))
    dialog.end.setDate(QDate(2026, 11, 5))
    assert not dialog.export_button.isEnabled() and "after" in dialog.status.text()


def test_a_failed_export_is_explained(qtbot, demo_journal, tmp_path) -> None:
    dialog = _export_dialog(qtbot, demo_journal, tmp_path / "missing-folder" / "x.csv")
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    with qtbot.waitSignal(dialog.failed, timeout=20_000) as failed:
        dialog.export_button.click()
    assert "does not exist" in failed.args[0] and dialog.export_button.isEnabled()


def test_import_previews_merges_lets_moods_be_mapped_then_imports(qtbot, journal, tmp_path) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(dt.date(2026, 11, 19), note="Already here."))
    source = tmp_path / "daylio.csv"
    source.write_text(DAYLIO, encoding="utf-8")
    dialog = ImportDialog(journal, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.load_file(source)
    assert not dialog.import_button.isEnabled()
    assert "line 2" in dialog.problems.toPlainText() and "wobbly" in dialog.problems.toPlainText()
    assert journal.day(dt.date(2026, 11, 20)) is None
    choice = dialog.moods.cellWidget([dialog.moods.item(r, 0).text() for r in range(2)].index("wobbly"), 1)
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        choice.setCurrentIndex(choice.findData(2))
    assert dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 2 and dialog.model.merged_count() == 1
    assert "1 merged" in dialog.status.text()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as done:
        dialog.import_button.click()
    assert (done.args[0].new_days, done.args[0].merged_days) == (1, 1)
    assert journal.day(dt.date(2026, 11, 20)).mood == 2
    assert journal.day(dt.date(2026, 11, 19)).note == "Already here.\n\nMine too."


def test_a_broken_file_shows_its_problems_and_cannot_be_imported(qtbot, journal, tmp_path) -> None:
    source = tmp_path / "broken.json"
    source.write_bytes(b'{"entries": [{"date": "yesterday"}, {"date": "2026-11-01", "time": "25:99"}]}')
    dialog = ImportDialog(journal, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.source.setCurrentIndex(dialog.source.findData("jrnl"))
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.load_file(source)
    assert dialog.problems.toPlainText().splitlines() == [
        "entry 1: the date is not a date (expected YYYY-MM-DD)",
        "entry 2: the time is not a time (expected HH:MM)",
    ]
    assert not dialog.import_button.isEnabled() and journal.dates() == []


def test_a_missing_file_is_explained(qtbot, journal, tmp_path) -> None:
    dialog = ImportDialog(journal, today=TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.load_file(tmp_path / "nope.csv")
    assert "no file with that name" in dialog.status.text()


def test_preview_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ImportPreviewModel()
    model.set_rows([
        PreviewRow(dt.date(2026, 11, 1), DayStatus.NEW, DayEntry(dt.date(2026, 11, 1), mood=2, note="A\nB")),
        PreviewRow(dt.date(2026, 11, 2), DayStatus.MERGED, DayEntry(dt.date(2026, 11, 2))),
    ])  # fmt: skip
    qtmodeltester.check(model)
    assert model.data(model.index(0, 3)) == "A" and model.data(model.index(1, 1)) == "Merged with your day"


def test_a_pdf_with_nothing_chosen_cannot_be_exported(qtbot, demo_journal, tmp_path) -> None:
    dialog = _export_dialog(qtbot, demo_journal, tmp_path / "x.pdf")
    # suggested by default: the demo journal's loss is within the year, so since the loss
    assert dialog.chosen_range() == (demo_journal.key_dates()[0].date, TODAY)
    for box in dialog.pdf_options.sections.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled() and "at least one" in dialog.status.text()
    dialog.pdf_options.sections[next(iter(dialog.pdf_options.sections))].setChecked(True)
    assert dialog.export_button.isEnabled() and dialog.status.text() == ""


def test_the_app_pdf_holds_results_and_open_questions_only_when_chosen(qtbot, demo_journal, tmp_path) -> None:
    target = tmp_path / "report.pdf"
    dialog = _export_dialog(qtbot, demo_journal, target)
    assert dialog.report_options().include_questions is False
    question = next(q for q in demo_journal.questions() if not q.is_done)
    dialog.pdf_options.include_questions.setChecked(True)
    assert dialog.report_options().include_questions is True
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "hCG (blood)" in text and question.text in text
