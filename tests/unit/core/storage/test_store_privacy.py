"""Nothing personal reaches the disk in clear: not in the database, its WAL/SHM files, or the temp folder."""

import datetime as dt
import tempfile
from pathlib import Path

from sqlalchemy import text

from conftest import CANARY
from journal.core.domain.entry import DayEntry, Measurement, Medication
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.settings import JournalSettings

SECRET_DAY = dt.date(2019, 7, 23)


def files_to_scan(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.rglob("*") if p.is_file()]


def write_canary_everywhere(journal) -> None:
    with journal.transaction() as session:
        journal.save_day(
            session,
            DayEntry(
                date=SECRET_DAY,
                mood=1,
                feelings=(f"{CANARY}-feeling",),
                symptoms={"bleeding": "heavy", "temperature": Measurement(38.4, "C"), f"c_{CANARY[:6].lower()}": 1},
                self_care=(f"{CANARY}-care",),
                medications=(Medication(f"{CANARY}-med", f"{CANARY}-amount"),),
                note=f"note {CANARY}",
                tags=(f"{CANARY}-tag",),
                prompt_ids=(f"{CANARY}-prompt",),
            ),
        )
        journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, SECRET_DAY, f"{CANARY}-label"))
        journal.save_settings(session, JournalSettings(custom_feelings=(f"{CANARY}-own",)))
        journal.save_document(session, "draft", {"note": f"draft {CANARY}"})


def test_canary_in_every_field_is_absent_from_every_file_while_open_and_after(journal, data_dir: Path) -> None:
    write_canary_everywhere(journal)
    needles = [
        CANARY.encode(),
        CANARY.encode("utf-16-le"),
        SECRET_DAY.isoformat().encode(),  # dates are personal too
        SECRET_DAY.strftime("%Y%m%d").encode(),
        b"heavy",
        b"bleeding",
    ]
    sidecars = {p.name for p in data_dir.iterdir()}
    assert "journal.sqlite3-wal" in sidecars, "the WAL file must exist while open, so this test scans it"
    for phase in ("open", "closed"):
        scanned = files_to_scan(data_dir)
        assert scanned
        for path in scanned:
            content = path.read_bytes()
            for needle in needles:
                assert needle not in content, f"{needle!r} found in {path.name} while {phase}"
        if phase == "open":
            journal.close()


def test_temp_folder_gets_no_files_from_the_store(journal, data_dir: Path, tmp_path: Path, monkeypatch) -> None:
    private_temp = tmp_path / "tmp"
    private_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_temp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_temp))
    write_canary_everywhere(journal)
    for n in range(50):
        with journal.transaction() as session:
            journal.save_day(session, DayEntry(SECRET_DAY + dt.timedelta(days=n), note=CANARY * 50))
    journal.search(CANARY)
    assert list(private_temp.iterdir()) == []
    with journal.transaction() as session:  # sorting and indexes spill to memory, never to a temp file
        assert session.execute(text("PRAGMA temp_store")).scalar() == 2


def test_the_journal_and_its_side_files_are_private_to_the_user(journal, data_dir: Path) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(SECRET_DAY, mood=2))
    assert data_dir.stat().st_mode & 0o077 == 0
    files = [p for p in data_dir.iterdir() if p.name.startswith("journal.sqlite3")]
    assert {p.name for p in files} >= {"journal.sqlite3", "journal.sqlite3-wal"}
    for path in files:
        assert path.stat().st_mode & 0o077 == 0, path.name
