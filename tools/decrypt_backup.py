#!/usr/bin/env python3
"""Decrypt a Recovery Journal backup to a plain SQLite file or JSON, without the app.

Needs only Python 3.11+ and the `cryptography` package (pip install cryptography). Your data is
yours: this script reads the backup format described in docs/RECOVERY.md, so the app is never
the only way to get it back.

    python decrypt_backup.py BACKUP.rjbackup -o journal.json
    python decrypt_backup.py BACKUP.rjbackup -o journal-plain.sqlite3 --format sqlite
    python decrypt_backup.py BACKUP.rjbackup -o journal.json --recovery-key
    python decrypt_backup.py BACKUP.rjbackup -o journal.json --attachments pictures/

The passphrase (or recovery key) is asked for without showing it, or read from the file given
with --secret-file. The output holds your journal in plain text: it is created readable only by
you, an existing file is replaced only with --force, and you should keep it somewhere private and
delete it when you no longer need it.

Exit codes: 0 done, 1 a file or secret cannot be used, 2 wrong passphrase or recovery key,
3 the backup is damaged, cut short or from a newer format, 130 stopped with Ctrl+C.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import getpass
import hashlib
import hmac
import json
import os
import sqlite3
import stat
import struct
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

try:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
except ImportError:
    sys.exit("decrypt_backup: this needs the cryptography package, 44 or newer: pip install --upgrade cryptography")

MAGIC = b"RJBACKUP"
SUPPORTED_VERSION = 1
PREFIX = struct.Struct(">8sHI")
TAG = 16
TABLES = ("day_entries", "key_dates", "documents", "care_records", "memory_records")  # care: schema 2+, memory: 3+
CHUNKS_TABLE = "attachment_chunks"  # pictures and documents, sealed in chunks (see open_attachments)
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
MAX_BACKUP_BYTES = 4 * 1024**3
MAX_SECRET_BYTES = 64 * 1024
# The most the app ever chooses for a passphrase's key settings; anything beyond is refused unread.
MAX_KDF_MEMORY_KIB, MAX_KDF_ITERATIONS, MAX_KDF_LANES = 256 * 1024, 32, 16
SALT_BYTES, WRAPPED_KEY_BYTES = 16, 12 + 32 + TAG
TOO_COSTLY = (
    "the key settings in this backup ask for more memory or time than the app ever uses; it was changed or damaged"
)
BAD_INPUT, WRONG_SECRET, DAMAGED, STOPPED = 1, 2, 3, 130
# What reading a header, body or row of the wrong shape raises (a missing key, a string for a number, ...).
SHAPE_ERRORS: tuple[type[Exception], ...] = (
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    ArithmeticError,
    RecursionError,
    struct.error,
    sqlite3.Error,
)


class Refused(Exception):
    """A plain reason the backup cannot be decrypted, and the exit code that goes with it."""

    def __init__(self, reason: str, exit_code: int = DAMAGED) -> None:
        super().__init__(reason)
        self.exit_code = exit_code


class Parser(argparse.ArgumentParser):
    """Usage mistakes exit with 1 (bad input), not argparse's 2, which here means a wrong secret."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(BAD_INPUT, f"decrypt_backup: {message}\n")


def read_regular_file(path: Path, limit: int, what: str) -> bytes:
    """At most `limit` bytes of a regular file: never a folder, a device (/dev/zero) or a pipe."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise Refused(f"{path} is a folder, not a {what}", BAD_INPUT)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(f"{path} is not a file (it is a device or a pipe), so it cannot be a {what}", BAD_INPUT)
        # O_NONBLOCK: should the name become a pipe after the check above, opening it does not hang.
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        with open(os.open(path, flags), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise Refused(f"{path} is not a file, so it cannot be a {what}", BAD_INPUT)
            data = bytearray()
            while len(data) <= limit and (piece := handle.read(min(1024 * 1024, limit + 1 - len(data)))):
                data += piece
    except FileNotFoundError:
        raise Refused(f"there is no {what} at {path}", BAD_INPUT) from None
    except PermissionError:
        raise Refused(f"{path} cannot be read (no permission)", BAD_INPUT) from None
    except OSError as error:
        raise Refused(f"{path} cannot be read ({error.strerror or 'unknown reason'})", BAD_INPUT) from None
    if len(data) > limit:
        raise Refused(f"{path} is far larger than any {what}", BAD_INPUT)
    return bytes(data)


def read_secret_file(path: Path) -> str:
    try:
        text = read_regular_file(path, MAX_SECRET_BYTES, "secret file").decode("utf-8")
    except UnicodeDecodeError:
        raise Refused(f"{path} is not UTF-8 text; save the secret file as UTF-8 and try again", BAD_INPUT) from None
    return text.rstrip("\r\n")


def read_envelope(data: bytes) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    """(header, covered bytes, mac, body) after checking shape, version, length and checksum."""
    if len(data) < PREFIX.size or not data.startswith(MAGIC):
        raise Refused("this file is not a Recovery Journal backup")
    _magic, version, header_length = PREFIX.unpack_from(data)
    if version > SUPPORTED_VERSION:
        raise Refused(f"this backup has format {version}; this script reads format {SUPPORTED_VERSION}")
    header_end = PREFIX.size + header_length
    if len(data) < header_end + 64:
        raise Refused("the backup is cut short")
    covered = data[:header_end]
    if hashlib.sha256(covered).digest() != data[header_end : header_end + 32]:
        raise Refused("the start of the backup is damaged")
    header = json.loads(data[PREFIX.size : header_end])
    chunks = max(1, -(-header["plain_size"] // header["chunk_size"]))
    body = data[header_end + 64 :]
    if len(body) < header["plain_size"] + TAG * chunks:
        raise Refused("the backup is cut short")
    if len(body) > header["plain_size"] + TAG * chunks:
        raise Refused("the backup has extra bytes at the end")
    return header, covered, data[header_end + 32 : header_end + 64], body


def recovery_key_bytes(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(str.maketrans("ILOU", "110V"))
    if len(cleaned) != 52 or any(ch not in _CROCKFORD for ch in cleaned):
        raise Refused("a recovery key has 52 letters and digits in 13 groups", BAD_INPUT)
    raw = base64.b32decode(cleaned.translate(str.maketrans(_CROCKFORD, _BASE32)) + "====")
    if hashlib.sha256(raw[:30]).digest()[:2] != raw[30:]:
        raise Refused("one of the recovery key's characters is not right; check each group", BAD_INPUT)
    return raw


def unwrap_data_key(header: dict[str, Any], secret: str, is_recovery_key: bool) -> bytes:
    journal_id = bytes.fromhex(header["journal_id"])
    kind = "recovery" if is_recovery_key else "passphrase"
    slot = header["slots"][kind]
    salt = bytes.fromhex(slot["salt"])
    wrapped = bytes.fromhex(slot["wrapped_key"])
    if len(salt) != SALT_BYTES or len(wrapped) != WRAPPED_KEY_BYTES:  # damage, not a wrong secret
        raise Refused("the start of the backup is damaged")
    if is_recovery_key:
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"rj-recovery-v1")
        wrapping_key = hkdf.derive(recovery_key_bytes(secret))
    else:
        kdf = slot["kdf"]
        if not all(type(kdf[name]) is int for name in ("memory_kib", "iterations", "lanes")):
            raise Refused("the start of the backup is damaged")
        memory, iterations, lanes = kdf["memory_kib"], kdf["iterations"], kdf["lanes"]
        if memory > MAX_KDF_MEMORY_KIB or iterations > MAX_KDF_ITERATIONS or lanes > MAX_KDF_LANES:
            raise Refused(TOO_COSTLY)
        if iterations < 1 or lanes < 1 or memory < 8 * lanes:
            raise Refused("the start of the backup is damaged")
        try:
            typed = secret.encode("utf-8")
        except UnicodeEncodeError:  # a terminal that is not set to UTF-8
            raise Refused("that passphrase has characters that cannot be read; try --secret-file", BAD_INPUT) from None
        try:
            wrapping_key = Argon2id(
                salt=salt, length=32, iterations=kdf["iterations"], lanes=kdf["lanes"], memory_cost=kdf["memory_kib"]
            ).derive(typed)
        except MemoryError:
            raise Refused(TOO_COSTLY) from None
    associated = b"rj-slot-v1|" + journal_id + b"|" + kind.encode()
    try:
        return AESGCM(wrapping_key).decrypt(wrapped[:12], wrapped[12:], associated)
    except InvalidTag:
        what = "recovery key" if is_recovery_key else "passphrase"
        raise Refused(f"that {what} does not open this backup", WRONG_SECRET) from None


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
    present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in (t for t in TABLES if t in present):  # an older backup lacks the newer tables
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


def open_attachments(
    image: bytes, journal_id: bytes, data_key: bytes, records: list[dict[str, Any]]
) -> dict[str, bytes | None]:
    """Each attachment's original bytes by id (None if damaged).

    Chunk key: HKDF-SHA256 of the data key (no salt, info "rj-attachment-chunks-v1"). Each chunk is
    nonce | AES-256-GCM(chunk) with associated data "rj-chunk-v1|" journal id "|" blob, then the
    index (u64) and 1 for the last chunk (u8), big-endian; the record gives size and SHA-256.
    """
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"rj-attachment-chunks-v1").derive(data_key)
    aead = AESGCM(key)
    connection = sqlite3.connect(":memory:")
    connection.deserialize(image)
    found: dict[str, bytes | None] = {}
    for record in records:
        blob, count = str(record["blob"]), int(record["chunk_count"])
        rows = connection.execute(
            f"SELECT idx, sealed FROM {CHUNKS_TABLE} WHERE blob=? ORDER BY idx", (blob,)
        ).fetchall()
        pieces = []
        try:
            if [index for index, _ in rows] != list(range(count)):
                raise ValueError("chunks missing")
            for index, sealed in rows:
                associated = (
                    b"rj-chunk-v1|" + journal_id + b"|" + blob.encode() + struct.pack(">QB", index, index == count - 1)
                )
                pieces.append(aead.decrypt(sealed[:12], sealed[12:], associated))
            content = b"".join(pieces)[: int(record["size"])]
            if hashlib.sha256(content).hexdigest() != record["sha256"]:
                raise ValueError("digest")
            found[str(record["id"])] = content
        except (InvalidTag, ValueError):
            found[str(record["id"])] = None
    connection.close()
    return found


def decrypt(data: bytes, secret: str, is_recovery_key: bool, *, with_files: bool = False) -> dict[str, Any]:
    """Everything in the backup, opened; `Refused` (never another exception) when it cannot be.

    With `with_files`, "attachment_files" maps each attachment's id to its bytes (None if damaged).
    """
    try:
        header, covered, mac, body = read_envelope(data)
        data_key = unwrap_data_key(header, secret, is_recovery_key)
        info, image = open_body(header, covered, mac, body, data_key)
        rows, unreadable = open_rows(image, bytes.fromhex(header["journal_id"]), data_key)
        result = result_of(info, rows, unreadable)
        if with_files:
            journal_id = bytes.fromhex(header["journal_id"])
            result["attachment_files"] = open_attachments(image, journal_id, data_key, result["attachments"])
        return result
    except SHAPE_ERRORS:  # the header or contents do not have the shape this format promises
        raise Refused("the backup is damaged") from None


def result_of(info: dict[str, Any], rows: dict[str, list[dict[str, Any]]], unreadable: int) -> dict[str, Any]:
    return {
        "format": "recovery-journal-backup-decrypted",
        "backup_created_at": info.get("created_at"),
        "days": sorted(rows["day_entries"], key=lambda day: str(day.get("date"))),
        "key_dates": sorted(rows["key_dates"], key=lambda kd: (str(kd.get("date")), str(kd.get("id")))),
        "documents": {doc["name"]: doc.get("body") for doc in rows["documents"] if "name" in doc},
        "results": _care(rows, "result", "date"),
        "questions": _care(rows, "question", "added_on"),
        "memory_pages": [r for r in rows["memory_records"] if r.get("kind") == "page"],
        "attachments": sorted(
            (r for r in rows["memory_records"] if r.get("kind") == "attachment"),
            key=lambda a: (str(a.get("date")), str(a.get("id"))),
        ),
        "unreadable_rows": unreadable,
    }


JOURNAL_MARKS = ("journal.sqlite3", "journal.lock")  # names that make a folder a journal's own


def in_journal_folder(target: Path) -> bool:
    """Whether `target` (links and `..` resolved) would land in a folder that holds a journal."""
    folder = Path(os.path.realpath(target)).parent
    try:
        with os.scandir(folder) as entries:
            return any(entry.name.startswith(JOURNAL_MARKS) for entry in entries)
    except (OSError, ValueError):
        return False


def _care(rows: dict[str, list[dict[str, Any]]], record: str, date_key: str) -> list[dict[str, Any]]:
    """Test results or appointment questions (rows of `care_records`), oldest first."""
    bodies = [
        row["body"] for row in rows["care_records"] if row.get("record") == record and isinstance(row.get("body"), dict)
    ]
    return sorted(bodies, key=lambda body: (str(body.get(date_key)), str(body.get("id"))))


def check_output(target: Path, force: bool, inputs: list[Path]) -> None:
    """Before asking for the secret: is `target` a name this script may (create and) write?

    Never into a journal's own folder, as the app itself never writes there; an existing file only
    with --force.
    """
    if str(target) in ("", "."):
        raise Refused("give a file name for the output", BAD_INPUT)
    if not os.path.isdir(target) and in_journal_folder(target):
        raise Refused(f"{target} is in a journal's own folder, where nothing else is written; choose another place",
                      BAD_INPUT)  # fmt: skip
    try:
        info = target.lstat()
    except FileNotFoundError:
        if not os.path.isdir(target.parent):
            raise Refused(f"the folder for {target} does not exist", BAD_INPUT) from None
        return
    except OSError as error:
        raise Refused(f"{target} cannot be used ({error.strerror or 'unknown reason'})", BAD_INPUT) from None
    if stat.S_ISDIR(info.st_mode):
        raise Refused(f"{target} is a folder; choose a file name", BAD_INPUT)
    if not force:
        raise Refused(f"{target} already exists; choose a new name, or add --force to replace it", BAD_INPUT)
    if not stat.S_ISREG(info.st_mode):
        raise Refused(f"{target} is not a regular file, so it is not replaced; choose a new name", BAD_INPUT)
    for source in inputs:
        with contextlib.suppress(OSError):
            if os.path.samefile(source, target):
                raise Refused(f"{target} is {source} itself; choose another name for the output", BAD_INPUT)


@contextlib.contextmanager
def private_output(target: Path, force: bool, companions: tuple[str, ...] = ()) -> Iterator[int]:
    """A new, empty `target` only its owner can read, open for writing; removed again if writing fails.

    With `force` an existing regular file of that name is removed first (it can be decrypted again).
    `companions` are suffixes of files the writer may have added beside it (SQLite's "-journal").
    """
    try:
        if force and stat.S_ISREG(os.lstat(target).st_mode):
            os.unlink(target)
    except FileNotFoundError:
        pass
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        raise Refused(f"{target} already exists; choose a new name, or add --force to replace it", BAD_INPUT) from None
    try:
        yield descriptor
    except BaseException:
        for leftover in (str(target), *(f"{target}{suffix}" for suffix in companions)):
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        raise


def write_output(result: dict[str, Any], target: Path, output_format: str, force: bool) -> None:
    """The result as JSON or SQLite at `target`, mode 0600; `Refused` with the reason if it cannot be."""
    try:
        with private_output(target, force, () if output_format == "json" else ("-journal",)) as descriptor:
            if output_format == "json":
                with open(descriptor, "w", encoding="utf-8") as stream:
                    stream.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
            else:
                os.close(descriptor)
                write_sqlite(result, target)
    except OSError as error:
        raise Refused(f"{target} could not be written ({error.strerror or 'unknown reason'})", BAD_INPUT) from None
    except sqlite3.Error as error:
        raise Refused(f"{target} could not be written ({error})", BAD_INPUT) from None


def write_sqlite(result: dict[str, Any], target: Path) -> None:
    connection = sqlite3.connect(target)
    try:
        write_tables(connection, result)
    finally:
        connection.close()


def write_tables(connection: sqlite3.Connection, result: dict[str, Any]) -> None:
    with connection:
        connection.execute("CREATE TABLE days (date TEXT PRIMARY KEY, entry_json TEXT NOT NULL)")
        connection.execute("CREATE TABLE key_dates (id TEXT PRIMARY KEY, date TEXT, key_date_json TEXT NOT NULL)")
        connection.execute("CREATE TABLE documents (name TEXT PRIMARY KEY, body_json TEXT NOT NULL)")
        connection.execute("CREATE TABLE about (key TEXT PRIMARY KEY, value TEXT)")
        connection.execute("CREATE TABLE results (id TEXT PRIMARY KEY, date TEXT, result_json TEXT NOT NULL)")
        connection.execute("CREATE TABLE questions (id TEXT PRIMARY KEY, added_on TEXT, question_json TEXT NOT NULL)")
        for table, date_key in (("results", "date"), ("questions", "added_on")):
            connection.executemany(
                f"INSERT INTO {table} VALUES (?, ?, ?)",
                [(r.get("id"), r.get(date_key), json.dumps(r, ensure_ascii=False)) for r in result[table]],
            )
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


def attachment_file_name(record: dict[str, Any]) -> str:
    """date-id-name: sorted by date, unique, and only the name's last part (never a path)."""
    name = str(record.get("file_name", "")).replace("\\", "/").rsplit("/", 1)[-1].lstrip(".") or "attachment"
    return f"{record.get('date')}-{str(record.get('id'))[:8]}-{name}"


def write_attachment_files(records: list[dict[str, Any]], files: dict[str, bytes | None], folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    damaged = 0
    for record in records:
        content = files.get(str(record["id"]))
        if content is None:
            damaged += 1
            continue
        descriptor = os.open(folder / attachment_file_name(record), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(content)
    print(f"Wrote {len(records) - damaged} attachments to {folder}.")
    if damaged:
        print(f"{damaged} attachments were damaged and could not be written.")


def main(argv: list[str] | None = None) -> int:
    parser = Parser(description="Decrypt a Recovery Journal backup to plain JSON or SQLite.")
    parser.add_argument("backup", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--format", choices=("json", "sqlite"), default="json")
    parser.add_argument("--recovery-key", action="store_true", help="use the recovery key instead of the passphrase")
    parser.add_argument("--secret-file", type=Path, help="read the passphrase or recovery key from this file")
    parser.add_argument("--force", action="store_true", help="replace the output file if it already exists")
    parser.add_argument("--attachments", type=Path, metavar="FOLDER", help="also write pictures and documents here")
    arguments = parser.parse_args(argv)
    try:
        return run(arguments)
    except Refused as reason:
        print(f"decrypt_backup: {reason}. Nothing was written.", file=sys.stderr)
        return reason.exit_code
    except KeyboardInterrupt:
        print("decrypt_backup: stopped. Nothing was written.", file=sys.stderr)
        return STOPPED


def run(arguments: argparse.Namespace) -> int:
    inputs = [arguments.backup, *([arguments.secret_file] if arguments.secret_file else [])]
    check_output(arguments.output, arguments.force, inputs)
    data = read_regular_file(arguments.backup, MAX_BACKUP_BYTES, "backup")
    if arguments.secret_file:
        secret = read_secret_file(arguments.secret_file)
    else:
        try:
            secret = getpass.getpass("Recovery key: " if arguments.recovery_key else "Passphrase: ")
        except EOFError:
            raise Refused("no passphrase or recovery key was given", BAD_INPUT) from None
    if arguments.attachments is not None and arguments.attachments.exists() and any(arguments.attachments.iterdir()):
        raise Refused(f"{arguments.attachments} is not empty; give a new or empty folder", BAD_INPUT)
    result = decrypt(data, secret, arguments.recovery_key, with_files=arguments.attachments is not None)
    files = result.pop("attachment_files", None)
    write_output(result, arguments.output, arguments.format, arguments.force)
    print(f"Wrote {len(result['days'])} days to {arguments.output}.")
    if files is not None:
        write_attachment_files(result["attachments"], files, arguments.attachments)
    if result["unreadable_rows"]:
        print(f"{result['unreadable_rows']} rows could not be read.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
