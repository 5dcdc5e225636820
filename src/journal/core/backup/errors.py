"""Errors about backup files, each with a message a person can act on and no personal content."""

from __future__ import annotations

from journal.core.errors import JournalDamagedError, JournalTooNewError, WrongSecretError

_LEFT_ALONE = "Nothing was changed."


class NotABackupError(JournalDamagedError):
    def __init__(self) -> None:
        super().__init__(f"This file is not a Recovery Journal backup. {_LEFT_ALONE}")


class BackupDamagedError(JournalDamagedError):
    """The file starts like a backup but some of it is missing, changed or added."""

    def __init__(self, problem: str) -> None:
        super().__init__(f"This backup {problem}, so it cannot be used. {_LEFT_ALONE}")


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
