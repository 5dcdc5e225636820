"""Attachments and memory pages through the store: round trips, location removal, padding, hostile files."""

from __future__ import annotations

import datetime as dt
import os
import struct

import pytest

from helpers.pictures import GPS_NEEDLE, gps_exif, jpeg_with_gps, pdf_letter, png, qt_picture, webp_with_gps
from helpers.worded import raises_worded
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.errors import BadInputError
from journal.core.memories.chunks import CHUNK_SIZE, padded_chunk_count
from journal.core.memories.location import erase_gps
from journal.core.memories.model import MediaType, MemoryPage, OwnerKind, RememberedDate

DAY = dt.date(2026, 3, 14)


def attach(journal, data: bytes, **options):
    with journal.transaction() as session:
        return journal.memories.add_attachment(
            session, data, file_name=options.pop("file_name", "a.png"), date=DAY, **options
        )


def content(journal, attachment_id: str) -> bytes:
    with journal.transaction() as session:
        return journal.memories.read_content(session, attachment_id)


def test_a_picture_round_trips_through_the_file(journal, reopen) -> None:
    picture = png(text=b"hello", noise=os.urandom(300_000))
    added = attach(journal, picture, file_name="/home/x/scan.png", caption="The first scan")
    again = reopen(journal)
    item = again.memories.attachment(added.attachment.id)
    assert item is not None
    assert (item.caption, item.file_name, item.media_type, item.size) == (
        "The first scan",
        "scan.png",
        MediaType.PNG,
        len(picture),
    )
    assert content(again, item.id) == picture
    assert again.unreadable_count == 0


def test_a_memory_page_round_trips_and_is_one_per_loss(journal, reopen) -> None:
    with journal.transaction() as session:
        loss = journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, DAY, ""))
    page = MemoryPage(
        "",
        loss.id,
        name="Robin",
        words="We loved you.",
        dates=(RememberedDate(DAY, "The day"),),
        remember=("Your heartbeat",),
    )
    with journal.transaction() as session:
        first = journal.memories.save_page(session, page)
    with journal.transaction() as session:
        second = journal.memories.save_page(session, MemoryPage("", loss.id, name="Robin Ash"))
    assert first.id == second.id
    again = reopen(journal)
    assert [p.name for p in again.memories.pages()] == ["Robin Ash"]
    assert again.memories.page_for(loss.id) is not None


def test_gps_is_gone_from_a_stored_jpeg_and_the_orientation_stays(journal) -> None:
    picture = jpeg_with_gps()
    assert GPS_NEEDLE in picture
    added = attach(journal, picture, file_name="IMG_1.jpg")
    stored = content(journal, added.attachment.id)
    assert added.location_found and added.attachment.location_removed
    assert GPS_NEEDLE not in stored
    assert struct.pack("<HHIHH", 0x0112, 3, 1, 6, 0) in stored  # orientation kept
    assert stored.endswith(picture[picture.index(b"\xff\xda") :])  # the compressed picture is untouched
    assert len(stored) == len(picture)


@pytest.mark.parametrize("make", [lambda: png(exif=gps_exif()), webp_with_gps], ids=["png", "webp"])
def test_gps_is_gone_from_png_and_webp(journal, make) -> None:
    picture = make()
    added = attach(journal, picture)
    stored = content(journal, added.attachment.id)
    assert added.location_found and GPS_NEEDLE not in stored


def test_keep_location_keeps_the_file_as_it_was(journal) -> None:
    picture = jpeg_with_gps()
    added = attach(journal, picture, keep_location=True)
    assert added.location_found and not added.attachment.location_removed
    assert content(journal, added.attachment.id) == picture


def test_a_picture_without_location_is_not_changed(journal) -> None:
    picture = qt_picture("jpeg")
    added = attach(journal, picture)
    assert not added.location_found and content(journal, added.attachment.id) == picture


def test_erasing_gps_leaves_an_empty_gps_directory() -> None:
    tiff = bytearray(gps_exif())
    assert erase_gps(tiff)
    assert not erase_gps(tiff)  # nothing left to find the second time


def test_attachments_on_a_key_date_and_a_memory_page(journal) -> None:
    loss_id = "ab" * 16
    attach(journal, pdf_letter(), file_name="letter.pdf", owner=OwnerKind.MEMORY, owner_id=loss_id)
    attach(journal, png(), owner=OwnerKind.KEY_DATE, owner_id="cd" * 16)
    attach(journal, png())
    assert [a.media_type for a in journal.memories.attachments_for(OwnerKind.MEMORY, loss_id)] == [MediaType.PDF]
    assert len(journal.memories.attachments_for(OwnerKind.DAY, date=DAY)) == 1
    with pytest.raises(BadInputError):
        attach(journal, png(), owner=OwnerKind.MEMORY)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"GIF89a" + b"\0" * 100, "not a PNG"),
        (png()[:40], "broken"),
        (png()[:20] + b"\xff" + png()[21:], "broken"),  # a CRC no longer matches
        (b"\xff\xd8\xff\xe0\x00\x10JFIF" + b"\0" * 50, "broken"),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "broken"),
        (b"%PDF-1.4\n1 0 obj", "incomplete"),
    ],
    ids=["empty", "gif", "cut-png", "bad-crc", "cut-jpeg", "cut-webp", "cut-pdf"],
)
def test_files_that_cannot_be_attached_are_refused_in_words(journal, data: bytes, words: str) -> None:
    with raises_worded(BadInputError, words):
        attach(journal, data)
    assert journal.memories.attachments() == []


def test_more_than_25_mb_is_refused(journal) -> None:
    with raises_worded(BadInputError, "25 MB"):
        attach(journal, png() + b"\0" * (25 * 1024 * 1024))


@pytest.mark.parametrize(
    ("size", "chunks"),
    [
        (1, 1),
        (CHUNK_SIZE, 1),
        (CHUNK_SIZE + 1, 2),
        (5 * CHUNK_SIZE + 1, 6),
        (9 * CHUNK_SIZE, 10),
        (100 * CHUNK_SIZE, 112),
    ],
)
def test_sizes_are_padded_to_buckets(size: int, chunks: int) -> None:
    assert padded_chunk_count(size) == chunks
    assert padded_chunk_count(size) * CHUNK_SIZE <= max(size * 1.25 + CHUNK_SIZE, 4 * CHUNK_SIZE)


def test_two_pictures_in_one_bucket_leave_the_same_number_of_chunks(journal, data_dir) -> None:
    import sqlite3

    attach(journal, png(noise=os.urandom(8 * CHUNK_SIZE + 10)))
    attach(journal, png(noise=os.urandom(9 * CHUNK_SIZE + 1000)))
    rows = (
        sqlite3.connect(data_dir / "journal.sqlite3")
        .execute("SELECT blob, count(*), min(length(sealed)), max(length(sealed)) FROM attachment_chunks GROUP BY blob")
        .fetchall()
    )
    assert len(rows) == 2 and {r[1] for r in rows} == {10} and len({r[2] for r in rows} | {r[3] for r in rows}) == 1


def test_unlocking_reads_no_chunk(journal, reopen, monkeypatch) -> None:
    attach(journal, png(noise=os.urandom(3 * CHUNK_SIZE)))
    seen: list[str] = []
    from journal.core.storage import database

    original = database.Database._connect

    def spying(self):  # every statement on the journal's connections, the driver's own cursors included
        connection = original(self)
        connection.set_trace_callback(seen.append)
        return connection

    monkeypatch.setattr(database.Database, "_connect", spying)
    again = reopen(journal)
    assert len(again.memories.attachments()) == 1
    assert any("FROM memory_records" in statement for statement in seen), "the spy sees the unlock's reads"
    assert not any("attachment_chunks" in statement for statement in seen)


def test_removing_an_attachment_removes_its_chunks(journal, data_dir) -> None:
    import sqlite3

    added = attach(journal, png())
    with journal.transaction() as session:
        assert journal.memories.remove_attachment(session, added.attachment.id)
    assert journal.memories.attachments() == []
    assert sqlite3.connect(data_dir / "journal.sqlite3").execute(
        "SELECT count(*) FROM attachment_chunks"
    ).fetchone() == (0,)


def test_a_rolled_back_attach_leaves_nothing(journal, data_dir) -> None:
    import sqlite3

    with pytest.raises(RuntimeError), journal.transaction() as session:
        journal.memories.add_attachment(session, png(), file_name="a.png", date=DAY)
        raise RuntimeError("stop")
    assert journal.memories.attachments() == []
    assert sqlite3.connect(data_dir / "journal.sqlite3").execute(
        "SELECT count(*) FROM attachment_chunks"
    ).fetchone() == (0,)


def test_previews_are_a_sealed_cache_that_a_damaged_row_simply_leaves_out(journal, data_dir) -> None:
    import sqlite3

    added = attach(journal, png(), caption="x")
    with journal.transaction() as session:
        assert journal.memories.thumbnails(session, [added.attachment.id]) == {}
        journal.memories.store_thumbnail(session, added.attachment.id, b"PREVIEW-BYTES-123")
    with journal.transaction() as session:
        assert journal.memories.thumbnails(session, [added.attachment.id]) == {
            added.attachment.id: b"PREVIEW-BYTES-123"
        }
    connection = sqlite3.connect(data_dir / "journal.sqlite3")
    assert b"PREVIEW-BYTES" not in b"".join(
        r[0] for r in connection.execute("SELECT sealed FROM attachment_thumbnails")
    )
    with connection:
        connection.execute("UPDATE attachment_thumbnails SET sealed = substr(sealed, 1, 50)")
    connection.close()
    with journal.transaction() as session:
        assert journal.memories.thumbnails(session, [added.attachment.id]) == {}
