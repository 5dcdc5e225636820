"""Putting a checked backup in place of the journal, without ever being left with neither.

The restored file is written and synced beside the journal first (as a private temporary file,
removed again if anything fails, the disk filling up included). The journal being replaced is
hard-linked to `journal.sqlite3.replaced-<time>` (copied where links are not possible) and only
then is the restored file renamed over `journal.sqlite3` in one atomic step, so at every instant
the name points to a whole journal: the old one or the restored one. The copy set aside is
removed only by `discard_replaced`, which the app calls when the person says so after unlocking
the restored journal.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from journal.core.backup.reader import OpenedBackup
from journal.core.errors import FileKind, JournalInUseError, StorageError, StorageProblem
from journal.core.journal_files import JournalFiles
from journal.core.private_files import sync_folder, write_temporary_beside
from journal.core.storage.database import classify_storage_error
from journal.core.storage.sidecars import SIDECAR_SUFFIXES, set_aside_orphaned_sidecars

RESTORING_SUFFIX = ".restoring"  # the staging name of earlier versions, removed when seen
REPLACED_MARK = ".replaced-"
_SIDECARS = SIDECAR_SUFFIXES


@dataclass(frozen=True, slots=True)
class RestoreResult:
    set_aside: Path | None  # the journal that was replaced, kept until the restored one is unlocked


def restore_backup(files: JournalFiles, opened: OpenedBackup, now: dt.datetime | None = None) -> RestoreResult:
    """Replace (or create) the journal in `files` with the checked backup `opened`.

    Close any `Journal` open on these files first: the restored file takes the journal's place.
    """
    already_claimed = files.claimed
    try:
        files.claim()
    except OSError as error:  # the folder cannot even hold the lock file (read-only, full)
        raise _restore_storage_error(error) from None
    try:
        return _restore_claimed(files, opened, now or dt.datetime.now())
    except OSError as error:
        raise _restore_storage_error(error) from None
    except sqlite3.Error:
        raise StorageError(StorageProblem.FAILED, FileKind.RESTORED_JOURNAL) from None
    finally:
        if not already_claimed:
            files.release()


def _restore_claimed(files: JournalFiles, opened: OpenedBackup, now: dt.datetime) -> RestoreResult:
    live = files.database_path
    _remove_with_sidecars(live.with_name(live.name + RESTORING_SUFFIX))
    staging = write_temporary_beside(live, [opened.image])
    try:
        return _put_staging_in_place(files, staging, now)
    except BaseException:
        _remove_with_sidecars(staging)
        raise


def _put_staging_in_place(files: JournalFiles, staging: Path, now: dt.datetime) -> RestoreResult:
    live = files.database_path
    if not _integrity_ok(staging):
        raise StorageError(StorageProblem.NOT_VERIFIED, FileKind.RESTORED_JOURNAL)
    _remove_with_sidecars(staging, keep_main=True)
    set_aside: Path | None = None
    if live.exists():
        set_aside = live.with_name(f"{live.name}{REPLACED_MARK}{now:%Y%m%d-%H%M%S}")
        if set_aside.exists():
            set_aside = set_aside.with_name(f"{set_aside.name}-{os.urandom(2).hex()}")
        try:
            _fold_wal_into(live)
        except sqlite3.DatabaseError as error:
            if isinstance(classify_storage_error(error), JournalInUseError):  # by SQLite's result code
                raise JournalInUseError() from None
            # The journal being replaced is damaged (often why someone restores): keep its log with it.
            _move_wal_aside(live, set_aside)
        _keep_copy(live, set_aside)
    else:
        set_aside_orphaned_sidecars(live, now)
    os.replace(staging, live)
    sync_folder(live.parent)
    return RestoreResult(set_aside)


def replaced_journals(files: JournalFiles) -> list[Path]:
    """Journals set aside by earlier restores, oldest first."""
    prefix = files.database_path.name + REPLACED_MARK
    return sorted(path for path in files.data_dir.glob(prefix + "*") if not path.name.endswith(_SIDECARS))


def discard_replaced(path: Path) -> None:
    """Remove a journal set aside by a restore (only when the person asks, after unlocking the restored one)."""
    if REPLACED_MARK not in path.name:
        raise ValueError("only journals set aside by a restore are discarded here")
    _remove_with_sidecars(path)


def _integrity_ok(path: Path) -> bool:
    with closing(sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def _fold_wal_into(live: Path) -> None:
    """Move every committed change from the write-ahead log into the file, so the file alone is whole."""
    with closing(sqlite3.connect(f"file:{quote(str(live))}?mode=rw", uri=True)) as connection:
        connection.execute("PRAGMA busy_timeout=5000")
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise JournalInUseError()
    wal = live.with_name(live.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise JournalInUseError()
    _remove_with_sidecars(live, keep_main=True)


def _move_wal_aside(live: Path, set_aside: Path) -> None:
    wal = live.with_name(live.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, set_aside.with_name(set_aside.name + "-wal"))
    _remove_with_sidecars(live, keep_main=True)


def _keep_copy(live: Path, set_aside: Path) -> None:
    try:
        os.link(live, set_aside)
    except OSError:  # e.g. a FAT-formatted drive: no hard links there
        shutil.copy2(live, set_aside)
        with open(set_aside, "rb+") as stream:
            os.fsync(stream.fileno())
    sync_folder(live.parent)


def _remove_with_sidecars(path: Path, *, keep_main: bool = False) -> None:
    for sidecar in _SIDECARS:
        path.with_name(path.name + sidecar).unlink(missing_ok=True)
    if not keep_main:
        path.unlink(missing_ok=True)


def _restore_storage_error(error: OSError) -> StorageError:
    if error.errno == errno.ENOSPC:
        return StorageError(StorageProblem.DISK_FULL, FileKind.RESTORED_JOURNAL)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(StorageProblem.CANNOT_WRITE, FileKind.RESTORED_JOURNAL)
    return StorageError(StorageProblem.FAILED, FileKind.RESTORED_JOURNAL)
