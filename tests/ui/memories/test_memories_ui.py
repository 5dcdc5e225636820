"""The memory page, the attachment grid and the viewer, driven as a person would."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from helpers.pictures import GPS_NEEDLE, jpeg_with_gps, pdf_letter, png, qt_picture
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.memories.model import MediaType, OwnerKind
from journal.ui.memories.grid import AttachmentGrid
from journal.ui.memories.memory_page import MemoryPageView
from journal.ui.memories.viewer import AttachmentViewer

DAY = dt.date(2026, 3, 14)
# The offscreen platform says it cannot pass size hints on when a shown window's minimum changes.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _attach(journal, data: bytes, name: str, **options):
    with journal.transaction() as session:
        return journal.memories.add_attachment(session, data, file_name=name, date=DAY, **options).attachment


def _loader(journal):
    def load(attachment_id: str) -> bytes:
        with journal.transaction() as session:
            return journal.memories.read_content(session, attachment_id)

    return load


@pytest.fixture
def three(journal):
    return [
        _attach(journal, qt_picture("png", 400, 300), "a.png", caption="First"),
        _attach(journal, qt_picture("jpeg", 2000, 1500), "b.jpg", caption="Second"),
        _attach(journal, pdf_letter("Clinic letter"), "letter.pdf"),
    ]


def test_the_viewer_steps_zooms_and_fits_by_keyboard(qtbot: QtBot, journal, three) -> None:
    viewer = AttachmentViewer(three, 0, _loader(journal), lambda *_: None)
    qtbot.addWidget(viewer)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)  # window shortcuts need the window to be the active one
    assert viewer.current.caption == "First" and viewer.caption.text() == "First"
    assert viewer.position.text() == "1 of 3" and not viewer.previous_button.isEnabled()
    viewer.scroll_area.setFocus()  # keys work wherever the focus is, not only on the window itself
    qtbot.keyClick(viewer.scroll_area, Qt.Key.Key_Right)
    assert viewer.current.file_name == "b.jpg" and viewer.picture.pixmap().width() < 2000  # fitted
    qtbot.keyClick(viewer.next_button, Qt.Key.Key_Left)
    qtbot.keyClick(viewer.next_button, Qt.Key.Key_Right)
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    zoomed = viewer.zoom
    assert zoomed is not None
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert viewer.zoom > zoomed and viewer.picture.pixmap().width() > viewer.scroll_area.viewport().width()
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert viewer.zoom is None and viewer.picture.pixmap().width() <= viewer.scroll_area.viewport().width()
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.current.media_type is MediaType.PDF and not viewer.picture.pixmap().isNull()
    assert not viewer.next_button.isEnabled()
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.current.file_name == "b.jpg"


def test_save_a_copy_writes_the_original_and_says_it_is_not_encrypted(qtbot: QtBot, journal, three, tmp_path) -> None:
    from journal.core.memories.saving import save_copy

    viewer = AttachmentViewer(three, 0, _loader(journal), lambda i, t: save_copy(journal, i, t, replace=True))
    qtbot.addWidget(viewer)
    viewer.ask_target = lambda name: tmp_path / name
    viewer.save_copy()
    assert (tmp_path / "a.png").read_bytes() == _loader(journal)(three[0].id)
    assert "not encrypted" in viewer.status.text()


def test_a_picture_that_cannot_be_decoded_gets_a_message(qtbot: QtBot, journal) -> None:
    import struct
    import zlib

    # Framing is fine (so it can be attached), but the header claims 100000 × 100000 pixels.
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    chunk = lambda kind, body: struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))  # noqa: E731
    bomb = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 1000))
        + chunk(b"IEND", b"")
    )
    item = _attach(journal, bomb, "huge.png")
    viewer = AttachmentViewer([item], 0, _loader(journal), lambda *_: None)
    qtbot.addWidget(viewer)
    assert "can't be shown" in viewer.picture.text()
    assert viewer.picture.pixmap().isNull()


def test_a_damaged_attachment_is_named_in_the_viewer(qtbot: QtBot, journal, data_dir, three) -> None:
    import sqlite3

    connection = sqlite3.connect(data_dir / "journal.sqlite3")
    with connection:
        connection.execute(
            "UPDATE attachment_chunks SET sealed = substr(sealed, 1, 60) WHERE blob = ?", (three[0].blob,)
        )
    connection.close()
    viewer = AttachmentViewer(three, 0, _loader(journal), lambda *_: None)
    qtbot.addWidget(viewer)
    assert "damaged" in viewer.picture.text() and "rest of the journal is fine" in viewer.picture.text()
    viewer.step(1)
    assert not viewer.picture.pixmap().isNull()


def test_the_grid_adds_a_photo_off_the_ui_thread_and_says_the_location_went(
    qtbot: QtBot, journal, tmp_path: Path
) -> None:
    grid = AttachmentGrid(journal, OwnerKind.DAY, "", DAY)
    qtbot.addWidget(grid)
    assert not grid.items() and not grid.empty.isHidden()
    photo = tmp_path / "IMG_7.jpg"
    photo.write_bytes(jpeg_with_gps())
    with qtbot.waitSignal(grid.changed, timeout=10_000):
        grid.add_file(photo)
    assert "removed" in grid.notice.text()
    (item,) = grid.items()
    assert GPS_NEEDLE not in _loader(journal)(item.id)
    with qtbot.waitSignal(grid.previews_ready, timeout=10_000):
        grid.refresh()
    grid.report_box.setChecked(True)
    assert journal.memories.attachment(item.id).in_report
    not_a_picture = tmp_path / "notes.txt"
    not_a_picture.write_text("hello")
    qtbot.waitUntil(lambda: grid.add_button.isEnabled())
    grid.add_file(not_a_picture)
    qtbot.waitUntil(lambda: "Nothing was added" in grid.notice.text(), timeout=10_000)
    assert grid.notice.text() == "That file is not a PNG, JPEG or WebP picture or a PDF. Nothing was added."
    assert len(grid.items()) == 1
    grid.remove_current(confirm=False)
    assert grid.items() == [] and journal.memories.attachments() == []


def test_the_memory_page_keeps_what_was_written_and_stores_nothing_if_nothing_was(qtbot: QtBot, journal) -> None:
    with journal.transaction() as session:
        loss = journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, DAY, ""))
    empty = MemoryPageView(journal, loss)
    qtbot.addWidget(empty)
    empty.close()
    assert journal.memories.pages() == []
    page = MemoryPageView(journal, loss)
    qtbot.addWidget(page)
    page.name.setText("Robin")
    page.words.setPlainText("You were wanted.")
    page.new_label.setText("The day we heard your heartbeat")
    page.add_date()
    page.remember.setPlainText("Your tiny hands\n\nThe blue blanket")
    page.close()
    (saved,) = journal.memories.pages()
    assert (saved.name, saved.words, saved.remember) == (
        "Robin",
        "You were wanted.",
        ("Your tiny hands", "The blue blanket"),
    )
    assert [d.label for d in saved.dates] == ["The day we heard your heartbeat"]
    again = MemoryPageView(journal, loss)
    qtbot.addWidget(again)
    assert again.name.text() == "Robin" and again.dates_list.count() == 1
    assert again.pictures.list.accessibleName() == "Pictures and letters"


def test_the_key_dates_dialog_opens_a_loss_memory_page(qtbot: QtBot, journal) -> None:
    from journal.ui.key_dates_dialog import KeyDatesDialog

    with journal.transaction() as session:
        journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, DAY, ""))
    dialog = KeyDatesDialog(journal, DAY + dt.timedelta(days=30))
    qtbot.addWidget(dialog)
    dialog.open_memories()
    assert isinstance(dialog.memories_window, MemoryPageView)
    dialog.memories_window.close()


def test_looking_back_memories_builds_its_grid_only_when_shown(qtbot: QtBot, journal) -> None:
    from journal.ui.memories.memories_page import MemoriesPage

    _attach(journal, png(noise=os.urandom(100)), "x.png")
    page = MemoriesPage(journal)
    qtbot.addWidget(page)
    assert page.grid is None
    page.show()
    qtbot.waitExposed(page)
    assert page.grid is not None and len(page.grid.items()) == 1


def test_export_everything_to_a_folder_warns_then_writes_in_the_background(
    qtbot: QtBot, journal, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from journal.ui.background import wait_for_background
    from journal.ui.memories.folder_export_action import export_everything

    _attach(journal, png(), "a.png", caption="A")
    window = QMainWindow()
    qtbot.addWidget(window)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    export_everything(journal, window, tmp_path / "out")
    assert "not encrypted" in asked[0]
    wait_for_background()
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=10_000)
    assert (tmp_path / "out" / "journal.json").is_file() and len(
        list((tmp_path / "out" / "attachments").iterdir())
    ) == 1
