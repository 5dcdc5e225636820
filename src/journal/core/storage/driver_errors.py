"""The app's own errors for sqlite3 and disk errors, without SQLAlchemy (the read-only path uses them directly).

`database.classify_storage_error` unwraps SQLAlchemy's errors and asks `classify_driver_error`.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator

from journal.core.errors import Damage, FileKind, JournalDamagedError, JournalInUseError, StorageError, StorageProblem

# SQLite's primary result codes (the low byte of an extended code), so no message text is matched.
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_SCHEMA, sqlite3.SQLITE_MISMATCH}
_IN_USE_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_CANNOT_WRITE_CODES = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_AUTH}


def classify_driver_error(original: BaseException) -> Exception:
    """Turn a driver error into one of the app's own, with the problem the app and the command line word.

    Decided by SQLite's result code (`sqlite_errorcode`) or the OS's errno, never by the message.
    """
    if isinstance(original, OSError):
        if original.errno == errno.ENOSPC:
            return StorageError(StorageProblem.DISK_FULL, FileKind.JOURNAL)
        if original.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StorageError(StorageProblem.CANNOT_WRITE, FileKind.JOURNAL)
        return StorageError(StorageProblem.FAILED, FileKind.JOURNAL)
    code = getattr(original, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in _DAMAGE_CODES:
        return JournalDamagedError(Damage.DAMAGED, FileKind.JOURNAL)
    if primary == sqlite3.SQLITE_ERROR and isinstance(original, sqlite3.OperationalError):
        # A generic error while running the journal's own, fixed statements: a table or column is gone.
        return JournalDamagedError(Damage.DAMAGED, FileKind.JOURNAL)
    if primary in _IN_USE_CODES:
        return JournalInUseError()
    if primary == sqlite3.SQLITE_FULL:
        return StorageError(StorageProblem.DISK_FULL, FileKind.JOURNAL)
    if primary in _CANNOT_WRITE_CODES:
        return StorageError(StorageProblem.CANNOT_WRITE, FileKind.JOURNAL)
    return StorageError(StorageProblem.FAILED, FileKind.JOURNAL)


@contextlib.contextmanager
def explained() -> Iterator[None]:
    """Re-raise sqlite3 and disk errors as the app's own errors; never leak SQL or content."""
    try:
        yield
    except (sqlite3.Error, OSError) as error:
        raise classify_driver_error(error) from None
