"""What goes in comes back out after locking and unlocking: every field, any text, key dates, settings."""

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from conftest import CHEAP_KDF, PASSPHRASE
from journal.core.domain.entry import DayEntry, Measurement, Medication
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.errors import JournalExistsError, JournalLockedError, WrongSecretError
from journal.core.journal_files import JournalFiles
from journal.core.key_change import change_passphrase, replace_recovery_key
from journal.core.opening import create_journal, unlock_with_passphrase, unlock_with_recovery_key

DAY = dt.date(2026, 10, 14)


def full_entry(note: str) -> DayEntry:
    return DayEntry(
        date=DAY,
        mood=2,
        feelings=("grief", "relief", "my own feeling"),
        symptoms={
            "bleeding": "light",
            "pads": 3,
            "clots": True,
            "cramping": 6,
            "sleep_hours": 6.5,
            "temperature": Measurement(38.1, "C"),
        },
        self_care=("heating pad",),
        medications=(Medication("pain relief", "2 tablets"),),
        note=note,
        tags=("hard day",),
        prompt_ids=("grief-004",),
    )


def reopen(journal, data_dir: Path, passphrase: str = PASSPHRASE):
    journal.close()
    return unlock_with_passphrase(JournalFiles(data_dir), passphrase)


@pytest.mark.parametrize(
    "note",
    ["", "Cried in the car.\nTold my sister.", "ünïcødé — 日本語 — עברית — 🌱🕯️", "long " * 40_000],
    ids=["empty", "plain", "unicode", "very-long"],
)
def test_every_field_survives_lock_and_unlock(journal, data_dir: Path, note: str) -> None:
    entry = full_entry(note)
    with journal.transaction() as session:
        journal.save_day(session, entry)
    reopened = reopen(journal, data_dir)
    assert reopened.day(DAY) == entry
    assert reopened.unreadable_count == 0
    reopened.close()


def test_a_mood_alone_is_a_whole_entry_and_an_empty_entry_removes_the_day(journal, data_dir: Path) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=3))
    assert journal.dates() == [DAY]
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY))
    assert journal.dates() == []
    assert reopen(journal, data_dir).dates() == []


def test_ranges_are_inclusive_and_ordered(journal) -> None:
    days = [DAY + dt.timedelta(days=n) for n in (5, 0, 3, 9)]
    with journal.transaction() as session:
        for day in days:
            journal.save_day(session, DayEntry(day, mood=3))
    assert [e.date for e in journal.days_between(DAY, DAY + dt.timedelta(days=5))] == [
        DAY,
        DAY + dt.timedelta(days=3),
        DAY + dt.timedelta(days=5),
    ]
    assert [e.date for e in journal.days_between()] == sorted(days)
    assert journal.days_between(DAY + dt.timedelta(days=10)) == []


def test_a_failed_transaction_leaves_memory_and_disk_as_they_were(journal, data_dir: Path) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=3, note="kept"))
    with pytest.raises(RuntimeError), journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=1, note="never committed"))
        raise RuntimeError("the disk went away")
    assert journal.day(DAY).note == "kept"
    assert reopen(journal, data_dir).day(DAY).note == "kept"


def test_merging_keeps_both_notes_and_unites_lists(journal) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=2, feelings=("grief",), note="Morning."))
        merged = journal.merge_day(session, DayEntry(DAY, feelings=("calm", "grief"), note="Evening."))
    assert merged.mood == 2
    assert merged.feelings == ("grief", "calm")
    assert merged.note == "Morning.\n\nEvening."


def test_key_dates_more_than_one_loss_settings_and_documents_round_trip(journal, data_dir: Path) -> None:
    with journal.transaction() as session:
        first = journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, dt.date(2025, 3, 1), "Bean"))
        journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, dt.date(2026, 6, 2), "Second"))
        journal.save_key_date(session, KeyDate("", KeyDateKind.DUE_DATE, dt.date(2025, 9, 9), "Due"))
        settings = dataclasses.replace(journal.settings(), custom_feelings=("tender",), hidden_symptoms=("pads",))
        journal.save_settings(session, settings)
        journal.save_document(session, "draft", {"note": "half a sentence"})
    assert len(first.id) == 32
    reopened = reopen(journal, data_dir)
    assert [k.label for k in reopened.key_dates()] == ["Bean", "Due", "Second"]
    assert reopened.settings().custom_feelings == ("tender",)
    assert "pads" not in [d.key for d in reopened.settings().catalog().tracked()]
    assert reopened.document("draft") == {"note": "half a sentence"}
    with reopened.transaction() as session:
        reopened.delete_key_date(session, first.id)
        reopened.delete_document(session, "draft")
    again = reopen(reopened, data_dir)
    assert [k.label for k in again.key_dates()] == ["Due", "Second"]
    assert again.document("draft") is None
    again.close()


def test_search_ignores_case_and_accents_and_needs_every_word(journal) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, note="Went to the Café with my sister."))
        journal.save_day(session, DayEntry(DAY + dt.timedelta(days=1), note="cafe again, alone"))
    assert [e.date for e in journal.search("CAFÉ")] == [DAY + dt.timedelta(days=1), DAY]
    assert [e.date for e in journal.search("cafe sister")] == [DAY]
    assert journal.search("   ") == []
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, note="changed"))
    assert [e.date for e in journal.search("cafe")] == [DAY + dt.timedelta(days=1)]


def test_locking_drops_everything_decrypted(journal) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, note="private"))
    key = journal.data_key_for_rewrap()
    journal.lock()
    assert journal.is_locked and journal.dates() == [] and journal.search("private") == []
    assert bytes(key) == bytes(32)
    with pytest.raises(JournalLockedError), journal.transaction():
        pass


def test_creating_where_a_journal_exists_refuses_and_changes_nothing(journal, data_dir: Path) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=4))
    journal.close()
    before = (data_dir / "journal.sqlite3").read_bytes()
    with pytest.raises(JournalExistsError):
        create_journal(JournalFiles(data_dir), "another", CHEAP_KDF)
    assert (data_dir / "journal.sqlite3").read_bytes() == before


def test_change_passphrase_and_replace_recovery_key(journal, data_dir: Path, make_journal) -> None:
    old_recovery = make_journal(directory=data_dir.parent / "other")[1]  # a key from another journal
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=4))
    change_passphrase(journal, "a new passphrase", CHEAP_KDF)
    new_recovery = replace_recovery_key(journal)
    journal.close()
    files = JournalFiles(data_dir)
    with pytest.raises(WrongSecretError):
        unlock_with_passphrase(files, PASSPHRASE)
    with pytest.raises(WrongSecretError):
        unlock_with_recovery_key(files, old_recovery)
    reopened = unlock_with_passphrase(files, "a new passphrase")
    assert reopened.day(DAY).mood == 4
    reopened.lock()
    by_recovery = unlock_with_recovery_key(files, new_recovery)
    assert by_recovery.day(DAY).mood == 4
    by_recovery.close()


def test_saving_a_new_day_twice_in_one_transaction_keeps_one_row(journal, data_dir: Path) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=2))
        journal.save_day(session, DayEntry(DAY, mood=4))
        journal.delete_day(session, DAY + dt.timedelta(days=1))  # nothing there: a no-op
    reopened = reopen(journal, data_dir)
    assert reopened.day(DAY).mood == 4 and reopened.unreadable_count == 0
    with reopened.transaction() as session:
        reopened.delete_day(session, DAY)
        reopened.save_day(session, DayEntry(DAY, mood=5))
    again = reopen(reopened, data_dir)
    assert again.day(DAY).mood == 5 and again.unreadable_count == 0
    again.close()


def test_a_deleted_manifest_is_named_and_every_day_still_opens(journal, data_dir: Path) -> None:
    import sqlite3

    from journal.core.errors import JournalTamperedError
    from journal.core.storage.records import ManifestProblem

    with journal.transaction() as session:
        for n in range(3):
            journal.save_day(session, DayEntry(DAY + dt.timedelta(days=n), mood=3))
    journal.close()
    with sqlite3.connect(data_dir / "journal.sqlite3") as connection:
        connection.execute("DELETE FROM manifest")
    reopened = unlock_with_passphrase(JournalFiles(data_dir), PASSPHRASE)
    assert reopened.unreadable_count == 1 and reopened.manifest_problem is ManifestProblem.MISSING
    assert len(reopened.dates()) == 3
    with pytest.raises(JournalTamperedError), reopened.transaction() as session:  # no write re-bases it
        reopened.save_day(session, DayEntry(DAY, mood=4))
    again = reopen(reopened, data_dir)
    assert again.unreadable_count == 1 and again.manifest_problem is ManifestProblem.MISSING
    with again.transaction() as session:  # only the person's decision records what is there now
        again.adopt_as_is(session)
    with again.transaction() as session:
        again.save_day(session, DayEntry(DAY, mood=4))
    last = reopen(again, data_dir)
    assert last.unreadable_count == 0 and last.manifest_problem is None and last.day(DAY).mood == 4
    last.close()
