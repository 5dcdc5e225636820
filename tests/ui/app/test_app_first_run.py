"""The first-run wizard from welcome to Today, and its kind passphrase estimate."""

from __future__ import annotations

import stat
import sys

import app_window_support
import pytest
from app_window_support import OFFSCREEN_NOISE, TODAY
from PySide6.QtCore import Qt

from journal.core.domain.key_dates import KeyDateKind
from journal.ui.first_run.window import ABOUT_YOU, PASSPHRASE, RECOVERY, FirstRunWindow

pytestmark = OFFSCREEN_NOISE
app_settings = app_window_support.app_settings  # a fixture, shared
make_controller = app_window_support.make_controller  # a fixture, shared
NEW_PASSPHRASE = "lantern meadow quietly folding"


def test_whole_first_run_creates_journal_stores_choices_and_opens_today(qtbot, make_controller, data_dir):
    controller = make_controller()
    window = controller.start()
    qtbot.addWidget(window)
    assert isinstance(window, FirstRunWindow)
    assert window.windowTitle() == "Recovery Journal"

    window.next_button.click()
    assert window.step == PASSPHRASE
    assert not window.next_button.isEnabled()
    window.passphrase.fields.first.setText(NEW_PASSPHRASE)
    window.passphrase.fields.second.setText(NEW_PASSPHRASE + "x")
    assert not window.next_button.isEnabled(), "mismatched passphrases must not go on"
    window.passphrase.fields.second.setText(NEW_PASSPHRASE)
    window.next_button.click()
    qtbot.waitUntil(lambda: window.step == RECOVERY, timeout=10_000)
    assert (data_dir / "journal.sqlite3").exists()

    page = window.recovery
    assert page is not None
    assert not window.next_button.isEnabled(), "the key must be confirmed (or the step skipped)"
    page.confirm.setText("WRNG")
    assert not window.next_button.isEnabled()
    page.confirm.setText(page.groups[page.group_index].lower())
    assert window.next_button.isEnabled()
    window.next_button.click()
    assert window.step == ABOUT_YOU

    about = window.about_you
    assert about is not None
    about.losses_box.setChecked(True)
    about.loss_rows[0][1].setText("our little one")
    assert about.counter_buttons[""].isChecked(), "the day counter is off until asked for"
    about.counter_buttons["weeks"].setChecked(True)
    clots = about.picker.list.findItems("Clots", Qt.MatchFlag.MatchExactly)[0]
    clots.setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(controller.unlocked):
        window.next_button.click()

    journal = controller.journal
    losses = [kd for kd in journal.key_dates() if kd.kind is KeyDateKind.LOSS]
    assert [(kd.date, kd.label) for kd in losses] == [(TODAY, "our little one")]
    assert "clots" in journal.settings().hidden_symptoms
    today = controller.main_window.today_view
    assert "clots" not in today.form.symptoms
    assert journal.settings().show_day_counter and journal.settings().day_counter_wording == "weeks"
    assert "our little one" in today.header.text()


def test_recovery_key_from_first_run_unlocks_the_journal(qtbot, make_controller, data_dir):
    controller = make_controller()
    window = controller.start()
    qtbot.addWidget(window)
    window.next_button.click()
    window.passphrase.fields.first.setText(NEW_PASSPHRASE)
    window.passphrase.fields.second.setText(NEW_PASSPHRASE)
    window.next_button.click()
    qtbot.waitUntil(lambda: window.step == RECOVERY, timeout=10_000)
    key = window.recovery.recovery_key
    window.confirm_skip_recovery_key = lambda: True  # the question is tested on its own
    window.skip_button.click()
    with qtbot.waitSignal(controller.unlocked):
        window.skip_button.click()
    controller.lock()
    assert controller.journal is None

    unlock_window = controller.unlock_window
    unlock_window.switch_button.click()
    assert unlock_window.recovery_mode
    unlock_window.field.setText(key.lower())
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        unlock_window.unlock_button.click()
    assert controller.journal is not None and not controller.journal.is_locked


def test_saving_the_recovery_key_writes_it_to_the_chosen_file(qtbot, tmp_path):
    from journal.ui.first_run.pages import RecoveryKeyPage

    page = RecoveryKeyPage("ABCD-EFGH-JKMN", group_index=1)
    qtbot.addWidget(page)
    target = tmp_path / "key.txt"
    page.ask_save_path = lambda: str(target)  # type: ignore[method-assign]
    page.save_button.click()
    assert "ABCD-EFGH-JKMN" in target.read_text(encoding="utf-8")
    assert page.confirm.accessibleName()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
@pytest.mark.parametrize("existing", [False, True], ids=["new-file", "replacing-a-readable-file"])
def test_the_saved_recovery_key_is_readable_by_this_user_only(qtbot, tmp_path, existing):
    from journal.ui.first_run.pages import RecoveryKeyPage

    page = RecoveryKeyPage("ABCD-EFGH-JKMN", group_index=1)
    qtbot.addWidget(page)
    target = tmp_path / "recovery-key.txt"
    if existing:
        target.write_text("old", encoding="utf-8")
        target.chmod(0o644)
    page.ask_save_path = lambda: str(target)  # type: ignore[method-assign]
    page.save_button.click()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_text(encoding="utf-8").count("ABCD-EFGH-JKMN") == 1
    assert "away from this computer" in page.saved_note.text()


def test_the_recovery_key_file_dialog_suggests_a_name_not_the_home_folder(qtbot, monkeypatch):
    from journal.ui.first_run import pages
    from journal.ui.first_run.pages import RecoveryKeyPage

    suggested = []

    def qt_file_dialog(_parent, _title, where, _filter):
        suggested.append(where)
        return "", ""

    monkeypatch.setattr(pages.QFileDialog, "getSaveFileName", qt_file_dialog)
    page = RecoveryKeyPage("ABCD-EFGH-JKMN", group_index=1)
    qtbot.addWidget(page)
    assert page.ask_save_path() == ""
    assert suggested == ["recovery-key.txt"]


def test_strength_words_follow_the_estimator_not_the_length(qtbot):
    window = FirstRunWindow(TODAY)
    qtbot.addWidget(window)
    fields = window.passphrase.fields
    fields.first.setText("passwordpassword")  # long but common
    weak = fields.strength.text()
    fields.first.setText("lantern meadow quietly folding")
    strong = fields.strength.text()
    assert weak != strong
    assert "easy to guess" in weak.lower()
    assert "hard to guess" in strong
