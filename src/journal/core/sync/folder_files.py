"""Putting a finished file into the sync folder in one step, with its temporary copy kept outside it.

The bytes are written and synced in the journal's own `sync-outgoing` folder, then renamed into the
sync folder under their final name, so a sync tool never sees half a pack under a pack's name.
When the sync folder is on another disk (a USB stick) a rename cannot cross, so the bytes go to a
hidden `.rj-<random>.tmp` in the folder first, which readers skip, and are renamed from there.
An existing file of the same name is never replaced: packs are immutable.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from journal.core.errors import FileKind, StorageError, StorageProblem
from journal.core.private_files import sync_folder

OUTGOING = "sync-outgoing"


def _write_synced(path: Path, data: bytes) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def explain_folder_error(error: OSError) -> StorageError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageError(StorageProblem.DISK_FULL, FileKind.SYNC_FOLDER)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(StorageProblem.CANNOT_WRITE, FileKind.SYNC_FOLDER)
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return StorageError(StorageProblem.NOT_FOUND, FileKind.SYNC_FOLDER)
    return StorageError(StorageProblem.FAILED, FileKind.SYNC_FOLDER)


def place_file(folder: Path, name: str, data: bytes, staging: Path) -> None:
    """Put `data` at `folder/name` whole or not at all; StorageError (worded) on failure."""
    target = folder / name
    if target.exists():
        return  # written already (a round that stopped after writing it); packs never change
    staging.mkdir(mode=0o700, exist_ok=True)
    temporary = staging / (name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    try:
        _write_synced(temporary, data)
        try:
            os.link(temporary, target)  # never over an existing file
            temporary.unlink()
        except OSError as error:
            if error.errno == errno.EEXIST:
                temporary.unlink()
                return
            if error.errno not in (errno.EXDEV, errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
                raise
            temporary.unlink()
            hidden = folder / f".rj-{os.urandom(6).hex()}.tmp"
            try:
                _write_synced(hidden, data)
                os.replace(hidden, target)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    hidden.unlink()
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise explain_folder_error(error) from None
    sync_folder(folder)


def remove_file(folder: Path, name: str) -> None:
    """Remove one of this computer's own files; best effort (a sync tool may have moved it)."""
    with contextlib.suppress(OSError):
        (folder / name).unlink()
