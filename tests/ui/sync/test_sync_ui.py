"""Settings → "Use on more than one computer", the sync service, and a day's history, under pytest-qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers.journals import PASSPHRASE
from journal.core.domain.entry import DayEntry
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.sync.joining import join_from_folder
from journal.core.sync.rounds import sync_round
from journal.ui.sync.history_dialog import DayHistoryDialog
from journal.ui.sync.service import SyncService
from journal.ui.sync.settings_page import SyncSettingsPage

DAY = dt.date(2026, 11, 3)


def _save(journal: Journal, entry: DayEntry) -> None:
    with journal.transaction() as session:
        journal.save_day(session, entry)


def test_choosing_a_folder_syncs_and_shows_the_status(qtbot, journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    _save(journal, DayEntry(DAY, mood=3))
    service = SyncService(journal)
    page = SyncSettingsPage(journal, service)
    qtbot.addWidget(page)
    assert "Not synced" in page.folder_label.text() and not page.sync_now.isEnabled()
    page.ask_folder = lambda: folder
    with qtbot.waitSignal(service.round_done, timeout=20_000):
        page.choose.click()
    assert str(folder) in page.folder_label.text()
    assert "Last synced" in page.status.text() and page.sync_now.isEnabled()
    assert len(list(folder.glob("*.rjpack"))) == 1 and len(list(folder.glob("*.rjkeys"))) == 1
    assert service.watcher.directories() == [str(folder)]
    service.stop()


def test_the_service_brings_in_another_computers_day(qtbot, journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    sync_round(journal, folder)
    other, _ = join_from_folder(JournalFiles(tmp_path / "other"), folder, PASSPHRASE)
    try:
        _save(other, DayEntry(DAY, mood=2, note="From the other computer."))
        sync_round(other, folder)
        service = SyncService(journal)
        with qtbot.waitSignal(service.brought_in, timeout=20_000):
            service.start()
        assert journal.day(DAY) is not None and journal.day(DAY).note == "From the other computer."
        service.stop()
    finally:
        other.close()


def test_a_days_history_lists_versions_and_brings_one_back(qtbot, journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    _save(journal, DayEntry(DAY, mood=3, note="The first words."))
    sync_round(journal, folder)
    other, _ = join_from_folder(JournalFiles(tmp_path / "other"), folder, PASSPHRASE)
    try:
        _save(other, DayEntry(DAY, mood=4, note="Rewritten elsewhere."))
        sync_round(other, folder)
        sync_round(journal, folder)
    finally:
        other.close()
    dialog = DayHistoryDialog(journal, DAY)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2 and dialog.merged_note.isHidden()
    assert "another computer" in dialog.list.item(0).text() and "shown now" in dialog.list.item(0).text()
    assert not dialog.bring_back_button.isEnabled()  # the version shown now
    dialog.list.setCurrentRow(1)
    assert "The first words." in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.brought_back, timeout=5_000):
        dialog.bring_back_button.click()
    assert journal.day(DAY).note == "The first words."
    assert dialog.list.count() == 3


def test_a_day_never_synced_says_it_has_no_earlier_versions(qtbot, journal: Journal) -> None:
    _save(journal, DayEntry(DAY, mood=3))
    dialog = DayHistoryDialog(journal, DAY)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0 and not dialog.empty.isHidden() and dialog.merged_note.isHidden()


def test_waiting_for_a_round_returns_once_it_finished(qtbot, journal: Journal, tmp_path: Path) -> None:
    import threading

    folder = tmp_path / "Sync"
    folder.mkdir()
    release = threading.Event()

    def slow_round(journal, folder, **options):
        release.wait(10)
        return sync_round(journal, folder, **options)

    service = SyncService(journal, run_round=slow_round)
    assert service.wait_for_round(0.01)  # nothing running
    service.use_folder(folder)
    assert not service.wait_for_round(0.05)  # still running
    release.set()
    assert service.wait_for_round(10)
    qtbot.waitUntil(lambda: service.last_report is not None, timeout=10_000)
