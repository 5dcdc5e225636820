"""Every widget that writes says calmly when the journal refused, and keeps what it shows; nothing raises."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.errors import FileKind, JournalInUseError, StorageError, StorageProblem
from journal.core.journal import Journal
from journal.ui.error_words import error_text
from journal.ui.journal_writes import say_in_a_box, write_to_journal

TODAY = dt.date(2026, 11, 24)
FULL = "The disk is full, so this was not saved. What you typed is still here."


def _refuse(monkeypatch: pytest.MonkeyPatch, journal: Journal, method: str) -> None:
    def refused(*_: object, **__: object) -> None:
        raise StorageError(StorageProblem.DISK_FULL, FileKind.JOURNAL)

    monkeypatch.setattr(journal, method, refused)


def _said(parent: QWidget) -> list[str]:
    return [box.text() for box in parent.findChildren(QMessageBox) if box.isVisible()]


def test_a_refused_write_is_said_once_and_a_saved_one_says_nothing(journal: Journal) -> None:
    said: list[str] = []

    def in_use(_session: object) -> None:
        raise JournalInUseError()

    assert not write_to_journal(journal, in_use, said.append)
    assert said == ["This journal is open in another window or command. Close that one first."]
    assert write_to_journal(journal, lambda session: journal.save_document(session, "x", {"a": 1}), said.append)
    assert len(said) == 1 and journal.document("x") == {"a": 1}
    assert not write_to_journal(journal, in_use, None)  # quiet: nothing said, still refused


def test_an_unexpected_error_is_not_worded_by_its_message() -> None:
    assert "secret" not in error_text(RuntimeError("secret text"))


def test_the_box_does_not_block_and_names_what_failed(qtbot, journal: Journal) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    say_in_a_box(parent)("It was not saved.")
    assert _said(parent) == ["It was not saved."]


def test_key_dates_say_a_refused_save_and_remove(qtbot, journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    from journal.ui.key_dates_dialog import KeyDatesDialog

    with journal.transaction() as session:
        journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, dt.date(2026, 10, 1), "Bean"))
    dialog = KeyDatesDialog(journal, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    _refuse(monkeypatch, journal, "save_key_date")
    dialog.save(KeyDate("", KeyDateKind.DUE_DATE, dt.date(2027, 1, 1), ""))
    assert _said(dialog) == [FULL]
    _refuse(monkeypatch, journal, "delete_key_date")
    dialog.list.setCurrentRow(0)
    monkeypatch.setattr(dialog, "confirm_remove", lambda: True)
    dialog._remove()
    assert _said(dialog) == [FULL, FULL]
    assert [k.label for k in journal.key_dates()] == ["Bean"]


def test_milestones_say_a_refused_result(qtbot, journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    from journal.core.care.results import HcgUnit, ResultKind, TestResult
    from journal.ui.review.milestones_page import MilestonesPage

    page = MilestonesPage(journal, TODAY)
    qtbot.addWidget(page)
    page.show()
    _refuse(monkeypatch, journal, "save_result")
    page.save_result(TestResult("", TODAY, ResultKind.HCG, 250.0, HcgUnit.MIU_PER_ML))
    assert _said(page) == [FULL]


def test_a_newer_journal_is_worded_from_its_fields() -> None:
    from journal.core.errors import JournalTooNewError

    error = JournalTooNewError(9, 4)
    assert (error.found, error.supported) == (9, 4)
    assert error_text(error) != str(error)  # the app's words, through translation; str() is for developers
    assert "format 9" in error_text(error) and "up to 4" in error_text(error)


def test_an_error_not_the_apps_own_says_the_fallback() -> None:
    assert error_text(OSError("/home/someone/private name"), "It could not be used.") == "It could not be used."


def test_today_says_a_refused_discard_and_a_refused_word(
    qtbot, journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.core.domain.entry import DayEntry
    from journal.core.drafts import save_draft
    from journal.core.own_words import OwnWordList
    from journal.ui.today.today_view import TodayView

    with journal.transaction() as session:
        save_draft(journal, session, DayEntry(TODAY, mood=2, note="half"))
    view = TodayView(journal, lambda: TODAY)
    qtbot.addWidget(view)
    assert view.draft_banner.isVisibleTo(view)
    _refuse(monkeypatch, journal, "delete_document")
    view.discard_draft()
    assert view.draft_banner.isVisibleTo(view) and view.draft_banner.text.text() == FULL
    _refuse(monkeypatch, journal, "save_settings")
    view._remember_word(OwnWordList.FEELINGS, "hollow")
    assert view.status.text() == FULL
