"""Sealing: round trips, fresh nonces, 256-byte buckets, and refusal of anything changed or moved."""

import pytest

from journal.core.crypto.aead import NONCE_BYTES, PAD_BUCKET, SealBroken, Sealer, pad, unpad

KEY = bytes(range(32))


@pytest.mark.parametrize("text", [b"", b"x", b"a" * 255, b"a" * 256, "ünïcødé 🌱".encode() * 300])
def test_seal_round_trips_any_length(text: bytes) -> None:
    sealer = Sealer(KEY)
    assert sealer.open(sealer.seal(text, b"place"), b"place") == text


def test_every_seal_uses_a_fresh_nonce() -> None:
    sealer = Sealer(KEY)
    nonces = {sealer.seal(b"same text", b"same place")[:NONCE_BYTES] for _ in range(200)}
    assert len(nonces) == 200


def test_sealed_lengths_only_reveal_256_byte_buckets() -> None:
    sealer = Sealer(KEY)
    lengths = {len(sealer.seal(b"x" * n, b"p")) for n in range(0, 255)}
    assert lengths == {NONCE_BYTES + PAD_BUCKET + 16}


def test_padding_round_trips_and_rejects_garbage() -> None:
    assert unpad(pad(b"abc\x80\x00")) == b"abc\x80\x00"
    with pytest.raises(SealBroken):
        unpad(b"\x00" * 256)


def test_changed_byte_or_other_place_or_other_key_is_refused() -> None:
    sealer = Sealer(KEY)
    sealed = sealer.seal(b"secret", b"row-1|v1")
    flipped = bytearray(sealed)
    flipped[NONCE_BYTES + 3] ^= 0x01
    with pytest.raises(SealBroken):
        sealer.open(bytes(flipped), b"row-1|v1")
    with pytest.raises(SealBroken):
        sealer.open(sealed, b"row-2|v1")
    with pytest.raises(SealBroken):
        Sealer(bytes(32)).open(sealed, b"row-1|v1")
    with pytest.raises(SealBroken):
        sealer.open(sealed[:10], b"row-1|v1")
