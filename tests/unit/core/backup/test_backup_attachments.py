"""Backups carry attachments: the check opens every chunk, restore brings them back, and the
stand-alone decrypt tool writes them out as files."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from helpers.journals import PASSPHRASE
from helpers.pictures import pdf_letter, png
from journal.core.backup.reader import open_backup
from journal.core.backup.restore import restore_backup
from journal.core.backup.writer import write_backup
from journal.core.journal_files import JournalFiles
from journal.core.memories.chunks import CHUNK_SIZE
from journal.core.opening import unlock_with_passphrase

TOOL = Path(__file__).resolve().parents[4] / "tools" / "decrypt_backup.py"
DAY = dt.date(2026, 3, 14)


def _with_attachments(journal):
    picture = png(noise=os.urandom(2 * CHUNK_SIZE))
    letter = pdf_letter()
    with journal.transaction() as session:
        journal.memories.add_attachment(session, picture, file_name="scan.png", date=DAY, caption="Scan")
        journal.memories.add_attachment(session, letter, file_name="../letter.pdf", date=DAY)
    return picture, letter


def test_a_backup_checks_every_attachment_and_restores_them(journal, tmp_path: Path) -> None:
    picture, letter = _with_attachments(journal)
    result = write_backup(journal, tmp_path / "b.rjbackup")
    opened = open_backup(result.path, PASSPHRASE)
    assert (opened.report.attachments, opened.report.damaged_attachments) == (2, 0)
    elsewhere = JournalFiles(tmp_path / "restored")
    restore_backup(elsewhere, opened)
    again = unlock_with_passphrase(elsewhere, PASSPHRASE)
    try:
        with again.transaction() as session:
            contents = {a.file_name: again.memories.read_content(session, a.id) for a in again.memories.attachments()}
        assert contents == {"scan.png": picture, "letter.pdf": letter}
    finally:
        again.close()


def test_a_damaged_chunk_in_the_backup_is_counted(journal, tmp_path: Path, data_dir: Path) -> None:
    _with_attachments(journal)
    connection = sqlite3.connect(data_dir / "journal.sqlite3")
    with connection:
        connection.execute("UPDATE attachment_chunks SET sealed = substr(sealed, 1, 40) WHERE idx = 1")
    connection.close()
    opened = open_backup(write_backup(journal, tmp_path / "b.rjbackup").path, PASSPHRASE)
    assert (opened.report.attachments, opened.report.damaged_attachments) == (1, 1)


def test_the_decrypt_tool_writes_attachments_as_files(journal, tmp_path: Path) -> None:
    picture, letter = _with_attachments(journal)
    backup = write_backup(journal, tmp_path / "b.rjbackup").path
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE)
    folder = tmp_path / "files"
    done = subprocess.run(
        [
            sys.executable,
            str(TOOL),
            str(backup),
            "-o",
            str(tmp_path / "j.json"),
            "--secret-file",
            str(secret),
            "--attachments",
            str(folder),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    written = {path.name.split("-", 4)[-1]: path.read_bytes() for path in folder.iterdir()}
    assert written == {"scan.png": picture, "letter.pdf": letter}
    assert all(path.name.startswith(DAY.isoformat()) for path in folder.iterdir())
    data = json.loads((tmp_path / "j.json").read_text())
    assert sorted(a["file_name"] for a in data["attachments"]) == ["letter.pdf", "scan.png"]
    assert "attachment_files" not in data
