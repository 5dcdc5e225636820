"""Where one journal lives on disk, and the claim that only this process writes to it."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from journal.core.errors import StorageError
from journal.core.storage.process_lock import ProcessLock

DATABASE_NAME = "journal.sqlite3"
LOCK_NAME = "journal.lock"


def default_data_dir() -> Path:
    """The platform's folder for this user's app data (e.g. ~/.local/share/RecoveryJournal)."""
    return Path(platformdirs.user_data_dir("RecoveryJournal", appauthor=False, roaming=False))


class JournalFiles:
    """The data folder of one journal: its database file, and the lock that keeps out a second writer."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.database_path = data_dir / DATABASE_NAME
        self._lock = ProcessLock(data_dir / LOCK_NAME)

    def exists(self) -> bool:
        return self.database_path.exists()

    def claim(self) -> None:
        """Take the one-writer lock (idempotent); raises JournalInUseError if another process has it."""
        if not self._lock.held:
            try:
                self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            except OSError:
                raise StorageError("The journal's folder cannot be made here; choose another folder.") from None
            self._lock.acquire()

    def release(self) -> None:
        self._lock.release()

    @property
    def claimed(self) -> bool:
        return self._lock.held
