"""Child process for the attach kill test: attaches pictures in a loop, printing "ACK i" after each commit.

    python attach_target.py DATA_DIR PASSPHRASE START

Picture i is deterministic (`picture(i)`), so the parent can check every acknowledged one byte for byte.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import struct
import sys
import zlib
from pathlib import Path


def picture(index: int) -> bytes:
    """A valid PNG of 0.5-2.5 MB whose bytes depend only on `index`."""
    size = 512 * 1024 + (index * 397_123) % (2 * 1024 * 1024)
    seed = hashlib.sha256(str(index).encode()).digest()
    noise = (seed * (size // 32 + 1))[:size]

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"zzZz", noise)
        + chunk(b"IDAT", zlib.compress(b"\x00" + b"\x10" * 6 + b"\x00" + b"\x20" * 6))
        + chunk(b"IEND", b"")
    )


def main() -> None:
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import unlock_with_passphrase

    data_dir, passphrase, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    journal = unlock_with_passphrase(JournalFiles(data_dir), passphrase)
    print("READY", flush=True)
    index = start
    while True:
        with journal.transaction() as session:
            journal.memories.add_attachment(
                session, picture(index), file_name=f"p{index}.png", date=dt.date(2026, 1, 1), caption=str(index)
            )
        print(f"ACK {index}", flush=True)
        index += 1


if __name__ == "__main__":
    main()
