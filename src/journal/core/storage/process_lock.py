"""One process per journal: an advisory lock on a file beside it, released when the process ends.

The operating system drops the lock even if the process is killed, so a crash never leaves the
journal stuck as "in use". The lock file is opened without following a symbolic link, so a link
put in its place can neither point the lock elsewhere nor make the app create a file through it.
A person who removes the lock file by hand can let a second writer in; the manifest's own check
(records.py) then refuses the stale writer's next save.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

from journal.core.errors import FileKind, JournalInUseError, StorageError, StorageProblem

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0)


class ProcessLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _NO_FOLLOW, 0o600)
        except OSError as error:
            if error.errno == errno.ELOOP or self.path.is_symlink():
                raise StorageError(StorageProblem.LINK, FileKind.LOCK_FILE) from None
            raise StorageError(StorageProblem.CANNOT_WRITE, FileKind.LOCK_FILE) from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO or device in its place is not a lock file
            os.close(fd)
            raise StorageError(StorageProblem.NOT_REGULAR, FileKind.LOCK_FILE)
        if not _try_lock(fd):
            os.close(fd)
            raise JournalInUseError()
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
