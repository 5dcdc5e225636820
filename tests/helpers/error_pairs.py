"""Which (file kind, problem) pairs core raises, read from its source, so a test can ask that each is worded.

Read with `ast`: `StorageError(StorageProblem.X, FileKind.Y)` and `JournalDamagedError(Damage.X,
FileKind.Y)` as written; the backup and attachment errors with the damages named in their calls
(or, for attachments, the module's named damages); the errno mappers, whose kind is a parameter,
by running them for every kind they are called with and every errno they tell apart.
"""

from __future__ import annotations

import ast
import errno
from pathlib import Path

import journal.core
from journal.core.errors import Damage, FileKind, StorageProblem

CORE = Path(journal.core.__file__).parent
_FIXED_KIND = {"BackupDamagedError": FileKind.BACKUP_FILE, "AttachmentDamagedError": FileKind.ATTACHMENT}
_ERRNOS = (errno.ENOSPC, errno.EACCES, errno.EROFS, errno.ENOENT, errno.EISDIR, errno.ENAMETOOLONG, errno.EIO)


def _member(node: ast.AST, enum_name: str) -> str | None:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == enum_name:
        return node.attr
    return None


def raised_pairs() -> tuple[set[tuple[FileKind, StorageProblem]], set[tuple[FileKind, Damage]]]:
    storage: set[tuple[FileKind, StorageProblem]] = set()
    damage: set[tuple[FileKind, Damage]] = {(FileKind.BACKUP_FILE, Damage.NOT_A_BACKUP)}  # NotABackupError
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        named = {  # module constants such as CHANGED = Damage.CHANGED
            target.id: _member(node.value, "Damage")
            for node in tree.body
            if isinstance(node, ast.Assign) and _member(node.value, "Damage")
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        if "AttachmentDamagedError(" in path.read_text(encoding="utf-8"):
            damage |= {(FileKind.ATTACHMENT, Damage[value]) for value in named.values() if value}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            name, args = node.func.id, node.args
            if name == "StorageError" and len(args) == 2:
                problem, kind = _member(args[0], "StorageProblem"), _member(args[1], "FileKind")
                if problem and kind:
                    storage.add((FileKind[kind], StorageProblem[problem]))
            elif name == "JournalDamagedError" and len(args) == 2:
                problem, kind = _member(args[0], "Damage"), _member(args[1], "FileKind")
                if problem and kind:
                    damage.add((FileKind[kind], Damage[problem]))
            elif name in _FIXED_KIND and args:
                for part in ast.walk(args[0]):
                    member = _member(part, "Damage") or (named.get(part.id) if isinstance(part, ast.Name) else None)
                    if member:
                        damage.add((_FIXED_KIND[name], Damage[member]))
    storage |= _mapped_pairs()
    return storage, damage


def _mapped_pairs() -> set[tuple[FileKind, StorageProblem]]:
    from journal.core.backup.restore import _restore_storage_error
    from journal.core.private_files import explain_write_error
    from journal.core.sync.folder_files import explain_folder_error

    pairs = set()
    for number in _ERRNOS:
        error = OSError(number, "refused")
        for kind in (FileKind.CHOSEN_FILE, FileKind.BACKUP_FILE):  # the kinds explain_write_error is given
            refused = explain_write_error(error, kind)
            pairs.add((refused.kind, refused.problem))
        for refused in (explain_folder_error(error), _restore_storage_error(error)):
            pairs.add((refused.kind, refused.problem))
    return pairs
