"""AES-256-GCM sealing of one value, padded to 256-byte buckets so lengths say little.

Every sealed value carries a fresh random 96-bit nonce. The caller supplies associated data that
names where the value lives (journal, table, row id, version), so a ciphertext moved to another
row, another journal or an older version fails to open.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
PAD_BUCKET = 256
_PAD_MARK = b"\x80"


class SealBroken(Exception):
    """A sealed value failed authentication: wrong key, changed bytes, or moved to another place."""


def pad(plaintext: bytes, bucket: int = PAD_BUCKET) -> bytes:
    """ISO/IEC 7816-4 padding: a 0x80 byte, then zeros up to the next multiple of `bucket`."""
    padded_length = (len(plaintext) // bucket + 1) * bucket
    return plaintext + _PAD_MARK + b"\0" * (padded_length - len(plaintext) - 1)


def unpad(padded: bytes) -> bytes:
    stripped = padded.rstrip(b"\0")
    if not stripped.endswith(_PAD_MARK):
        raise SealBroken("padding")
    return stripped[:-1]


class Sealer:
    """Seals and opens values under one 256-bit key."""

    __slots__ = ("_aead",)

    def __init__(self, key: bytes | bytearray) -> None:
        if len(key) != 32:
            raise ValueError("a sealing key is 32 bytes")
        self._aead = AESGCM(bytes(key))

    def seal(self, plaintext: bytes, associated: bytes, *, padded: bool = True) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        body = pad(plaintext) if padded else plaintext
        return nonce + self._aead.encrypt(nonce, body, associated)

    def open_padded_or_none(self, sealed: bytes, associated: bytes) -> bytes | None:
        """`open` for the unlock loop: None instead of raising, so a damaged row costs no exception setup
        and a good one no extra call."""
        try:
            stripped = self._aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated).rstrip(b"\0")
        except (InvalidTag, TypeError, ValueError, OverflowError):
            return None
        return stripped[:-1] if stripped[-1:] == _PAD_MARK else None

    def open(self, sealed: bytes, associated: bytes, *, padded: bool = True) -> bytes:
        if len(sealed) < NONCE_BYTES + 16:
            raise SealBroken("too short")
        try:
            body = self._aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], associated)
        except InvalidTag:
            raise SealBroken("authentication failed") from None
        return unpad(body) if padded else body
