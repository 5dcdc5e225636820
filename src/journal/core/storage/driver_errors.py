"""Plain messages for sqlite3 and disk errors, without SQLAlchemy (the read-only path uses them directly).

`database.classify_storage_error` unwraps SQLAlchemy's errors and asks `classify_driver_error`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from journal.core.errors import JournalDamagedError, JournalInUseError, StorageError


def classify_driver_error(original: BaseException) -> Exception:
    """Turn a driver error into one of the app's own, with a message that helps a person."""
    text = str(original).lower()
    if "not a database" in text or "malformed" in text or "no such table" in text or "no such column" in text:
        return JournalDamagedError("The journal file is damaged and cannot be read. It was left as it is.")
    if "locked" in text or "busy" in text:
        return JournalInUseError()
    if "full" in text:
        return StorageError("The disk is full, so this was not saved. What you typed is still here.")
    if "readonly" in text or "read-only" in text or "permission" in text or "unable to open" in text:
        return StorageError("The journal's folder cannot be written to, so nothing was written.")
    if isinstance(original, OSError) and original.errno == 28:
        return StorageError("The disk is full, so this was not saved. What you typed is still here.")
    return StorageError("The journal could not be saved. What you typed is still here.")


@contextlib.contextmanager
def explained() -> Iterator[None]:
    """Re-raise sqlite3 and disk errors as the app's own errors; never leak SQL or content."""
    try:
        yield
    except (sqlite3.Error, OSError) as error:
        raise classify_driver_error(error) from None
