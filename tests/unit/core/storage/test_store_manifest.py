"""The manifest of row versions: there from creation, tampering with it named until the person decides,
a stale second writer refused, the lock file never followed through a link, and a save's manifest
work bounded whatever the journal's size."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import statistics
from pathlib import Path

import pytest

from helpers.journals import PASSPHRASE
from helpers.worded import raises_worded
from journal.cli.error_sentences import error_sentence
from journal.core.domain.entry import DayEntry
from journal.core.errors import JournalChangedError, JournalTamperedError, StorageError
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import unlock_with_passphrase
from journal.core.storage.records import ManifestProblem
from journal.core.storage.tables import SEALED_TABLES

DAY = dt.date(2026, 10, 1)


def _sql(path: Path, *statements: str, params: tuple = ()) -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        rows: list[tuple] = []
        for statement in statements:
            rows = connection.execute(statement, params).fetchall()
        return rows


def _manifest(path: Path) -> dict[str, tuple[int, bytes]]:
    return {row_id: (version, sealed) for row_id, version, sealed in _sql(path, "SELECT * FROM manifest")}


def _put_manifest(path: Path, rows: dict[str, tuple[int, bytes]]) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DELETE FROM manifest")
        connection.executemany("INSERT INTO manifest VALUES (?, ?, ?)", [(i, v, s) for i, (v, s) in rows.items()])


def _with_days(make_journal, count: int = 5) -> JournalFiles:
    journal, _ = make_journal()
    with journal.transaction() as session:
        for n in range(count):
            journal.save_day(session, DayEntry(DAY + dt.timedelta(days=n), mood=3, note=f"note {n}"))
    files = journal.files
    journal.close()
    return files


def _unlock(files: JournalFiles) -> Journal:
    return unlock_with_passphrase(JournalFiles(files.data_dir), PASSPHRASE)


def _refuses_writes(journal: Journal, files: JournalFiles) -> None:
    before = files.database_path.read_bytes()
    with pytest.raises(JournalTamperedError), journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=5, note="new"))
    with pytest.raises(JournalTamperedError), journal.transaction() as session:
        journal.save_settings(session, journal.settings())
    if journal.day(DAY + dt.timedelta(days=1)) is not None:
        with pytest.raises(JournalTamperedError), journal.transaction() as session:
            journal.delete_day(session, DAY + dt.timedelta(days=1))
    assert files.database_path.read_bytes() == before


def test_a_new_journal_has_its_manifest_before_anything_is_written(make_journal) -> None:
    journal, _ = make_journal()
    files = journal.files
    journal.close()
    assert "root" in _manifest(files.database_path)
    reopened = _unlock(files)
    assert reopened.manifest_problem is None and reopened.unreadable_count == 0
    reopened.close()


@pytest.mark.parametrize("what", ["every row", "the root", "one bucket"])
def test_a_missing_manifest_is_named_and_no_save_re_bases_it(make_journal, what: str) -> None:
    files = _with_days(make_journal)
    where = {"every row": "1", "the root": "id = 'root'", "one bucket": "id = 'bucket-3'"}[what]
    _sql(files.database_path, f"DELETE FROM manifest WHERE {where}")
    for _ in range(2):  # named again at every unlock until the person decides
        journal = _unlock(files)
        assert journal.manifest_problem in (ManifestProblem.MISSING, ManifestProblem.DAMAGED)
        assert journal.unreadable_count >= 1 and len(journal.dates()) == 5
        _refuses_writes(journal, files)
        journal.close()


def test_keeping_the_journal_as_it_is_is_the_one_way_out(make_journal) -> None:
    files = _with_days(make_journal)
    _sql(files.database_path, "DELETE FROM manifest")
    journal = _unlock(files)
    with journal.transaction() as session:
        journal.adopt_as_is(session)
    assert journal.manifest_problem is None
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=5))
    journal.close()
    journal = _unlock(files)
    assert journal.manifest_problem is None and journal.unreadable_count == 0 and journal.day(DAY).mood == 5
    journal.close()


@pytest.mark.parametrize("offset", [0, 20, -1])
def test_a_damaged_bucket_or_root_is_named(make_journal, offset: int) -> None:
    files = _with_days(make_journal)
    rows = _manifest(files.database_path)
    for row_id in ("root", "bucket-0"):
        damaged = dict(rows)
        version, sealed = damaged[row_id]
        flipped = bytearray(sealed)
        flipped[offset] ^= 0x01
        damaged[row_id] = (version, bytes(flipped))
        _put_manifest(files.database_path, damaged)
        journal = _unlock(files)
        assert journal.manifest_problem is ManifestProblem.DAMAGED, row_id
        assert journal.unreadable_count == 1 and len(journal.dates()) == 5
        _refuses_writes(journal, files)
        journal.close()


def _save_later(files: JournalFiles, day: dt.date, note: str) -> None:
    journal = _unlock(files)
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(day, mood=1, note=note))
    journal.close()


def test_an_older_bucket_or_root_put_back_is_named(make_journal) -> None:
    files = _with_days(make_journal)
    old = _manifest(files.database_path)
    _save_later(files, DAY, "changed later")
    new = _manifest(files.database_path)
    changed = [row_id for row_id in new if new[row_id] != old[row_id]]
    assert "root" in changed and len(changed) == 2, "a save re-seals the root and one bucket"
    for row_id in changed:  # each one put back on its own, with its own older version
        _put_manifest(files.database_path, {**new, row_id: old[row_id]})
        journal = _unlock(files)
        assert journal.manifest_problem is ManifestProblem.DAMAGED, row_id
        _refuses_writes(journal, files)
        journal.close()


def test_a_whole_older_manifest_put_back_is_named_and_the_newer_day_counted(make_journal) -> None:
    files = _with_days(make_journal)
    old = _manifest(files.database_path)
    _save_later(files, DAY, "changed later")
    _put_manifest(files.database_path, old)
    journal = _unlock(files)
    assert journal.manifest_problem is ManifestProblem.OLDER
    assert journal.unreadable_count == 1 and journal.day(DAY) is None
    _refuses_writes(journal, files)
    journal.close()


def test_a_wiped_journal_says_so_instead_of_opening_as_new(make_journal) -> None:
    journal, _ = make_journal()
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=3))
        journal.save_settings(session, journal.settings())
    files = journal.files
    journal.close()
    _sql(files.database_path, *(f"DELETE FROM {table}" for table in [*SEALED_TABLES, "manifest"]))
    journal = _unlock(files)
    assert journal.manifest_problem is ManifestProblem.WIPED
    assert journal.unreadable_count >= 1 and journal.dates() == []
    _refuses_writes(journal, files)
    journal.close()


def test_a_second_writer_let_in_by_a_removed_lock_cannot_hide_its_save(make_journal) -> None:
    files = _with_days(make_journal)
    stale = _unlock(files)  # the app, open
    (files.data_dir / "journal.lock").unlink()  # "cleaning a stale lock"
    _save_later(files, DAY + dt.timedelta(days=9), "saved by the command line")
    before = files.database_path.read_bytes()
    with pytest.raises(JournalChangedError) as refused, stale.transaction() as session:
        stale.save_day(session, DayEntry(DAY, mood=2, note="from the stale window"))
    assert "another window or command" in error_sentence(refused.value)
    assert files.database_path.read_bytes() == before and stale.day(DAY).note == "note 0"
    stale.close()
    journal = _unlock(files)
    assert journal.day(DAY + dt.timedelta(days=9)).note == "saved by the command line"
    assert journal.unreadable_count == 0 and journal.manifest_problem is None
    journal.close()


def test_the_lock_file_is_never_followed_through_a_link(make_journal, tmp_path: Path) -> None:
    files = _with_days(make_journal)
    lock = files.data_dir / "journal.lock"
    lock.unlink()
    for target in (tmp_path / "elsewhere-missing", tmp_path / "elsewhere-existing"):
        if target.name.endswith("existing"):
            target.write_bytes(b"")
        os.symlink(target, lock)
        probe = JournalFiles(files.data_dir)
        with raises_worded(StorageError, "lock file"):
            unlock_with_passphrase(probe, PASSPHRASE)
        assert not probe.claimed
        assert target.exists() == target.name.endswith("existing"), "nothing created through the link"
        lock.unlink()


def _median_manifest_bytes_per_save(journal: Journal, saves: int = 15) -> float:
    records = journal._sealed()
    sizes = []
    for n in range(saves):
        before = records.manifest_bytes_sealed
        with journal.transaction() as session:
            journal.save_day(session, DayEntry(DAY + dt.timedelta(days=n * 37), mood=2, note=f"save {n}"))
        sizes.append(records.manifest_bytes_sealed - before)
    return statistics.median(sizes)


def test_the_manifest_bytes_sealed_per_save_do_not_grow_with_the_journal(make_journal, tmp_path: Path) -> None:
    medians = {}
    for days in (500, 5000):
        journal, _ = make_journal(directory=tmp_path / f"j{days}")
        with journal.transaction() as session:
            for n in range(days):
                journal.save_day(session, DayEntry(DAY - dt.timedelta(days=n), mood=3))
        medians[days] = _median_manifest_bytes_per_save(journal)
    # Ten times the rows: a list of every row would seal ten times the bytes; buckets stay alike.
    assert medians[5000] <= 2 * medians[500], medians
    assert medians[5000] <= 8 * 1024, medians
