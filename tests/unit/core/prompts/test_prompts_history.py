"""Prompt history sealed in the journal: recorded once per prompt per day, kept short, survives reopening."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journal.core.journal import Journal
from journal.core.prompts.history import (
    HISTORY_DOCUMENT,
    KEEP_DAYS,
    load_history,
    record_shown,
    record_used,
    shown_on,
)
from journal.core.prompts.selection import PromptShown

DAY = dt.date(2026, 11, 24)


def shown(journal: Journal, prompt_id: str, day: dt.date = DAY) -> None:
    with journal.transaction() as session:
        record_shown(journal, session, prompt_id, day)


def used(journal: Journal, prompt_id: str, day: dt.date = DAY) -> None:
    with journal.transaction() as session:
        record_used(journal, session, prompt_id, day)


def test_a_new_journal_has_no_history(journal: Journal) -> None:
    assert load_history(journal) == []


def test_shown_prompts_are_kept_in_order_and_survive_reopening(journal: Journal, reopen) -> None:
    shown(journal, "grief-001", DAY - dt.timedelta(days=1))
    shown(journal, "feel-003")
    shown(journal, "body-001")

    journal = reopen(journal)

    assert load_history(journal) == [
        PromptShown("grief-001", DAY - dt.timedelta(days=1)),
        PromptShown("feel-003", DAY),
        PromptShown("body-001", DAY),
    ]
    assert [line.prompt_id for line in shown_on(journal, DAY)] == ["feel-003", "body-001"]


def test_showing_the_same_prompt_twice_a_day_keeps_one_line(journal: Journal) -> None:
    shown(journal, "grief-001")
    shown(journal, "grief-001")

    assert load_history(journal) == [PromptShown("grief-001", DAY)]


def test_showing_a_prompt_again_moves_it_last_so_the_latest_is_known(journal: Journal) -> None:
    shown(journal, "grief-001")
    shown(journal, "feel-003")
    shown(journal, "grief-001")

    assert [line.prompt_id for line in load_history(journal)] == ["feel-003", "grief-001"]


def test_the_same_prompt_on_another_day_is_a_new_line(journal: Journal) -> None:
    shown(journal, "grief-001", DAY - dt.timedelta(days=40))
    shown(journal, "grief-001")

    assert len(load_history(journal)) == 2


def test_writing_about_a_shown_prompt_marks_its_line_used(journal: Journal, reopen) -> None:
    shown(journal, "grief-001")
    shown(journal, "feel-003")
    used(journal, "grief-001")

    journal = reopen(journal)

    assert load_history(journal) == [PromptShown("grief-001", DAY, used=True), PromptShown("feel-003", DAY)]


def test_writing_about_a_prompt_never_shown_records_it_used(journal: Journal) -> None:
    used(journal, "kind-002")

    assert load_history(journal) == [PromptShown("kind-002", DAY, used=True)]


def test_showing_again_after_writing_keeps_it_used(journal: Journal) -> None:
    used(journal, "grief-001")
    shown(journal, "feel-003")
    shown(journal, "grief-001")

    assert PromptShown("grief-001", DAY, used=True) in load_history(journal)


def test_history_older_than_the_kept_window_is_dropped_when_saving(journal: Journal) -> None:
    shown(journal, "grief-001", DAY - dt.timedelta(days=KEEP_DAYS + 5))
    shown(journal, "grief-002", DAY - dt.timedelta(days=KEEP_DAYS - 1))
    shown(journal, "grief-003")

    assert [line.prompt_id for line in load_history(journal)] == ["grief-002", "grief-003"]


def test_unreadable_lines_are_left_out_and_unknown_keys_kept(journal: Journal) -> None:
    with journal.transaction() as session:
        journal.save_document(
            session,
            HISTORY_DOCUMENT,
            {
                "version": 1,
                "from_a_newer_app": {"x": 1},
                "shown": [
                    {"id": "grief-001", "on": "2026-11-20", "used": False},
                    {"id": "grief-002", "on": "not a date"},
                    {"id": "", "on": "2026-11-21"},
                    {"id": "grief-003", "on": "2026-11-22", "used": "yes"},
                    "grief-004",
                ],
            },
        )

    assert load_history(journal) == [PromptShown("grief-001", dt.date(2026, 11, 20))]
    shown(journal, "feel-001")
    document = journal.document(HISTORY_DOCUMENT)
    assert document is not None and document["from_a_newer_app"] == {"x": 1}


def test_a_history_document_of_the_wrong_shape_reads_as_empty(journal: Journal) -> None:
    with journal.transaction() as session:
        journal.save_document(session, HISTORY_DOCUMENT, {"shown": "everything"})

    assert load_history(journal) == []


def test_history_is_sealed_not_written_in_clear(journal: Journal, data_dir: Path) -> None:
    shown(journal, "grief-001")
    journal.close()

    for path in data_dir.rglob("*"):
        if path.is_file():
            assert b"grief-001" not in path.read_bytes(), path.name


def test_an_empty_prompt_id_is_refused(journal: Journal) -> None:
    with pytest.raises(ValueError), journal.transaction() as session:
        record_shown(journal, session, "", DAY)
