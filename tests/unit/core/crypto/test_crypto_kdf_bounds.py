"""Stored key settings are bounded by what creation could have chosen, and refused before deriving.

A hostile file with a recomputed (unkeyed) header checksum could otherwise ask for 2 GiB and 64
passes: minutes of work and gigabytes of memory at every unlock, in the app, backups and the tool.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from helpers.journals import PASSPHRASE
from journal.core.crypto import kdf
from journal.core.crypto.kdf import MAX_ITERATIONS, MAX_MEMORY_KIB, KdfParams, calibrate, derive_key
from journal.core.crypto.keyslots import KeySlot
from journal.core.errors import Damage, JournalDamagedError
from journal.core.journal_files import JournalFiles
from journal.core.opening import unlock_with_passphrase
from journal.core.storage.header import JournalHeader


def _set_kdf(database: Path, params: dict[str, int]) -> None:
    """Rewrite the passphrase slot's settings and recompute the header checksum, as an attacker can."""
    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("UPDATE key_slots SET kdf = ? WHERE kind = 'passphrase'", (json.dumps(params),))
        meta = dict(connection.execute("SELECT key, value FROM meta"))
        slots = {}
        for kind, salt, wrapped, stored in connection.execute("SELECT kind, salt, wrapped_key, kdf FROM key_slots"):
            settings = KdfParams(**json.loads(stored)) if stored else None
            slots[kind] = KeySlot(kind, bytes(salt), bytes(wrapped), settings)
        header = JournalHeader(int(meta["format_version"]), 1, bytes.fromhex(meta["journal_id"]), slots)
        connection.execute("UPDATE meta SET value = ? WHERE key = 'header_checksum'", (header.checksum(),))


@pytest.mark.parametrize(
    "params",
    [
        {"memory_kib": 2 * 1024 * 1024, "iterations": 64, "lanes": 4},
        {"memory_kib": MAX_MEMORY_KIB * 2, "iterations": 3, "lanes": 4},
        {"memory_kib": 65536, "iterations": MAX_ITERATIONS + 1, "lanes": 4},
        {"memory_kib": 65536, "iterations": 3, "lanes": 17},
    ],
    ids=["the accepted ceiling of before", "memory", "iterations", "lanes"],
)
def test_costly_settings_are_refused_before_anything_is_derived(make_journal, data_dir: Path, monkeypatch, params):  # type: ignore[no-untyped-def]
    journal, _ = make_journal()
    journal.close()
    _set_kdf(JournalFiles(data_dir).database_path, params)
    monkeypatch.setattr(kdf, "Argon2id", lambda **_: pytest.fail("derived with hostile settings"))
    with pytest.raises(JournalDamagedError) as refused:
        unlock_with_passphrase(JournalFiles(data_dir), PASSPHRASE)
    assert refused.value.problem is Damage.TOO_COSTLY and refused.value.exit_code == 3


def test_the_command_line_says_so_with_exit_3(cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("init")[0] == 0
    _set_kdf(data_dir / "journal.sqlite3", {"memory_kib": 2 * 1024 * 1024, "iterations": 64, "lanes": 4})
    code, _, err = cli("list")
    assert code == 3 and "more memory or time" in err and "Traceback" not in err


def test_running_out_of_memory_while_deriving_says_the_same(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    class Hungry:
        def __init__(self, **_: object) -> None:
            pass

        def derive(self, _secret: bytes) -> bytes:
            raise MemoryError

    monkeypatch.setattr(kdf, "Argon2id", Hungry)
    with pytest.raises(JournalDamagedError) as refused:
        derive_key("secret", b"\0" * 16, KdfParams(1024, 1, 1))
    assert refused.value.problem is Damage.TOO_COSTLY


def test_calibration_never_chooses_settings_the_bounds_refuse(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(kdf.time, "perf_counter", iter([0.0, 1e-9]).__next__)  # an impossibly fast machine
    chosen = calibrate()
    assert chosen.memory_kib == MAX_MEMORY_KIB and chosen.iterations == MAX_ITERATIONS
    chosen.check_sane()
