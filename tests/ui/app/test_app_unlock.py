"""Unlocking with the right and the wrong passphrase, and the second-instance guard."""

from __future__ import annotations

import hashlib

import app_window_support
from app_window_support import OFFSCREEN_NOISE, unlock

from conftest import PASSPHRASE
from journal.core.journal_files import JournalFiles
from journal.ui.in_use_window import InUseWindow
from journal.ui.unlock_window import UnlockWindow

pytestmark = OFFSCREEN_NOISE
app_settings = app_window_support.app_settings  # a fixture, shared
make_controller = app_window_support.make_controller  # a fixture, shared


def _fingerprint(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_right_passphrase_opens_today(qtbot, make_journal, make_controller):
    journal, _ = make_journal()
    journal.close()
    controller = make_controller()
    window = controller.start()
    qtbot.addWidget(window)
    assert isinstance(window, UnlockWindow)
    unlock(qtbot, controller)
    assert controller.main_window is not None and controller.main_window.isVisible()
    assert not window.isVisible()
    assert window.field.text() == "", "the passphrase must not linger in the hidden unlock window"


def test_wrong_passphrase_says_so_and_changes_nothing(qtbot, make_journal, make_controller, data_dir):
    journal, _ = make_journal()
    journal.close()
    database = data_dir / "journal.sqlite3"
    before = _fingerprint(database)
    controller = make_controller()
    window = controller.start()
    qtbot.addWidget(window)
    window.field.setText("not the passphrase")
    with qtbot.waitSignal(controller.operation.finished if controller.operation else window.unlock_requested):
        window.unlock_button.click()
    qtbot.waitUntil(lambda: window.field.isEnabled(), timeout=10_000)
    assert "doesn't open this journal" in window.message.text()
    assert controller.main_window is None and controller.journal is None
    assert window.isVisible()
    assert _fingerprint(database) == before
    unlock(qtbot, controller, PASSPHRASE)  # and the right one still works afterwards


def test_second_start_on_the_same_journal_shows_a_message_and_never_writes(
    qtbot, make_journal, make_controller, data_dir
):
    journal, _ = make_journal()
    journal.close()
    first = JournalFiles(data_dir)
    first.claim()  # another process (a window or a command) holds the journal
    try:
        controller = make_controller()
        window = controller.start()
        qtbot.addWidget(window)
        assert isinstance(window, InUseWindow)
        assert "already open" in window.message.text()
        assert controller.unlock_window is None and controller.first_run is None
    finally:
        first.release()


def test_second_start_asks_the_running_window_to_come_forward(qtbot, make_journal, make_controller, data_dir):
    journal, _ = make_journal()
    journal.close()
    running = make_controller()
    window = running.start()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: running._raise_server is not None)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    second = make_controller()
    qtbot.addWidget(second.start())
    # The running app's own raise path brings its window back: nothing in between is replaced.
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=3000)
    assert window.isVisible()
