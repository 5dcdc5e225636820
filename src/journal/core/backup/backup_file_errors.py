"""Errors about backup files: what is wrong with one, as typed fields, with no personal content.

A damaged or foreign file is a `JournalDamagedError` of kind `BACKUP_FILE` whose `problem` says how;
a backup too new, or a secret that does not open one, is its own class. The app and the command
line word each of them (a backup's words differ from a journal's).
"""

from __future__ import annotations

from journal.core.errors import Damage, FileKind, JournalDamagedError, JournalTooNewError, WrongSecretError


class NotABackupError(JournalDamagedError):
    def __init__(self) -> None:
        super().__init__(Damage.NOT_A_BACKUP, FileKind.BACKUP_FILE)


class BackupDamagedError(JournalDamagedError):
    """The file starts like a backup but some of it is missing, changed or added; `problem` says which."""

    def __init__(self, problem: Damage) -> None:
        super().__init__(problem, FileKind.BACKUP_FILE)


class BackupTooNewError(JournalTooNewError):
    """A backup made by a newer version of the app (`found`, `supported` as for a journal)."""


class BackupWrongSecretError(WrongSecretError):
    """The secret does not open this backup (it opens with the secrets the journal had when it was made)."""
