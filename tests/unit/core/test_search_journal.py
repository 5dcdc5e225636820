"""The journal builds its search index once, keeps it up to date on every save, and drops it on lock."""

from __future__ import annotations

import datetime as dt
import gc
import re
import weakref
from pathlib import Path

import pytest

from helpers.journals import unlock_again
from journal.core import journal as journal_module
from journal.core.domain.entry import DayEntry
from journal.core.journal import Journal
from journal.core.search_index import FoldedNotes

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[FoldedNotes]:
    """Every index the journal builds, in order (weakly held by nothing else)."""
    made: list[FoldedNotes] = []

    class Counted(FoldedNotes):
        def __init__(self, dates: list[dt.date], notes: list[str]) -> None:
            super().__init__(dates, notes)
            made.append(self)

    monkeypatch.setattr(journal_module, "FoldedNotes", Counted)
    return made


def save(journal: Journal, *entries: DayEntry) -> None:
    with journal.transaction() as session:
        for entry in entries:
            journal.save_day(session, entry)


def dates_found(journal: Journal, query: str, start: dt.date | None = None, end: dt.date | None = None) -> list:
    return [entry.date for entry in journal.search(query, start, end)]


def test_the_first_search_builds_the_index_and_saves_update_it(journal: Journal, built: list) -> None:
    save(journal, *(DayEntry(DAY + dt.timedelta(days=n), note=f"Walked to the Café, day {n}") for n in range(30)))
    assert built == []  # nothing is folded until someone searches; every word must be in the note
    assert dates_found(journal, "cafe day 2") == [
        DAY + dt.timedelta(days=n) for n in (29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 12, 2)
    ]
    save(
        journal,
        DayEntry(DAY + dt.timedelta(days=2), note="stayed home"),
        DayEntry(DAY - dt.timedelta(days=1), note="CAFÉ day 2 before"),
    )
    assert dates_found(journal, "café day 2", end=DAY + dt.timedelta(days=20)) == [
        DAY + dt.timedelta(days=20),
        DAY + dt.timedelta(days=12),
        DAY - dt.timedelta(days=1),
    ]
    assert dates_found(journal, "stayed") == [DAY + dt.timedelta(days=2)]
    with journal.transaction() as session:
        journal.delete_day(session, DAY + dt.timedelta(days=2))
        journal.save_day(session, DayEntry(DAY + dt.timedelta(days=40), mood=3))  # no note at all
    assert dates_found(journal, "stayed") == [] and dates_found(journal, "day 29") == [DAY + dt.timedelta(days=29)]
    assert len(built) == 1  # updated in place, never built again


def test_a_save_that_does_not_commit_leaves_the_index_as_it_was(journal: Journal, built: list) -> None:
    save(journal, DayEntry(DAY, note="first words"))
    assert dates_found(journal, "first") == [DAY]
    with pytest.raises(RuntimeError), journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, note="second words"))
        raise RuntimeError("the write fails before it commits")
    assert dates_found(journal, "first") == [DAY] and dates_found(journal, "second") == []
    assert len(built) == 1


def test_locking_drops_the_index_and_a_new_unlock_builds_a_fresh_one(
    journal: Journal, built: list, data_dir: Path
) -> None:
    save(journal, DayEntry(DAY, note="something private, hush"))
    assert dates_found(journal, "private") == [DAY] and dates_found(journal, "hush") == [DAY]
    gone = weakref.ref(built.pop())
    journal.lock()
    gc.collect()
    assert gone() is None  # nothing holds the folded notes (or the words searched) after lock
    patterns = [str(found.pattern) for found in gc.get_objects() if isinstance(found, re.Pattern)]
    assert not any("hush" in pattern for pattern in patterns)  # short words are searched with `re`
    assert journal.search("private") == []
    again = unlock_again(journal, data_dir)
    try:
        assert dates_found(again, "PRIVATE") == [DAY] and len(built) == 1
    finally:
        again.close()


def test_a_write_committed_on_another_thread_lets_go_of_the_index_instead_of_changing_it(
    journal: Journal, built: list
) -> None:
    import threading

    save(journal, DayEntry(DAY, note="first walk"))
    assert dates_found(journal, "walk") == [DAY]
    first = built[0]
    before = first.find(["walk"])

    def sync_round() -> None:  # as a sync round commits in the app's pool
        save(journal, DayEntry(DAY + dt.timedelta(days=1), note="second walk"))
        with journal.transaction() as session:
            journal.delete_day(session, DAY)

    worker = threading.Thread(target=sync_round)
    worker.start()
    worker.join()
    assert first.find(["walk"]) == before  # a search holding the old index still reads a whole one
    assert dates_found(journal, "walk") == [DAY + dt.timedelta(days=1)]
    assert len(built) == 2  # folded again on the main thread
