"""Core raises storage and damage errors as typed facts (a problem and a file kind), never as a sentence.

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
from journal.core.errors import Damage, FileKind, JournalDamagedError, StorageError, StorageProblem
from journal.core.private_files import write_private

CORE = Path(journal.core.__file__).parent
# The errors that take a problem; their subclasses pass theirs on through super().__init__.
TYPED = {"StorageError", "JournalDamagedError", "BackupDamagedError", "AttachmentDamagedError"}


def _raised_with_text() -> list[str]:
    """Calls in core that hand one of the typed errors text (a literal or an f-string), or nothing."""
    found = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in TYPED):
                continue
            arguments = [*node.args, *(keyword.value for keyword in node.keywords)]
            texty = [
                argument
                for argument in arguments
                for part in ast.walk(argument)
                if isinstance(part, ast.JoinedStr) or (isinstance(part, ast.Constant) and isinstance(part.value, str))
            ]
            if not arguments or texty:
                found.append(f"{path.relative_to(CORE)}:{node.lineno}")
    return found


def test_no_core_module_raises_a_storage_or_damage_error_with_words() -> None:
    assert _raised_with_text() == []


def test_the_scan_sees_text_handed_to_the_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "raise StorageError('The disk is full.')\n"
        "raise JournalDamagedError()\n"
        "raise BackupDamagedError(f'is {how}')\n"
        "raise StorageError(StorageProblem.DISK_FULL, FileKind.JOURNAL)\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(f"{__name__}.CORE", tmp_path)
    assert _raised_with_text() == ["sample.py:1", "sample.py:2", "sample.py:3"]


@pytest.mark.parametrize(
    "make",
    [
        lambda: StorageError("The disk is full.", FileKind.JOURNAL),  # type: ignore[arg-type]
        lambda: StorageError(StorageProblem.DISK_FULL, "journal"),  # type: ignore[arg-type]
        lambda: JournalDamagedError("The journal is damaged."),  # type: ignore[arg-type, call-arg]
        lambda: JournalDamagedError(),  # type: ignore[call-arg]
    ],
    ids=["storage-sentence", "storage-kind-text", "damage-sentence", "damage-nothing"],
)
def test_the_errors_refuse_to_be_made_without_a_typed_problem(make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError):
        make()


def test_str_is_a_short_description_from_the_enums() -> None:
    assert str(StorageError(StorageProblem.DISK_FULL, FileKind.SYNC_FOLDER)) == "sync folder: disk full"
    damaged = JournalDamagedError(Damage.CUT_SHORT, FileKind.BACKUP_FILE)
    assert str(damaged) == "backup file: it was cut short" and damaged.exit_code == 3


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
