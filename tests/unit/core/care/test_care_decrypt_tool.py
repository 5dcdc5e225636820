"""The standalone backup tool also opens results and questions, so none of them is locked inside the app."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import PASSPHRASE
from journal.core.backup.writer import write_backup
from journal.core.care.codec import question_to_dict, result_to_dict
from journal.core.journal import Journal

TOOL = Path(__file__).resolve().parents[4] / "tools" / "decrypt_backup.py"


def _decrypt(backup: Path, output: Path, tmp_path: Path, *extra: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(TOOL), str(backup), "-o", str(output), "--secret-file", str(secret), *extra],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_the_tool_gives_back_every_result_and_question(demo_journal: Journal, tmp_path: Path) -> None:
    backup = write_backup(demo_journal, tmp_path / "demo.rjbackup").path
    _decrypt(backup, tmp_path / "plain.json", tmp_path)
    data = json.loads((tmp_path / "plain.json").read_text(encoding="utf-8"))
    assert data["results"] == [result_to_dict(r) for r in demo_journal.results()]
    assert data["questions"] == [question_to_dict(q) for q in demo_journal.questions()]
    assert data["documents"]["medical_facts"]["rh"] == "negative" and data["unreadable_rows"] == 0
    _decrypt(backup, tmp_path / "plain.sqlite", tmp_path, "--format", "sqlite")
    with sqlite3.connect(tmp_path / "plain.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM results").fetchone()[0] == len(demo_journal.results())
        assert connection.execute("SELECT count(*) FROM questions").fetchone()[0] == len(demo_journal.questions())
