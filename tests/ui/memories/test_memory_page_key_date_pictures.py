"""A loss's memory page also shows the pictures kept with the loss's key date, and its viewer steps through both."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from helpers.pictures import pdf_letter, qt_picture
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.memories.model import OwnerKind
from journal.ui.memories.memory_page import MemoryPageView

DAY = dt.date(2026, 3, 14)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _attach(journal, data: bytes, name: str, owner: OwnerKind, owner_id: str, date: dt.date = DAY):
    with journal.transaction() as session:
        return journal.memories.add_attachment(
            session, data, file_name=name, date=date, owner=owner, owner_id=owner_id
        ).attachment


def _loss(journal) -> KeyDate:
    with journal.transaction() as session:
        return journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, DAY, ""))


def test_the_key_dates_pictures_show_under_their_own_heading(qtbot: QtBot, journal) -> None:
    loss = _loss(journal)
    own = _attach(journal, qt_picture("png", 300, 200), "own.png", OwnerKind.MEMORY, loss.id)
    scan = _attach(journal, qt_picture("jpeg", 400, 300), "scan.jpg", OwnerKind.KEY_DATE, loss.id)
    letter = _attach(journal, pdf_letter("Clinic"), "letter.pdf", OwnerKind.KEY_DATE, loss.id, DAY.replace(day=20))
    page = MemoryPageView(journal, loss)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert [a.id for a in page.pictures.items()] == [own.id]
    assert [a.id for a in page.key_date_pictures.items()] == [scan.id, letter.id]
    assert page.key_date_title.isVisible() and page.key_date_title.text() == "From the key date"
    assert page.key_date_pictures.isVisible()
    assert page.key_date_pictures.add_button.isHidden()  # added pictures go to the page's own group
    assert not page.pictures.add_button.isHidden()


def test_the_viewer_steps_across_the_pages_pictures_and_the_key_dates(qtbot: QtBot, journal) -> None:
    loss = _loss(journal)
    own = _attach(journal, qt_picture("png", 300, 200), "own.png", OwnerKind.MEMORY, loss.id)
    scan = _attach(journal, qt_picture("jpeg", 400, 300), "scan.jpg", OwnerKind.KEY_DATE, loss.id)
    page = MemoryPageView(journal, loss)
    qtbot.addWidget(page)
    page.key_date_pictures.list.setCurrentRow(0)
    page.key_date_pictures.open_current()
    viewer = page.key_date_pictures.viewer
    qtbot.addWidget(viewer)
    assert viewer.current.id == scan.id and viewer.position.text() == "2 of 2"
    viewer.step(-1)
    assert viewer.current.id == own.id and not viewer.picture.pixmap().isNull()
    viewer.close()
    page.pictures.list.setCurrentRow(0)
    page.pictures.open_current()
    from_own = page.pictures.viewer
    qtbot.addWidget(from_own)
    assert from_own.position.text() == "1 of 2"
    from_own.step(1)
    assert from_own.current.id == scan.id


def test_without_key_date_pictures_the_heading_is_not_there(qtbot: QtBot, journal) -> None:
    loss = _loss(journal)
    _attach(journal, qt_picture("png", 300, 200), "own.png", OwnerKind.MEMORY, loss.id)
    page = MemoryPageView(journal, loss)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert not page.key_date_title.isVisible() and not page.key_date_pictures.isVisible()
    assert page.pictures.isVisible()


def test_removing_the_last_key_date_picture_takes_the_heading_away(qtbot: QtBot, journal) -> None:
    loss = _loss(journal)
    _attach(journal, qt_picture("png", 300, 200), "scan.png", OwnerKind.KEY_DATE, loss.id)
    page = MemoryPageView(journal, loss)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.key_date_title.isVisible()
    page.key_date_pictures.list.setCurrentRow(0)
    page.key_date_pictures.remove_current(confirm=False)
    assert not page.key_date_title.isVisible() and journal.memories.attachments() == []
