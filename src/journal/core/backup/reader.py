"""Reading a backup: the whole file is checked before anything else happens.

Order of checks, each with its own message: is it a backup at all, is it from a newer version,
is it cut short or longer than it says, is the header intact (all before any key derivation);
then does the secret open a slot, does every chunk authenticate, and does the SQLite image inside
pass `integrity_check` with every row opening.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal.core.backup.backup_file_errors import BackupDamagedError, BackupWrongSecretError
from journal.core.backup.envelope import BackupHeader, ParsedFile, open_sealed, parse, unpack_plaintext
from journal.core.backup.image import ImageReport, check_image
from journal.core.crypto.keyslots import PASSPHRASE, RECOVERY, WrongSecret, open_with_passphrase, open_with_recovery_key
from journal.core.errors import Damage
from journal.core.input_files import read_named_file

MAX_BACKUP_BYTES = 4 * 1024**3


@dataclass(frozen=True, slots=True)
class OpenedBackup:
    """A backup that passed every check, held in memory, ready to restore."""

    header: BackupHeader
    created_at: dt.datetime | None
    info: dict[str, Any]
    image: bytes
    report: ImageReport


def read_backup_bytes(path: Path) -> bytes:
    return read_named_file(path, MAX_BACKUP_BYTES, "backup", too_large=BackupDamagedError(Damage.TOO_LARGE))


def inspect_backup(path: Path) -> ParsedFile:
    """The checks that need no secret: shape, version, length and header checksum."""
    return parse(read_backup_bytes(path))


def open_backup(path: Path, secret: str, *, is_recovery_key: bool = False) -> OpenedBackup:
    """Check and open a backup with the passphrase or recovery key it was made with."""
    parsed = inspect_backup(path)
    header = parsed.header
    try:
        if is_recovery_key:
            data_key = open_with_recovery_key(header.journal_id, header.slots[RECOVERY], secret)
        else:
            data_key = open_with_passphrase(header.journal_id, header.slots[PASSPHRASE], secret)
    except WrongSecret:
        raise BackupWrongSecretError("recovery key" if is_recovery_key else "passphrase") from None
    try:
        return _open_parsed(parsed, data_key)
    finally:
        for index in range(len(data_key)):
            data_key[index] = 0


def open_backup_with_key(path: Path, data_key: bytes | bytearray) -> OpenedBackup:
    """Check a backup with the data key itself (used to verify a backup just written)."""
    parsed = inspect_backup(path)
    header = parsed.header
    info, image = unpack_plaintext(open_sealed(parsed, data_key))
    del parsed  # the file's bytes go before the image inside is checked: fewer copies held at once
    return _checked(header, info, image, data_key)


def _open_parsed(parsed: ParsedFile, data_key: bytes | bytearray) -> OpenedBackup:
    info, image = unpack_plaintext(open_sealed(parsed, data_key))
    return _checked(parsed.header, info, image, data_key)


def _checked(header: BackupHeader, info: dict[str, Any], image: bytes, data_key: bytes | bytearray) -> OpenedBackup:
    report = check_image(image, data_key)
    if report.header.journal_id != header.journal_id or report.header.slots != header.slots:
        raise BackupDamagedError(Damage.MISMATCH)
    return OpenedBackup(header, _created_at(info), info, image, report)


def _created_at(info: dict[str, Any]) -> dt.datetime | None:
    value = info.get("created_at")
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None
