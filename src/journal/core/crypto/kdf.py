"""Turning a passphrase into a key-encryption key with Argon2id, with parameters kept beside the slot.

Parameters are calibrated once, when a journal is created, so that unlocking takes about half a
second on that machine, and never fall below the floor below. Parameters read from a file are
checked before any derivation runs, so a hostile file cannot make the app allocate gigabytes or
spend minutes: anything beyond what `calibrate` itself could have chosen is refused.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from journal.core.errors import Damage, FileKind, JournalDamagedError

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
# The most `calibrate` ever chooses; anything beyond is refused before derivation.
MAX_MEMORY_KIB = 256 * 1024
MAX_ITERATIONS = 32
MAX_LANES = 16
SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class KdfParams:
    memory_kib: int = FLOOR_MEMORY_KIB
    iterations: int = FLOOR_ITERATIONS
    lanes: int = 4

    def check_sane(self) -> None:
        """Refuse parameters that no journal of ours would carry, before spending memory on them."""
        if self.memory_kib > MAX_MEMORY_KIB or self.iterations > MAX_ITERATIONS or self.lanes > MAX_LANES:
            raise JournalDamagedError(Damage.TOO_COSTLY, FileKind.JOURNAL)  # refused before any memory is spent
        if self.memory_kib < 8 or self.iterations < 1 or self.lanes < 1 or self.memory_kib < 8 * self.lanes:
            raise JournalDamagedError(Damage.DAMAGED, FileKind.JOURNAL)

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> KdfParams:
        try:
            params = cls(
                memory_kib=_strict_int(data["memory_kib"]),
                iterations=_strict_int(data["iterations"]),
                lanes=_strict_int(data["lanes"]),
            )
        except (KeyError, TypeError, ValueError):
            raise JournalDamagedError(Damage.DAMAGED, FileKind.JOURNAL) from None
        params.check_sane()
        return params


def _strict_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("not an integer")
    return value


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 256-bit key-encryption key for this passphrase, salt and parameters."""
    params.check_sane()
    if len(salt) != SALT_BYTES:
        raise JournalDamagedError(Damage.DAMAGED, FileKind.JOURNAL)
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    try:
        return kdf.derive(passphrase.encode("utf-8"))
    except MemoryError:
        raise JournalDamagedError(Damage.TOO_COSTLY, FileKind.JOURNAL) from None


def calibrate(target_seconds: float = 0.5, floor: KdfParams | None = None) -> KdfParams:
    """Parameters that take about `target_seconds` here, never weaker than `floor`.

    Memory grows first (up to 256 MiB, which hurts attackers most), then iterations.
    """
    base = floor or KdfParams()
    probe = KdfParams(base.memory_kib, base.iterations, base.lanes)
    started = time.perf_counter()
    derive_key("calibration", b"\0" * SALT_BYTES, probe)
    elapsed = max(time.perf_counter() - started, 1e-3)
    factor = target_seconds / elapsed
    memory = base.memory_kib
    while factor >= 2 and memory * 2 <= MAX_MEMORY_KIB:
        memory *= 2
        factor /= 2
    iterations = max(base.iterations, min(MAX_ITERATIONS, round(base.iterations * factor)))
    return KdfParams(memory_kib=memory, iterations=iterations, lanes=base.lanes)
