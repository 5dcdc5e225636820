"""An attachment's bytes in the sync folder: one immutable file per blob, never inside a pack.

Packs carry the small attachment record; a 25 MB picture would make every pack and every
compaction huge. So each blob goes once, as `<random id>.rjblob`: a magic, the length of a sealed
header, the header, then the blob's chunks exactly as the journal seals them (bound to the
journal, the blob, their index and the last-chunk flag; `core/memories/chunks.py`). The header,
sealed under a key of its own with the file's id bound in, names the blob, the device that wrote
it, each chunk's length and a digest of all of them, so a file cut short or changed is named
before any chunk is kept, and the chunks are opened against the record before they are kept.

A blob not in the folder yet is not an error: its record waits and a later round completes it.
Every computer writes the blobs of its live attachments that no file in the folder carries, so a
blob comes back if its file went; it removes only its own files, once no live record needs them.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from journal.core.crypto.aead import SealBroken, Sealer
from journal.core.sync.packs import _derive, new_file_id, strict_json

BLOB_SUFFIX = ".rjblob"
_MAGIC = b"RJSYNCB1"
_LENGTH = struct.Struct(">I")
_MAX_HEADER = 256 * 1024
_NAME = re.compile(r"(?P<id>[0-9a-f]{32})\.rjblob")
_HEX = re.compile(r"[0-9a-f]{32}")


class BlobDamaged(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BlobCodec:
    def __init__(self, journal_id: bytes, data_key: bytes | bytearray) -> None:
        self._sealer = Sealer(_derive(data_key, journal_id, b"rj-sync-blob-v1"))

    def seal(self, file_id: str, blob: str, device: str, chunks: list[tuple[int, bytes]]) -> bytes:
        body = b"".join(sealed for _index, sealed in chunks)
        header = json.dumps(
            {
                "blob": blob,
                "device": device,
                "lengths": [len(sealed) for _index, sealed in chunks],
                "sha256": hashlib.sha256(body).hexdigest(),
            }
        ).encode()
        sealed_header = self._sealer.seal(header, _MAGIC + file_id.encode())
        return _MAGIC + _LENGTH.pack(len(sealed_header)) + sealed_header + body

    def open_header(self, file_id: str, head: bytes) -> tuple[dict[str, Any], int]:
        """The header and where the chunks start; BlobDamaged if it does not open."""
        if len(head) < len(_MAGIC) + _LENGTH.size or not head.startswith(_MAGIC):
            raise BlobDamaged("is not a picture file this app wrote, or was cut short")
        (length,) = _LENGTH.unpack_from(head, len(_MAGIC))
        start = len(_MAGIC) + _LENGTH.size
        if length > _MAX_HEADER or len(head) < start + length:
            raise BlobDamaged("was cut short")
        try:
            header = strict_json(self._sealer.open(head[start : start + length], _MAGIC + file_id.encode()))
        except (SealBroken, ValueError):
            raise BlobDamaged("was changed or damaged") from None
        lengths = header.get("lengths") if isinstance(header, dict) else None
        if (
            not isinstance(header, dict)
            or not isinstance(header.get("blob"), str)
            or not _HEX.fullmatch(header["blob"])
            or not isinstance(lengths, list)
            or not all(isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in lengths)
        ):
            raise BlobDamaged("was changed or damaged")
        return header, start + length

    def open_chunks(self, file_id: str, data: bytes) -> tuple[str, list[tuple[int, bytes]]]:
        """The blob id and its sealed chunks from a whole file; BlobDamaged names what is wrong."""
        header, offset = self.open_header(file_id, data)
        body = data[offset:]
        if len(body) < sum(header["lengths"]):
            raise BlobDamaged("was cut short")
        if len(body) > sum(header["lengths"]) or hashlib.sha256(body).hexdigest() != header.get("sha256"):
            raise BlobDamaged("was changed or damaged")
        chunks = []
        for index, length in enumerate(header["lengths"]):
            chunks.append((index, body[:length]))
            body = body[length:]
        return header["blob"], chunks


def blob_file_id(name: str) -> str | None:
    found = _NAME.fullmatch(name)
    return found["id"] if found else None


@dataclass
class BlobFolder:
    """What the folder's blob files carry: file id -> blob, with file sizes (read from headers once)."""

    carried: dict[str, str] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def file_for(self, blob: str) -> str | None:
        return next((file_id for file_id, b in sorted(self.carried.items()) if b == blob), None)


def scan_blob_files(
    codec: BlobCodec, folder: Path, known: dict[str, str], named: dict[str, int], device: str, own: dict[str, str]
) -> BlobFolder:
    """Every blob file in the folder; a header is read only for a file not known before.

    `known` (file id -> blob) is updated in place; `own` gains any file this device wrote whose
    round stopped before it was recorded. A file whose header does not open is named once (while
    its size stays the same) in `problems` and in `named`.
    """
    import os

    found = BlobFolder()
    with os.scandir(folder) as entries:
        sizes = {e.name: e.stat().st_size for e in entries if e.is_file(follow_symlinks=False)}
    present = set()
    for name, size in sorted(sizes.items()):
        file_id = blob_file_id(name)
        if file_id is None:
            continue
        present.add(file_id)
        found.sizes[file_id] = size
        if file_id in known:
            found.carried[file_id] = known[file_id]
            continue
        try:
            with open(folder / name, "rb") as handle:
                head = handle.read(len(_MAGIC) + _LENGTH.size + _MAX_HEADER)
            header, _offset = codec.open_header(file_id, head)
        except OSError:
            continue
        except BlobDamaged as damage:
            if named.get(name) != size:
                found.problems.append(
                    f"a picture file ({name[:8]}…) {damage.reason}; it was left out, the rest merged."
                )
            named[name] = size
            continue
        named.pop(name, None)
        known[file_id] = header["blob"]
        found.carried[file_id] = header["blob"]
        if header.get("device") == device:
            own.setdefault(file_id, header["blob"])
    for file_id in set(known) - present:
        del known[file_id]
    for name in [n for n in named if blob_file_id(n) not in present]:
        del named[name]
    return found


def new_blob_file_name() -> tuple[str, str]:
    file_id = new_file_id()
    return file_id, file_id + BLOB_SUFFIX
