"""The backup format refuses every kind of damage with its own clear message, before touching anything."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from helpers.journals import PASSPHRASE
from helpers.worded import raises_worded
from journal.core.backup.backup_file_errors import (
    BackupDamagedError,
    BackupTooNewError,
    BackupWrongSecretError,
    NotABackupError,
)
from journal.core.backup.envelope import CHUNK_SIZE, TAG_BYTES, parse
from journal.core.backup.reader import open_backup
from journal.core.backup.writer import write_backup
from journal.core.journal import Journal


@pytest.fixture
def backup_bytes(demo_journal: Journal, tmp_path: Path) -> bytes:
    return write_backup(demo_journal, tmp_path / "demo.rjbackup").path.read_bytes()


def _open(tmp_path: Path, data: bytes, secret: str = PASSPHRASE):
    path = tmp_path / "candidate.rjbackup"
    path.write_bytes(data)
    return open_backup(path, secret)


def test_demo_backup_spans_several_chunks(backup_bytes: bytes) -> None:
    assert parse(backup_bytes).header.chunk_count() > 1


def test_a_file_that_is_not_a_backup_is_named_so(tmp_path: Path) -> None:
    with raises_worded(NotABackupError, "not a Recovery Journal backup"):
        _open(tmp_path, b"SQLite format 3\x00" + b"\0" * 100)


def test_a_newer_format_is_refused_as_too_new(tmp_path: Path, backup_bytes: bytes) -> None:
    newer = backup_bytes[:8] + struct.pack(">H", 2) + backup_bytes[10:]
    with raises_worded(BackupTooNewError, "newer version of the app"):
        _open(tmp_path, newer)


def test_trailing_junk_is_refused(tmp_path: Path, backup_bytes: bytes) -> None:
    with raises_worded(BackupDamagedError, "extra bytes"):
        _open(tmp_path, backup_bytes + b"junk")


@pytest.mark.parametrize("cut", [1, TAG_BYTES, CHUNK_SIZE + TAG_BYTES])
def test_truncation_is_refused(tmp_path: Path, backup_bytes: bytes, cut: int) -> None:
    with raises_worded(BackupDamagedError, "cut short"):
        _open(tmp_path, backup_bytes[:-cut])


def test_truncation_at_a_chunk_boundary_with_a_forged_length_is_caught_by_the_last_chunk_flag(
    tmp_path: Path, backup_bytes: bytes
) -> None:
    # Even if the plaintext size in the header were right for the shorter file, the chunk that is
    # now last was sealed as "not last". Simulated by decrypting a body with one chunk dropped.
    parts = parse(backup_bytes)
    step = CHUNK_SIZE + TAG_BYTES
    shortened = parts.body[: step * (parts.header.chunk_count() - 1)]
    assert len(shortened) % step == 0
    from journal.core.backup import envelope

    fake = envelope.ParsedFile(
        envelope.BackupHeader(
            parts.header.journal_id,
            parts.header.salt,
            CHUNK_SIZE,
            len(shortened) - TAG_BYTES * (len(shortened) // step),
            parts.header.slots,
        ),
        parts.covered,
        parts.mac,
        shortened,
    )
    with pytest.raises(BackupDamagedError):
        envelope.open_sealed(fake, b"\0" * 32)


def test_damaged_header_is_reported_differently_from_a_wrong_passphrase(tmp_path: Path, backup_bytes: bytes) -> None:
    damaged = bytearray(backup_bytes)
    damaged[40] ^= 0x01  # inside the header JSON
    with raises_worded(BackupDamagedError, "damaged at the start"):
        _open(tmp_path, bytes(damaged))
    with pytest.raises(BackupWrongSecretError):
        _open(tmp_path, backup_bytes, "wrong passphrase")


def test_a_flipped_bit_in_any_chunk_is_refused(tmp_path: Path, backup_bytes: bytes) -> None:
    body_start = len(backup_bytes) - parse(backup_bytes).header.body_size()
    for offset in (body_start, body_start + CHUNK_SIZE + 3, len(backup_bytes) - 1):
        damaged = bytearray(backup_bytes)
        damaged[offset] ^= 0x40
        with raises_worded(BackupDamagedError, "part of it was changed"):
            _open(tmp_path, bytes(damaged))


def test_swapped_chunks_are_refused(tmp_path: Path, backup_bytes: bytes) -> None:
    body_start = len(backup_bytes) - parse(backup_bytes).header.body_size()
    step = CHUNK_SIZE + TAG_BYTES
    first = backup_bytes[body_start : body_start + step]
    second = backup_bytes[body_start + step : body_start + 2 * step]
    swapped = backup_bytes[:body_start] + second + first + backup_bytes[body_start + 2 * step :]
    with pytest.raises(BackupDamagedError):
        _open(tmp_path, swapped)


def test_a_changed_mac_is_refused(tmp_path: Path, backup_bytes: bytes) -> None:
    parts = parse(backup_bytes)
    mac_offset = len(parts.covered) + 32
    damaged = bytearray(backup_bytes)
    damaged[mac_offset] ^= 0x01
    with raises_worded(BackupDamagedError, "damaged at the start"):
        _open(tmp_path, bytes(damaged))


def test_missing_file_is_bad_input(tmp_path: Path) -> None:
    from journal.core.errors import BadInputError

    with raises_worded(BadInputError, "no file"):
        open_backup(tmp_path / "nope.rjbackup", PASSPHRASE)
