"""The app's own errors, with the facts as typed fields and never any personal content.

The command line maps each class to its exit code. A storage or damage error carries what went
wrong (`problem`) and which kind of file it concerns (`kind`); the app (`ui/error_words.py`) and
the command line (`cli/error_sentences.py`) word it for the person, so core never writes the
sentence a person reads for them. The other errors are worded there by their class and fields.
A value that cannot be used (`BadInputError`) carries the field that is wrong (its name, never what is
in it), an `InputProblem` and any facts the words need (a count, a limit, a file type).
Every `str()` is a short description for developers.
"""

from __future__ import annotations

import enum

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


class InputProblem(enum.Enum):
    """Why a value, a file or a folder someone gave cannot be used (the value is for developers)."""

    EMPTY = "empty"
    BAD_OPTION = "not a usable option value"  # the command line's own checks, worded there
    RECOVERY_KEY_SHAPE = "not shaped like a recovery key"
    RECOVERY_KEY_TYPO = "a recovery key character is wrong"
    IMPORT_HAS_PROBLEMS = "the file to import has problems"
    MOOD_MAP_FORMAT = "a mood map entry is not NAME=N"
    NO_SUCH_VERSION = "no such version in the record's history"
    ANOTHER_JOURNAL = "belongs to another journal"
    NOT_A_JOURNAL_OR_BACKUP = "neither a backup nor a journal file"
    NO_SUCH_FOLDER = "no such folder"
    NOTHING_SHARED_YET = "no journal shared in the folder yet"
    SYNC_IN_JOURNAL_FOLDER = "a journal's own folder chosen to sync into"
    IS_JOURNAL_FOLDER = "the journal's own folder"
    FOLDER_NOT_EMPTY = "folder already holds files"
    FOLDER_CANNOT_BE_MADE = "folder cannot be made"
    NOT_AN_EXPORT = "no readable journal.json in the folder"
    EXPORT_HAS_PROBLEMS = "journal.json has problems"
    NOT_A_LIST = "expected a list"
    BAD_RECORD = "a record not in the exported form"
    ATTACHMENT_OUTSIDE_FOLDER = "an attachment's file outside the attachments folder"
    ATTACHMENT_FILE_MISSING = "an attachment's file missing or unreadable"
    ATTACHMENT_FILE_CHANGED = "an attachment's file changed since the export"
    ATTACHMENT_TOO_LARGE = "larger than an attachment may be"
    ATTACHMENT_UNREADABLE = "cannot be read or larger than an attachment may be"
    EMPTY_FILE = "empty file"
    NOT_SUPPORTED_TYPE = "not a picture or PDF the app keeps"
    BROKEN_STRUCTURE = "its structure is broken"
    HOLDS_NO_PICTURE = "holds no picture"
    INCOMPLETE_FILE = "incomplete"
    NO_SUCH_ATTACHMENT = "no such attachment"
    OWNER_NEEDS_ID = "a key date or memory page owner without its id"
    PHOTO_DETAILS_UNREADABLE = "photo details cannot be read"
    FILE_TOO_LARGE = "larger than any file of its kind"
    NOT_A_FILE = "not a regular file"
    NO_SUCH_FILE = "no such file"
    IS_FOLDER = "a folder, not a file"
    NO_PERMISSION = "no permission to read"
    CANNOT_READ = "cannot be read"
    NOT_UTF8 = "not UTF-8 text"


class BadInputError(JournalError):
    """A value that cannot be used: `field` names it (never its content), `problem` says why.

    `count` (how many problems a file has), `limit` (a size in bytes) and `media_type` (the kind
    of file it looks like, such as "PNG") are the facts some problems are worded with.
    """

    exit_code = 1

    def __init__(
        self,
        field: str,
        problem: InputProblem,
        *,
        count: int | None = None,
        limit: int | None = None,
        media_type: str | None = None,
    ) -> None:
        if not isinstance(problem, InputProblem):
            raise TypeError("BadInputError takes an InputProblem, never a sentence")
        super().__init__(f"{field}: {problem.value}")
        self.field = field
        self.problem = problem
        self.count = count
        self.limit = limit
        self.media_type = media_type


class WrongSecretError(JournalError):
    """The secret did not open the slot; `secret` says which one ("passphrase" or "recovery key")."""

    exit_code = 2

    def __init__(self, what: str = "passphrase") -> None:
        super().__init__(f"wrong {what}")
        self.secret = what

    @property
    def is_recovery_key(self) -> bool:
        return self.secret == "recovery key"


class JournalMissingError(JournalError):
    """There is no journal in the data folder yet (the folder is not named: it is the person's own path)."""

    exit_code = 3

    def __init__(self) -> None:
        super().__init__("no journal in the data folder")


class FileKind(enum.Enum):
    """Which kind of file or folder a storage or damage error is about (never its path or name)."""

    JOURNAL = "journal"  # the journal's own database, as it is saved to or read
    JOURNAL_FOLDER = "journal folder"
    LOCK_FILE = "lock file"
    KEY_SLOT = "key slot"  # the passphrase's or the recovery key's wrapped key, as it is changed
    CHOSEN_FILE = "chosen file"  # a file the person asked for: an export, a report, a key
    BACKUP_FILE = "backup file"
    RESTORED_JOURNAL = "restored journal"  # the journal a backup is being restored into
    COPY = "copy"  # another copy of the journal, to merge
    ATTACHMENT = "attachment"  # one picture or letter kept in the journal
    SYNC_FOLDER = "sync folder"
    SYNC_DEVICE_FILE = "sync device file"  # this computer's sync name, kept in the journal's folder


class StorageProblem(enum.Enum):
    """Why the disk or the file system refused (the value is for developers; people get words elsewhere)."""

    DISK_FULL = "disk full"
    CANNOT_WRITE = "not writable (read-only or no permission)"
    CANNOT_READ = "not readable"
    NOT_FOUND = "folder not there"
    IS_A_FOLDER = "a folder where a file was named"
    NOT_A_FOLDER = "a file where a folder was named"
    NAME_TOO_LONG = "name too long"
    CANNOT_OPEN = "folder cannot be opened (name too long or no permission)"
    CANNOT_MAKE = "folder cannot be made"
    LINK = "a symbolic link"
    NOT_REGULAR = "not a regular file"
    READ_ONLY = "opened for reading only"
    NOT_VERIFIED = "written data did not read back the same"
    STILL_IN_USE = "another program still reads it"
    CHANGED_ELSEWHERE = "changed by another writer since it was opened"
    FAILED = "write failed"


class Damage(enum.Enum):
    """What is wrong with a file that was read (the value is for developers; people get words elsewhere)."""

    DAMAGED = "damaged"
    TOO_COSTLY = "key settings beyond what the app ever uses"
    UNREADABLE_PARTS = "parts could not be read"
    NOT_A_BACKUP = "not a backup"
    HOLDS_DAMAGED_JOURNAL = "holds a damaged journal"
    INCOMPLETE = "incomplete"
    DAMAGED_AT_START = "damaged at the start"
    CUT_SHORT = "it was cut short"
    EXTRA_BYTES = "extra bytes at the end"
    CHANGED = "part of it was changed"
    TOO_LARGE = "far larger than any journal"
    MISMATCH = "does not match the journal inside it"
    NOT_READ_BACK = "could not be read back after writing"
    OUT_OF_ORDER = "its parts were swapped or moved"
    LAST_MISSING = "its last part is missing"
    EXTRA_PARTS = "parts were added to it"


class JournalDamagedError(JournalError):
    """A file cannot be read as what it should be; `problem` says how and `kind` which file."""

    exit_code = 3

    def __init__(self, problem: Damage, kind: FileKind) -> None:
        if not isinstance(problem, Damage) or not isinstance(kind, FileKind):
            raise TypeError("JournalDamagedError takes a Damage and a FileKind, never a sentence")
        super().__init__(f"{kind.value}: {problem.value}")
        self.problem = problem
        self.kind = kind


class JournalTooNewError(JournalError):
    exit_code = 3

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"format {found}; this version reads up to {supported}")
        self.found = found
        self.supported = supported


class JournalExistsError(JournalError):
    """A journal is already in the data folder, so none is made there (the folder is not named)."""

    exit_code = 1

    def __init__(self) -> None:
        super().__init__("a journal already in the data folder")


class JournalInUseError(JournalError):
    exit_code = 4

    def __init__(self) -> None:
        super().__init__("journal in use by another process")


class StorageError(JournalError):
    """The disk refused (full, read-only, missing); `problem` says why and `kind` which file or folder.

    Nothing was saved; what the person typed is still on screen.
    """

    exit_code = 1

    def __init__(self, problem: StorageProblem, kind: FileKind) -> None:
        if not isinstance(problem, StorageProblem) or not isinstance(kind, FileKind):
            raise TypeError("StorageError takes a StorageProblem and a FileKind, never a sentence")
        super().__init__(f"{kind.value}: {problem.value}")
        self.problem = problem
        self.kind = kind


class JournalLockedError(JournalError):
    """An operation that needs the key ran after the journal was locked."""

    exit_code = 1

    def __init__(self) -> None:
        super().__init__("journal locked")


class JournalChangedError(StorageError):
    """Another window or command saved to the journal after this one opened it (say, once its lock
    file was removed by hand). Writing now would hide that save, so nothing is written."""

    exit_code = 4

    def __init__(self) -> None:
        super().__init__(StorageProblem.CHANGED_ELSEWHERE, FileKind.JOURNAL)


class JournalTamperedError(JournalError):
    """The list of entry versions is missing, damaged or older than the entries: the file was changed
    outside the app. Nothing new is saved until the person decides to keep the journal as it is."""

    exit_code = 3

    def __init__(self) -> None:
        super().__init__("entry versions changed outside the app")
