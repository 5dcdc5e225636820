"""The app's own errors: each carries a message fit to show a person, with no personal content.

The command line maps each class to its exit code; the GUI shows the message. Messages name the
field or the file that is wrong, never the text inside it.
"""

from __future__ import annotations

# What reading a stored value of the wrong shape raises (a NULL, a number for bytes, a missing key,
# nesting too deep, a number too long): caught where hostile or damaged data is read, and named as damage.
SHAPE_ERRORS: tuple[type[Exception], ...] = (
    KeyError,
    IndexError,
    TypeError,
    ValueError,
    AttributeError,
    ArithmeticError,
    RecursionError,
)


class JournalError(Exception):
    """Base of every error the app expects and explains."""

    exit_code = 1


class BadInputError(JournalError):
    """A value that cannot be used; names the field so the person knows what to change."""

    exit_code = 1

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


class WrongSecretError(JournalError):
    """The secret did not open the slot; `secret` says which one ("passphrase" or "recovery key")."""

    exit_code = 2

    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(f"That {what} does not open this journal. Nothing was changed.")
        self.secret = what

    @property
    def is_recovery_key(self) -> bool:
        return self.secret == "recovery key"


class JournalMissingError(JournalError):
    exit_code = 3

    def __init__(self, where: str) -> None:
        super().__init__(f"There is no journal in {where} yet.")


class JournalDamagedError(JournalError):
    """The journal file cannot be read as a journal; the one sentence for that is said here."""

    exit_code = 3
    DAMAGED = "The journal file is damaged and cannot be read. It was left as it is."

    def __init__(self, message: str = DAMAGED) -> None:
        super().__init__(message)


class JournalTooNewError(JournalError):
    exit_code = 3

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"This journal was written by a newer version of the app (format {found}; this version reads "
            f"up to {supported}). Please update the app; the journal was not changed."
        )
        self.found = found
        self.supported = supported


class JournalExistsError(JournalError):
    exit_code = 1

    def __init__(self, where: str) -> None:
        super().__init__(f"A journal already exists in {where}; it was left as it is.")


class JournalInUseError(JournalError):
    exit_code = 4

    def __init__(self) -> None:
        super().__init__("This journal is open in another window or command. Close that one first.")


class StorageError(JournalError):
    """The disk refused a write (full, read-only, locked). Nothing was saved; the text is still here."""

    exit_code = 1


class JournalLockedError(JournalError):
    """An operation that needs the key ran after the journal was locked."""

    exit_code = 1

    def __init__(self) -> None:
        super().__init__("The journal is locked.")


class JournalChangedError(StorageError):
    """Another window or command saved to the journal after this one opened it (say, once its lock
    file was removed by hand). Writing now would hide that save, so nothing is written."""

    exit_code = 4

    def __init__(self) -> None:
        super().__init__(
            "This journal was changed by another window or command after it was opened here, so this was "
            "not saved. What you typed is still here; close this window and open the journal again."
        )


class JournalTamperedError(JournalError):
    """The list of entry versions is missing, damaged or older than the entries: the file was changed
    outside the app. Nothing new is saved until the person decides to keep the journal as it is."""

    exit_code = 3

    def __init__(self) -> None:
        super().__init__(
            "Parts of this journal were changed or removed outside the app, so nothing new is saved until "
            "you decide to keep the journal as it is now. Nothing was changed."
        )
