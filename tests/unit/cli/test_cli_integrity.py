"""The command line names a journal changed outside the app, refuses to save into it, and lets the
person decide with `keep-as-is`; a second writer let in by a removed lock cannot hide its save."""

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from conftest import PASSPHRASE
from journal.core.domain.entry import DayEntry
from journal.core.errors import JournalChangedError
from journal.core.journal_files import JournalFiles
from journal.core.opening import unlock_with_passphrase


def _wipe(data_dir: Path) -> None:
    with contextlib.closing(sqlite3.connect(data_dir / "journal.sqlite3")) as connection, connection:
        for table in ("day_entries", "key_dates", "documents", "manifest"):
            connection.execute(f"DELETE FROM {table}")


def test_a_wiped_journal_is_named_and_saves_wait_for_the_persons_decision(cli, data_dir: Path) -> None:
    cli("init")
    assert cli("add", "--date", "2026-10-13", "--mood", "2", "--note", "A day.")[0] == 0
    _wipe(data_dir)
    code, out, err = cli("list")
    assert "removed outside the app" in err and "not a new journal" in err and "keep-as-is" in err
    assert "Traceback" not in err
    before = (data_dir / "journal.sqlite3").read_bytes()
    code, out, err = cli("add", "--date", "2026-10-14", "--mood", "3")
    assert code == 3 and "nothing new is saved" in err and "Saved" not in out
    assert (data_dir / "journal.sqlite3").read_bytes() == before
    code, out, _ = cli("keep-as-is")
    assert code == 0 and "kept as it is now" in out
    assert cli("add", "--date", "2026-10-14", "--mood", "3")[0] == 0
    code, out, err = cli("list")
    assert code == 0 and out.startswith("2026-10-14") and err == ""


def test_a_deleted_manifest_is_named_at_every_command(cli, data_dir: Path) -> None:
    cli("init")
    cli("add", "--date", "2026-10-13", "--mood", "2")
    with contextlib.closing(sqlite3.connect(data_dir / "journal.sqlite3")) as connection, connection:
        connection.execute("DELETE FROM manifest")
    for _ in range(2):
        code, _, err = cli("show", "--date", "2026-10-13")
        assert code == 0 and "list of entry versions is missing" in err
    assert cli("add", "--date", "2026-10-13", "--mood", "4")[0] == 3


def test_a_command_line_save_while_the_app_is_open_without_its_lock_survives(cli, data_dir: Path) -> None:
    cli("init")
    app = unlock_with_passphrase(JournalFiles(data_dir), PASSPHRASE)  # the app, open
    (data_dir / "journal.lock").unlink()
    code, out, err = cli("add", "--date", "2026-10-13", "--mood", "2", "--note", "From the terminal.")
    assert code == 0, err
    with pytest.raises(JournalChangedError), app.transaction() as session:
        app.save_day(session, DayEntry(dt.date(2026, 10, 12), mood=5))
    app.close()
    code, out, err = cli("show", "--date", "2026-10-13")
    assert code == 0 and "From the terminal." in out and err == ""
