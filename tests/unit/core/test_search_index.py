"""The in-memory search index finds exactly what folding each note and testing every term finds.

The reference is the definition itself: `fold_slowly` of each note, every term `in` it. Blocks are
made tiny here so that random notes span many blocks, splits and emptied blocks.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.core import search_index
from journal.core.search import fold_slowly, query_terms
from journal.core.search_index import FoldedNotes

DAY = dt.date(2026, 1, 1)
# ASCII, Latin-1 (with ß, ½, µ that fold longer), combining marks, Greek final sigma, ligatures,
# full-width letters, emoji, and whitespace of several kinds (the newline is the index's separator).
ALPHABET = "aAbBcCeE éÉëßÆ½µ\u0301\u0308ΣσςﬁｆＡ🌱\n\t\u00a0\u2028xyz.,"
notes_text = st.text(alphabet=ALPHABET, max_size=24)
queries = st.text(alphabet=ALPHABET, min_size=1, max_size=6)


@pytest.fixture(autouse=True)
def _tiny_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_index, "BLOCK_CHARS", 40)
    monkeypatch.setattr(search_index, "RECENT_TERMS", 3)


def expected(notes: dict[dt.date, str], query: str, start: dt.date | None, end: dt.date | None) -> list[dt.date]:
    terms = query_terms(query)
    return [
        date
        for date in sorted(notes)
        if terms
        and (start is None or date >= start)
        and (end is None or date <= end)
        and all(term in fold_slowly(notes[date]) for term in terms)
    ]


def found(index: FoldedNotes, query: str, start: dt.date | None = None, end: dt.date | None = None) -> list[dt.date]:
    return index.find(query_terms(query), start, end)


def a_query(data: st.DataObject, notes: dict[dt.date, str]) -> str:
    """Half the time a piece of a note (so most queries find something), else any text."""
    if notes and data.draw(st.booleans()):
        note = data.draw(st.sampled_from(sorted(notes.values())))
        begin = data.draw(st.integers(0, len(note)))
        return note[begin : begin + data.draw(st.integers(1, 6))] or "a"
    return data.draw(queries)


def a_range(data: st.DataObject) -> tuple[dt.date | None, dt.date | None]:
    start = data.draw(st.none() | st.integers(0, 40).map(lambda n: DAY + dt.timedelta(days=n)))
    end = data.draw(st.none() | st.integers(0, 40).map(lambda n: DAY + dt.timedelta(days=n)))
    return start, end


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.integers(0, 40).map(lambda n: DAY + dt.timedelta(days=n)), notes_text), st.data())
def test_the_index_finds_what_the_plain_fold_finds(notes: dict[dt.date, str], data: st.DataObject) -> None:
    dates = sorted(notes)
    index = FoldedNotes(dates, [notes[date] for date in dates])
    for _ in range(4):  # later queries may be answered from what blocks remember, or narrowed by it
        query = a_query(data, notes)
        start, end = a_range(data)
        assert found(index, query, start, end) == expected(notes, query, start, end), (query, start, end)
        assert found(index, query) == expected(notes, query, None, None), query


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_saves_and_deletions_keep_the_index_exact(data: st.DataObject) -> None:
    notes = data.draw(st.dictionaries(st.integers(0, 40).map(lambda n: DAY + dt.timedelta(days=n)), notes_text))
    dates = sorted(notes)
    index = FoldedNotes(dates, [notes[date] for date in dates])
    for _ in range(data.draw(st.integers(1, 25))):
        date = DAY + dt.timedelta(days=data.draw(st.integers(0, 40)))
        if data.draw(st.booleans()):
            notes[date] = data.draw(notes_text)
            index.put(date, notes[date])
        else:
            notes.pop(date, None)
            index.remove(date)
        query = a_query(data, notes)
        start, end = a_range(data)
        assert found(index, query, start, end) == expected(notes, query, start, end), (query, start, end)
    assert len(index) == len(notes)


def test_a_typed_word_is_looked_for_in_the_notes_that_held_its_beginning() -> None:
    dates = [DAY + dt.timedelta(days=n) for n in range(6)]
    notes = ["gar", "garage", "Garden", "a GARDEN party", "gardener", "nothing"]
    index = FoldedNotes(dates, notes)
    assert found(index, "gar") == dates[:5]
    assert found(index, "gard") == [dates[2], dates[3], dates[4]]
    assert found(index, "garden party") == [dates[3]]
    index.put(dates[5], "garden again")
    assert found(index, "garden") == [dates[2], dates[3], dates[4], dates[5]]
    index.put(dates[4], "no longer")
    assert found(index, "garden") == [dates[2], dates[3], dates[5]]


def test_a_remembered_term_that_falls_out_is_forgotten_by_every_block() -> None:
    dates = [DAY + dt.timedelta(days=n) for n in range(8)]
    index = FoldedNotes(dates, [f"note {n} with some words" for n in range(8)])
    for term in ("note", "with", "some", "words", "note"):
        found(index, term)
    assert len(index._blocks) > 1
    for block in index._blocks:  # three at most: the oldest two ("note" the first time, then "with") went
        assert set(block.found) == {"some", "words", "note"}
