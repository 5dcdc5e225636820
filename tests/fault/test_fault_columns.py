"""Column-level damage to every table: wrong types, NULLs, missing and extra rows.

Each mutation is applied to a fresh copy of one small journal, with the table's constraints
stripped first (an attacker rewrites the schema as easily as a value). Then the reading commands
run against it. Whatever the damage, each command ends with an exit code and, when it refuses,
one plain line, never a traceback; and the journal's bytes are as they were (these commands only
read, so that holds for a refusal and for a success alike).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from helpers.journals import CANARY
from journal.cli.main import run_command_line
from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.journal_files import JournalFiles
from journal.core.storage.tables import Base

TABLES = {name: [column.name for column in table.columns] for name, table in Base.metadata.tables.items()}
VALUES: list[object] = [None, 0, -1, 2**62, 1.5, "", "text", b"", b"\x00" * 5, b"\xff" * 80]
Mutation = Callable[[sqlite3.Connection], None]


def _strip_constraints(connection: sqlite3.Connection, table: str) -> None:
    connection.execute(f"ALTER TABLE {table} RENAME TO {table}_old")
    connection.execute(f"CREATE TABLE {table} AS SELECT * FROM {table}_old")
    connection.execute(f"DROP TABLE {table}_old")


def _mutations() -> Iterator[tuple[str, Mutation]]:
    for table, columns in TABLES.items():
        for column in columns:
            for value in VALUES:

                def set_value(connection: sqlite3.Connection, table=table, column=column, value=value) -> None:
                    _strip_constraints(connection, table)
                    connection.execute(f"UPDATE {table} SET {column} = ?", (value,))

                yield f"{table}.{column}={value!r:.12}", set_value

        def no_rows(connection: sqlite3.Connection, table=table) -> None:
            connection.execute(f"DELETE FROM {table}")

        def extra_row(connection: sqlite3.Connection, table=table, columns=columns) -> None:
            _strip_constraints(connection, table)
            connection.execute(f"INSERT INTO {table} SELECT * FROM {table} LIMIT 1")  # the same row twice

        def junk_row(connection: sqlite3.Connection, table=table, columns=columns) -> None:
            _strip_constraints(connection, table)
            connection.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                [b"\x01" * (7 + index) if index % 2 else "junk" for index in range(len(columns))],
            )

        def no_table(connection: sqlite3.Connection, table=table) -> None:
            connection.execute(f"DROP TABLE {table}")

        yield f"{table}: no rows", no_rows
        yield f"{table}: a row twice", extra_row
        yield f"{table}: a junk row", junk_row
        yield f"{table}: no table", no_table


MUTATIONS = list(_mutations())
COMMANDS = [["list"], ["show", "--date", "2026-10-02"], ["search", "note"], ["export", "json", "-o", "{out}"]]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from helpers.journals import CHEAP_KDF, PASSPHRASE
    from journal.core.opening import create_journal

    folder = tmp_path_factory.mktemp("template") / "data"
    journal, _ = create_journal(JournalFiles(folder), PASSPHRASE, CHEAP_KDF)
    with journal.transaction() as session:
        for offset in range(3):
            journal.save_day(session, DayEntry(dt.date(2026, 10, 1 + offset), mood=3, note=f"{CANARY} note"))
        journal.save_key_date(session, KeyDate(id="loss", kind=KeyDateKind.LOSS, date=dt.date(2026, 9, 30)))
        journal.save_document(session, "settings_extra", {"a": 1})
    journal.close()
    return folder


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_every_table_and_column_is_covered() -> None:
    assert {"meta", "key_slots", "day_entries", "key_dates", "documents", "manifest"} <= set(TABLES)
    assert len(MUTATIONS) >= len(TABLES) * 4 + sum(len(c) for c in TABLES.values()) * len(VALUES)


@pytest.mark.parametrize("mutation", [m[1] for m in MUTATIONS], ids=[m[0] for m in MUTATIONS])
def test_damage_to_any_column_gives_a_plain_answer_and_changes_nothing(
    template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, mutation
) -> None:
    from helpers.journals import PASSPHRASE

    monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    with contextlib.closing(sqlite3.connect(folder / "journal.sqlite3")) as connection, connection:
        mutation(connection)
    for command in COMMANDS:
        before = _fingerprint(folder)
        argv = [part.format(out=tmp_path / "out.json") for part in command]
        code = run_command_line(["--data-dir", str(folder), *argv])
        captured = capsys.readouterr()
        assert code in (0, 1, 3), (command, code, captured.err)
        assert "Traceback" not in captured.err and CANARY not in captured.err
        if code != 0:
            lines = captured.err.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("journal: "), (command, captured.err)
        assert _fingerprint(folder).get("journal.sqlite3") == before.get("journal.sqlite3"), command
        (tmp_path / "out.json").unlink(missing_ok=True)
