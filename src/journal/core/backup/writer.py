"""Making a backup: snapshot, check, seal, write beside the target, sync, rename, then read it back.

Success is reported only after the file on disk was opened again and every row in it decrypted,
so a backup that says it worked can be restored.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import glob
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from journal import __version__
from journal.core.backup.envelope import pack_plaintext, seal
from journal.core.backup.errors import BackupDamagedError
from journal.core.backup.image import check_image, snapshot
from journal.core.backup.reader import open_backup_with_key
from journal.core.errors import JournalDamagedError, JournalError, StorageError
from journal.core.journal import Journal


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    size_bytes: int
    days: int
    created_at: dt.datetime


def write_backup(journal: Journal, target: Path, now: dt.datetime | None = None) -> BackupResult:
    """Write a verified backup of the unlocked `journal` to `target` (replacing a file already there)."""
    created_at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    # A copy: the app may lock the journal (zeroing its key) while a backup runs in the background.
    data_key = bytearray(journal.data_key_for_rewrap())
    try:
        return _write_backup(journal.files.database_path, journal.unreadable_count, data_key, target, created_at)
    finally:
        for index in range(len(data_key)):
            data_key[index] = 0


def _write_backup(
    database_path: Path, unreadable_before: int, data_key: bytearray, target: Path, created_at: dt.datetime
) -> BackupResult:
    try:
        image = snapshot(database_path)
    except OSError as error:
        raise backup_storage_error(error) from None
    except Exception:
        raise StorageError("The journal could not be read for a backup. Nothing was changed.") from None
    report = check_image(image, data_key)
    if report.unreadable > unreadable_before:
        raise JournalDamagedError("Part of the journal could not be read, so no backup was made. Nothing was changed.")
    info = {"created_at": created_at.isoformat(), "app_version": __version__, "days": report.days}
    plaintext = pack_plaintext(info, image)
    target = target.expanduser()
    for stale in target.parent.glob(f".{glob.escape(target.name)}.*.partial"):  # left by a crash mid-write
        with contextlib.suppress(OSError):
            stale.unlink(missing_ok=True)
    partial = target.with_name(f".{target.name}.{os.urandom(4).hex()}.partial")
    try:
        _write_synced(partial, seal(report.header.journal_id, report.header.slots, data_key, plaintext))
        os.replace(partial, target)
        sync_folder(target.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise backup_storage_error(error) from None
    try:
        opened = open_backup_with_key(target, data_key)
    except JournalError:
        target.unlink(missing_ok=True)
        raise BackupDamagedError("could not be read back after writing; it was removed") from None
    if opened.report.days != report.days:
        target.unlink(missing_ok=True)
        raise BackupDamagedError("could not be read back after writing; it was removed")
    return BackupResult(target, target.stat().st_size, report.days, created_at)


def _write_synced(path: Path, pieces: Iterable[bytes]) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as stream:
        for piece in pieces:
            stream.write(piece)
        stream.flush()
        os.fsync(stream.fileno())


def sync_folder(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - folders cannot be opened for fsync on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_storage_error(error: OSError) -> StorageError:
    if error.errno == errno.ENOSPC:
        return StorageError("The disk is full, so the backup was not made. Your journal was not changed.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(
            "That folder cannot be written to, so the backup was not made. Your journal was not changed."
        )
    if error.errno == errno.ENOENT:
        return StorageError("That folder does not exist, so the backup was not made. Your journal was not changed.")
    return StorageError("The backup could not be written. Your journal was not changed.")
