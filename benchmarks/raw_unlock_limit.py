"""The hardware's limit for unlocking, excluding the key derivation: what any reader of the same
sealed rows must do at least. Read every sealed row with `sqlite3`, open it with AES-GCM under its
associated data, strip the padding and decode its JSON; build nothing else. The cycle collector is
paused while it reads (as the app's unlock pauses it): a collection that walks the decoded rows is
Python's overhead, not the hardware's, and a fair limit does not pay for it.

    python benchmarks/raw_unlock_limit.py JOURNAL.sqlite3 JOURNAL_ID_HEX DATA_KEY_HEX

`bench_scaling.py` calls `read_all` in-process, alternating with the app's own unlock.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import sys
import time
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from journal.core.storage.table_names import MANIFEST_TABLE, SEALED_TABLE_NAMES

TABLES = (*SEALED_TABLE_NAMES, MANIFEST_TABLE)


def read_all(database_path: str, journal_id: bytes, data_key: bytes) -> list[Any]:
    """Every sealed row's payload, decoded; the minimum an unlock has to do."""
    aead = AESGCM(data_key)
    decrypt, loads = aead.decrypt, json.loads
    prefix = b"rj-row-v1|" + journal_id + b"|"
    payloads = []
    collecting = gc.isenabled()
    gc.disable()
    connection = sqlite3.connect(f"file:{database_path}?mode=ro", uri=True)
    try:
        for table in TABLES:
            table_prefix = prefix + table.encode() + b"|"
            for row_id, version, sealed in connection.execute(f"SELECT id, version, sealed FROM {table}"):
                associated = table_prefix + row_id.encode() + b"|" + str(version).encode()
                body = decrypt(sealed[:12], sealed[12:], associated)
                payloads.append(loads(body[: body.rindex(b"\x80")]))
    finally:
        connection.close()
        if collecting:
            gc.enable()
    return payloads


if __name__ == "__main__":
    started = time.perf_counter()
    rows = read_all(sys.argv[1], bytes.fromhex(sys.argv[2]), bytes.fromhex(sys.argv[3]))
    print(f"{len(rows)} rows in {(time.perf_counter() - started) * 1000:.1f} ms")
