"""Every journal ever written opens in this version: the first format is kept as a fixture file.

`tests/fixtures/journal-v1/` was written by version 0.1.0 (schema 1) and must always unlock with
its passphrase and show the same days; a future schema step upgrades it in place.
"""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from journal.core.domain.entry import Measurement
from journal.core.errors import JournalTooNewError
from journal.core.journal_files import JournalFiles
from journal.core.opening import unlock_with_passphrase
from journal.core.storage import migrations

FIXTURE = Path(__file__).parents[3] / "fixtures" / "journal-v1"
FIXTURE_PASSPHRASE = "fixture passphrase v1"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "v1"
    shutil.copytree(FIXTURE, target)
    return target


def test_the_first_format_still_opens_with_its_content(v1_copy: Path) -> None:
    journal = unlock_with_passphrase(JournalFiles(v1_copy), FIXTURE_PASSPHRASE)
    entry = journal.day(dt.date(2026, 3, 2))
    assert entry is not None and entry.note == "Fixture day: bleeding light, heating pad helped."
    assert entry.symptoms["temperature"] == Measurement(37.9, "C")
    assert [k.label for k in journal.key_dates()] == ["Fixture loss"]
    assert journal.unreadable_count == 0
    journal.close()


def test_an_upgrade_step_runs_once_and_records_the_new_version(v1_copy: Path, monkeypatch) -> None:
    ran: list[int] = []
    newer = migrations.SCHEMA_VERSION + 1
    steps = {**migrations.UPGRADE_STEPS, newer - 1: lambda session: ran.append(1)}
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", newer)
    monkeypatch.setattr(migrations, "UPGRADE_STEPS", steps)
    import journal.core.opening as opening

    monkeypatch.setattr(opening, "SCHEMA_VERSION", newer)
    journal = unlock_with_passphrase(JournalFiles(v1_copy), FIXTURE_PASSPHRASE)
    assert ran == [1] and journal.header.schema_version == newer
    journal.close()
    journal = unlock_with_passphrase(JournalFiles(v1_copy), FIXTURE_PASSPHRASE)
    assert ran == [1], "a finished step must not run again"
    journal.close()


def test_a_schema_newer_than_this_app_is_refused_without_changes(v1_copy: Path, monkeypatch) -> None:
    import journal.core.opening as opening

    monkeypatch.setattr(opening, "SCHEMA_VERSION", 0)
    before = (v1_copy / "journal.sqlite3").read_bytes()
    with pytest.raises(JournalTooNewError):
        unlock_with_passphrase(JournalFiles(v1_copy), FIXTURE_PASSPHRASE)
    assert (v1_copy / "journal.sqlite3").read_bytes() == before


def test_the_first_format_gains_results_and_questions_and_keeps_them(v1_copy: Path) -> None:
    from journal.core.care.questions import Question
    from journal.core.care.results import HcgUnit, ResultKind, TestResult

    journal = unlock_with_passphrase(JournalFiles(v1_copy), FIXTURE_PASSPHRASE)
    assert journal.header.schema_version == migrations.SCHEMA_VERSION == 2
    assert journal.results() == [] and journal.questions() == []
    with journal.transaction() as session:
        journal.save_result(session, TestResult("", dt.date(2026, 3, 3), ResultKind.HCG, 250.0, HcgUnit.IU_PER_L))
        journal.save_question(session, Question("", dt.date(2026, 3, 3), "When is the next blood test?"))
    journal.close()
    journal = unlock_with_passphrase(JournalFiles(v1_copy), FIXTURE_PASSPHRASE)
    assert [r.value for r in journal.results()] == [250.0]
    assert [q.text for q in journal.questions()] == ["When is the next blood test?"]
    assert journal.unreadable_count == 0 and journal.day(dt.date(2026, 3, 2)) is not None
    journal.close()


def test_a_backup_of_the_first_format_still_checks_without_its_newer_tables(v1_copy: Path) -> None:
    from journal.core.backup.image import check_image, snapshot
    from journal.core.crypto.keyslots import PASSPHRASE, open_with_passphrase
    from journal.core.opening import open_database

    files = JournalFiles(v1_copy)
    database, header = open_database(files)
    data_key = open_with_passphrase(header.journal_id, header.slot(PASSPHRASE), FIXTURE_PASSPHRASE)
    database.close()
    files.release()
    report = check_image(snapshot(v1_copy / "journal.sqlite3"), data_key)
    assert report.header.schema_version == 1 and report.days > 0 and report.unreadable == 0
