"""Reading a file the person named (an import, a backup, a note, a passphrase file), within bounds.

Only regular files are read: /dev/zero would never end and a named pipe would wait for a writer,
and a size taken from `stat` says nothing about either. At most `limit` bytes are ever read.
"""

from __future__ import annotations

import stat
from pathlib import Path

from journal.core.errors import BadInputError, InputProblem, JournalError


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


def read_named_file(path: Path, limit: int, field: str, *, too_large: JournalError | None = None) -> bytes:
    """`read_bounded`, with every way it fails said once, as a `BadInputError` naming `field`.

    `too_large` replaces the usual "larger than" refusal where size itself means damage (a backup).
    """
    try:
        return read_bounded(path, limit)
    except FileTooLarge:
        if too_large is not None:
            raise too_large from None
        raise BadInputError(field, InputProblem.FILE_TOO_LARGE, limit=limit) from None
    except NotARegularFile:
        raise BadInputError(field, InputProblem.NOT_A_FILE) from None
    except FileNotFoundError:
        raise BadInputError(field, InputProblem.NO_SUCH_FILE) from None
    except IsADirectoryError:
        raise BadInputError(field, InputProblem.IS_FOLDER) from None
    except PermissionError:
        raise BadInputError(field, InputProblem.NO_PERMISSION) from None
    except (OSError, ValueError):  # ValueError: a name with a NUL byte
        raise BadInputError(field, InputProblem.CANNOT_READ) from None


def read_named_text(path: Path, limit: int, field: str) -> str:
    """The UTF-8 text of a small file the person named (a note, a passphrase file)."""
    try:
        return read_named_file(path, limit, field).decode("utf-8")
    except UnicodeDecodeError:
        raise BadInputError(field, InputProblem.NOT_UTF8) from None
