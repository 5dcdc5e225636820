"""An attachment's bytes, sealed in fixed-size chunks bound to their blob, index and last-chunk flag.

The design is the backup envelope's (and age's STREAM): every chunk is AES-256-GCM under a key
derived from the data key for attachments only, with associated data naming the journal, the
blob id, the chunk's index and whether it is the last one. A chunk changed, moved to another
index or another attachment, a chunk dropped from the end, or the stream cut short, all fail and
are named. The stream is padded with zeros to a size bucket (every chunk is full), so a copy of
the file shows only the bucket; the real size, the digest and the chunk count live in the sealed
record, which the manifest covers.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal.core.crypto.aead import SealBroken, Sealer
from journal.core.errors import Damage, FileKind, JournalDamagedError

CHUNK_SIZE = 64 * 1024
_HKDF_INFO = b"rj-attachment-chunks-v1"


class AttachmentDamagedError(JournalDamagedError):
    """One attachment's chunks do not open; the rest of the journal is untouched. `problem` names the damage."""

    def __init__(self, problem: Damage) -> None:
        super().__init__(problem, FileKind.ATTACHMENT)


CHANGED = Damage.CHANGED
OUT_OF_ORDER = Damage.OUT_OF_ORDER
CUT_SHORT = Damage.CUT_SHORT
LAST_MISSING = Damage.LAST_MISSING
EXTRA = Damage.EXTRA_PARTS


def padded_chunk_count(size: int) -> int:
    """Chunks for `size` bytes, rounded up to a bucket: 1, 2, 3, then 4-7 × a power of two."""
    needed = max(1, -(-size // CHUNK_SIZE))
    if needed <= 4:
        return needed
    step = 1 << (needed.bit_length() - 3)  # four buckets per doubling: at most a quarter more
    return -(-needed // step) * step


def chunk_key(data_key: bytes | bytearray) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_HKDF_INFO).derive(bytes(data_key))


def _associated(journal_id: bytes, blob: str, index: int, last: bool) -> bytes:
    return b"rj-chunk-v1|" + journal_id + b"|" + blob.encode() + struct.pack(">QB", index, 1 if last else 0)


class ChunkSealer:
    """Seals and opens one journal's attachment streams."""

    def __init__(self, journal_id: bytes, data_key: bytes | bytearray) -> None:
        self._journal_id = journal_id
        self._sealer = Sealer(chunk_key(data_key))

    def seal_stream(self, blob: str, content: bytes) -> Iterator[tuple[int, bytes]]:
        """(index, sealed chunk) for `content` padded to its bucket."""
        count = padded_chunk_count(len(content))
        view = memoryview(content)
        for index in range(count):
            piece = bytes(view[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE])
            if len(piece) < CHUNK_SIZE:
                piece += b"\0" * (CHUNK_SIZE - len(piece))
            last = index == count - 1
            associated = _associated(self._journal_id, blob, index, last)
            yield index, self._sealer.seal(piece, associated, padded=False)

    def open_stream(
        self, blob: str, chunks: list[tuple[int, bytes]], chunk_count: int, size: int, sha256: str
    ) -> bytes:
        """The original bytes from (index, sealed) rows in stored order; AttachmentDamagedError names damage."""
        if len(chunks) > chunk_count:
            raise AttachmentDamagedError(EXTRA)
        pieces = []
        for position, (index, sealed) in enumerate(chunks):
            if index != position:
                raise AttachmentDamagedError(LAST_MISSING if position == chunk_count - 1 else CUT_SHORT)
            last = index == chunk_count - 1
            try:
                pieces.append(self._sealer.open(sealed, _associated(self._journal_id, blob, index, last), padded=False))
            except SealBroken:
                raise AttachmentDamagedError(self._diagnose(blob, sealed, index, chunk_count)) from None
        if len(chunks) < chunk_count:
            raise AttachmentDamagedError(LAST_MISSING if len(chunks) == chunk_count - 1 else CUT_SHORT)
        content = b"".join(pieces)[:size]
        if len(content) != size or hashlib.sha256(content).hexdigest() != sha256:
            raise AttachmentDamagedError(CHANGED)
        return content

    def seal_thumbnail(self, blob: str, preview: bytes) -> bytes:
        return self._sealer.seal(preview, b"rj-thumb-v1|" + self._journal_id + b"|" + blob.encode())

    def open_thumbnail(self, blob: str, sealed: bytes) -> bytes | None:
        """The preview, or None if it does not open (it is only a cache: the caller makes it again)."""
        try:
            return self._sealer.open(sealed, b"rj-thumb-v1|" + self._journal_id + b"|" + blob.encode())
        except SealBroken:
            return None

    def _diagnose(self, blob: str, sealed: bytes, index: int, chunk_count: int) -> Damage:
        """Why a chunk failed: one that opens elsewhere was moved; one that opens as not-last means the end was cut."""
        for other in range(chunk_count + 1):
            for last in (False, True):
                if other == index and last == (index == chunk_count - 1):
                    continue
                try:
                    self._sealer.open(sealed, _associated(self._journal_id, blob, other, last), padded=False)
                except SealBroken:
                    continue
                if other == index and not last:
                    return LAST_MISSING
                return OUT_OF_ORDER
        return CHANGED
