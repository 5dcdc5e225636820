"""Stopping sync on one computer: the folder is forgotten, nothing in the journal changes, and
choosing a folder again later carries on (edits made meanwhile, on either side, still merge)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from journal.core.domain.entry import DayEntry
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.sync.history import history
from journal.core.sync.joining import join_from_folder
from journal.core.sync.ledger import STATE_DOCUMENT
from journal.core.sync.rounds import sync_round
from journal.core.sync.status import sync_status
from journal.core.sync.stopping import stop_syncing

from .conftest import PASSPHRASE

DAY = dt.date(2026, 11, 3)
LATER = dt.date(2026, 11, 4)


def _save(journal: Journal, entry: DayEntry) -> None:
    with journal.transaction() as session:
        journal.save_day(session, entry)


def _stop(journal: Journal) -> bool:
    with journal.transaction() as session:
        return stop_syncing(journal, session)


def test_stopping_forgets_the_folder_and_leaves_the_journal_as_it_was(computers, sync_folder: Path) -> None:
    first, second = computers(2)
    _save(second, DayEntry(DAY, mood=3, note="Written on the other computer."))
    sync_round(second, sync_folder)
    sync_round(first, sync_folder)
    days, key_dates, versions = first.days_between(), first.key_dates(), history(first, "day", DAY.isoformat())
    files_before = sorted(p.name for p in sync_folder.iterdir())
    device = first.document(STATE_DOCUMENT)["device"]

    assert _stop(first) is True

    status = sync_status(first)
    assert status.folder is None and status.last_round is None
    assert first.days_between() == days and first.key_dates() == key_dates
    assert history(first, "day", DAY.isoformat()) == versions  # the day's earlier versions are kept
    assert first.document(STATE_DOCUMENT)["device"] == device  # the same computer when it comes back
    assert sorted(p.name for p in sync_folder.iterdir()) == files_before  # the folder's files stay
    assert _stop(first) is False  # nothing chosen: nothing to do


def test_choosing_the_same_folder_again_merges_what_both_wrote_meanwhile(computers, sync_folder: Path) -> None:
    first, second = computers(2)
    _save(first, DayEntry(DAY, mood=3, note="Before stopping."))
    sync_round(first, sync_folder)
    sync_round(second, sync_folder)
    _stop(first)
    _save(first, DayEntry(LATER, mood=2, note="Written while not syncing."))
    _save(second, DayEntry(DAY, mood=4, note="Changed on the other computer."))
    sync_round(second, sync_folder)

    report = sync_round(first, sync_folder)  # the folder chosen again
    assert report.days_brought_in == 1 and report.sent >= 1
    sync_round(second, sync_folder)
    assert first.days_between() == second.days_between()
    assert first.day(DAY).note == "Changed on the other computer."
    assert second.day(LATER).note == "Written while not syncing."
    assert sync_status(first).folder == sync_folder.resolve()
    assert not report.problems


def test_after_the_folders_files_were_deleted_another_computer_can_still_join(
    computers, sync_folder: Path, tmp_path: Path
) -> None:
    (first,) = computers(1)
    _save(first, DayEntry(DAY, mood=3, note="Before stopping."))
    sync_round(first, sync_folder)
    _stop(first)
    for leftover in sync_folder.iterdir():  # the person tidied the folder away
        leftover.unlink()
    _save(first, DayEntry(LATER, mood=2))

    sync_round(first, sync_folder)  # chosen again: every version and the key file go out again
    assert len(list(sync_folder.glob("*.rjpack"))) == 1 and len(list(sync_folder.glob("*.rjkeys"))) == 1
    joined, report = join_from_folder(JournalFiles(tmp_path / "computer-new"), sync_folder, PASSPHRASE)
    try:
        assert joined.days_between() == first.days_between()
        assert joined.day(DAY).note == "Before stopping."
        assert not report.problems
    finally:
        joined.close()
    assert sync_round(first, sync_folder).compacted == 0  # once is enough


def test_a_computer_joining_after_a_stop_and_an_emptied_folder_gets_every_computers_days(
    computers, sync_folder: Path, tmp_path: Path
) -> None:
    first, second = computers(2)
    _save(second, DayEntry(dt.date(2026, 11, 1), mood=3, note="From the second computer."))
    sync_round(second, sync_folder)
    sync_round(first, sync_folder)
    assert first.day(dt.date(2026, 11, 1)) is not None
    assert _stop(first)
    for leftover in sync_folder.iterdir():  # the person deleted the folder's files, as they may
        leftover.unlink()
    sync_round(first, sync_folder)
    joined, _report = join_from_folder(JournalFiles(tmp_path / "new"), sync_folder, PASSPHRASE)
    try:
        assert joined.days_between() == first.days_between()
        assert joined.day(dt.date(2026, 11, 1)) == first.day(dt.date(2026, 11, 1))
    finally:
        joined.close()
    sync_round(second, sync_folder)  # the second computer reads its own days back: nothing changes there
    assert second.days_between() == first.days_between()
