"""Making a backup: snapshot, check, seal, write beside the target, sync, read it back, then rename.

Success is reported only after the file on disk was opened again and every row in it decrypted,
so a backup that says it worked can be restored; and because that check runs before the rename,
a file being replaced is only ever replaced by a backup that passed it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from journal import __version__
from journal.core.backup.backup_file_errors import BackupDamagedError
from journal.core.backup.envelope import pack_plaintext, seal
from journal.core.backup.image import check_image, snapshot
from journal.core.backup.reader import open_backup_with_key
from journal.core.errors import Damage, FileKind, JournalDamagedError, JournalError, StorageError, StorageProblem
from journal.core.journal import Journal
from journal.core.private_files import check_output, explain_write_error, put_in_place, write_temporary_beside


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    size_bytes: int
    days: int
    created_at: dt.datetime


def write_backup(
    journal: Journal, target: Path, now: dt.datetime | None = None, *, replace: bool = False
) -> BackupResult:
    """Write a verified backup of the unlocked `journal` to `target`.

    An existing file is replaced only with `replace` (the person said so); never one in the journal's folder.
    """
    target = check_output(target, replace=replace, protected=[journal.files.data_dir])
    created_at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    # A copy: the app may lock the journal (zeroing its key) while a backup runs in the background.
    data_key = bytearray(journal.data_key_for_rewrap())
    try:
        return _write_backup(journal, data_key, target, created_at, replace)
    finally:
        for index in range(len(data_key)):
            data_key[index] = 0


def _write_backup(
    journal: Journal, data_key: bytearray, target: Path, created_at: dt.datetime, replace: bool
) -> BackupResult:
    unreadable_before = journal.unreadable_count
    try:
        # Through the journal's own connection only when its disk is full (exclusive mode, where no other
        # connection gets in); otherwise a connection of its own, so a backup in the background never
        # holds one the app's writes may need.
        database = journal.database  # None for a journal opened only to read: then its file is read
        image = snapshot(database if database is not None and database.exclusive else journal.files.database_path)
    except JournalError:
        raise
    except OSError as error:
        raise backup_storage_error(error) from None
    except Exception:
        raise StorageError(StorageProblem.CANNOT_READ, FileKind.BACKUP_FILE) from None
    report = check_image(image, data_key)
    if report.unreadable > unreadable_before:
        raise JournalDamagedError(Damage.UNREADABLE_PARTS, FileKind.JOURNAL)
    info = {"created_at": created_at.isoformat(), "app_version": __version__, "days": report.days}
    plaintext = pack_plaintext(info, image)
    del image  # the plaintext holds a copy: one of them at a time is enough
    target = check_output(target, replace=replace, protected=[journal.files.data_dir])
    try:
        sealed = seal(report.header.journal_id, report.header.slots, data_key, plaintext)
        partial = write_temporary_beside(target, sealed)
    except OSError as error:
        raise backup_storage_error(error) from None
    del plaintext, sealed  # written: reading back makes copies of its own, so these go first
    # Read back before it takes the name: a file being replaced is replaced only by a checked backup.
    try:
        opened = open_backup_with_key(partial, data_key).report
        if opened.days != report.days or opened.attachments != report.attachments:
            raise BackupDamagedError(Damage.NOT_READ_BACK)
    except JournalError:
        partial.unlink(missing_ok=True)
        raise BackupDamagedError(Damage.NOT_READ_BACK) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    put_in_place(partial, target, replace=replace, kind=FileKind.BACKUP_FILE)
    return BackupResult(target, target.stat().st_size, report.days, created_at)


def backup_storage_error(error: OSError) -> StorageError:
    """Why no backup was made (the disk's refusal, about the backup file)."""
    return explain_write_error(error, FileKind.BACKUP_FILE)
