"""Results, questions, the facts card and period days survive the store, and nothing of them is in clear."""

import datetime as dt
import os
import tempfile
from pathlib import Path

import pytest

from conftest import CANARY
from journal.core.backup.image import check_image, snapshot
from journal.core.care.facts import BloodGroup, MedicalFacts, Rh
from journal.core.care.questions import Question
from journal.core.care.results import HcgUnit, HomeTestReading, ResultKind, TestResult
from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate, KeyDateKind, LossKind, Management

SECRET_DAY = dt.date(2019, 7, 23)
RESULT_DAY = dt.date(2019, 8, 14)


def write_care_canaries(journal) -> None:
    with journal.transaction() as session:
        journal.save_result(
            session,
            TestResult(
                "", RESULT_DAY, ResultKind.HCG, 4321.5, HcgUnit.MIU_PER_ML, note=f"n {CANARY}", place=f"p {CANARY}"
            ),
        )
        journal.save_result(session, TestResult("", RESULT_DAY, ResultKind.HOME_TEST, reading=HomeTestReading.FAINT))
        journal.save_result(session, TestResult("", RESULT_DAY, ResultKind.SCAN, note=f"scan {CANARY}"))
        journal.save_question(session, Question("", RESULT_DAY, f"question {CANARY}"))
        journal.save_medical_facts(session, MedicalFacts(BloodGroup.AB, Rh.NEGATIVE, RESULT_DAY, f"facts {CANARY}"))
        journal.save_key_date(
            session,
            KeyDate(
                "",
                KeyDateKind.LOSS,
                SECRET_DAY,
                f"label {CANARY}",
                LossKind.ECTOPIC,
                7,
                Management.SURGERY,
            ),
        )
        journal.save_key_date(
            session, KeyDate("", KeyDateKind.APPOINTMENT, RESULT_DAY, "Clinic", outcome=f"outcome {CANARY}")
        )
        journal.save_day(session, DayEntry(RESULT_DAY, symptoms={"bleeding": "light"}, period=True))


def test_every_care_record_comes_back_the_same_after_reopening(journal, reopen) -> None:
    write_care_canaries(journal)
    before = (journal.results(), journal.questions(), journal.medical_facts(), journal.key_dates())
    again = reopen(journal)
    assert (again.results(), again.questions(), again.medical_facts(), again.key_dates()) == before
    assert again.day(RESULT_DAY).period is True
    assert [r.kind for r in again.results()].count(ResultKind.HCG) == 1 and len(again.results()) == 3
    assert again.unreadable_count == 0


def test_results_can_be_changed_and_removed_and_questions_ticked_off(journal, reopen) -> None:
    with journal.transaction() as session:
        result = journal.save_result(session, TestResult("", RESULT_DAY, ResultKind.HCG, 12, HcgUnit.IU_PER_L))
        question = journal.save_question(session, Question("", RESULT_DAY, "Do I need another test?"))
    with journal.transaction() as session:
        journal.save_result(session, TestResult(result.id, RESULT_DAY, ResultKind.HCG, 4, HcgUnit.IU_PER_L))
        journal.save_question(session, Question(question.id, RESULT_DAY, question.text, RESULT_DAY))
    again = reopen(journal)
    assert [r.value for r in again.results()] == [4]
    assert again.questions()[0].is_done
    with again.transaction() as session:
        assert again.delete_care_record(session, result.id)
        assert not again.delete_care_record(session, "0" * 32)
    assert reopen(again).results() == []


def test_a_failed_transaction_leaves_memory_as_it_was(journal) -> None:
    with pytest.raises(RuntimeError), journal.transaction() as session:
        journal.save_result(session, TestResult("", RESULT_DAY, ResultKind.HCG, 12, HcgUnit.IU_PER_L))
        raise RuntimeError("interrupted")
    assert journal.results() == []


def test_every_new_field_is_absent_from_the_database_wal_and_shm(journal, data_dir: Path) -> None:
    write_care_canaries(journal)
    needles = [
        CANARY.encode(),
        CANARY.encode("utf-16-le"),
        RESULT_DAY.isoformat().encode(),
        SECRET_DAY.isoformat().encode(),
        b"4321",
        b"mIU/mL",
        b"faint",
        b"ectopic",
    ]
    assert (data_dir / "journal.sqlite3-wal").exists() and (data_dir / "journal.sqlite3-shm").exists()
    for phase in ("open", "closed"):
        for path in [p for p in data_dir.rglob("*") if p.is_file()]:
            content = path.read_bytes()
            for needle in needles:
                assert needle not in content, f"{needle!r} found in {path.name} while {phase}"
        if phase == "open":
            journal.close()


def test_the_temp_folder_gets_nothing_from_care_records(journal, tmp_path: Path, monkeypatch) -> None:
    private_temp = tmp_path / "tmp"
    private_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_temp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_temp))
    write_care_canaries(journal)
    assert list(private_temp.iterdir()) == []
    assert os.environ["TMPDIR"] == str(private_temp)


def test_a_backup_image_counts_care_records_as_readable(journal) -> None:
    write_care_canaries(journal)
    report = check_image(snapshot(journal.database.path), journal.data_key_for_rewrap())
    assert report.unreadable == 0


def test_a_care_row_moved_onto_another_row_fails_to_open(journal, reopen) -> None:
    from sqlalchemy import select, update

    from journal.core.storage.tables import CareRecordRow

    with journal.transaction() as session:
        journal.save_question(session, Question("", RESULT_DAY, "first"))
        journal.save_question(session, Question("", RESULT_DAY, "second"))
    with journal.database.transaction() as session:
        rows = session.execute(select(CareRecordRow.id, CareRecordRow.sealed)).all()
        session.execute(update(CareRecordRow).where(CareRecordRow.id == rows[0][0]).values(sealed=rows[1][1]))
    again = reopen(journal)
    assert again.unreadable_count == 1 and len(again.questions()) == 1
