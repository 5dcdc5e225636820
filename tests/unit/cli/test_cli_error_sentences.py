"""The command line words every storage and damage problem core can raise, and prints that, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.error_pairs import raised_pairs
from helpers.error_samples import sample_errors, worded_classes
from journal.cli import error_sentences
from journal.cli.error_sentences import error_sentence
from journal.cli.main import run_command_line
from journal.core.errors import Damage, FileKind, JournalDamagedError, StorageError, StorageProblem


def test_every_problem_has_a_sentence() -> None:
    from journal.core.private_files import OutputProblem

    assert set(error_sentences.STORAGE_PROBLEM_SENTENCES) == set(StorageProblem)
    assert set(error_sentences.DAMAGE_PROBLEM_SENTENCES) == set(Damage)
    assert set(error_sentences.OUTPUT_SENTENCES) == set(OutputProblem)


def test_every_pair_core_raises_has_its_own_sentence() -> None:
    storage, damage = raised_pairs()
    assert len(storage) > 25 and len(damage) > 15  # the scan found core's raise sites
    assert sorted(map(str, storage - set(error_sentences.STORAGE_SENTENCES))) == []
    assert sorted(map(str, damage - set(error_sentences.DAMAGE_SENTENCES))) == []


def test_a_pair_without_its_own_sentence_gets_its_problems() -> None:
    assert (
        error_sentence(StorageError(StorageProblem.DISK_FULL, FileKind.ATTACHMENT))
        == (error_sentences.STORAGE_PROBLEM_SENTENCES[StorageProblem.DISK_FULL])
    )
    assert error_sentence(JournalDamagedError(Damage.CUT_SHORT, FileKind.SYNC_FOLDER)).startswith("This file was cut")


@pytest.mark.parametrize(
    "sentence", [*error_sentences.STORAGE_SENTENCES.values(), *error_sentences.DAMAGE_SENTENCES.values()]
)
def test_sentences_are_plain_and_whole(sentence: str) -> None:
    assert sentence[0].isupper() and sentence.endswith((".", ".)")) and "  " not in sentence
    assert "error" not in sentence.lower() and "{" not in sentence


def test_a_file_given_as_the_journal_folder_is_said_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine", encoding="utf-8")
    assert run_command_line(["--data-dir", str(not_a_folder), "list"]) == 1
    err = capsys.readouterr().err
    assert err == "journal: That is a file, not a folder; choose the folder the journal is in.\n"
    assert not_a_folder.read_text(encoding="utf-8") == "mine"


def test_every_error_class_of_core_has_a_sentence_of_its_own() -> None:
    samples = sample_errors()
    assert worded_classes() == set(samples)  # a new error class needs a sample here, and words
    for kind, instances in samples.items():
        sentences = [error_sentence(instance) for instance in instances]
        assert all(s != str(i) and s[0].isupper() for s, i in zip(sentences, instances, strict=True)), kind
        assert len(set(sentences)) == len(sentences), kind  # each secret, each format, said apart


def test_a_backup_is_not_worded_as_a_journal() -> None:
    from journal.core.backup.backup_file_errors import BackupTooNewError, BackupWrongSecretError
    from journal.core.errors import JournalTooNewError, WrongSecretError

    assert error_sentence(BackupTooNewError(9, 2)) != error_sentence(JournalTooNewError(9, 2))
    assert "format 9; this version reads up to 2" in error_sentence(BackupTooNewError(9, 2))
    assert error_sentence(BackupWrongSecretError("recovery key")).startswith(
        "That recovery key does not open this backup"
    )
    assert error_sentence(WrongSecretError()) == "That passphrase does not open this journal. Nothing was changed."
