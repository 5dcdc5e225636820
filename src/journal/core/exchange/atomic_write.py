"""Writing an export so the target is either the old file or the whole new one, never half of each.

The bytes go to a temporary file beside the target (same folder, so the rename cannot cross disks),
are flushed to disk, and are renamed over the target. On any failure the temporary file is removed.
A process killed mid-write cannot remove its own, so the next export of the same name removes it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from pathlib import Path

from journal.core.errors import StorageError

_TOKEN_BYTES = 4  # the temporary name's random part: 8 lowercase hex digits


def _explain(error: OSError, target: Path) -> StorageError:
    if error.errno == errno.ENOSPC:
        return StorageError(f"The disk is full, so {target.name} was not written. Nothing else changed.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(f"The folder of {target.name} cannot be written to. Choose another place.")
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return StorageError(f"The folder for {target.name} does not exist. Choose another place.")
    if error.errno == errno.EISDIR:
        return StorageError(f"{target.name} is a folder. Choose a file name.")
    return StorageError(f"{target.name} could not be written. Nothing else changed.")


def write_bytes_atomically(target: Path, data: bytes) -> None:
    """Put `data` at `target` in one step; raises `StorageError` (with a plain reason) on failure.

    The temporary file is `.<target name>.<8 hex digits>.part` in the target's folder, readable only
    by its owner. Exports hold plain text, so before writing, any such file left for the same target
    name by an export that was killed half-way is removed: only regular files whose name matches that
    exact pattern, never another name, a folder or a link. Two exports to the same file at the same
    moment are not supported (one of them would win anyway).
    """
    target = Path(target)
    if os.path.isdir(target):  # isdir, unlike Path.is_dir, answers False for a name too long to exist
        raise _explain(OSError(errno.EISDIR, "is a directory"), target)
    _remove_stale_parts(target)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(_TOKEN_BYTES)}.part")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(descriptor, view)
                view = view[written:]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise _explain(error, target) from None
    _sync_folder(target.parent)


def write_text_atomically(target: Path, text: str) -> None:
    """UTF-8 text (newlines as written) put at `target` in one step."""
    write_bytes_atomically(target, text.encode("utf-8"))


def _remove_stale_parts(target: Path) -> None:
    """Remove temporary files a killed export left for `target`; best effort, never raises."""
    pattern = re.compile(re.escape(f".{target.name}.") + f"[0-9a-f]{{{2 * _TOKEN_BYTES}}}" + r"\.part")
    with contextlib.suppress(OSError), os.scandir(target.parent) as entries:
        for entry in entries:
            if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not every platform can open a folder, which is fine.
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
