"""The backup file format (version 1): a clear header, its checksum and MAC, then sealed chunks.

    magic "RJBACKUP" | version u16 | header length u32 | header (JSON) | SHA-256 | HMAC-SHA256 | chunks

The header holds what opening needs before any key is known: the journal id, a random file salt,
the chunk size, the plaintext size and both key slots exactly as the journal had them. The
SHA-256 tells accidental damage apart from a wrong secret before any key derivation runs. The
data key (unwrapped with either slot) gives, through HKDF with the file salt, the MAC key that
authenticates the header and the key that seals the chunks, so both secrets open the same file.

The plaintext (a small sealed info record holding the creation time, then the SQLite image) is
cut into fixed-size chunks sealed with AES-256-GCM; nonce = 4 zero bytes | u64 index, and the
associated data binds each chunk to the header, its index and whether it is the last one, so
reordering, truncation at a chunk boundary and appended bytes are all caught.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal.core import strict_json
from journal.core.backup.backup_file_errors import BackupDamagedError, BackupTooNewError, NotABackupError
from journal.core.crypto.kdf import KdfParams
from journal.core.crypto.keyslots import PASSPHRASE, RECOVERY, KeySlot
from journal.core.errors import SHAPE_ERRORS, Damage, JournalError

MAGIC = b"RJBACKUP"
FORMAT_VERSION = 1
CHUNK_SIZE = 64 * 1024
TAG_BYTES = 16
DIGEST_BYTES = 32
SALT_BYTES = 32
MAX_HEADER_BYTES = 64 * 1024
_PREFIX = struct.Struct(">8sHI")
_INFO_LENGTH = struct.Struct(">I")
_HKDF_INFO = b"rj-backup-v1"


@dataclass(frozen=True, slots=True)
class BackupHeader:
    journal_id: bytes
    salt: bytes
    chunk_size: int
    plain_size: int
    slots: dict[str, KeySlot]

    def chunk_count(self) -> int:
        return max(1, -(-self.plain_size // self.chunk_size))

    def body_size(self) -> int:
        return self.plain_size + TAG_BYTES * self.chunk_count()

    def to_bytes(self) -> bytes:
        """Prefix and header JSON: the bytes the checksum and the MAC cover."""
        body = {
            "journal_id": self.journal_id.hex(),
            "salt": self.salt.hex(),
            "chunk_size": self.chunk_size,
            "plain_size": self.plain_size,
            "slots": {kind: slot.to_dict() for kind, slot in sorted(self.slots.items())},
        }
        header = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")
        return _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header)) + header


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A backup file split into its parts; nothing authenticated yet except the header checksum."""

    header: BackupHeader
    covered: bytes  # prefix + header JSON
    mac: bytes
    body: bytes

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(self.covered).digest()


@dataclass(frozen=True, slots=True)
class BackupKeys:
    mac_key: bytes
    chunk_key: bytes


def derive_keys(data_key: bytes | bytearray, salt: bytes) -> BackupKeys:
    material = HKDF(algorithm=hashes.SHA256(), length=64, salt=salt, info=_HKDF_INFO).derive(bytes(data_key))
    return BackupKeys(mac_key=material[:32], chunk_key=material[32:])


def _chunk_nonce(index: int) -> bytes:
    return b"\0\0\0\0" + struct.pack(">Q", index)


def _chunk_associated(digest: bytes, index: int, last: bool) -> bytes:
    return digest + struct.pack(">QB", index, 1 if last else 0)


def pack_plaintext(info: dict[str, Any], image: bytes) -> bytes:
    encoded = json.dumps(info, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return _INFO_LENGTH.pack(len(encoded)) + encoded + image


def unpack_plaintext(plaintext: bytes) -> tuple[dict[str, Any], bytes]:
    if len(plaintext) < _INFO_LENGTH.size:
        raise BackupDamagedError(Damage.INCOMPLETE)
    (length,) = _INFO_LENGTH.unpack_from(plaintext)
    end = _INFO_LENGTH.size + length
    try:
        info = strict_json.loads(plaintext[_INFO_LENGTH.size : end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BackupDamagedError(Damage.DAMAGED) from None
    if not isinstance(info, dict) or end > len(plaintext):
        raise BackupDamagedError(Damage.DAMAGED)
    return info, plaintext[end:]


def seal(
    journal_id: bytes, slots: dict[str, KeySlot], data_key: bytes | bytearray, plaintext: bytes
) -> Iterator[bytes]:
    """The whole backup file, piece by piece: header, checksum, MAC, then every sealed chunk."""
    header = BackupHeader(journal_id, os.urandom(SALT_BYTES), CHUNK_SIZE, len(plaintext), dict(slots))
    keys = derive_keys(data_key, header.salt)
    covered = header.to_bytes()
    digest = hashlib.sha256(covered).digest()
    yield covered + digest + hmac.new(keys.mac_key, covered, hashlib.sha256).digest()
    aead = AESGCM(keys.chunk_key)
    count = header.chunk_count()
    for index in range(count):
        piece = plaintext[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE]
        last = index == count - 1
        yield aead.encrypt(_chunk_nonce(index), piece, _chunk_associated(digest, index, last))


def parse(data: bytes) -> ParsedFile:
    """Split a backup file and check its shape and header checksum; no key is needed or derived."""
    if len(data) < _PREFIX.size or not data.startswith(MAGIC):
        raise NotABackupError()
    _magic, version, header_length = _PREFIX.unpack_from(data)
    if version > FORMAT_VERSION:
        raise BackupTooNewError(version, FORMAT_VERSION)
    if version < 1:
        raise BackupDamagedError(Damage.DAMAGED_AT_START)
    if header_length > MAX_HEADER_BYTES:
        raise BackupDamagedError(Damage.DAMAGED_AT_START)
    header_end = _PREFIX.size + header_length
    body_start = header_end + 2 * DIGEST_BYTES
    if len(data) < body_start:
        raise BackupDamagedError(Damage.CUT_SHORT)
    covered = data[:header_end]
    if not hmac.compare_digest(hashlib.sha256(covered).digest(), data[header_end : header_end + DIGEST_BYTES]):
        raise BackupDamagedError(Damage.DAMAGED_AT_START)
    header = _header_from_json(data[_PREFIX.size : header_end])
    body = data[body_start:]
    if len(body) < header.body_size():
        raise BackupDamagedError(Damage.CUT_SHORT)
    if len(body) > header.body_size():
        raise BackupDamagedError(Damage.EXTRA_BYTES)
    return ParsedFile(header, covered, data[header_end + DIGEST_BYTES : body_start], body)


def open_sealed(parsed: ParsedFile, data_key: bytes | bytearray) -> bytes:
    """Check the MAC and open every chunk; any change anywhere raises BackupDamagedError."""
    keys = derive_keys(data_key, parsed.header.salt)
    expected = hmac.new(keys.mac_key, parsed.covered, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, parsed.mac):
        raise BackupDamagedError(Damage.DAMAGED_AT_START)
    aead = AESGCM(keys.chunk_key)
    digest = parsed.digest
    count = parsed.header.chunk_count()
    step = parsed.header.chunk_size + TAG_BYTES
    pieces = []
    for index in range(count):
        sealed = parsed.body[index * step : (index + 1) * step]
        try:
            associated = _chunk_associated(digest, index, index == count - 1)
            pieces.append(aead.decrypt(_chunk_nonce(index), sealed, associated))
        except InvalidTag:
            raise BackupDamagedError(Damage.CHANGED) from None
    return b"".join(pieces)


_HEADER_ERRORS: tuple[type[Exception], ...] = (*SHAPE_ERRORS, JournalError)


def _header_from_json(raw: bytes) -> BackupHeader:
    try:
        body = strict_json.loads(raw.decode("ascii"))
        journal_id = bytes.fromhex(body["journal_id"])
        salt = bytes.fromhex(body["salt"])
        chunk_size = _positive_int(body["chunk_size"])
        plain_size = _positive_int(body["plain_size"])
        slots = {kind: _slot_from_dict(kind, body["slots"][kind]) for kind in (PASSPHRASE, RECOVERY)}
        if set(body["slots"]) != {PASSPHRASE, RECOVERY}:
            raise ValueError("unexpected slots")
    except _HEADER_ERRORS:
        raise BackupDamagedError(Damage.DAMAGED_AT_START) from None
    if len(journal_id) != 16 or len(salt) != SALT_BYTES or not (1024 <= chunk_size <= 16 * 1024 * 1024):
        raise BackupDamagedError(Damage.DAMAGED_AT_START)
    return BackupHeader(journal_id, salt, chunk_size, plain_size, slots)


def _positive_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError("not a positive integer")
    return value


def _slot_from_dict(kind: str, data: Any) -> KeySlot:
    if not isinstance(data, dict) or data.get("kind") != kind:
        raise ValueError("slot")
    kdf = data.get("kdf")
    if (kind == PASSPHRASE) != (kdf is not None):
        raise ValueError("slot kdf")
    params = KdfParams.from_dict(kdf) if kdf is not None else None
    return KeySlot(kind, bytes.fromhex(data["salt"]), bytes.fromhex(data["wrapped_key"]), params)
