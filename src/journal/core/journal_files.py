"""Where one journal lives on disk, and the claim that only this process writes to it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from journal.core.errors import FileKind, StorageError, StorageProblem
from journal.core.storage.process_lock import ProcessLock

DATABASE_NAME = "journal.sqlite3"
LOCK_NAME = "journal.lock"


def default_data_dir() -> Path:
    """The platform's folder for this user's app data (e.g. ~/.local/share/RecoveryJournal).

    Written out rather than taken from platformdirs: this runs before the first window shows.
    """
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME", "").strip() or str(Path.home() / ".local" / "share")
        if not os.path.isabs(base):
            base = str(Path.home() / ".local" / "share")
    return Path(base) / "RecoveryJournal"


class JournalFiles:
    """The data folder of one journal: its database file, and the lock that keeps out a second writer."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.database_path = data_dir / DATABASE_NAME
        self._lock = ProcessLock(data_dir / LOCK_NAME)

    def exists(self) -> bool:
        """Whether a journal file is here; a folder that cannot be looked into is explained, not raised raw."""
        try:
            self.database_path.stat()
        except FileNotFoundError:
            return False
        except NotADirectoryError:
            raise StorageError(StorageProblem.NOT_A_FOLDER, FileKind.JOURNAL_FOLDER) from None
        except OSError:
            raise StorageError(StorageProblem.CANNOT_OPEN, FileKind.JOURNAL_FOLDER) from None
        return True

    def claim(self) -> None:
        """Take the one-writer lock (idempotent); raises JournalInUseError if another process has it."""
        if not self._lock.held:
            try:
                self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError:
                raise StorageError(StorageProblem.CANNOT_MAKE, FileKind.JOURNAL_FOLDER) from None
            self._lock.acquire()

    def release(self) -> None:
        self._lock.release()

    @property
    def claimed(self) -> bool:
        return self._lock.held
