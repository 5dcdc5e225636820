"""Damage to an attachment's chunks is named, and never stops the rest of the journal from opening."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

import pytest

from helpers.pictures import png
from journal.cli.error_sentences import error_sentence
from journal.core.domain.entry import DayEntry
from journal.core.memories.chunks import (
    CHANGED,
    CHUNK_SIZE,
    CUT_SHORT,
    LAST_MISSING,
    OUT_OF_ORDER,
    AttachmentDamagedError,
)

DAY = dt.date(2026, 3, 14)


@pytest.fixture
def stored(journal, data_dir):
    """A journal holding a day and a four-chunk picture, closed; returns (attachment id, blob, file path)."""
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(date=DAY, mood=3, note="A quiet day"))
        added = journal.memories.add_attachment(
            session, png(noise=os.urandom(3 * CHUNK_SIZE + 5)), file_name="a.png", date=DAY
        )
    journal.close()
    return added.attachment.id, added.attachment.blob, data_dir / "journal.sqlite3"


def _edit(path, *statements) -> None:
    connection = sqlite3.connect(path)
    with connection:
        for statement, parameters in statements:
            connection.execute(statement, parameters)
    connection.close()


def _open(data_dir):
    from helpers.journals import PASSPHRASE
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import unlock_with_passphrase

    return unlock_with_passphrase(JournalFiles(data_dir), PASSPHRASE)


def _flip(path, blob):
    connection = sqlite3.connect(path)
    sealed = bytearray(
        connection.execute("SELECT sealed FROM attachment_chunks WHERE blob=? AND idx=1", (blob,)).fetchone()[0]
    )
    connection.close()
    sealed[100] ^= 0x01
    _edit(path, ("UPDATE attachment_chunks SET sealed=? WHERE blob=? AND idx=1", (bytes(sealed), blob)))


def _swap(path, blob):
    connection = sqlite3.connect(path)
    one, two = (
        connection.execute("SELECT sealed FROM attachment_chunks WHERE blob=? AND idx=?", (blob, i)).fetchone()[0]
        for i in (1, 2)
    )
    connection.close()
    _edit(
        path,
        ("UPDATE attachment_chunks SET sealed=? WHERE blob=? AND idx=1", (two, blob)),
        ("UPDATE attachment_chunks SET sealed=? WHERE blob=? AND idx=2", (one, blob)),
    )


def _truncate(path, blob):
    _edit(path, ("DELETE FROM attachment_chunks WHERE blob=? AND idx>=2", (blob,)))


def _drop_last(path, blob):
    _edit(path, ("DELETE FROM attachment_chunks WHERE blob=? AND idx=3", (blob,)))


def _drop_middle(path, blob):
    _edit(path, ("DELETE FROM attachment_chunks WHERE blob=? AND idx=1", (blob,)))


def _cut_bytes(path, blob):
    connection = sqlite3.connect(path)
    sealed = connection.execute("SELECT sealed FROM attachment_chunks WHERE blob=? AND idx=0", (blob,)).fetchone()[0]
    connection.close()
    _edit(path, ("UPDATE attachment_chunks SET sealed=? WHERE blob=? AND idx=0", (sealed[:-300], blob)))


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        (_flip, CHANGED),
        (_swap, OUT_OF_ORDER),
        (_truncate, CUT_SHORT),
        (_drop_last, LAST_MISSING),
        (_drop_middle, CUT_SHORT),
        (_cut_bytes, CHANGED),
    ],
    ids=["flipped", "swapped", "truncated", "last-chunk-dropped", "middle-chunk-dropped", "bytes-cut"],
)
def test_damaged_chunks_are_named_and_the_rest_of_the_journal_opens(stored, data_dir, damage, named) -> None:
    attachment_id, blob, path = stored
    damage(path, blob)
    journal = _open(data_dir)
    try:
        assert journal.unreadable_count == 0
        assert journal.day(DAY).note == "A quiet day"
        assert journal.memories.attachment(attachment_id) is not None
        with pytest.raises(AttachmentDamagedError) as raised, journal.transaction() as session:
            journal.memories.read_content(session, attachment_id)
        assert raised.value.problem is named
        said = error_sentence(raised.value)
        assert f"damaged ({named.value})" in said and "rest of the journal is fine" in said
        with journal.transaction() as session:  # and the damaged one can still be removed
            assert journal.memories.remove_attachment(session, attachment_id)
    finally:
        journal.close()


def test_a_chunk_moved_from_another_attachment_does_not_open(journal, data_dir) -> None:
    with journal.transaction() as session:
        first = journal.memories.add_attachment(session, png(noise=b"1" * 100), file_name="a.png", date=DAY)
        second = journal.memories.add_attachment(session, png(noise=b"2" * 100), file_name="b.png", date=DAY)
    journal.close()
    path = data_dir / "journal.sqlite3"
    connection = sqlite3.connect(path)
    other = connection.execute(
        "SELECT sealed FROM attachment_chunks WHERE blob=?", (second.attachment.blob,)
    ).fetchone()[0]
    connection.close()
    _edit(path, ("UPDATE attachment_chunks SET sealed=? WHERE blob=?", (other, first.attachment.blob)))
    again = _open(data_dir)
    try:
        with pytest.raises(AttachmentDamagedError, match="changed"), again.transaction() as session:
            again.memories.read_content(session, first.attachment.id)
        with again.transaction() as session:
            assert again.memories.read_content(session, second.attachment.id).startswith(b"\x89PNG")
    finally:
        again.close()
