"""The command line words every storage, damage and input problem core can raise, and prints that, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.error_pairs import raised_pairs
from helpers.error_samples import sample_errors, worded_classes
from journal.cli import error_sentences
from journal.cli.error_sentences import error_sentence
from journal.cli.main import run_command_line
from journal.core.errors import (
    BadInputError,
    Damage,
    FileKind,
    InputProblem,
    JournalDamagedError,
    StorageError,
    StorageProblem,
)


def test_every_problem_has_a_sentence() -> None:
    from journal.core.private_files import OutputProblem

    assert set(error_sentences.STORAGE_PROBLEM_SENTENCES) == set(StorageProblem)
    assert set(error_sentences.DAMAGE_PROBLEM_SENTENCES) == set(Damage)
    assert set(error_sentences.OUTPUT_SENTENCES) == set(OutputProblem)
    assert set(error_sentences.INPUT_SENTENCES) == set(InputProblem)


@pytest.mark.parametrize("problem", list(InputProblem), ids=lambda problem: problem.name)
def test_every_input_problem_is_said_after_its_field_with_its_facts(problem: InputProblem) -> None:
    error = BadInputError("--note-file", problem, count=3, limit=64 * 1024, media_type="PNG")
    said = error_sentence(error)
    assert said.startswith("--note-file: ") and said != str(error) and "{" not in said and "  " not in said
    assert said[len("--note-file: ")].islower() and not said.endswith(".")  # a phrase, as the options' own are
    template = error_sentences.INPUT_SENTENCES[problem]
    assert ("3 problems" in said) == ("{count}" in template)
    assert ("64 KB" in said) == ("{size}" in template)
    assert ("PNG" in said) == ("{media_type}" in template or "PNG" in template)


def test_core_s_input_problems_read_as_they_did() -> None:
    assert error_sentence(BadInputError("import", InputProblem.IMPORT_HAS_PROBLEMS, count=1)) == (
        "import: the file has 1 problem; nothing was imported"
    )
    assert error_sentence(BadInputError("FILE", InputProblem.BROKEN_STRUCTURE, media_type="JPEG")) == (
        "FILE: looks like a JPEG but its structure is broken"
    )
    assert error_sentence(BadInputError("--secret-file", InputProblem.FILE_TOO_LARGE, limit=25 * 1024 * 1024)) == (
        "--secret-file: the file is larger than 25 MB, more than any file of this kind"
    )


def test_the_command_line_s_own_option_checks_keep_their_sentence() -> None:
    from journal.cli.option_error import OptionError

    refused = OptionError("--days", "use a number from 1 to 20000")
    assert isinstance(refused, BadInputError) and refused.problem is InputProblem.BAD_OPTION
    assert error_sentence(refused) == "--days: use a number from 1 to 20000"


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
        for said, instance in zip(sentences, instances, strict=True):
            # a value that cannot be used is said after its field's name ("recovery key: ..."), the rest whole
            whole = said[0].isupper() or said.startswith(f"{getattr(instance, 'field', None)}: ")
            assert said != str(instance) and whole, kind
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
