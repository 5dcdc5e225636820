"""Core raises its errors as typed facts (a problem and a file kind, or a field and an InputProblem), never words.

The app (`ui/error_words.py`) and the command line (`cli/error_sentences.py`) word them; core's
`str()` is a short description for developers, built from the enums alone, so it can never carry
a person's text, a file name or a path.
"""

from __future__ import annotations

import ast
import errno
from pathlib import Path

import pytest

import journal.core
from helpers.journals import CANARY
from journal.core.errors import (
    BadInputError,
    Damage,
    FileKind,
    InputProblem,
    JournalDamagedError,
    StorageError,
    StorageProblem,
)
from journal.core.private_files import write_private

CORE = Path(journal.core.__file__).parent
# The errors that take a problem; their subclasses pass theirs on through super().__init__.
TYPED = {"StorageError", "JournalDamagedError", "BackupDamagedError", "AttachmentDamagedError"}


# BadInputError's first argument is the field's name (text, never what is in it); the rest are facts.
NAMED = {"BadInputError"}


def _raised_with_text() -> list[str]:
    """Calls in core that hand one of the typed errors text (a literal or an f-string), or nothing.

    A BadInputError needs its problem as an `InputProblem.X` (or a name holding one) after the field.
    """
    found = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in TYPED | NAMED):
                continue
            arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
            if node.func.id in NAMED:
                if len(node.args) < 2 or not _is_input_problem(node.args[1]):
                    found.append(f"{path.relative_to(CORE)}:{node.lineno}")
                    continue
                arguments = arguments[1:]
            texty = [
                argument
                for argument in arguments
                for part in ast.walk(argument)
                if isinstance(part, ast.JoinedStr) or (isinstance(part, ast.Constant) and isinstance(part.value, str))
            ]
            if not arguments or texty:
                found.append(f"{path.relative_to(CORE)}:{node.lineno}")
    return found


def _is_input_problem(node: ast.expr) -> bool:
    """`InputProblem.X`, or a plain name (a variable that holds one, as `check_attachable` has)."""
    if isinstance(node, ast.Attribute):
        return isinstance(node.value, ast.Name) and node.value.id == "InputProblem"
    return isinstance(node, ast.Name)


def test_no_core_module_raises_a_storage_or_damage_error_with_words() -> None:
    assert _raised_with_text() == []


def test_the_scan_sees_text_handed_to_the_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "raise StorageError('The disk is full.')\n"
        "raise JournalDamagedError()\n"
        "raise BackupDamagedError(f'is {how}')\n"
        "raise StorageError(StorageProblem.DISK_FULL, FileKind.JOURNAL)\n"
        "raise BadInputError('file', 'is empty')\n"
        "raise BadInputError('file')\n"
        "raise BadInputError('file', f'{name} is empty')\n"
        "raise BadInputError('file', InputProblem.EMPTY_FILE, media_type='a picture of me')\n"
        "raise BadInputError(f'pages[{index}]', InputProblem.BAD_RECORD, count=len(problems))\n"
        "raise BadInputError(field, problem)\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(f"{__name__}.CORE", tmp_path)
    found = ["sample.py:1", "sample.py:2", "sample.py:3", "sample.py:5", "sample.py:6", "sample.py:7", "sample.py:8"]
    assert _raised_with_text() == found


@pytest.mark.parametrize(
    "make",
    [
        lambda: StorageError("The disk is full.", FileKind.JOURNAL),  # type: ignore[arg-type]
        lambda: StorageError(StorageProblem.DISK_FULL, "journal"),  # type: ignore[arg-type]
        lambda: JournalDamagedError("The journal is damaged."),  # type: ignore[arg-type, call-arg]
        lambda: JournalDamagedError(),  # type: ignore[call-arg]
        lambda: BadInputError("file", "is empty"),  # type: ignore[arg-type]
        lambda: BadInputError("file"),  # type: ignore[call-arg]
    ],
    ids=[
        "storage-sentence",
        "storage-kind-text",
        "damage-sentence",
        "damage-nothing",
        "input-sentence",
        "input-nothing",
    ],
)
def test_the_errors_refuse_to_be_made_without_a_typed_problem(make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError):
        make()


def test_str_is_a_short_description_from_the_enums() -> None:
    assert str(StorageError(StorageProblem.DISK_FULL, FileKind.SYNC_FOLDER)) == "sync folder: disk full"
    damaged = JournalDamagedError(Damage.CUT_SHORT, FileKind.BACKUP_FILE)
    assert str(damaged) == "backup file: it was cut short" and damaged.exit_code == 3
    refused = BadInputError("backup", InputProblem.FILE_TOO_LARGE, limit=1024)
    assert str(refused) == "backup: larger than any file of its kind" and refused.limit == 1024
    assert refused.exit_code == 1 and refused.field == "backup" and refused.problem is InputProblem.FILE_TOO_LARGE


def test_a_refused_file_to_read_names_neither_the_file_nor_what_it_holds(tmp_path: Path) -> None:
    from journal.core.input_files import read_named_text

    missing = tmp_path / f"{CANARY}.txt"
    with pytest.raises(BadInputError) as refused:
        read_named_text(missing, 1024, "--note-file")
    assert refused.value.problem is InputProblem.NO_SUCH_FILE
    not_text = tmp_path / "latin.txt"
    not_text.write_bytes(CANARY.encode() + b"\xff\xfe")
    with pytest.raises(BadInputError) as undecodable:
        read_named_text(not_text, 1024, "--note-file")
    assert undecodable.value.problem is InputProblem.NOT_UTF8
    for error in (refused.value, undecodable.value):
        assert CANARY not in str(error) and CANARY not in repr(error.args)


def test_a_refused_write_names_neither_the_file_nor_its_folder(tmp_path: Path) -> None:
    target = tmp_path / f"folder-{CANARY}" / f"{CANARY}.md"  # the folder is not there
    with pytest.raises(StorageError) as refused:
        write_private(target, b"x", replace=False)
    assert refused.value.problem is StorageProblem.NOT_FOUND and refused.value.kind is FileKind.CHOSEN_FILE
    assert CANARY not in str(refused.value) and CANARY not in repr(refused.value.args)


def test_every_errno_a_write_can_fail_with_maps_to_a_problem() -> None:
    from journal.core.private_files import explain_write_error

    for number in (errno.ENOSPC, errno.EACCES, errno.EROFS, errno.ENOENT, errno.EISDIR, errno.ENAMETOOLONG, errno.EIO):
        error = explain_write_error(OSError(number, "refused"), FileKind.BACKUP_FILE)
        assert isinstance(error.problem, StorageProblem) and error.kind is FileKind.BACKUP_FILE
