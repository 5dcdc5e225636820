#!/usr/bin/env python3
"""Decrypt a Recovery Journal backup to a plain SQLite file or JSON, without the app.

Needs only Python 3.11+ and the `cryptography` package (pip install cryptography). Your data is
yours: this script reads the backup format described in docs/RECOVERY.md, so the app is never
the only way to get it back.

    python decrypt_backup.py BACKUP.rjbackup -o journal.json
    python decrypt_backup.py BACKUP.rjbackup -o journal-plain.sqlite3 --format sqlite
    python decrypt_backup.py BACKUP.rjbackup -o journal.json --recovery-key

The passphrase (or recovery key) is asked for without showing it, or read from the file given
with --secret-file. The output holds your journal in plain text: keep it somewhere private and
delete it when you no longer need it.
"""

from __future__ import annotations

import argparse
import base64
import getpass
import hashlib
import hmac
import json
import sqlite3
import struct
import sys
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"RJBACKUP"
SUPPORTED_VERSION = 1
PREFIX = struct.Struct(">8sHI")
TAG = 16
TABLES = ("day_entries", "key_dates", "documents")
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class Refused(Exception):
    """A plain reason the backup cannot be decrypted."""


def read_envelope(data: bytes) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    """(header, covered bytes, mac, body) after checking shape, version, length and checksum."""
    if len(data) < PREFIX.size or not data.startswith(MAGIC):
        raise Refused("this file is not a Recovery Journal backup")
    _magic, version, header_length = PREFIX.unpack_from(data)
    if version > SUPPORTED_VERSION:
        raise Refused(f"this backup has format {version}; this script reads format {SUPPORTED_VERSION}")
    header_end = PREFIX.size + header_length
    covered = data[:header_end]
    if hashlib.sha256(covered).digest() != data[header_end : header_end + 32]:
        raise Refused("the start of the backup is damaged")
    header = json.loads(data[PREFIX.size : header_end])
    chunks = max(1, -(-header["plain_size"] // header["chunk_size"]))
    body = data[header_end + 64 :]
    if len(body) != header["plain_size"] + TAG * chunks:
        raise Refused("the backup is cut short or has extra bytes at the end")
    return header, covered, data[header_end + 32 : header_end + 64], body


def recovery_key_bytes(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(str.maketrans("ILOU", "110V"))
    if len(cleaned) != 52 or any(ch not in _CROCKFORD for ch in cleaned):
        raise Refused("a recovery key has 52 letters and digits in 13 groups")
    raw = base64.b32decode(cleaned.translate(str.maketrans(_CROCKFORD, _BASE32)) + "====")
    if hashlib.sha256(raw[:30]).digest()[:2] != raw[30:]:
        raise Refused("one of the recovery key's characters is not right")
    return raw


def unwrap_data_key(header: dict[str, Any], secret: str, is_recovery_key: bool) -> bytes:
    journal_id = bytes.fromhex(header["journal_id"])
    kind = "recovery" if is_recovery_key else "passphrase"
    slot = header["slots"][kind]
    salt = bytes.fromhex(slot["salt"])
    if is_recovery_key:
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"rj-recovery-v1")
        wrapping_key = hkdf.derive(recovery_key_bytes(secret))
    else:
        kdf = slot["kdf"]
        if not (8 <= kdf["memory_kib"] <= 2 * 1024 * 1024 and 1 <= kdf["iterations"] <= 64 and 1 <= kdf["lanes"] <= 16):
            raise Refused("the key settings in this backup are out of range")
        wrapping_key = Argon2id(
            salt=salt, length=32, iterations=kdf["iterations"], lanes=kdf["lanes"], memory_cost=kdf["memory_kib"]
        ).derive(secret.encode("utf-8"))
    wrapped = bytes.fromhex(slot["wrapped_key"])
    associated = b"rj-slot-v1|" + journal_id + b"|" + kind.encode()
    try:
        return AESGCM(wrapping_key).decrypt(wrapped[:12], wrapped[12:], associated)
    except InvalidTag:
        what = "recovery key" if is_recovery_key else "passphrase"
        raise Refused(f"that {what} does not open this backup") from None


def open_body(
    header: dict[str, Any], covered: bytes, mac: bytes, body: bytes, data_key: bytes
) -> tuple[dict[str, Any], bytes]:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=64, salt=bytes.fromhex(header["salt"]), info=b"rj-backup-v1")
    material = hkdf.derive(data_key)
    if not hmac.compare_digest(hmac.new(material[:32], covered, hashlib.sha256).digest(), mac):
        raise Refused("the start of the backup was changed")
    aead = AESGCM(material[32:])
    digest = hashlib.sha256(covered).digest()
    step = header["chunk_size"] + TAG
    count = max(1, -(-header["plain_size"] // header["chunk_size"]))
    pieces = []
    for index in range(count):
        nonce = b"\0\0\0\0" + struct.pack(">Q", index)
        associated = digest + struct.pack(">QB", index, 1 if index == count - 1 else 0)
        try:
            pieces.append(aead.decrypt(nonce, body[index * step : (index + 1) * step], associated))
        except InvalidTag:
            raise Refused(f"part {index + 1} of the backup is damaged") from None
    plaintext = b"".join(pieces)
    (info_length,) = struct.unpack_from(">I", plaintext)
    info = json.loads(plaintext[4 : 4 + info_length])
    return info, plaintext[4 + info_length :]


def open_rows(image: bytes, journal_id: bytes, data_key: bytes) -> tuple[dict[str, list[dict[str, Any]]], int]:
    """Every row of the journal inside the image, decrypted; and how many could not be opened."""
    connection = sqlite3.connect(":memory:")
    connection.deserialize(image)
    aead = AESGCM(data_key)
    opened: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
    unreadable = 0
    for table in TABLES:
        for row_id, version, sealed in connection.execute(f"SELECT id, version, sealed FROM {table}"):
            associated = b"|".join((b"rj-row-v1", journal_id, table.encode(), row_id.encode(), str(version).encode()))
            try:
                padded = aead.decrypt(sealed[:12], sealed[12:], associated)
                stripped = padded.rstrip(b"\0")
                if not stripped.endswith(b"\x80"):
                    raise ValueError("padding")
                opened[table].append(json.loads(stripped[:-1].decode("utf-8")))
            except (InvalidTag, ValueError):
                unreadable += 1
    connection.close()
    return opened, unreadable


def decrypt(data: bytes, secret: str, is_recovery_key: bool) -> dict[str, Any]:
    header, covered, mac, body = read_envelope(data)
    data_key = unwrap_data_key(header, secret, is_recovery_key)
    info, image = open_body(header, covered, mac, body, data_key)
    rows, unreadable = open_rows(image, bytes.fromhex(header["journal_id"]), data_key)
    return {
        "format": "recovery-journal-backup-decrypted",
        "backup_created_at": info.get("created_at"),
        "days": sorted(rows["day_entries"], key=lambda day: str(day.get("date"))),
        "key_dates": sorted(rows["key_dates"], key=lambda kd: (str(kd.get("date")), str(kd.get("id")))),
        "documents": {doc["name"]: doc.get("body") for doc in rows["documents"] if "name" in doc},
        "unreadable_rows": unreadable,
    }


def write_sqlite(result: dict[str, Any], target: Path) -> None:
    connection = sqlite3.connect(target)
    with connection:
        connection.execute("CREATE TABLE days (date TEXT PRIMARY KEY, entry_json TEXT NOT NULL)")
        connection.execute("CREATE TABLE key_dates (id TEXT PRIMARY KEY, date TEXT, key_date_json TEXT NOT NULL)")
        connection.execute("CREATE TABLE documents (name TEXT PRIMARY KEY, body_json TEXT NOT NULL)")
        connection.execute("CREATE TABLE about (key TEXT PRIMARY KEY, value TEXT)")
        connection.executemany(
            "INSERT INTO days VALUES (?, ?)",
            [(d.get("date"), json.dumps(d, ensure_ascii=False)) for d in result["days"]],
        )
        connection.executemany(
            "INSERT INTO key_dates VALUES (?, ?, ?)",
            [(k.get("id"), k.get("date"), json.dumps(k, ensure_ascii=False)) for k in result["key_dates"]],
        )
        connection.executemany(
            "INSERT INTO documents VALUES (?, ?)",
            [(name, json.dumps(body, ensure_ascii=False)) for name, body in result["documents"].items()],
        )
        connection.executemany(
            "INSERT INTO about VALUES (?, ?)",
            [("backup_created_at", result["backup_created_at"]), ("unreadable_rows", str(result["unreadable_rows"]))],
        )
    connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Decrypt a Recovery Journal backup to plain JSON or SQLite.")
    parser.add_argument("backup", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--format", choices=("json", "sqlite"), default="json")
    parser.add_argument("--recovery-key", action="store_true", help="use the recovery key instead of the passphrase")
    parser.add_argument("--secret-file", type=Path, help="read the passphrase or recovery key from this file")
    arguments = parser.parse_args(argv)
    if arguments.output.exists():
        print(f"decrypt_backup: {arguments.output} already exists; choose a new name.", file=sys.stderr)
        return 1
    if arguments.secret_file:
        secret = arguments.secret_file.read_text(encoding="utf-8").rstrip("\r\n")
    else:
        secret = getpass.getpass("Recovery key: " if arguments.recovery_key else "Passphrase: ")
    try:
        result = decrypt(arguments.backup.read_bytes(), secret, arguments.recovery_key)
    except Refused as reason:
        print(f"decrypt_backup: {reason}. Nothing was written.", file=sys.stderr)
        return 2
    except (KeyError, TypeError, ValueError, struct.error, sqlite3.Error):
        print("decrypt_backup: the backup is damaged. Nothing was written.", file=sys.stderr)
        return 2
    if arguments.format == "json":
        arguments.output.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    else:
        write_sqlite(result, arguments.output)
    print(f"Wrote {len(result['days'])} days to {arguments.output}.")
    if result["unreadable_rows"]:
        print(f"{result['unreadable_rows']} rows could not be read.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
