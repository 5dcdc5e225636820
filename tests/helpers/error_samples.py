"""One instance of every error class core defines, so a test can ask that each is worded (not shown by str())."""

from __future__ import annotations

import importlib
import pkgutil

import journal.core
from journal.core.errors import Damage, FileKind, InputProblem, JournalError, StorageProblem


def core_error_classes() -> set[type[JournalError]]:
    """Every subclass of JournalError that a core module defines (all of core imported first)."""
    for module in pkgutil.walk_packages(journal.core.__path__, "journal.core."):
        importlib.import_module(module.name)
    found: set[type[JournalError]] = set()
    waiting = [JournalError]
    while waiting:
        for subclass in waiting.pop().__subclasses__():
            if subclass.__module__.startswith("journal.core.") and subclass not in found:
                found.add(subclass)
                waiting.append(subclass)
    return found


def sample_errors() -> dict[type[JournalError], list[JournalError]]:
    """Instances of each class, every secret and a backup's where the words differ."""
    from journal.core import errors
    from journal.core.backup import backup_file_errors as backup
    from journal.core.memories.chunks import AttachmentDamagedError
    from journal.core.private_files import OutputProblem, OutputRefusedError

    return {
        errors.WrongSecretError: [errors.WrongSecretError("passphrase"), errors.WrongSecretError("recovery key")],
        errors.JournalMissingError: [errors.JournalMissingError()],
        errors.JournalDamagedError: [errors.JournalDamagedError(Damage.DAMAGED, FileKind.JOURNAL)],
        errors.JournalTooNewError: [errors.JournalTooNewError(9, 2)],
        errors.JournalExistsError: [errors.JournalExistsError()],
        errors.JournalInUseError: [errors.JournalInUseError()],
        errors.StorageError: [errors.StorageError(StorageProblem.DISK_FULL, FileKind.JOURNAL)],
        errors.JournalLockedError: [errors.JournalLockedError()],
        errors.JournalChangedError: [errors.JournalChangedError()],
        errors.JournalTamperedError: [errors.JournalTamperedError()],
        backup.NotABackupError: [backup.NotABackupError()],
        backup.BackupDamagedError: [backup.BackupDamagedError(Damage.CUT_SHORT)],
        backup.BackupTooNewError: [backup.BackupTooNewError(9, 2)],
        backup.BackupWrongSecretError: [
            backup.BackupWrongSecretError("passphrase"),
            backup.BackupWrongSecretError("recovery key"),
        ],
        AttachmentDamagedError: [AttachmentDamagedError(Damage.CHANGED)],
        errors.BadInputError: [
            errors.BadInputError("recovery key", InputProblem.RECOVERY_KEY_TYPO),
            errors.BadInputError("file", InputProblem.NOT_SUPPORTED_TYPE),
        ],
        OutputRefusedError: [OutputRefusedError("-o", OutputProblem.EXISTS)],
    }


def worded_classes() -> set[type[JournalError]]:
    """The classes core defines, each of which the app and the command line word (core words none of them)."""
    return core_error_classes()
