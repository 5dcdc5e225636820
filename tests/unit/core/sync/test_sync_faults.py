"""Damage and interruptions: each is named, none is fatal, and nothing is lost."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from helpers.worded import raises_worded
from journal.cli.error_sentences import error_sentence
from journal.core.domain.entry import DayEntry
from journal.core.errors import StorageError, WrongSecretError
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.key_change import change_passphrase
from journal.core.opening import create_journal, unlock_with_passphrase
from journal.core.sync import folder_files, rounds
from journal.core.sync.copies import merge_copy
from journal.core.sync.joining import join_from_folder
from journal.core.sync.rounds import sync_round

from .conftest import CHEAP_KDF, PASSPHRASE

DAY = dt.date(2026, 11, 3)
CANARY = "CANARY-7f3a9-zebra"


def _save(journal: Journal, entry: DayEntry) -> None:
    with journal.transaction() as session:
        journal.save_day(session, entry)


def _packs(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.rjpack"), key=lambda p: p.stat().st_mtime_ns)


def test_a_round_killed_after_writing_its_pack_sends_it_once(computers, sync_folder, monkeypatch) -> None:
    first, second = computers(2)
    _save(first, DayEntry(DAY, mood=2))

    def killed(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(rounds, "read_folder", killed)
    with pytest.raises(KeyboardInterrupt):
        sync_round(first, sync_folder)
    monkeypatch.undo()
    written = set(_packs(sync_folder))
    sync_round(first, sync_folder)
    assert set(_packs(sync_folder)) == written  # the reserved pack was already there: not written again
    sync_round(second, sync_folder)
    assert second.day(DAY) == first.day(DAY)


def test_a_round_killed_while_merging_changes_nothing_and_the_next_completes(
    computers, sync_folder, monkeypatch
) -> None:
    first, second = computers(2)
    for offset in range(3):
        _save(first, DayEntry(DAY - dt.timedelta(days=offset), mood=3))
    sync_round(first, sync_folder)
    monkeypatch.setattr(type(second), "save_day", _dies_after(1, Journal.save_day))
    with pytest.raises(KeyboardInterrupt):
        sync_round(second, sync_folder)
    monkeypatch.undo()
    assert second.dates() == []  # the merge's transaction was rolled back whole
    sync_round(second, sync_folder)
    assert second.dates() == first.dates()


def _dies_after(allowed: int, real):
    count = [0]

    def save_day(self, session, entry, **options):
        count[0] += 1
        if count[0] > allowed:
            raise KeyboardInterrupt
        return real(self, session, entry, **options)

    return save_day


def test_a_full_disk_in_the_folder_is_named_and_the_changes_wait(computers, sync_folder, monkeypatch) -> None:
    first, second = computers(2)
    _save(first, DayEntry(DAY, mood=2, note="kept"))

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(folder_files, "_write_synced", full)
    report = sync_round(first, sync_folder)
    assert [error_sentence(p) for p in report.problems if isinstance(p, StorageError)] == [
        "The sync folder's disk is full, so this computer's changes were not sent yet."
    ]
    assert first.day(DAY) is not None and report.sent == 0
    monkeypatch.undo()
    assert sync_round(first, sync_folder).sent == 1
    sync_round(second, sync_folder)
    assert second.day(DAY) == first.day(DAY)


def test_a_truncated_pack_waits_and_a_tampered_one_is_named(computers, sync_folder) -> None:
    first, second = computers(2)
    _save(first, DayEntry(DAY, mood=2))
    sync_round(first, sync_folder)
    _save(first, DayEntry(DAY - dt.timedelta(days=1), mood=4))
    sync_round(first, sync_folder)
    older, newer = _packs(sync_folder)[-2:]
    whole = newer.read_bytes()
    newer.write_bytes(whole[: len(whole) // 2])  # a sync tool that stopped half-way
    flipped = bytearray(older.read_bytes())
    flipped[-5] ^= 1
    older.write_bytes(bytes(flipped))
    report = sync_round(second, sync_folder)
    assert any("cut short" in problem for problem in report.problems)
    assert any("does not open" in problem for problem in report.problems)
    assert report.waiting >= 1
    again = sync_round(second, sync_folder)
    assert not any("does not open" in problem for problem in again.problems)  # named once, not every round
    assert again.damaged == 1
    newer.write_bytes(whole)
    report = sync_round(second, sync_folder)
    assert second.day(DAY - dt.timedelta(days=1)) == first.day(DAY - dt.timedelta(days=1))


def test_a_renamed_pack_does_not_open(computers, sync_folder) -> None:
    first, second = computers(2)
    _save(first, DayEntry(DAY, mood=2))
    sync_round(first, sync_folder)
    pack = _packs(sync_folder)[-1]
    pack.rename(sync_folder / ("0" * 32 + ".rjpack"))
    report = sync_round(second, sync_folder)
    assert any("does not open" in problem for problem in report.problems)
    assert second.day(DAY) is None


def test_a_conflict_copy_is_read_as_the_pack_it_copies(computers, sync_folder) -> None:
    first, second = computers(2)
    _save(first, DayEntry(DAY, mood=2))
    sync_round(first, sync_folder)
    pack = _packs(sync_folder)[-1]
    stem = pack.name.split(".")[0]
    pack.rename(sync_folder / f"{stem}.sync-conflict-20261103-101010-ABCDEFG.rjpack")
    (sync_folder / f".syncthing.{stem}.rjpack.tmp").write_bytes(b"partial")
    report = sync_round(second, sync_folder)
    assert second.day(DAY) == first.day(DAY)
    assert report.problems == []


def test_a_clock_a_year_wrong_never_lets_an_older_edit_win(computers, sync_folder) -> None:
    first, second = computers(2)
    year_ago = lambda: (dt.datetime.now(dt.UTC) - dt.timedelta(days=365)).timestamp().__int__() * 1000  # noqa: E731
    with first.transaction() as session:
        first.save_key_date(
            session,
            __import__("journal.core.domain.key_dates", fromlist=["KeyDate"]).KeyDate(
                "", __import__("journal.core.domain.key_dates", fromlist=["KeyDateKind"]).KeyDateKind.LOSS, DAY, "first"
            ),
        )
    sync_round(first, sync_folder)
    sync_round(second, sync_folder, wall_ms=year_ago)
    (key_date,) = second.key_dates()
    with second.transaction() as session:
        second.save_key_date(session, key_date.__class__(key_date.id, key_date.kind, key_date.date, "changed later"))
    sync_round(second, sync_folder, wall_ms=year_ago)
    sync_round(first, sync_folder)
    assert [kd.label for kd in first.key_dates()] == ["changed later"]


def test_a_new_passphrase_reaches_the_other_computer_and_the_old_one_stops_working(
    computers, sync_folder, tmp_path
) -> None:
    first, second = computers(2)
    change_passphrase(first, "a new passphrase", CHEAP_KDF)
    sync_round(first, sync_folder)
    report = sync_round(second, sync_folder)
    assert report.keys_taken
    second.close()
    files = JournalFiles(tmp_path / "computer-2")
    with pytest.raises(WrongSecretError):
        unlock_with_passphrase(files, PASSPHRASE)
    files.release()
    reopened = unlock_with_passphrase(files, "a new passphrase")
    sync_round(reopened, sync_folder)
    reopened.close()
    assert len(list(sync_folder.glob("*.rjkeys"))) == 2  # one per computer, both with the new slots
    with pytest.raises(WrongSecretError):  # nor does the old one let a third computer join
        join_from_folder(JournalFiles(tmp_path / "computer-3"), sync_folder, PASSPHRASE)


def test_merge_refuses_another_journals_file(computers, tmp_path) -> None:
    (first,) = computers(1)
    other, _ = create_journal(JournalFiles(tmp_path / "other"), PASSPHRASE, CHEAP_KDF)
    other.close()
    from journal.core.errors import BadInputError

    with raises_worded(BadInputError, "another journal"):
        merge_copy(first, tmp_path / "other" / "journal.sqlite3")


def test_merging_a_copy_twice_brings_its_days_back_once(computers, tmp_path) -> None:
    (first,) = computers(1)
    _save(first, DayEntry(DAY, mood=2, note="Only in the copy."))
    from journal.core.backup.writer import write_backup

    write_backup(first, tmp_path / "copy.rjbackup")
    with first.transaction() as session:
        first.delete_day(session, DAY)
    _save(first, DayEntry(DAY + dt.timedelta(days=1), mood=5))
    assert merge_copy(first, tmp_path / "copy.rjbackup") == {"day": 1}
    assert first.day(DAY) is not None and first.day(DAY).note == "Only in the copy."
    assert merge_copy(first, tmp_path / "copy.rjbackup") == {}


def test_the_sync_folder_holds_no_personal_text_and_no_dates(computers, sync_folder, tmp_path) -> None:
    first, second = computers(2)
    _save(first, DayEntry(DAY, mood=2, feelings=("numb",), note=f"{CANARY} at the hospital"))
    with first.transaction() as session:
        first.save_key_date(
            session,
            __import__("journal.core.domain.key_dates", fromlist=["KeyDate"]).KeyDate(
                "", __import__("journal.core.domain.key_dates", fromlist=["KeyDateKind"]).KeyDateKind.LOSS, DAY, CANARY
            ),
        )
    for _ in range(30):  # enough rounds to compact
        _save(first, DayEntry(DAY, mood=2, note=f"{CANARY} {_}"))
        sync_round(first, sync_folder, compact_after=5)
    sync_round(second, sync_folder)
    names = [p.name for p in sync_folder.iterdir()]
    for path in sync_folder.iterdir():
        data = path.read_bytes()
        for needle in (CANARY, "2026-11-03", "20261103", "numb", "hospital"):
            assert needle.encode() not in data, (path.name, needle)
            assert needle not in path.name
    assert all(name.endswith((".rjpack", ".rjkeys")) for name in names)
    staging = tmp_path / "computer-1" / folder_files.OUTGOING
    assert not staging.exists() or os.listdir(staging) == []
    assert len(os.listdir(sync_folder)) <= 8


def test_a_save_made_while_a_round_reads_the_folder_is_kept(computers, sync_folder, monkeypatch) -> None:
    first, second = computers(2)
    _save(first, DayEntry(DAY, mood=2, note="From the other computer."))
    sync_round(first, sync_folder)
    real = rounds.read_folder

    def typed_meanwhile(*args, **kwargs):
        _save(second, DayEntry(DAY, mood=5, note="Typed while the round ran."))  # the app saving on its own thread
        return real(*args, **kwargs)

    monkeypatch.setattr(rounds, "read_folder", typed_meanwhile)
    sync_round(second, sync_folder)
    monkeypatch.undo()
    assert second.day(DAY).note == "Typed while the round ran."  # not overwritten by the merge
    sync_round(second, sync_folder)
    sync_round(first, sync_folder)
    assert first.day(DAY) == second.day(DAY)
    assert "Typed while the round ran." in second.day(DAY).note


def test_a_json_export_carries_no_sync_state_and_an_import_takes_none(computers, sync_folder) -> None:
    import json

    from journal.core.exchange.json_export import export_json
    from journal.core.exchange.json_import import parse_journal_json

    first, _second = computers(2)
    _save(first, DayEntry(DAY, mood=2))
    sync_round(first, sync_folder)
    exported = export_json(first, exported_on=DAY)
    assert "sync/" not in exported and str(sync_folder) not in exported
    data = json.loads(exported)
    data["documents"]["sync/state"] = {"device": "0" * 32}
    plan = parse_journal_json(json.dumps(data).encode(), today=DAY)
    assert "sync/state" not in plan.documents


def test_a_copied_data_folder_is_noticed_and_takes_a_new_identity(computers, sync_folder, tmp_path) -> None:
    import shutil

    from journal.core.sync.ledger import Ledger

    first, _second = computers(2)
    _save(first, DayEntry(DAY, mood=2))
    sync_round(first, sync_folder)
    first.close()
    shutil.copytree(tmp_path / "computer-1", tmp_path / "copy", ignore=shutil.ignore_patterns("*.lock"))
    original = unlock_with_passphrase(JournalFiles(tmp_path / "computer-1"), PASSPHRASE)
    copy = unlock_with_passphrase(JournalFiles(tmp_path / "copy"), PASSPHRASE)
    try:
        _save(copy, DayEntry(DAY - dt.timedelta(days=1), mood=4, note="on the copy"))
        sync_round(copy, sync_folder)
        report = sync_round(original, sync_folder)
        assert any("came from this computer" in problem for problem in report.problems)
        assert Ledger(original).device != Ledger(copy).device
        assert (tmp_path / "computer-1" / "sync-device").read_text().strip() == Ledger(original).device
        assert sync_round(original, sync_folder).problems == []  # named once, not every round
        sync_round(copy, sync_folder)
        assert original.days_between() == copy.days_between()
    finally:
        original.close()
        copy.close()
