"""After a passphrase or recovery key change reports success, the old wrapped key is gone from disk.

The app keeps the journal open for hours; without a checkpoint the old slot stays in the file
until SQLite folds its log, and a copy of the file would still open with the old passphrase.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers.journals import CHEAP_KDF, PASSPHRASE
from journal.core.errors import WrongSecretError
from journal.core.journal_files import JournalFiles
from journal.core.key_change import change_passphrase, replace_recovery_key
from journal.core.opening import unlock_with_passphrase, unlock_with_recovery_key


def _on_disk(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(data_dir.iterdir()) if p.name.startswith("journal.sqlite3"))


def test_a_changed_passphrase_leaves_no_old_slot_in_the_file_or_its_log(make_journal, data_dir: Path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    journal, _ = make_journal()
    with journal.transaction() as session:  # some ordinary writes first, so the log is in use
        journal.save_document(session, "note", {"x": 1})
    old = journal.header.slot("passphrase").wrapped_key
    assert old in _on_disk(data_dir)
    change_passphrase(journal, "a new passphrase", CHEAP_KDF)
    assert old not in _on_disk(data_dir)
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy2(data_dir / "journal.sqlite3", copy / "journal.sqlite3")  # the file alone, as a person copies it
    files = JournalFiles(copy)
    with pytest.raises(WrongSecretError):
        unlock_with_passphrase(files, PASSPHRASE)
    unlock_with_passphrase(files, "a new passphrase").close()


def test_a_replaced_recovery_key_leaves_no_old_slot_either(make_journal, data_dir: Path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    journal, old_key = make_journal()
    old = journal.header.slot("recovery").wrapped_key
    replace_recovery_key(journal)
    assert old not in _on_disk(data_dir)
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy2(data_dir / "journal.sqlite3", copy / "journal.sqlite3")
    with pytest.raises(WrongSecretError):
        unlock_with_recovery_key(JournalFiles(copy), old_key)
