"""Key derivation: hostile parameters are refused before any memory is spent; real calibration meets the floor."""

import pytest

from journal.core.crypto import kdf
from journal.core.crypto.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams, calibrate, derive_key
from journal.core.errors import JournalDamagedError


@pytest.mark.parametrize(
    "stored",
    [
        {"memory_kib": 64 * 1024 * 1024, "iterations": 3, "lanes": 4},  # 64 GiB
        {"memory_kib": 65536, "iterations": 10_000, "lanes": 4},
        {"memory_kib": 65536, "iterations": 3, "lanes": 1000},
        {"memory_kib": 0, "iterations": 3, "lanes": 4},
        {"memory_kib": "65536", "iterations": 3, "lanes": 4},
        {"memory_kib": True, "iterations": 3, "lanes": 4},
        {"iterations": 3, "lanes": 4},
    ],
)
def test_absurd_stored_parameters_are_refused_before_derivation(stored: dict, monkeypatch) -> None:
    def must_not_run(**_: object) -> None:
        raise AssertionError("derivation ran with hostile parameters")

    monkeypatch.setattr(kdf, "Argon2id", must_not_run)
    with pytest.raises(JournalDamagedError):
        params = KdfParams.from_dict(stored)
        derive_key("pw", b"\0" * 16, params)


def test_derivation_depends_on_passphrase_salt_and_parameters() -> None:
    cheap = KdfParams(1024, 1, 1)
    base = derive_key("pw", b"\1" * 16, cheap)
    assert base == derive_key("pw", b"\1" * 16, cheap)
    assert base != derive_key("pw2", b"\1" * 16, cheap)
    assert base != derive_key("pw", b"\2" * 16, cheap)
    assert base != derive_key("pw", b"\1" * 16, KdfParams(1024, 2, 1))


def test_real_calibration_never_goes_below_the_floor() -> None:
    """The one test that runs the real parameters (about half a second)."""
    params = calibrate(target_seconds=0.5)
    assert params.memory_kib >= FLOOR_MEMORY_KIB
    assert params.iterations >= FLOOR_ITERATIONS
    params.check_sane()
