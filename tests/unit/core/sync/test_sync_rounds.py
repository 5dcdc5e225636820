"""Rounds between real journals through a real folder: edits travel, merge, and nothing is lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.journal import Journal
from journal.core.sync.day_merge import TWO_COMPUTERS_LINE
from journal.core.sync.rounds import sync_round

DAY = dt.date(2026, 11, 3)


def _save(journal: Journal, entry: DayEntry) -> None:
    with journal.transaction() as session:
        journal.save_day(session, entry)


def test_a_day_written_on_one_computer_reaches_the_other(computers, sync_folder: Path) -> None:
    first, second = computers(2)
    _save(first, DayEntry(DAY, mood=3, feelings=("tired",), note="A slow day."))
    sync_round(first, sync_folder)
    report = sync_round(second, sync_folder)
    assert report.days_brought_in == 1
    assert second.day(DAY) == first.day(DAY)


def test_the_same_day_edited_on_both_merges_field_by_field(computers, sync_folder: Path) -> None:
    first, second = computers(2)
    _save(first, DayEntry(DAY, mood=3, feelings=("tired",), note="Morning."))
    sync_round(first, sync_folder)
    sync_round(second, sync_folder)
    _save(first, DayEntry(DAY, mood=2, feelings=("tired", "sad"), note="Morning. Then a walk."))
    _save(second, DayEntry(DAY, mood=3, feelings=("calm",), symptoms={"cramping": 4}, note="Written at night."))
    for journal in (first, second, first):
        sync_round(journal, sync_folder)
    merged = first.day(DAY)
    assert merged == second.day(DAY)
    assert merged is not None
    assert merged.mood == 2  # only the first computer changed it
    assert set(merged.feelings) == {"sad", "calm"}  # "tired" was removed on the second, after the common version
    assert merged.symptoms == {"cramping": 4}
    assert merged.note.startswith(TWO_COMPUTERS_LINE)
    assert "Then a walk." in merged.note and "Written at night." in merged.note
    # Writing the merged day back is not an edit: further rounds send nothing.
    assert sync_round(first, sync_folder).sent == 0
    assert sync_round(second, sync_folder).sent == 0


def test_a_deletion_travels_as_a_tombstone(computers, sync_folder: Path) -> None:
    first, second = computers(2)
    _save(first, DayEntry(DAY, mood=4))
    key_date = None
    with first.transaction() as session:
        key_date = first.save_key_date(session, KeyDate("", KeyDateKind.LOSS, DAY, "our loss"))
    sync_round(first, sync_folder)
    sync_round(second, sync_folder)
    assert second.key_dates() == [key_date]
    with second.transaction() as session:
        second.delete_day(session, DAY)
        second.delete_key_date(session, key_date.id)
    sync_round(second, sync_folder)
    sync_round(first, sync_folder)
    assert first.day(DAY) is None and first.key_dates() == []


def test_settings_are_merged_per_record_newest_wins(computers, sync_folder: Path) -> None:
    first, second = computers(2)
    with first.transaction() as session:
        first.save_settings(session, first.settings().__class__(custom_feelings=("raw",)))
    with second.transaction() as session:
        second.save_settings(session, second.settings().__class__(custom_feelings=("held",)))
    for journal in (first, second, first):
        sync_round(journal, sync_folder)
    assert first.settings() == second.settings()
    assert first.settings().custom_feelings == ("held",)  # the later edit


def test_a_third_computer_catches_up(computers, sync_folder: Path) -> None:
    first, second, third = computers(3)
    for offset in range(40):
        _save(first, DayEntry(DAY - dt.timedelta(days=offset), mood=1 + offset % 5))
        sync_round(first, sync_folder, compact_after=8)
    sync_round(second, sync_folder)
    sync_round(third, sync_folder)
    assert first.dates() == second.dates() == third.dates()
    assert len(third.dates()) == 40
    packs = list(sync_folder.glob("*.rjpack"))
    assert len(packs) <= 9  # compacted


def test_results_questions_and_the_facts_card_travel(computers, sync_folder: Path) -> None:
    from journal.core.care.facts import MedicalFacts
    from journal.core.care.questions import Question
    from journal.core.care.results import HcgUnit, ResultKind, TestResult

    first, second = computers(2)
    with first.transaction() as session:
        result = first.save_result(
            session, TestResult("", DAY, ResultKind.HCG, value=250.0, unit=HcgUnit.IU_PER_L, note="clinic")
        )
        question = first.save_question(session, Question("", DAY, "When can I swim again?"))
        first.save_medical_facts(session, MedicalFacts(note="Rh negative"))
    sync_round(first, sync_folder)
    sync_round(second, sync_folder)
    assert second.results() == [result] and second.questions() == [question]
    assert second.medical_facts() == first.medical_facts()
    with second.transaction() as session:
        second.delete_care_record(session, result.id)
    sync_round(second, sync_folder)
    sync_round(first, sync_folder)
    assert first.results() == []


def test_a_day_shows_its_history_and_an_older_version_comes_back_everywhere(computers, sync_folder: Path) -> None:
    from journal.core.sync.history import bring_back, history

    first, second = computers(2)
    _save(first, DayEntry(DAY, mood=3, note="The first words."))
    sync_round(first, sync_folder)
    sync_round(second, sync_folder)
    _save(second, DayEntry(DAY, mood=4, note="Rewritten on the other computer."))
    sync_round(second, sync_folder)
    sync_round(first, sync_folder)
    past = history(first, "day", DAY.isoformat())
    assert [v.body["note"] for v in past] == ["Rewritten on the other computer.", "The first words."]
    assert past[0].is_current and not past[0].on_this_computer and past[1].on_this_computer
    bring_back(first, "day", DAY.isoformat(), past[1].version_id)
    assert first.day(DAY).note == "The first words."
    sync_round(first, sync_folder)
    sync_round(second, sync_folder)
    assert second.day(DAY).note == "The first words."
    assert len(history(second, "day", DAY.isoformat())) == 3  # the replaced version stays


def test_a_second_computer_can_start_from_a_backup(computers, sync_folder: Path, tmp_path: Path) -> None:
    from journal.core.backup.reader import open_backup
    from journal.core.backup.restore import restore_backup
    from journal.core.backup.writer import write_backup
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import unlock_with_passphrase
    from journal.core.sync.ledger import Ledger

    from .conftest import PASSPHRASE

    (first,) = computers(1)
    _save(first, DayEntry(DAY, mood=3, note="Before the backup."))
    sync_round(first, sync_folder)
    write_backup(first, tmp_path / "journal.rjbackup")
    _save(first, DayEntry(DAY + dt.timedelta(days=1), mood=4, note="After the backup."))
    sync_round(first, sync_folder)
    files = JournalFiles(tmp_path / "restored")
    restore_backup(files, open_backup(tmp_path / "journal.rjbackup", PASSPHRASE))
    files.release()
    restored = unlock_with_passphrase(files, PASSPHRASE)
    try:
        _save(restored, DayEntry(DAY - dt.timedelta(days=1), mood=2, note="Written on the restored copy."))
        sync_round(restored, sync_folder)
        assert Ledger(restored).device != Ledger(first).device  # a copy takes its own identity
        sync_round(first, sync_folder)
        assert restored.days_between() == first.days_between()
        assert len(first.dates()) == 3
    finally:
        restored.close()
