"""tools/decrypt_backup.py opens a real backup with only `cryptography` and the standard library."""

from __future__ import annotations

import ast
import json
import sqlite3
import subprocess
import sys
import sys as _sys
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from journal.core.backup.writer import write_backup
from journal.core.domain.codec import entry_to_dict
from journal.core.journal import Journal

TOOL = Path(__file__).resolve().parents[4] / "tools" / "decrypt_backup.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True, timeout=120)


def test_tool_imports_only_cryptography_and_the_standard_library() -> None:
    tree = ast.parse(TOOL.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    outside = {root for root in roots - {"cryptography", "__future__"} if root not in _sys.stdlib_module_names}
    assert outside == set()


@pytest.fixture
def backup_file(demo_journal: Journal, tmp_path: Path) -> Path:
    return write_backup(demo_journal, tmp_path / "demo.rjbackup").path


def test_tool_decrypts_to_json_with_every_day(demo_journal: Journal, backup_file: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    output = tmp_path / "plain.json"
    done = _run(str(backup_file), "-o", str(output), "--secret-file", str(secret))
    assert done.returncode == 0, done.stderr
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["days"] == [entry_to_dict(entry) for entry in demo_journal.days_between()]
    assert len(data["key_dates"]) == len(demo_journal.key_dates())
    assert data["unreadable_rows"] == 0


def test_tool_decrypts_to_sqlite_with_the_recovery_key(make_journal, tmp_path: Path) -> None:
    import datetime as dt

    from journal.core.domain.entry import DayEntry

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
    assert done.returncode == 2 and "does not open" in done.stderr
    assert not output.exists()


def test_tool_refuses_a_damaged_backup(backup_file: Path, tmp_path: Path) -> None:
    data = bytearray(backup_file.read_bytes())
    data[-100] ^= 1
    backup_file.write_bytes(bytes(data))
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    done = _run(str(backup_file), "-o", str(tmp_path / "plain.json"), "--secret-file", str(secret))
    assert done.returncode == 2 and "damaged" in done.stderr
