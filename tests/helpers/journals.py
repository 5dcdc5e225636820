"""A journal's secrets for tests, the cheap key derivation, the privacy canary, and saving a day in one line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from journal.core.crypto.kdf import KdfParams
from journal.core.domain.entry import DayEntry
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles

# Real Argon2id parameters take about half a second per derivation; tests use these except the one
# test that checks the real calibration.
CHEAP_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "correct horse battery staple"
# Personal text that must never appear in clear anywhere on disk; privacy tests search for it.
CANARY = "CANARY-7f3a9-zebra"


def save_note(journal: Journal, day: dt.date, note: str, mood: int = 3) -> None:
    """Save one day with a mood and a note, in its own transaction."""
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(date=day, mood=mood, note=note))


def unlock_again(journal: Journal, data_dir: Path, passphrase: str = PASSPHRASE) -> Journal:
    """Close `journal` and unlock the file again, so a test sees only what reached the disk."""
    from journal.core.opening import unlock_with_passphrase

    journal.close()
    return unlock_with_passphrase(JournalFiles(data_dir), passphrase)
