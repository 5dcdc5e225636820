"""The files in the sync folder: change packs and key files, and how a folder's names are read.

A change pack is `<32 random hex>.rjpack`, written once and never changed:

    MAGIC (8) | device (16) | sequence (8) | sealed length (8) | sealed
    sealed = AES-256-GCM over zlib(JSON), padded to Padmé buckets (at least 4 KiB)

The device and sequence are random or counting numbers, never a date or a name; the associated
data binds the journal id, device, sequence and the file's own name, so a pack renamed, moved to
another journal, or given another device's number fails to open. The sealed length tells a file
cut short (still arriving, or truncated by a sync tool) from one that was changed.

A key file, `<32 random hex>.rjkeys`, holds the journal's key slots in clear (exactly what a
journal file's header already holds: salts, KDF parameters and the wrapped data key) so a second
computer can join with the passphrase or recovery key; a sealed part, opened with the data key the
slots unwrap, says when those slots were made, so the newest passphrase reaches every computer.

Everything else in the folder is left alone. Sync tools' partial files are skipped until they
are whole; their conflict copies are recognised and read as the pack they copy.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal.core.crypto.aead import SealBroken, Sealer, unpad
from journal.core.crypto.kdf import KdfParams
from journal.core.crypto.keyslots import KeySlot
from journal.core.errors import JournalError
from journal.core.sync.versions import DEVICE, Version, VersionUnreadable

PACK_SUFFIX = ".rjpack"
KEYS_SUFFIX = ".rjkeys"
_PACK_MAGIC = b"RJSYNCP1"
_KEYS_MAGIC = b"RJSYNCK1"
_HEADER = struct.Struct(">8s16sQQ")
MIN_PADDED = 4096
MAX_PACK_BYTES = 512 * 1024 * 1024
MAX_KEYS_BYTES = 64 * 1024
MAX_PLAINTEXT = 1024 * 1024 * 1024
_ID = r"[0-9a-f]{32}"
_EXT = r"(?P<ext>\.rjpack|\.rjkeys)"
_NAME = re.compile(rf"(?P<id>{_ID}){_EXT}")
_CONFLICT_PATTERNS = (
    re.compile(rf"(?P<id>{_ID})\.sync-conflict-\d{{8}}-\d{{6}}-[0-9A-Z]{{7}}{_EXT}"),  # Syncthing
    re.compile(rf"(?P<id>{_ID}) \([^()]*conflict[^()]*\){_EXT}", re.IGNORECASE),  # Dropbox, Nextcloud
)
_PARTIAL_PATTERNS = (
    re.compile(r"\.syncthing\..*\.tmp"),
    re.compile(r"~syncthing~.*\.tmp"),
    re.compile(r"\.rj-[0-9a-f]+\.tmp"),  # our own, when the folder is on another disk
    re.compile(r".*\.(part|partial|tmp|crdownload)"),
    re.compile(r"\.~.*"),
)


class FileRole(enum.Enum):
    PACK = "pack"
    KEYS = "keys"
    CONFLICT_COPY = "conflict copy"
    PARTIAL = "partial"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class FolderName:
    name: str
    role: FileRole
    file_id: str = ""
    is_keys: bool = False


def classify(name: str) -> FolderName:
    """What a name in the sync folder is, from the name alone."""
    found = _NAME.fullmatch(name)
    if found:
        is_keys = found["ext"] == KEYS_SUFFIX
        return FolderName(name, FileRole.KEYS if is_keys else FileRole.PACK, found["id"], is_keys)
    for pattern in _CONFLICT_PATTERNS:
        found = pattern.fullmatch(name)
        if found:
            return FolderName(name, FileRole.CONFLICT_COPY, found["id"], found["ext"] == KEYS_SUFFIX)
    if any(pattern.fullmatch(name) for pattern in _PARTIAL_PATTERNS) and (PACK_SUFFIX in name or KEYS_SUFFIX in name):
        return FolderName(name, FileRole.PARTIAL)
    return FolderName(name, FileRole.OTHER)


def new_file_id() -> str:
    return os.urandom(16).hex()


def _derive(data_key: bytes | bytearray, journal_id: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=journal_id, info=info).derive(bytes(data_key))


def padded_length(length: int) -> int:
    """Padmé (Nikitin et al., 2019): at most 12 % more, and a length says only its rough size."""
    if length < MIN_PADDED:
        return MIN_PADDED
    exponent = length.bit_length() - 1
    mask = (1 << (exponent - exponent.bit_length())) - 1
    return (length + mask) & ~mask


def _pad(plaintext: bytes) -> bytes:
    target = padded_length(len(plaintext) + 1)
    return plaintext + b"\x80" + b"\0" * (target - len(plaintext) - 1)


def strict_json(data: bytes) -> Any:
    """JSON from another computer's file: duplicate keys and non-finite numbers are refused."""

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in items:
            if key in result:
                raise ValueError("a key appears twice")
            result[key] = value
        return result

    def constant(name: str) -> Any:
        raise ValueError(f"{name} is not a number")

    return json.loads(data.decode("utf-8"), object_pairs_hook=pairs, parse_constant=constant)


class PackDamaged(Exception):
    """A pack or key file that cannot be used; `reason` words it for the person."""

    def __init__(self, reason: str, *, incomplete: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.incomplete = incomplete


@dataclass(frozen=True, slots=True)
class Pack:
    file_id: str
    device: str
    sequence: int
    covers: int  # a compacted pack holds every version of its device's packs up to this sequence
    versions: tuple[Version, ...]


class PackCodec:
    """Seals and opens packs and key files for one journal."""

    def __init__(self, journal_id: bytes, data_key: bytes | bytearray) -> None:
        self.journal_id = journal_id
        self._packs = Sealer(_derive(data_key, journal_id, b"rj-sync-pack-v1"))
        self._keys = Sealer(_derive(data_key, journal_id, b"rj-sync-keys-v1"))

    def _associated(self, device: str, sequence: int, file_id: str) -> bytes:
        return b"|".join((b"rj-pack-v1", self.journal_id, device.encode(), str(sequence).encode(), file_id.encode()))

    def seal_pack(self, pack: Pack) -> bytes:
        body = {
            "device": pack.device,
            "sequence": pack.sequence,
            "covers": pack.covers,
            "versions": [v.to_data() for v in pack.versions],
        }
        plaintext = zlib.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(), 6)
        associated = self._associated(pack.device, pack.sequence, pack.file_id)
        sealed = self._packs.seal(_pad(plaintext), associated, padded=False)
        return _HEADER.pack(_PACK_MAGIC, bytes.fromhex(pack.device), pack.sequence, len(sealed)) + sealed

    def open_pack(self, file_id: str, data: bytes) -> Pack:
        if len(data) < _HEADER.size:
            raise PackDamaged("is cut short", incomplete=True)
        magic, device_bytes, sequence, length = _HEADER.unpack_from(data)
        if magic != _PACK_MAGIC:
            raise PackDamaged("is not a change pack this app wrote")
        sealed = data[_HEADER.size :]
        if len(sealed) < length:
            raise PackDamaged("is cut short (still arriving, or truncated)", incomplete=True)
        if len(sealed) > length:
            raise PackDamaged("is longer than it says (changed)")
        device = device_bytes.hex()
        try:
            padded = self._packs.open(sealed, self._associated(device, sequence, file_id), padded=False)
            body = strict_json(zlib.decompressobj().decompress(unpad(padded), MAX_PLAINTEXT))
        except (SealBroken, zlib.error, ValueError, UnicodeDecodeError):
            raise PackDamaged("does not open: it was changed, renamed, or is from another journal") from None
        try:
            if body["device"] != device or body["sequence"] != sequence:
                raise PackDamaged("says it is another pack than its header does")
            covers = body["covers"]
            if isinstance(covers, bool) or not isinstance(covers, int) or not 0 <= covers <= sequence:
                raise VersionUnreadable("covers")
            versions = tuple(Version.from_data(item) for item in body["versions"])
        except (KeyError, TypeError, VersionUnreadable):
            raise PackDamaged("opens, but holds something this app did not write") from None
        return Pack(file_id, device, sequence, covers, versions)

    # -- key files ------------------------------------------------------------------------------

    def seal_keys(self, file_id: str, slots: dict[str, KeySlot], stamp: int, device: str) -> bytes:
        clear = json.dumps(
            {"journal_id": self.journal_id.hex(), "slots": {k: s.to_dict() for k, s in sorted(slots.items())}},
            sort_keys=True,
        ).encode()
        inner = json.dumps({"stamp": stamp, "device": device}).encode()
        sealed = self._keys.seal(inner, self._keys_associated(file_id, clear))
        return _KEYS_MAGIC + struct.pack(">I", len(clear)) + clear + sealed

    def _keys_associated(self, file_id: str, clear: bytes) -> bytes:
        return b"|".join((b"rj-keys-v1", self.journal_id, file_id.encode(), hashlib.sha256(clear).digest()))

    def open_keys_stamp(self, file_id: str, data: bytes) -> tuple[int, str]:
        """When (stamp) and where (device) a key file's slots were made; PackDamaged if it is not genuine."""
        clear, sealed = _split_keys(data)
        try:
            inner = strict_json(self._keys.open(sealed, self._keys_associated(file_id, clear)))
            stamp, device = inner["stamp"], inner["device"]
        except (SealBroken, ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise PackDamaged("does not open: it was changed, or is from another journal") from None
        if isinstance(stamp, bool) or not isinstance(stamp, int) or not isinstance(device, str):
            raise PackDamaged("opens, but holds something this app did not write")
        if not DEVICE.fullmatch(device):
            raise PackDamaged("opens, but holds something this app did not write")
        return stamp, device


@dataclass(frozen=True, slots=True)
class ClearKeys:
    journal_id: bytes
    slots: dict[str, KeySlot]


def _split_keys(data: bytes) -> tuple[bytes, bytes]:
    if len(data) < len(_KEYS_MAGIC) + 4 or not data.startswith(_KEYS_MAGIC):
        raise PackDamaged("is not a key file this app wrote", incomplete=len(data) < len(_KEYS_MAGIC) + 4)
    (length,) = struct.unpack_from(">I", data, len(_KEYS_MAGIC))
    start = len(_KEYS_MAGIC) + 4
    if len(data) < start + length + 28:
        raise PackDamaged("is cut short (still arriving, or truncated)", incomplete=True)
    return data[start : start + length], data[start + length :]


def read_clear_keys(data: bytes) -> ClearKeys:
    """The journal id and key slots of a key file, before any secret is known."""
    clear, _ = _split_keys(data)
    try:
        body = strict_json(clear)
        journal_id = bytes.fromhex(body["journal_id"])
        slots = {}
        for kind, item in body["slots"].items():
            kdf = KdfParams.from_dict(item["kdf"]) if item["kdf"] is not None else None
            slots[kind] = KeySlot(item["kind"], bytes.fromhex(item["salt"]), bytes.fromhex(item["wrapped_key"]), kdf)
            if slots[kind].kind != kind:
                raise ValueError("slot kind")
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, JournalError):
        raise PackDamaged("is not a key file this app wrote") from None
    if len(journal_id) != 16:
        raise PackDamaged("is not a key file this app wrote")
    return ClearKeys(journal_id, slots)


def slots_digest(slots: dict[str, KeySlot]) -> str:
    return hashlib.sha256(
        json.dumps({k: s.to_dict() for k, s in sorted(slots.items())}, sort_keys=True).encode()
    ).hexdigest()


def read_folder_file(path: Path, limit: int) -> bytes | None:
    """A file's bytes, or None if it vanished (another computer compacted it) or is far too large."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
        return None
    return None if len(data) > limit else data
