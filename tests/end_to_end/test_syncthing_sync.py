"""End to end with the real engine: two journals of one journal id, each behind its own Syncthing.

Skipped only when Syncthing is not installed (`scripts/bootstrap.sh` installs the Debian package).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journal.core.crypto.kdf import KdfParams
from journal.core.domain.entry import DayEntry
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import create_journal
from journal.core.sync.day_merge import TWO_COMPUTERS_LINE
from journal.core.sync.joining import join_from_folder
from journal.core.sync.ledger import Ledger
from journal.core.sync.rounds import sync_round

from .syncthing_pair import SyncthingPair, syncthing_binary

pytestmark = pytest.mark.skipif(
    syncthing_binary() is None,
    reason="Syncthing is not installed (scripts/bootstrap.sh installs the Debian package 'syncthing')",
)
CHEAP_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple"
SHARED = dt.date(2026, 11, 3)


def _save(journal: Journal, entry: DayEntry) -> None:
    with journal.transaction() as session:
        journal.save_day(session, entry)


def test_two_computers_through_syncthing_end_equal_and_lose_nothing(tmp_path: Path) -> None:
    with SyncthingPair(tmp_path) as pair:
        laptop, _ = create_journal(JournalFiles(tmp_path / "laptop"), PASSPHRASE, CHEAP_KDF)
        try:
            _save(laptop, DayEntry(SHARED, mood=3, feelings=("tired",), note="Morning at home."))
            sync_round(laptop, pair.first.folder)
            pair.settle()
            desktop, report = join_from_folder(JournalFiles(tmp_path / "desktop"), pair.second.folder, PASSPHRASE)
            try:
                assert report.days_brought_in == 1
                # Different days on each side, and the same day on both.
                _save(laptop, DayEntry(SHARED - dt.timedelta(days=1), mood=2, note="Only on the laptop."))
                _save(desktop, DayEntry(SHARED - dt.timedelta(days=2), mood=4, note="Only on the desktop."))
                _save(laptop, DayEntry(SHARED, mood=2, feelings=("tired", "sad"), note="Morning at home. A walk."))
                _save(desktop, DayEntry(SHARED, mood=3, feelings=("tired", "calm"), note="Written at night."))
                sync_round(laptop, pair.first.folder)
                sync_round(desktop, pair.second.folder)
                pair.settle()
                sync_round(laptop, pair.first.folder)
                sync_round(desktop, pair.second.folder)
                pair.settle()
                assert laptop.days_between() == desktop.days_between()
                assert len(laptop.dates()) == 3
                merged = laptop.day(SHARED)
                assert merged is not None
                assert set(merged.feelings) == {"tired", "sad", "calm"}
                assert merged.note.startswith(TWO_COMPUTERS_LINE)
                assert "A walk." in merged.note and "Written at night." in merged.note
                for journal in (laptop, desktop):  # every edit is in the journal or its history
                    history = Ledger(journal).record("day", SHARED.isoformat()).versions.values()
                    notes = {v.body["note"] for v in history if v.body}
                    assert {"Morning at home.", "Morning at home. A walk.", "Written at night."} <= notes
            finally:
                desktop.close()
        finally:
            laptop.close()
