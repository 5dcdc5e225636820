"""Errors about backup files: what is wrong with one, as typed fields, with no personal content.

A damaged or foreign file is a `JournalDamagedError` of kind `BACKUP_FILE` whose `problem` says how
(the app and the command line word it). A backup too new or a secret that does not open one keep
their own sentence for now, which names the format or the secret and nothing else.
"""

from __future__ import annotations

from journal.core.errors import Damage, FileKind, JournalDamagedError, JournalTooNewError, WrongSecretError

_LEFT_ALONE = "Nothing was changed."


class NotABackupError(JournalDamagedError):
    def __init__(self) -> None:
        super().__init__(Damage.NOT_A_BACKUP, FileKind.BACKUP_FILE)


class BackupDamagedError(JournalDamagedError):
    """The file starts like a backup but some of it is missing, changed or added; `problem` says which."""

    def __init__(self, problem: Damage) -> None:
        super().__init__(problem, FileKind.BACKUP_FILE)


class BackupTooNewError(JournalTooNewError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(found, supported)
        self.args = (
            f"This backup was made by a newer version of the app (format {found}; this version reads up to "
            f"{supported}). Please update the app to open it. {_LEFT_ALONE}",
        )


class BackupWrongSecretError(WrongSecretError):
    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(what)
        self.args = (
            f"That {what} does not open this backup. A backup opens with the passphrase or recovery key "
            f"the journal had when the backup was made. {_LEFT_ALONE}",
        )
