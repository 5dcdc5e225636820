"""Plain messages for sqlite3 and disk errors, without SQLAlchemy (the read-only path uses them directly).

`database.classify_storage_error` unwraps SQLAlchemy's errors and asks `classify_driver_error`.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator

from journal.core.errors import JournalDamagedError, JournalInUseError, StorageError

NOT_SAVED_FULL = "The disk is full, so this was not saved. What you typed is still here."
CANNOT_WRITE = "The journal's folder cannot be written to, so nothing was written."
NOT_SAVED = "The journal could not be saved. What you typed is still here."
# SQLite's primary result codes (the low byte of an extended code), so no message text is matched.
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_SCHEMA, sqlite3.SQLITE_MISMATCH}
_IN_USE_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_CANNOT_WRITE_CODES = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_AUTH}


def classify_driver_error(original: BaseException) -> Exception:
    """Turn a driver error into one of the app's own, with a message that helps a person.

    Decided by SQLite's result code (`sqlite_errorcode`) or the OS's errno, never by the message.
    """
    if isinstance(original, OSError):
        if original.errno == errno.ENOSPC:
            return StorageError(NOT_SAVED_FULL)
        if original.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StorageError(CANNOT_WRITE)
        return StorageError(NOT_SAVED)
    code = getattr(original, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in _DAMAGE_CODES:
        return JournalDamagedError()
    if primary == sqlite3.SQLITE_ERROR and isinstance(original, sqlite3.OperationalError):
        # A generic error while running the journal's own, fixed statements: a table or column is gone.
        return JournalDamagedError()
    if primary in _IN_USE_CODES:
        return JournalInUseError()
    if primary == sqlite3.SQLITE_FULL:
        return StorageError(NOT_SAVED_FULL)
    if primary in _CANNOT_WRITE_CODES:
        return StorageError(CANNOT_WRITE)
    return StorageError(NOT_SAVED)


@contextlib.contextmanager
def explained() -> Iterator[None]:
    """Re-raise sqlite3 and disk errors as the app's own errors; never leak SQL or content."""
    try:
        yield
    except (sqlite3.Error, OSError) as error:
        raise classify_driver_error(error) from None
