"""The recovery key: 240 random bits plus a 16-bit check, written as 13 groups of 4 characters.

It is shown once at creation. The check lets the app say "a character is wrong" instead of
"wrong key" when someone copies it by hand; Crockford's alphabet avoids I, L, O and U.
"""

from __future__ import annotations

import base64
import hashlib
import os

from journal.core.errors import BadInputError, InputProblem

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_STD = str.maketrans(_ALPHABET, _STD)
_FROM_STD = str.maketrans(_STD, _ALPHABET)
_LOOKALIKES = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})
RANDOM_BYTES = 30
GROUP = 4


def generate_recovery_key() -> str:
    body = os.urandom(RANDOM_BYTES)
    return format_recovery_key(body + hashlib.sha256(body).digest()[:2])


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=").translate(_FROM_STD)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def recovery_key_bytes(text: str) -> bytes:
    """The 32 bytes behind a typed recovery key; spaces, dashes and case do not matter."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_LOOKALIKES)
    if len(cleaned) != 52 or any(ch not in _ALPHABET for ch in cleaned):
        raise BadInputError("recovery key", InputProblem.RECOVERY_KEY_SHAPE)
    standard = cleaned.translate(_TO_STD) + "===="
    raw = base64.b32decode(standard)
    if hashlib.sha256(raw[:RANDOM_BYTES]).digest()[:2] != raw[RANDOM_BYTES:]:
        raise BadInputError("recovery key", InputProblem.RECOVERY_KEY_TYPO)
    return raw
