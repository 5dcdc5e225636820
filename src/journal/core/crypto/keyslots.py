"""Key slots: the random data key, wrapped once under the passphrase and once under the recovery key.

A slot holds only what unlocking needs in clear: its kind, KDF parameters, salt and the wrapped
key. Replacing a passphrase or recovery key rewrites one slot; the data key, and so every
record, stays as it is.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from journal.core.crypto.aead import SealBroken, Sealer
from journal.core.crypto.kdf import SALT_BYTES, KdfParams, derive_key
from journal.core.crypto.recovery_key import recovery_key_bytes

PASSPHRASE = "passphrase"
WRAPPED_KEY_BYTES = 12 + 32 + 16  # nonce, the 256-bit data key, tag
RECOVERY = "recovery"


class WrongSecret(Exception):
    """The passphrase or recovery key does not open this slot."""


@dataclass(frozen=True, slots=True)
class KeySlot:
    kind: str
    salt: bytes
    wrapped_key: bytes
    kdf: KdfParams | None = None  # None for the recovery slot: its key is already random

    def __post_init__(self) -> None:
        # A salt or wrapped key of the wrong length is damage, not a wrong secret: say so, never "wrong passphrase".
        if len(self.salt) != SALT_BYTES or len(self.wrapped_key) != WRAPPED_KEY_BYTES:
            raise ValueError("a key slot of the wrong shape")

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "salt": self.salt.hex(),
            "wrapped_key": self.wrapped_key.hex(),
            "kdf": self.kdf.to_dict() if self.kdf else None,
        }


def _slot_associated(journal_id: bytes, kind: str) -> bytes:
    return b"rj-slot-v1|" + journal_id + b"|" + kind.encode()


def recovery_wrapping_key(recovery_key: str, salt: bytes) -> bytes:
    raw = recovery_key_bytes(recovery_key)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"rj-recovery-v1").derive(raw)


def wrap(journal_id: bytes, kind: str, wrapping_key: bytes, data_key: bytes | bytearray) -> bytes:
    return Sealer(wrapping_key).seal(bytes(data_key), _slot_associated(journal_id, kind), padded=False)


def unwrap(journal_id: bytes, slot: KeySlot, wrapping_key: bytes) -> bytearray:
    try:
        key = Sealer(wrapping_key).open(slot.wrapped_key, _slot_associated(journal_id, slot.kind), padded=False)
    except SealBroken:
        raise WrongSecret(slot.kind) from None
    return bytearray(key)


def passphrase_slot(journal_id: bytes, passphrase: str, data_key: bytes | bytearray, params: KdfParams) -> KeySlot:
    salt = os.urandom(SALT_BYTES)
    wrapping = derive_key(passphrase, salt, params)
    return KeySlot(PASSPHRASE, salt, wrap(journal_id, PASSPHRASE, wrapping, data_key), params)


def recovery_slot(journal_id: bytes, recovery_key: str, data_key: bytes | bytearray) -> KeySlot:
    salt = os.urandom(SALT_BYTES)
    wrapping = recovery_wrapping_key(recovery_key, salt)
    return KeySlot(RECOVERY, salt, wrap(journal_id, RECOVERY, wrapping, data_key))


def open_with_passphrase(
    journal_id: bytes, slot: KeySlot, passphrase: str, derive: Callable[[str, bytes, KdfParams], bytes] = derive_key
) -> bytearray:
    """The data key; `derive` may do the key derivation elsewhere (see `kdf_worker`), with the same result."""
    if slot.kdf is None:
        raise WrongSecret(slot.kind)
    return unwrap(journal_id, slot, derive(passphrase, slot.salt, slot.kdf))


def open_with_recovery_key(journal_id: bytes, slot: KeySlot, recovery_key: str) -> bytearray:
    return unwrap(journal_id, slot, recovery_wrapping_key(recovery_key, slot.salt))
