"""Memory pages and attachments between two computers: records in packs, bytes in their own files."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.helpers.pictures import png

from journal.core.domain.entry import DayEntry
from journal.core.journal import Journal
from journal.core.memories.model import MemoryPage
from journal.core.sync import folder_files, rounds
from journal.core.sync.rounds import sync_round

DAY = dt.date(2026, 11, 3)
TEXT_NEEDLE = b"PNGTEXT-q8w2-only-here"
CAPTION = "CAPTION-k4z9 the scan picture"
LOSS_ID = "ab" * 16


def _attach(journal: Journal, data: bytes, caption: str = CAPTION, file_name: str = "scan-k4z9.png") -> str:
    with journal.transaction() as session:
        added = journal.memories.add_attachment(session, data, file_name=file_name, date=DAY, caption=caption)
    return added.attachment.id


def _content(journal: Journal, attachment_id: str) -> bytes:
    with journal.transaction() as session:
        return journal.memories.read_content(session, attachment_id)


def _has_chunks(journal: Journal, blob: str) -> bool:
    with journal.transaction() as session:
        return journal.memories.has_chunks(session, blob)


def _blob_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.rjblob"))


def _picture() -> bytes:
    return png(text=TEXT_NEEDLE, size=64, noise=os.urandom(200_000))  # several chunks


def test_an_attachment_travels_with_identical_bytes_and_edits_and_removal_come_back(computers, sync_folder) -> None:
    first, second = computers(2)
    data = _picture()
    attachment_id = _attach(first, data)
    sync_round(first, sync_folder)
    assert len(_blob_files(sync_folder)) == 1
    report = sync_round(second, sync_folder)
    assert report.brought_in.get("attachment") == 1 and report.pictures_waiting == 0
    assert second.memories.attachment(attachment_id) == first.memories.attachment(attachment_id)
    assert _content(second, attachment_id) == data

    item = second.memories.attachment(attachment_id)
    assert item is not None
    with second.transaction() as session:
        second.memories.update_attachment(session, item.__class__(**{**_fields(item), "caption": "Changed on B"}))
    sync_round(second, sync_folder)
    sync_round(first, sync_folder)
    assert first.memories.attachment(attachment_id).caption == "Changed on B"
    assert len(_blob_files(sync_folder)) == 1  # the edit did not send the bytes again

    with first.transaction() as session:
        first.memories.remove_attachment(session, attachment_id)
    sync_round(first, sync_folder)
    sync_round(second, sync_folder)
    sync_round(first, sync_folder)
    assert second.memories.attachment(attachment_id) is None
    assert not _has_chunks(second, item.blob) and not _has_chunks(first, item.blob)
    assert _blob_files(sync_folder) == []


def _fields(item) -> dict:
    return {name: getattr(item, name) for name in item.__slots__}


def test_a_memory_page_travels_and_the_newer_edit_wins(computers, sync_folder) -> None:
    first, second = computers(2)
    with first.transaction() as session:
        page = first.memories.save_page(session, MemoryPage("", LOSS_ID, name="Robin", words="Our words."))
    sync_round(first, sync_folder)
    sync_round(second, sync_folder)
    assert second.memories.pages() == [page]
    with first.transaction() as session:
        first.memories.save_page(session, MemoryPage(page.id, LOSS_ID, name="Robin", words="Older edit."))
    with second.transaction() as session:
        second.memories.save_page(session, MemoryPage(page.id, LOSS_ID, name="Robin", words="Newer edit."))
    for journal in (first, second, first):
        sync_round(journal, sync_folder)
    assert first.memories.pages() == second.memories.pages()
    assert first.memories.pages()[0].words == "Newer edit."


def test_a_record_that_arrives_before_its_bytes_waits_and_completes_next_round(
    computers, sync_folder, monkeypatch
) -> None:
    first, second = computers(2)
    monkeypatch.setattr(rounds, "publish_blobs", lambda *args: None)  # the sync tool has not brought it yet
    attachment_id = _attach(first, _picture())
    sync_round(first, sync_folder)
    monkeypatch.undo()
    report = sync_round(second, sync_folder)
    assert report.pictures_waiting == 1 and not report.problems
    assert second.memories.attachment(attachment_id) is None
    assert sync_round(second, sync_folder).pictures_waiting == 1  # still not there: still waiting, no error
    sync_round(first, sync_folder)  # now the file is written
    report = sync_round(second, sync_folder)
    assert report.pictures_waiting == 0 and report.brought_in.get("attachment") == 1
    assert _content(second, attachment_id) == _content(first, attachment_id)


def _damage_and_check(computers, sync_folder, damage) -> None:
    first, second = computers(2)
    attachment_id = _attach(first, _picture())
    with first.transaction() as session:
        first.save_day(session, DayEntry(DAY, mood=3))
    sync_round(first, sync_folder)
    (blob_file,) = _blob_files(sync_folder)
    damage(blob_file)
    report = sync_round(second, sync_folder)
    assert second.day(DAY) is not None and second.day(DAY).mood == 3  # the rest merged
    assert report.pictures_waiting == 1
    assert any(blob_file.name[:8] in problem for problem in report.problems)
    assert second.memories.attachment(attachment_id) is None
    assert not any(blob_file.name[:8] in p for p in sync_round(second, sync_folder).problems)  # named once


def test_a_truncated_blob_file_is_named_and_the_rest_merges(computers, sync_folder) -> None:
    def cut(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])

    _damage_and_check(computers, sync_folder, cut)


def test_a_flipped_byte_in_a_blob_file_is_named_and_the_rest_merges(computers, sync_folder) -> None:
    def flip(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[-100] ^= 0x01
        path.write_bytes(bytes(data))

    _damage_and_check(computers, sync_folder, flip)


def test_a_flipped_header_is_named_too(computers, sync_folder) -> None:
    def flip(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[20] ^= 0x01
        path.write_bytes(bytes(data))

    _damage_and_check(computers, sync_folder, flip)


def test_the_sync_folder_holds_no_picture_text_caption_or_file_name(computers, sync_folder, tmp_path) -> None:
    first, second = computers(2)
    attachment_id = _attach(first, png(text=TEXT_NEEDLE, size=8))
    with first.transaction() as session:
        first.memories.save_page(session, MemoryPage("", LOSS_ID, name="NAME-r7t5", words="WORDS-r7t5"))
    sync_round(first, sync_folder)
    sync_round(second, sync_folder)
    assert second.memories.attachment(attachment_id) is not None
    for path in sync_folder.iterdir():
        data = path.read_bytes()
        for needle in (TEXT_NEEDLE, CAPTION.encode(), b"k4z9", b"r7t5", b"2026-11-03", b"image/png"):
            assert needle not in data, (path.name, needle)
        assert "k4z9" not in path.name
    for computer in ("computer-1", "computer-2"):
        staging = tmp_path / computer / folder_files.OUTGOING
        assert not staging.exists() or os.listdir(staging) == []


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    steps=st.lists(
        st.tuples(st.sampled_from(["caption", "remove", "sync"]), st.integers(0, 1), st.text(max_size=8)),
        max_size=8,
    )
)
def test_edits_and_removals_on_two_computers_end_equal(tmp_path_factory, steps) -> None:
    """Caption edits, removals and rounds in any order: after a full exchange both computers agree,
    and every attachment either is on both with its bytes, or on neither."""
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import create_journal
    from journal.core.sync.joining import join_from_folder

    from .conftest import CHEAP_KDF, PASSPHRASE

    base = tmp_path_factory.mktemp("law")
    folder = base / "Sync"
    folder.mkdir()
    first, _ = create_journal(JournalFiles(base / "one"), PASSPHRASE, CHEAP_KDF)
    try:
        ids = [_attach(first, png(size=4, noise=bytes([n]) * 10), caption=f"c{n}") for n in range(2)]
        sync_round(first, folder)
        second, _report = join_from_folder(JournalFiles(base / "two"), folder, PASSPHRASE)
        try:
            both = (first, second)
            for action, who, text in steps:
                journal = both[who]
                if action == "sync":
                    sync_round(journal, folder)
                    continue
                item = journal.memories.attachment(ids[len(text) % 2])
                if item is None:
                    continue
                with journal.transaction() as session:
                    if action == "remove":
                        journal.memories.remove_attachment(session, item.id)
                    else:
                        journal.memories.update_attachment(
                            session, item.__class__(**{**_fields(item), "caption": text})
                        )
            for journal in (first, second, first, second):
                sync_round(journal, folder)
            assert first.memories.attachments() == second.memories.attachments()
            for item in first.memories.attachments():
                assert _content(first, item.id) == _content(second, item.id)
            live = {item.blob for item in first.memories.attachments()}
            assert len(_blob_files(folder)) >= len(live)
            for item_id in ids:
                if first.memories.attachment(item_id) is None:
                    assert second.memories.attachment(item_id) is None
        finally:
            second.close()
    finally:
        first.close()


def test_merging_a_copy_brings_its_pictures_with_their_bytes(computers, tmp_path) -> None:
    from journal.core.backup.writer import write_backup
    from journal.core.sync.copies import merge_copy

    first, second = computers(2)
    data = _picture()
    attachment_id = _attach(second, data)
    write_backup(second, tmp_path / "second.rjbackup")
    merge_copy(first, tmp_path / "second.rjbackup")
    assert first.memories.attachment(attachment_id) is not None, "the record came in"
    assert _content(first, attachment_id) == _content(second, attachment_id)  # the bytes came with it
    assert merge_copy(first, tmp_path / "second.rjbackup") == {}  # twice changes nothing
