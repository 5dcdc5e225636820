"""Settings → "Use on more than one computer" → "Stop syncing…", and the service stopping, under pytest-qt."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from journal.core.domain.entry import DayEntry
from journal.core.journal import Journal
from journal.core.sync.rounds import sync_round
from journal.core.sync.status import sync_status
from journal.ui.sync.service import SyncService
from journal.ui.sync.settings_page import SyncSettingsPage

DAY = dt.date(2026, 11, 3)


def _save(journal: Journal, entry: DayEntry) -> None:
    with journal.transaction() as session:
        journal.save_day(session, entry)


def _synced_page(qtbot, journal: Journal, folder: Path) -> tuple[SyncSettingsPage, SyncService]:
    service = SyncService(journal)
    page = SyncSettingsPage(journal, service)
    qtbot.addWidget(page)
    page.ask_folder = lambda: folder
    with qtbot.waitSignal(service.round_done, timeout=20_000):
        page.choose.click()
    return page, service


def test_stop_syncing_asks_then_forgets_the_folder_and_keeps_the_journal(qtbot, journal: Journal, tmp_path: Path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    _save(journal, DayEntry(DAY, mood=3, note="Kept."))
    page, service = _synced_page(qtbot, journal, folder)
    assert page.stop_button.isVisibleTo(page) and page.stop_button.isEnabled()
    files = sorted(p.name for p in folder.iterdir())
    asked: list[bool] = []

    def confirm() -> bool:
        asked.append(True)
        return True

    page.confirm_stop = confirm
    with qtbot.waitSignal(service.stopped, timeout=10_000):
        page.stop_button.click()
    assert asked == [True]
    assert sync_status(journal).folder is None
    assert "Not synced" in page.folder_label.text() and "stopped syncing" in page.status.text()
    assert not page.stop_button.isVisibleTo(page) and not page.sync_now.isEnabled() and page.choose.isEnabled()
    assert service.watcher.directories() == [] and not service.timer.isActive()
    assert journal.day(DAY).note == "Kept."
    assert sorted(p.name for p in folder.iterdir()) == files  # nothing removed from the folder

    # Choosing the same folder again works as it did the first time.
    _save(journal, DayEntry(DAY + dt.timedelta(days=1), mood=2))
    with qtbot.waitSignal(service.round_done, timeout=20_000) as done:
        page.choose.click()
    assert done.args[0].sent >= 1 and not done.args[0].problems
    assert str(folder) in page.folder_label.text() and page.stop_button.isVisibleTo(page)
    service.stop()


def test_keeping_syncing_changes_nothing(qtbot, journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    page, service = _synced_page(qtbot, journal, folder)
    page.confirm_stop = lambda: False
    page.stop_button.click()
    assert sync_status(journal).folder == folder.resolve()
    assert service.watcher.directories() == [str(folder)] and service.timer.isActive()
    service.stop()


def test_the_stop_button_is_hidden_when_no_folder_was_chosen(qtbot, journal: Journal) -> None:
    page = SyncSettingsPage(journal, SyncService(journal))
    qtbot.addWidget(page)
    assert not page.stop_button.isVisibleTo(page)


def test_stopping_while_a_round_runs_waits_for_it_and_the_round_does_not_bring_the_folder_back(
    qtbot, journal: Journal, tmp_path: Path
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    release = threading.Event()

    def slow_round(journal, folder, **options):
        release.wait(10)
        return sync_round(journal, folder, **options)

    service = SyncService(journal, run_round=slow_round)
    stopped: list[bool] = []
    service.stopped.connect(lambda: stopped.append(True))
    service.use_folder(folder)
    service.stop_syncing()
    assert stopped == []  # the running round finishes first
    service.sync_now()  # no new round starts while stopping
    release.set()
    qtbot.waitUntil(lambda: stopped == [True], timeout=10_000)
    assert sync_status(journal).folder is None
    assert service.watcher.directories() == [] and not service.timer.isActive()
