"""The first run protects without trapping (issue 19, items 4 and 13): easy passphrases and skipping the
recovery key are asked about and allowed, the key's groups carry numbers, and the day counter is a choice."""

from __future__ import annotations

import datetime as dt

import app_window_support
from app_window_support import OFFSCREEN_NOISE
from PySide6.QtCore import QSettings, Qt

from journal.core.crypto.recovery_key import generate_recovery_key
from journal.core.domain.catalog import load_default_catalog
from journal.ui.app_settings import AppSettings
from journal.ui.first_run.choices import FirstRunChoices, apply_first_run_choices
from journal.ui.first_run.pages import RecoveryKeyPage
from journal.ui.first_run.window import ABOUT_YOU, PASSPHRASE, RECOVERY, WELCOME, FirstRunWindow
from journal.ui.settings_dialog import SettingsDialog
from journal.ui.today.day_counter import counter_text

pytestmark = OFFSCREEN_NOISE
app_settings = app_window_support.app_settings  # a fixture, shared
make_controller = app_window_support.make_controller  # a fixture, shared
TODAY = dt.date(2026, 11, 24)


def _at_passphrase(qtbot, passphrase: str) -> FirstRunWindow:
    window = FirstRunWindow(TODAY)
    qtbot.addWidget(window)
    window.next_button.click()
    window.passphrase.fields.first.setText(passphrase)
    window.passphrase.fields.second.setText(passphrase)
    return window


def test_an_easy_passphrase_is_asked_about_and_can_still_be_used(qtbot):
    window = _at_passphrase(qtbot, "abcd")
    asked = []
    window.confirm_weak_passphrase = lambda: asked.append(True) or False
    with qtbot.assertNotEmitted(window.passphrase_chosen):
        window.next_button.click()
    assert asked and window.step == PASSPHRASE, "choosing another keeps the person on the step"

    window.confirm_weak_passphrase = lambda: True
    with qtbot.waitSignal(window.passphrase_chosen) as chosen:
        window.next_button.click()
    assert chosen.args == ["abcd"]


def test_a_strong_passphrase_is_not_asked_about(qtbot):
    window = _at_passphrase(qtbot, "lantern meadow quietly folding")
    window.confirm_weak_passphrase = lambda: pytest_fail("asked about a strong passphrase")
    with qtbot.waitSignal(window.passphrase_chosen):
        window.next_button.click()


def pytest_fail(message: str) -> bool:
    raise AssertionError(message)


def _at_recovery(qtbot) -> FirstRunWindow:
    window = FirstRunWindow(TODAY)
    qtbot.addWidget(window)
    window.show_recovery_key(generate_recovery_key(), load_default_catalog())
    assert window.step == RECOVERY
    return window


def test_skipping_the_recovery_key_says_what_it_means_and_is_allowed(qtbot):
    window = _at_recovery(qtbot)
    window.confirm_skip_recovery_key = lambda: False
    window.skip_button.click()
    assert window.step == RECOVERY
    window.confirm_skip_recovery_key = lambda: True
    window.skip_button.click()
    assert window.step == ABOUT_YOU


def test_the_skip_question_names_what_is_lost(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text() + " " + box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window = _at_recovery(qtbot)
    assert window.confirm_skip_recovery_key() is False, "closing the question does not skip"
    assert "forgotten passphrase" in shown[0] and "Settings" in shown[0]
    window.confirm_weak_passphrase()
    assert "easy to guess" in shown[1]


def test_the_key_groups_carry_the_numbers_the_check_asks_for(qtbot):
    page = RecoveryKeyPage("ABCD-EFGH-JKMN-PQRS-TVWX", group_index=4)
    qtbot.addWidget(page)
    text = page.key_label.text()
    for number, group in enumerate(page.groups, start=1):
        assert f">{number}</span><br>{group}<" in text


def test_a_wrong_group_and_enter_says_so(qtbot):
    window = _at_recovery(qtbot)
    page = window.recovery
    page.confirm.setText("ZZZZ")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert window.step == RECOVERY
    assert f"group {page.group_index + 1}" in page.confirm_note.text()
    page.confirm.setText(page.groups[page.group_index])
    assert page.confirm_note.text() == "That matches."
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert window.step == ABOUT_YOU


def test_return_on_the_welcome_page_begins_and_there_is_no_second_begin(qtbot):
    window = FirstRunWindow(TODAY)
    qtbot.addWidget(window)
    assert window.step == WELCOME
    assert not window.skip_button.isVisibleTo(window), "Skip did the same as Begin"
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.step == PASSPHRASE


def test_the_day_counter_is_off_unless_chosen_and_counts_in_the_chosen_words(journal):
    assert journal.settings().show_day_counter is False
    apply_first_run_choices(journal, FirstRunChoices(losses=((TODAY, "Robin"),)))
    assert journal.settings().show_day_counter is False
    apply_first_run_choices(journal, FirstRunChoices(day_counter="weeks"))
    assert journal.settings().show_day_counter is True
    assert journal.settings().day_counter_wording == "weeks"

    assert counter_text(14, "Robin", "days") == "Day 14 since Robin"
    assert counter_text(14, "Robin", "weeks") == "2 weeks since Robin"
    assert counter_text(17, "Robin", "weeks") == "2 weeks and 3 days since Robin"
    assert counter_text(8, "Robin", "weeks") == "1 week and 1 day since Robin"
    assert counter_text(1, "Robin", "weeks") == "1 day since Robin"
    assert counter_text(0, "Robin", "weeks") == "The day of Robin"


def test_settings_offer_the_same_wordings_and_say_1_minute(qtbot, journal, tmp_path):
    dialog = SettingsDialog(journal, AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(dialog)
    assert dialog.day_counter.currentData() == ""
    dialog.auto_lock.setValue(1)
    assert dialog.auto_lock.text() == "1 minute"
    dialog.auto_lock.setValue(5)
    assert dialog.auto_lock.text() == "5 minutes"
    dialog.day_counter.setCurrentIndex(dialog.day_counter.findData("days"))
    dialog.save_and_close()
    assert journal.settings().show_day_counter is True
    assert journal.settings().day_counter_wording == "days"
