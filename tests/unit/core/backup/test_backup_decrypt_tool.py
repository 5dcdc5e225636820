"""tools/decrypt_backup.py opens a real backup with only `cryptography` and the standard library.

Its output is the journal in plain text, so it is created readable only by its owner and never
replaces a file without --force. Every refusal is one line with its exit code, never a traceback:
1 a file or secret that cannot be used, 2 a wrong secret, 3 a damaged backup.
"""

from __future__ import annotations

import ast
import datetime as dt
import hashlib
import json
import os
import sqlite3
import stat
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from helpers.journals import PASSPHRASE
from journal.core.backup.writer import write_backup
from journal.core.domain.codec import entry_to_dict
from journal.core.domain.entry import DayEntry
from journal.core.journal import Journal

TOOL = Path(__file__).resolve().parents[4] / "tools" / "decrypt_backup.py"
posix_only = pytest.mark.skipif(os.name == "nt", reason="file modes and devices are POSIX")


def _run(*args: str, **options: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True, timeout=120, **options)


def _refused(done: subprocess.CompletedProcess[str], exit_code: int, words: str) -> bool:
    """The tool stopped with `exit_code` and one plain line naming the problem, and no traceback."""
    lines = done.stderr.strip().splitlines()
    return done.returncode == exit_code and len(lines) == 1 and words in lines[0] and "Traceback" not in done.stderr


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_tool_imports_only_cryptography_and_the_standard_library() -> None:
    tree = ast.parse(TOOL.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    outside = {root for root in roots - {"cryptography", "__future__"} if root not in sys.stdlib_module_names}
    assert outside == set()


@pytest.fixture
def backup_file(demo_journal: Journal, tmp_path: Path) -> Path:
    return write_backup(demo_journal, tmp_path / "demo.rjbackup").path


@pytest.fixture
def small_backup(journal: Journal, tmp_path: Path) -> Path:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(date=dt.date(2026, 3, 1), mood=3, note="A quiet day."))
    return write_backup(journal, tmp_path / "small.rjbackup").path


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return secret


def test_tool_decrypts_to_json_with_every_day(demo_journal: Journal, backup_file: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    output = tmp_path / "plain.json"
    done = _run(str(backup_file), "-o", str(output), "--secret-file", str(secret))
    assert done.returncode == 0, done.stderr
    text = output.read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert data["days"] == [entry_to_dict(entry) for entry in demo_journal.days_between()]
    assert len(data["key_dates"]) == len(demo_journal.key_dates())
    assert data["unreadable_rows"] == 0


def test_tool_decrypts_to_sqlite_with_the_recovery_key(make_journal, tmp_path: Path) -> None:
    journal, recovery_key = make_journal()
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(date=dt.date(2026, 3, 1), mood=2, note="Ça va."))
    backup = write_backup(journal, tmp_path / "b.rjbackup").path
    secret = tmp_path / "key.txt"
    secret.write_text(recovery_key.lower(), encoding="utf-8")
    output = tmp_path / "plain.sqlite3"
    done = _run(str(backup), "-o", str(output), "--format", "sqlite", "--recovery-key", "--secret-file", str(secret))
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(output) as connection:
        rows = connection.execute("SELECT date, entry_json FROM days").fetchall()
    assert rows[0][0] == "2026-03-01" and json.loads(rows[0][1])["note"] == "Ça va."


def test_tool_refuses_a_wrong_passphrase_and_writes_nothing(backup_file: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("not it", encoding="utf-8")
    output = tmp_path / "plain.json"
    done = _run(str(backup_file), "-o", str(output), "--secret-file", str(secret))
    assert _refused(done, 2, "that passphrase does not open this backup")
    assert not output.exists()


def test_tool_refuses_a_recovery_key_from_another_journal_with_exit_2(
    small_backup: Path, make_journal, tmp_path: Path
) -> None:
    _other, other_key = make_journal(directory=tmp_path / "other")
    secret = tmp_path / "key.txt"
    secret.write_text(other_key, encoding="utf-8")
    done = _run(str(small_backup), "-o", str(tmp_path / "plain.json"), "--recovery-key", "--secret-file", str(secret))
    assert _refused(done, 2, "that recovery key does not open this backup")


def test_tool_refuses_a_mistyped_recovery_key_as_bad_input(small_backup: Path, tmp_path: Path) -> None:
    secret = tmp_path / "key.txt"
    secret.write_text("ABCD-EFGH", encoding="utf-8")
    done = _run(str(small_backup), "-o", str(tmp_path / "plain.json"), "--recovery-key", "--secret-file", str(secret))
    assert _refused(done, 1, "52 letters and digits")


def test_tool_refuses_a_damaged_backup(backup_file: Path, tmp_path: Path) -> None:
    data = bytearray(backup_file.read_bytes())
    data[-100] ^= 1
    backup_file.write_bytes(bytes(data))
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    output = tmp_path / "plain.json"
    done = _run(str(backup_file), "-o", str(output), "--secret-file", str(secret))
    assert _refused(done, 3, "damaged")
    assert not output.exists()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda data: data[: len(data) // 2], "cut short"),
        (lambda data: data[:20], "cut short"),
        (lambda data: data + b"\0" * 16, "extra bytes"),
        (lambda data: b"PK\x03\x04" + data[4:], "not a Recovery Journal backup"),
        (lambda data: data[:8] + struct.pack(">H", 9) + data[10:], "format 9"),
    ],
    ids=["half", "header only", "extra", "not a backup", "too new"],
)
def test_tool_refuses_a_truncated_or_foreign_backup_with_exit_3(
    small_backup: Path, secret_file: Path, tmp_path: Path, change, words: str
) -> None:
    small_backup.write_bytes(change(small_backup.read_bytes()))
    output = tmp_path / "plain.json"
    assert _refused(_run(str(small_backup), "-o", str(output), "--secret-file", str(secret_file)), 3, words)
    assert not output.exists()


def _backup_with_header(header: bytes) -> bytes:
    """A file whose header checksum is right but whose header is not what format 1 promises."""
    covered = b"RJBACKUP" + struct.pack(">HI", 1, len(header)) + header
    return covered + hashlib.sha256(covered).digest() + b"\0" * 32 + b"\0" * 64


@pytest.mark.parametrize(
    "header",
    [
        b"[]",
        b"{}",
        b"not json",
        b'{"journal_id": "00", "salt": "00", "chunk_size": 0, "plain_size": 48, "slots": {}}',
        b'{"journal_id": "zz", "salt": "00", "chunk_size": 16, "plain_size": 48, "slots": {"passphrase": 1}}',
    ],
    ids=["list", "empty", "not json", "zero chunk size", "wrong types"],
)
def test_tool_refuses_a_header_of_the_wrong_shape_with_exit_3(header: bytes, secret_file: Path, tmp_path: Path) -> None:
    backup = tmp_path / "odd.rjbackup"
    backup.write_bytes(_backup_with_header(header))
    done = _run(str(backup), "-o", str(tmp_path / "plain.json"), "--secret-file", str(secret_file))
    assert _refused(done, 3, "damaged") or _refused(done, 3, "cut short")


@posix_only
@pytest.mark.parametrize("output_format", ["json", "sqlite"])
def test_tool_output_is_readable_only_by_its_owner(
    small_backup: Path, secret_file: Path, tmp_path: Path, output_format: str
) -> None:
    (tmp_path / "out").mkdir()
    output = tmp_path / "out" / f"plain.{output_format}"
    done = _run(str(small_backup), "-o", str(output), "--format", output_format, "--secret-file", str(secret_file))
    assert done.returncode == 0, done.stderr
    assert _mode(output) == 0o600
    assert [p.name for p in output.parent.iterdir()] == [output.name]  # and no journal or temporary file


@pytest.mark.parametrize("output_format", ["json", "sqlite"])
def test_tool_never_replaces_an_existing_file_without_force(
    small_backup: Path, secret_file: Path, tmp_path: Path, output_format: str
) -> None:
    output = tmp_path / "plain.out"
    output.write_text("keep me")
    done = _run(str(small_backup), "-o", str(output), "--format", output_format, "--secret-file", str(secret_file))
    assert _refused(done, 1, "already exists; choose a new name, or add --force")
    assert output.read_text() == "keep me"


@posix_only
@pytest.mark.parametrize("output_format", ["json", "sqlite"])
def test_tool_with_force_replaces_an_existing_file_and_makes_it_private(
    small_backup: Path, secret_file: Path, tmp_path: Path, output_format: str
) -> None:
    output = tmp_path / "plain.out"
    output.write_text("an older decryption")
    output.chmod(0o644)
    args = (str(small_backup), "-o", str(output), "--format", output_format, "--secret-file", str(secret_file))
    done = _run(*args, "--force")
    assert done.returncode == 0, done.stderr
    assert _mode(output) == 0o600
    if output_format == "json":
        assert json.loads(output.read_text(encoding="utf-8"))["days"][0]["note"] == "A quiet day."
    else:
        with sqlite3.connect(output) as connection:
            assert connection.execute("SELECT count(*) FROM days").fetchone() == (1,)


def test_tool_with_force_never_replaces_the_backup_itself_or_a_folder(
    small_backup: Path, secret_file: Path, tmp_path: Path
) -> None:
    original = small_backup.read_bytes()
    done = _run(str(small_backup), "-o", str(small_backup), "--secret-file", str(secret_file), "--force")
    assert _refused(done, 1, "itself")
    assert small_backup.read_bytes() == original
    folder = tmp_path / "a-folder"
    folder.mkdir()
    done = _run(str(small_backup), "-o", str(folder), "--secret-file", str(secret_file), "--force")
    assert _refused(done, 1, "is a folder") and folder.is_dir()


def test_tool_explains_a_missing_backup_or_a_folder_given_as_the_backup(secret_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "plain.json"
    assert _refused(_run(str(tmp_path / "nope.rjbackup"), "-o", str(output)), 1, "there is no backup at")
    assert _refused(_run(str(tmp_path), "-o", str(output), "--secret-file", str(secret_file)), 1, "is a folder")
    assert not output.exists()


@posix_only
@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_tool_refuses_a_device_instead_of_reading_it_forever(
    small_backup: Path, secret_file: Path, tmp_path: Path
) -> None:
    done = _run("/dev/zero", "-o", str(tmp_path / "plain.json"), "--secret-file", str(secret_file))
    assert _refused(done, 1, "is not a file")
    done = _run(str(small_backup), "-o", str(tmp_path / "plain.json"), "--secret-file", "/dev/zero")
    assert _refused(done, 1, "is not a file")


def test_tool_explains_a_secret_file_that_is_not_utf8_missing_or_a_folder(small_backup: Path, tmp_path: Path) -> None:
    output = tmp_path / "plain.json"
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("pässphrase".encode("latin-1"))
    assert _refused(_run(str(small_backup), "-o", str(output), "--secret-file", str(latin)), 1, "is not UTF-8 text")
    missing = str(tmp_path / "missing.txt")
    assert _refused(_run(str(small_backup), "-o", str(output), "--secret-file", missing), 1, "no secret file at")
    assert _refused(_run(str(small_backup), "-o", str(output), "--secret-file", str(tmp_path)), 1, "is a folder")
    assert not output.exists()


@posix_only
@pytest.mark.skipif(os.name != "nt" and os.geteuid() == 0, reason="root can read anything")
def test_tool_explains_a_secret_file_it_may_not_read(small_backup: Path, secret_file: Path, tmp_path: Path) -> None:
    secret_file.chmod(0)
    done = _run(str(small_backup), "-o", str(tmp_path / "plain.json"), "--secret-file", str(secret_file))
    assert _refused(done, 1, "cannot be read (no permission)")


def test_tool_explains_a_missing_output_folder(small_backup: Path, secret_file: Path, tmp_path: Path) -> None:
    done = _run(str(small_backup), "-o", str(tmp_path / "nope" / "plain.json"), "--secret-file", str(secret_file))
    assert _refused(done, 1, "does not exist")


def test_tool_usage_mistakes_exit_with_1_not_the_wrong_secret_code(small_backup: Path) -> None:
    done = _run(str(small_backup))
    assert done.returncode == 1 and "-o/--output" in done.stderr and "Traceback" not in done.stderr


@posix_only
def test_tool_without_a_terminal_or_secret_file_says_so(small_backup: Path, tmp_path: Path) -> None:
    done = _run(str(small_backup), "-o", str(tmp_path / "plain.json"), stdin=subprocess.DEVNULL, start_new_session=True)
    assert done.returncode == 1 and "no passphrase or recovery key was given" in done.stderr
    assert "Traceback" not in done.stderr


def _small_file_limit() -> None:
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG, like a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@posix_only
@pytest.mark.parametrize("output_format", ["json", "sqlite"])
def test_tool_removes_a_half_written_output_when_writing_fails(
    backup_file: Path, secret_file: Path, tmp_path: Path, output_format: str
) -> None:
    (tmp_path / "out").mkdir()
    output = tmp_path / "out" / "plain.out"
    args = (str(backup_file), "-o", str(output), "--format", output_format, "--secret-file", str(secret_file))
    done = _run(*args, preexec_fn=_small_file_limit)
    assert _refused(done, 1, "could not be written")
    assert list(output.parent.iterdir()) == []


def _rewrite_header(backup: Path, change: Any) -> None:
    """Change the clear header and recompute its (unkeyed) checksum, as anyone with the file can."""
    data = backup.read_bytes()
    _magic, version, length = struct.unpack_from(">8sHI", data)
    header = json.loads(data[14 : 14 + length])
    change(header)
    raw = json.dumps(header).encode("ascii")
    covered = b"RJBACKUP" + struct.pack(">HI", version, len(raw)) + raw
    backup.write_bytes(covered + hashlib.sha256(covered).digest() + data[14 + length + 32 :])


def test_tool_refuses_costly_key_settings_before_deriving(
    small_backup: Path, secret_file: Path, tmp_path: Path
) -> None:
    def costly(header: dict[str, Any]) -> None:
        header["slots"]["passphrase"]["kdf"] = {"memory_kib": 2 * 1024 * 1024, "iterations": 64, "lanes": 4}

    _rewrite_header(small_backup, costly)
    done = _run(str(small_backup), "-o", str(tmp_path / "plain.json"), "--secret-file", str(secret_file))
    assert _refused(done, 3, "more memory or time than the app ever uses")
    assert not (tmp_path / "plain.json").exists()


def test_tool_calls_a_damaged_key_slot_damaged_not_a_wrong_passphrase(
    small_backup: Path, secret_file: Path, tmp_path: Path
) -> None:
    def cut(header: dict[str, Any]) -> None:
        header["slots"]["passphrase"]["wrapped_key"] = header["slots"]["passphrase"]["wrapped_key"][:40]

    _rewrite_header(small_backup, cut)
    done = _run(str(small_backup), "-o", str(tmp_path / "plain.json"), "--secret-file", str(secret_file))
    assert _refused(done, 3, "damaged")


@pytest.mark.parametrize("name", ["journal.sqlite3", "journal.lock", "plain.json"])
def test_tool_never_writes_into_a_journal_folder_even_with_force(
    small_backup: Path, secret_file: Path, data_dir: Path, name: str
) -> None:
    assert (data_dir / "journal.sqlite3").exists()
    before = {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()}
    done = _run(str(small_backup), "-o", str(data_dir / name), "--secret-file", str(secret_file), "--force")
    assert _refused(done, 1, "journal's own folder")
    assert {p.name: p.read_bytes() for p in data_dir.iterdir() if p.is_file()} == before
