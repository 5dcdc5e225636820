"""The app names a journal changed outside it, saves nothing new until the person decides, and keeps
the journal as it is when they choose to."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3

import app_window_support
import pytest
from app_window_support import OFFSCREEN_NOISE, TODAY, unlock

from journal.core.domain.entry import DayEntry
from journal.core.errors import JournalTamperedError

pytestmark = OFFSCREEN_NOISE
app_settings = app_window_support.app_settings  # a fixture, shared
make_controller = app_window_support.make_controller  # a fixture, shared


def _prepare(journal) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(TODAY - dt.timedelta(days=1), mood=3, note="A day."))


def _sql(data_dir, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(data_dir / "journal.sqlite3")) as connection, connection:
        for statement in statements:
            connection.execute(statement)


def test_a_deleted_manifest_is_named_and_keeping_it_lets_saves_through(qtbot, make_journal, make_controller, data_dir):
    journal, _ = make_journal()
    _prepare(journal)
    journal.close()
    _sql(data_dir, "DELETE FROM manifest")
    controller = make_controller()
    qtbot.addWidget(controller.start())
    unlock(qtbot, controller)
    window = controller.main_window
    assert window.changed_note.isVisibleTo(window)
    assert "changed or removed outside the app" in window.changed_note.text.text()
    with pytest.raises(JournalTamperedError), controller.journal.transaction() as session:
        controller.journal.save_day(session, DayEntry(TODAY, mood=4))
    window.changed_note.keep_button.click()
    assert not window.changed_note.isVisibleTo(window) and controller.journal.manifest_problem is None
    with controller.journal.transaction() as session:
        controller.journal.save_day(session, DayEntry(TODAY, mood=4))


def test_a_wiped_journal_says_so(qtbot, make_journal, make_controller, data_dir):
    journal, _ = make_journal()
    _prepare(journal)
    journal.close()
    _sql(data_dir, "DELETE FROM day_entries", "DELETE FROM key_dates", "DELETE FROM documents", "DELETE FROM manifest")
    controller = make_controller()
    qtbot.addWidget(controller.start())
    unlock(qtbot, controller)
    window = controller.main_window
    assert "This is not a new journal" in window.changed_note.text.text()
    assert not window.unreadable_note.isVisibleTo(window)


def test_unlocking_with_the_key_derivation_helper_opens_and_stops_it(qtbot, make_journal, make_controller):
    journal, _ = make_journal()
    journal.close()
    controller = make_controller(kdf_helper=True)
    qtbot.addWidget(controller.start())
    qtbot.waitUntil(lambda: controller._kdf_helper is not None, timeout=10_000)
    unlock(qtbot, controller)
    assert controller.journal is not None and controller._kdf_helper is None
