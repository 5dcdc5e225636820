"""Merging a day keeps every new note, unless it is an exact repeat of whole paragraphs already there."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.domain.entry import DayEntry, note_repeats

DAY = dt.date(2026, 11, 1)


@pytest.mark.parametrize(
    ("existing", "new"),
    [
        ("Not ok today.", "ok"),
        ("Not ok today.", "Not ok"),
        ("Cried in the car.\n\nSlept.", "Slept"),
        ("ok.", "ok"),
        ("a b", "a"),
        ("Tired", "tired"),
    ],
)
def test_a_note_found_inside_another_is_still_added(existing: str, new: str) -> None:
    merged = DayEntry(DAY, note=existing).merged_with(DayEntry(DAY, note=new))
    assert merged.note == f"{existing}\n\n{new}"
    assert not note_repeats(existing, new)


@pytest.mark.parametrize(
    ("existing", "new"),
    [
        ("Slept.", "Slept."),
        ("Slept.", "  Slept.\n"),
        ("Mine.\n\nImported.", "Imported."),
        ("Mine.\n\nOne.\n\nTwo.", "One.\n\nTwo."),
    ],
)
def test_only_an_exact_repeat_of_whole_paragraphs_is_left_out(existing: str, new: str) -> None:
    merged = DayEntry(DAY, note=existing).merged_with(DayEntry(DAY, note=new))
    assert merged.note == existing
    assert note_repeats(existing, new)


def test_the_command_line_keeps_the_short_note_and_says_when_it_skipped_a_repeat(cli) -> None:  # type: ignore[no-untyped-def]
    import json

    cli("init")
    assert cli("add", "--date", "2026-11-01", "--note", "Not ok today.")[0] == 0
    code, out, _ = cli("add", "--date", "2026-11-01", "--note", "ok")
    assert code == 0 and "word for word" not in out
    assert json.loads(cli("show", "--date", "2026-11-01", "--json")[1])["note"] == "Not ok today.\n\nok"
    code, out, _ = cli("add", "--date", "2026-11-01", "--note", "ok")
    assert code == 0 and "already there word for word" in out
    assert json.loads(cli("show", "--date", "2026-11-01", "--json")[1])["note"] == "Not ok today.\n\nok"
