"""Importing a newer export of the same jrnl or Daylio journal adds what is new, replaces what was
edited, and never duplicates a day's text or touches the person's own writing."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from journal.core.domain.entry import DayEntry
from journal.core.exchange.importing import ImportSource, apply_import, plan_import
from journal.core.journal import Journal

TODAY = dt.date(2026, 11, 24)
DAY = dt.date(2026, 10, 14)


def _jrnl(*entries: tuple[str, str, str]) -> bytes:
    return json.dumps(
        {
            "entries": [
                {"date": "2026-10-14", "time": t, "title": title, "body": body, "tags": []}
                for t, title, body in entries
            ]
        }
    ).encode()


def _daylio(*rows: tuple[str, str]) -> bytes:
    lines = ["full_date,date,weekday,time,mood,activities,scales,note_title,note"]
    lines += [f"2026-10-14,,,{time},good,,,,{note}" for time, note in rows]
    return ("\n".join(lines) + "\n").encode()


def _import(journal: Journal, source: ImportSource, raw: bytes):  # type: ignore[no-untyped-def]
    return apply_import(journal, plan_import(source, raw, today=TODAY))


FILES = {
    ImportSource.JRNL: (
        _jrnl(("08:00", "Morning", "Walked.")),
        _jrnl(("08:00", "Morning", "Walked."), ("21:00", "Evening", "Tired.")),
        _jrnl(("08:00", "Morning", "Walked far."), ("21:00", "Evening", "Tired.")),
    ),
    ImportSource.DAYLIO: (
        _daylio(("08:00", "Walked.")),
        _daylio(("21:00", "Tired."), ("08:00", "Walked.")),
        _daylio(("21:00", "Tired."), ("08:00", "Walked far.")),
    ),
}


@pytest.mark.parametrize("source", list(FILES))
def test_the_same_file_twice_changes_nothing(journal: Journal, source: ImportSource) -> None:
    first, _, _ = FILES[source]
    _import(journal, source, first)
    note = journal.day(DAY).note
    result = _import(journal, source, first)
    assert journal.day(DAY).note == note and result.unchanged == 1 and result.merged_days == 0


@pytest.mark.parametrize("source", list(FILES))
def test_an_entry_added_to_the_file_is_added_once(journal: Journal, source: ImportSource) -> None:
    first, grown, _ = FILES[source]
    _import(journal, source, first)
    _import(journal, source, grown)
    _import(journal, source, grown)
    note = journal.day(DAY).note
    assert note.count("Walked.") == 1 and note.count("Tired.") == 1


@pytest.mark.parametrize("source", list(FILES))
def test_an_edited_entry_replaces_only_its_own_earlier_import(journal: Journal, source: ImportSource) -> None:
    first, grown, edited = FILES[source]
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, note="My own words. Walked."))
    _import(journal, source, first)
    _import(journal, source, grown)
    _import(journal, source, edited)
    note = journal.day(DAY).note
    assert note.startswith("My own words. Walked.")
    assert "Walked far." in note and "Tired." in note
    assert note.replace("My own words. Walked.", "").count("Walked") == 1  # the old import is gone


def test_an_earlier_import_the_person_edited_is_kept_and_the_new_text_added(journal: Journal) -> None:
    first, _, edited = FILES[ImportSource.JRNL]
    _import(journal, ImportSource.JRNL, first)
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, note="Morning\nWalked, and then I wrote more."))
    _import(journal, ImportSource.JRNL, edited)
    note = journal.day(DAY).note
    assert "Walked, and then I wrote more." in note and "Walked far." in note


def test_the_ledger_of_imported_entries_is_sealed_like_everything_else(journal: Journal) -> None:
    from helpers.journals import CANARY

    _import(journal, ImportSource.JRNL, _jrnl(("08:00", CANARY, CANARY)))
    files = journal.files
    journal.close()
    on_disk = b"".join(p.read_bytes() for p in files.data_dir.iterdir() if p.is_file())
    assert CANARY.encode() not in on_disk and b"import_ledger" not in on_disk and b"2026-10-14" not in on_disk


def test_the_command_line_says_when_entries_were_already_there(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cli("init")
    source = tmp_path / "jrnl.json"
    source.write_bytes(FILES[ImportSource.JRNL][1])
    assert cli("import", "jrnl", str(source))[0] == 0
    code, out, _ = cli("import", "jrnl", str(source))
    assert code == 0 and "2 entries imported before had not changed" in out
