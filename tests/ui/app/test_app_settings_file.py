"""The About box tells the truth about the one file outside the journal's folder (issue 19, item 11), and that
file holds nothing personal: after a session that writes personal words everywhere, it holds only the look,
the lock time and the window's geometry, as the About box says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import app_window_support
from app_window_support import OFFSCREEN_NOISE, TODAY, open_app
from PySide6.QtCore import QSettings, Qt

from conftest import CANARY
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.ui.about_dialog import AboutDialog

pytestmark = OFFSCREEN_NOISE
app_settings = app_window_support.app_settings  # a fixture, shared
make_controller = app_window_support.make_controller  # a fixture, shared
DESCRIBED_KEYS = {"appearance/theme", "lock/auto_lock_minutes", "window/geometry"}


def test_about_box_names_the_settings_file_and_what_it_holds(qtbot, data_dir, tmp_path):
    dialog = AboutDialog(data_dir, settings_file=str(tmp_path / "RecoveryJournal.ini"))
    qtbot.addWidget(dialog)
    said = dialog.text.text() + " " + dialog.settings_text.text()
    assert "nothing outside" not in said, "the old sentence was untrue"
    for held in ("look", "lock", "window"):
        assert held in dialog.settings_text.text()
    assert dialog.settings_file.text() == str(tmp_path / "RecoveryJournal.ini")


def test_the_settings_file_holds_only_what_the_about_box_names(qtbot, make_journal, make_controller, app_settings):
    def prepare(journal):
        with journal.transaction() as session:
            journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, TODAY - dt.timedelta(days=9), CANARY))

    controller = open_app(qtbot, make_journal, make_controller, prepare=prepare)
    window = controller.main_window
    form = window.today_view.form
    qtbot.keyClicks(form.note, CANARY)
    qtbot.keyClicks(form.feelings.add_field, CANARY.lower())
    qtbot.keyClick(form.feelings.add_field, Qt.Key.Key_Return)
    window.today_view.save_now()
    dialog = window.make_settings_dialog()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.auto_lock.setValue(12)
    dialog.picker.new_label.setText(CANARY)
    dialog.picker.add_custom()
    dialog.save_and_close()
    controller.shutdown()
    app_settings.sync()

    path = Path(app_settings.file_name())
    assert path.exists()
    store = QSettings(str(path), QSettings.Format.IniFormat)
    assert set(store.allKeys()) <= DESCRIBED_KEYS
    assert {"appearance/theme", "lock/auto_lock_minutes"} <= set(store.allKeys())
    raw = path.read_bytes()
    for personal in (
        CANARY,
        CANARY.lower(),
        (TODAY - dt.timedelta(days=9)).isoformat(),
        str(controller.files.data_dir),
    ):
        assert personal.encode() not in raw
