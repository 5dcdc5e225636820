"""Damaged journal files: each kind of damage is named, the rest opens, and nothing on disk is rewritten.

Row-level tampering (a flipped byte, two rows' ciphertexts swapped, one row rolled back to an
older version) must be caught and counted as "could not be read" while every other day opens.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from helpers.journals import PASSPHRASE
from journal.core.domain.entry import DayEntry
from journal.core.errors import JournalDamagedError, JournalError, WrongSecretError
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import unlock_with_passphrase

DAYS = [dt.date(2026, 10, 1) + dt.timedelta(days=n) for n in range(5)]


def _journal_with_days(make_journal) -> JournalFiles:
    journal, _ = make_journal()
    with journal.transaction() as session:
        for index, day in enumerate(DAYS):
            journal.save_day(session, DayEntry(date=day, mood=3, note=f"note {index}"))
    files = journal.files
    journal.close()
    return files


def _rows(path: Path) -> list[tuple[str, int, bytes]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT id, version, sealed FROM day_entries ORDER BY id").fetchall()


def _set_row(path: Path, row_id: str, version: int, sealed: bytes) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE day_entries SET version=?, sealed=? WHERE id=?", (version, sealed, row_id))


def _unlock(files: JournalFiles) -> Journal:
    return unlock_with_passphrase(JournalFiles(files.data_dir), PASSPHRASE)


def _folder_fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_flipping_any_byte_of_an_entry_is_counted_and_the_rest_opens(make_journal) -> None:
    files = _journal_with_days(make_journal)
    row_id, version, sealed = _rows(files.database_path)[2]
    for offset in range(len(sealed)):  # every byte: nonce, ciphertext and tag
        damaged = bytearray(sealed)
        damaged[offset] ^= 0x01 << (offset % 8)
        _set_row(files.database_path, row_id, version, bytes(damaged))
        journal = _unlock(files)
        assert journal.unreadable_count == 1, offset
        assert len(journal.dates()) == len(DAYS) - 1
        journal.close()
    _set_row(files.database_path, row_id, version, sealed)
    journal = _unlock(files)
    assert journal.unreadable_count == 0 and len(journal.dates()) == len(DAYS)
    journal.close()


def test_two_rows_swapped_are_both_caught(make_journal) -> None:
    files = _journal_with_days(make_journal)
    first, second = _rows(files.database_path)[:2]
    _set_row(files.database_path, first[0], first[1], second[2])
    _set_row(files.database_path, second[0], second[1], first[2])
    journal = _unlock(files)
    assert journal.unreadable_count == 2
    assert len(journal.dates()) == len(DAYS) - 2
    journal.close()


def test_one_row_rolled_back_to_an_older_version_is_caught(make_journal) -> None:
    files = _journal_with_days(make_journal)
    journal = _unlock(files)
    old = {row[0]: row for row in _rows(files.database_path)}
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(date=DAYS[0], mood=1, note="changed later"))
    journal.close()
    changed = next(row for row in _rows(files.database_path) if row[1] == 2)
    _set_row(files.database_path, *old[changed[0]])  # the whole old row back: version and ciphertext
    journal = _unlock(files)
    assert journal.unreadable_count == 1
    assert journal.day(DAYS[0]) is None and len(journal.dates()) == len(DAYS) - 1
    journal.close()


def test_damaged_header_is_reported_differently_from_a_wrong_passphrase(make_journal) -> None:
    files = _journal_with_days(make_journal)
    probe = JournalFiles(files.data_dir)
    with pytest.raises(WrongSecretError):
        unlock_with_passphrase(probe, "not the passphrase")
    probe.release()
    with contextlib.closing(sqlite3.connect(files.database_path)) as connection, connection:
        salt = connection.execute("SELECT salt FROM key_slots WHERE kind='passphrase'").fetchone()[0]
        connection.execute("UPDATE key_slots SET salt=? WHERE kind='passphrase'", (bytes([salt[0] ^ 1]) + salt[1:],))
    with pytest.raises(JournalDamagedError, match="damaged"):
        unlock_with_passphrase(JournalFiles(files.data_dir), PASSPHRASE)


def test_wrong_passphrase_changes_nothing_on_disk(make_journal) -> None:
    files = _journal_with_days(make_journal)
    before = _folder_fingerprint(files.data_dir)
    for _ in range(3):
        probe = JournalFiles(files.data_dir)
        with pytest.raises(WrongSecretError):
            unlock_with_passphrase(probe, "not the passphrase")
        probe.release()
    assert _folder_fingerprint(files.data_dir) == before


@pytest.mark.parametrize("keep", [0, 100, 4096, 0.5])
def test_a_truncated_database_is_refused_as_damaged(make_journal, keep: float) -> None:
    files = _journal_with_days(make_journal)
    data = files.database_path.read_bytes()
    size = int(len(data) * keep) if isinstance(keep, float) else keep
    files.database_path.write_bytes(data[:size])
    with pytest.raises(JournalError) as caught:
        unlock_with_passphrase(JournalFiles(files.data_dir), PASSPHRASE)
    assert caught.value.exit_code == 3


def test_bit_flips_across_the_database_never_crash(make_journal) -> None:
    files = _journal_with_days(make_journal)
    original = files.database_path.read_bytes()
    outcomes = {"opened": 0, "refused": 0}
    for offset in range(0, len(original), 509):
        damaged = bytearray(original)
        damaged[offset] ^= 0x10
        files.database_path.write_bytes(bytes(damaged))
        probe = JournalFiles(files.data_dir)
        try:
            journal = unlock_with_passphrase(probe, PASSPHRASE)
        except JournalError:
            outcomes["refused"] += 1
            probe.release()
            continue
        outcomes["opened"] += 1
        # whatever opened is exactly what was written: damage is never silently turned into content
        for index, day in enumerate(DAYS):
            entry = journal.day(day)
            assert entry is None or entry.note == f"note {index}"
        if len(journal.dates()) < len(DAYS):
            assert journal.unreadable_count > 0  # a missing day is always reported
        journal.close()
    assert outcomes["opened"] + outcomes["refused"] > 10
