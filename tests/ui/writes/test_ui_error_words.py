"""The app words every storage, damage and input problem, in step with the command line, and through translation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from helpers.error_pairs import raised_pairs
from helpers.error_samples import sample_errors, worded_classes
from journal.cli import error_sentences
from journal.core.errors import (
    BadInputError,
    Damage,
    FileKind,
    InputProblem,
    JournalDamagedError,
    JournalInUseError,
    StorageError,
    StorageProblem,
)
from journal.core.private_files import OutputProblem, OutputRefusedError
from journal.ui import error_words
from journal.ui.error_words import error_text


def test_every_problem_has_words(qapp) -> None:  # type: ignore[no-untyped-def]
    assert set(error_words.storage_problem_words()) == set(StorageProblem)
    assert set(error_words.damage_problem_words()) == set(Damage)
    for problem in OutputProblem:
        refused = OutputRefusedError("output", problem)
        said = error_text(refused, "fallback")
        assert said[0].isupper() and said.endswith(".") and said != "fallback" and "output" not in said


@pytest.mark.parametrize("problem", list(InputProblem), ids=lambda problem: problem.name)
def test_every_input_problem_has_whole_words_with_its_facts(problem: InputProblem, qapp) -> None:  # type: ignore[no-untyped-def]
    assert set(error_words.input_words()) == set(InputProblem)
    error = BadInputError("--note-file", problem, count=7, limit=64 * 1024, media_type="WebP")
    said = error_text(error, "fallback")
    assert said[0].isupper() and said.endswith(".") and "{" not in said and "  " not in said
    assert said not in ("fallback", str(error)) and "--note-file" not in said  # no internal field names
    template = error_words.input_words()[problem]
    assert ("(7 in all)" in said) == ("{0}" in template) and ("64 KB" in said) == ("{1}" in template)
    assert ("WebP" in said) == ("{2}" in template or "WebP" in template)


def test_the_app_and_the_command_line_word_the_same_input_problems(qapp) -> None:  # type: ignore[no-untyped-def]
    assert set(error_words.input_words()) == set(error_sentences.INPUT_SENTENCES)
    said = {error_text(BadInputError("file", problem)) for problem in InputProblem}
    assert len(said) == len(InputProblem)  # each problem said apart


def test_every_pair_core_raises_has_its_own_words() -> None:
    storage, damage = raised_pairs()
    assert storage <= set(error_words.storage_words()) and damage <= set(error_words.damage_words())


@pytest.mark.parametrize(
    ("app", "cli"),
    [
        (error_words.storage_words, error_sentences.STORAGE_SENTENCES),
        (error_words.storage_problem_words, error_sentences.STORAGE_PROBLEM_SENTENCES),
        (error_words.damage_words, error_sentences.DAMAGE_SENTENCES),
        (error_words.damage_problem_words, error_sentences.DAMAGE_PROBLEM_SENTENCES),
    ],
    ids=["storage", "storage-any-kind", "damage", "damage-any-kind"],
)
def test_the_app_and_the_command_line_say_the_same(app, cli, qapp) -> None:  # type: ignore[no-untyped-def]
    assert app() == cli  # in English, with no translation installed


def test_the_words_go_through_translation(qapp) -> None:  # type: ignore[no-untyped-def]
    class Shouting(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
            return source.upper() if context == "ErrorWords" else ""

    translator = Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        said = error_text(StorageError(StorageProblem.DISK_FULL, FileKind.SYNC_FOLDER))
        damaged = error_text(JournalDamagedError(Damage.DAMAGED, FileKind.JOURNAL))
        typo = error_text(BadInputError("recovery key", InputProblem.RECOVERY_KEY_TYPO))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert said == "THE SYNC FOLDER'S DISK IS FULL, SO THIS COMPUTER'S CHANGES WERE NOT SENT YET."
    assert damaged == "THE JOURNAL FILE IS DAMAGED AND CANNOT BE READ. IT WAS LEFT AS IT IS."
    assert typo == "ONE OF THE RECOVERY KEY'S CHARACTERS IS NOT RIGHT. CHECK EACH GROUP AND TRY AGAIN."


def test_error_text_words_the_typed_errors_and_never_a_foreign_message(qapp) -> None:  # type: ignore[no-untyped-def]
    refused = StorageError(StorageProblem.NOT_FOUND, FileKind.CHOSEN_FILE)
    assert (
        error_text(refused, "fallback")
        == "The folder for the file does not exist. Choose another place; your journal was not changed."
    )
    assert str(refused) not in error_text(refused)
    assert error_text(OutputRefusedError("output", OutputProblem.EXISTS), "fallback") == (
        "A file of that name is already there and was left as it is. Choose a new name."
    )
    assert error_text(JournalInUseError()).startswith("This journal is open in another window")
    assert (
        error_text(OSError("/home/someone/private.txt"), "The file could not be read.") == "The file could not be read."
    )


def test_every_error_class_of_core_has_words_of_its_own(qapp) -> None:  # type: ignore[no-untyped-def]
    samples = sample_errors()
    assert worded_classes() == set(samples)
    for kind, instances in samples.items():
        said = [error_text(instance, "fallback") for instance in instances]
        assert all(s != str(i) and s != "fallback" for s, i in zip(said, instances, strict=True)), kind
        assert len(set(said)) == len(said), kind


def test_the_app_says_what_the_command_line_says_but_for_its_commands(qapp) -> None:  # type: ignore[no-untyped-def]
    from journal.core.errors import JournalMissingError

    for instances in sample_errors().values():
        for instance in instances:
            # The app does not point at `journal init`, nor name a field or an option as a terminal does.
            if not isinstance(instance, (JournalMissingError, BadInputError)):
                assert error_text(instance) == error_sentences.error_sentence(instance)
