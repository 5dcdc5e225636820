"""An import writes everything in one transaction or nothing, and says which days merge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers.journals import PASSPHRASE
from helpers.worded import raises_worded
from journal.core.domain.entry import DayEntry
from journal.core.errors import BadInputError, StorageError
from journal.core.exchange.daylio_import import parse_daylio
from journal.core.exchange.import_plan import DayStatus, ImportPlan, ImportProblem
from journal.core.exchange.importing import apply_import, parse_mood_map
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import unlock_with_passphrase

TODAY = dt.date(2026, 11, 24)
HEADER = "full_date,date,weekday,time,mood,activities,scales,note_title,note\n"


def test_preview_marks_existing_days_as_merged(journal: Journal) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(dt.date(2026, 10, 14), note="Mine."))
    plan = parse_daylio((HEADER + "2026-10-14,,,21:40,meh,,,,Theirs.\n2026-10-15,,,21:40,good,,,,\n").encode(),
                        today=TODAY)  # fmt: skip
    assert [(row.date.day, row.status) for row in plan.preview(journal)] == [
        (14, DayStatus.MERGED), (15, DayStatus.NEW)
    ]  # fmt: skip
    result = apply_import(journal, plan)
    assert (result.new_days, result.merged_days) == (1, 1)
    merged = journal.day(dt.date(2026, 10, 14))
    assert merged is not None and merged.note == "Mine.\n\nTheirs." and merged.mood == 3


def test_a_plan_with_problems_writes_nothing(journal: Journal) -> None:
    plan = ImportPlan("daylio", days=(DayEntry(dt.date(2026, 10, 1), mood=3),), problems=(ImportProblem(3, "bad"),))
    with raises_worded(BadInputError, "nothing was imported"):
        apply_import(journal, plan)
    assert journal.dates() == []


def test_a_failure_half_way_rolls_back_every_day(
    journal: Journal, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    days = tuple(DayEntry(dt.date(2026, 10, day), mood=3) for day in range(1, 11))
    plan = ImportPlan("json", days=days)
    original = journal.merge_day
    calls = []

    def failing(session, entry):  # type: ignore[no-untyped-def]
        calls.append(entry.date)
        if len(calls) == 6:
            raise OSError("disk went away")
        return original(session, entry)

    monkeypatch.setattr(journal, "merge_day", failing)
    with pytest.raises(StorageError):
        apply_import(journal, plan)
    assert journal.dates() == []
    journal.close()
    reopened = unlock_with_passphrase(JournalFiles(data_dir), PASSPHRASE)
    try:
        assert reopened.dates() == []  # the five days written before the failure were rolled back on disk
    finally:
        reopened.close()


def test_mood_map_options_are_checked() -> None:
    assert parse_mood_map(["Wobbly=2", "a=b=5"]) == {"wobbly": 2, "a=b": 5}
    for bad in ("wobbly", "=3", "wobbly=0", "wobbly=six"):
        with pytest.raises(BadInputError):
            parse_mood_map([bad])
