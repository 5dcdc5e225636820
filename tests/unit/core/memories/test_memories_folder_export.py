"""Export everything to a folder and read it back: days, key dates, memory pages and attachments."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from helpers.pictures import pdf_letter, png, qt_picture
from helpers.worded import raises_worded
from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.errors import BadInputError
from journal.core.memories.folder_export import export_to_folder, import_from_folder
from journal.core.memories.model import MemoryPage, OwnerKind

DAY = dt.date(2026, 3, 14)
TODAY = dt.date(2026, 6, 1)


def _fill(journal):
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(date=DAY, mood=2, note="Hard day"))
        loss = journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, DAY, "Our loss"))
        journal.memories.save_page(session, MemoryPage("", loss.id, name="Robin", remember=("Small hands",)))
        journal.memories.add_attachment(
            session, png(), file_name="scan.png", date=DAY, owner=OwnerKind.MEMORY, owner_id=loss.id, caption="Scan"
        )
        journal.memories.add_attachment(session, qt_picture("jpeg"), file_name="garden.jpg", date=DAY)
        journal.memories.add_attachment(
            session, pdf_letter(), file_name="letter.pdf", date=DAY, owner=OwnerKind.KEY_DATE, owner_id=loss.id
        )


def _summary(journal) -> dict:
    with journal.transaction() as session:
        files = {
            a.id: (a.file_name, a.caption, a.owner, a.owner_id, a.date, journal.memories.read_content(session, a.id))
            for a in journal.memories.attachments()
        }
    return {
        "days": [(d.date, d.note) for d in journal.days_between()],
        "key_dates": [(k.id, k.label) for k in journal.key_dates()],
        "pages": [(p.id, p.loss_id, p.name, p.remember) for p in journal.memories.pages()],
        "files": files,
    }


def test_a_folder_export_round_trips_into_a_new_journal(journal, make_journal, tmp_path: Path) -> None:
    _fill(journal)
    done = export_to_folder(journal, tmp_path / "out", today=TODAY)
    assert done.attachments == 3
    data = json.loads((tmp_path / "out" / "journal.json").read_text())
    assert all((tmp_path / "out" / a["file"]).is_file() for a in data["attachments"])
    other, _ = make_journal(directory=tmp_path / "other")
    result, added = import_from_folder(other, tmp_path / "out", today=TODAY)
    assert added == 3 and result.new_days == 1
    assert _summary(other) == _summary(journal)
    assert import_from_folder(other, tmp_path / "out", today=TODAY)[1] == 0  # a second import adds nothing


def test_a_changed_or_missing_file_imports_nothing(journal, make_journal, tmp_path: Path) -> None:
    _fill(journal)
    export_to_folder(journal, tmp_path / "out", today=TODAY)
    data = json.loads((tmp_path / "out" / "journal.json").read_text())
    victim = tmp_path / "out" / data["attachments"][0]["file"]
    victim.write_bytes(victim.read_bytes() + b"x")
    other, _ = make_journal(directory=tmp_path / "other")
    with raises_worded(BadInputError, "changed since the export"):
        import_from_folder(other, tmp_path / "out", today=TODAY)
    victim.unlink()
    with raises_worded(BadInputError, "missing"):
        import_from_folder(other, tmp_path / "out", today=TODAY)
    assert other.days_between() == [] and other.memories.attachments() == []


def test_a_file_outside_the_folder_is_refused(journal, make_journal, tmp_path: Path) -> None:
    _fill(journal)
    export_to_folder(journal, tmp_path / "out", today=TODAY)
    path = tmp_path / "out" / "journal.json"
    data = json.loads(path.read_text())
    data["attachments"][0]["file"] = "../../secret.png"
    path.write_text(json.dumps(data))
    other, _ = make_journal(directory=tmp_path / "other")
    with raises_worded(BadInputError, "attachments folder"):
        import_from_folder(other, tmp_path / "out", today=TODAY)


def test_an_export_goes_only_into_a_new_or_empty_folder(journal, tmp_path: Path, data_dir: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    with raises_worded(BadInputError, "new or empty"):
        export_to_folder(journal, tmp_path / "full", today=TODAY)
    with pytest.raises(BadInputError):
        export_to_folder(journal, data_dir, today=TODAY)
