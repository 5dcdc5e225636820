"""Reading a file the person named (an import, a backup, a note, a passphrase file), within bounds.

Only regular files are read: /dev/zero would never end and a named pipe would wait for a writer,
and a size taken from `stat` says nothing about either. At most `limit` bytes are ever read.
"""

from __future__ import annotations

import stat
from pathlib import Path


class NotARegularFile(OSError):
    """A device, pipe or socket where a file was expected."""


class FileTooLarge(OSError):
    """More bytes than any file of this kind could hold."""


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`; OSError subclasses for everything that goes wrong."""
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(str(path))
    if not stat.S_ISREG(info.st_mode):
        raise NotARegularFile(str(path))
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(str(path))
    return data
