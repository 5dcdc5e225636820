"""Every control a person can reach has an accessible name; the demo journal; the daily reminder."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from helpers.app_window import TODAY, unlock

_INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QListWidget)


def _unnamed(root: QWidget) -> list[str]:
    found = []
    for kind in _INTERACTIVE:
        for widget in root.findChildren(kind):
            inner = isinstance(widget.parent(), QAbstractSpinBox | QComboBox)  # a spin box's own line edit
            tab_bar_button = type(widget).__name__ in ("QToolButton", "CloseButton")
            # Qt gives a button with visible text that text as its accessible name.
            says_itself = isinstance(widget, QAbstractButton) and bool(widget.text().replace("&", "").strip())
            if not widget.accessibleName() and not inner and not tab_bar_button and not says_itself:
                label = getattr(widget, "text", lambda: "")()
                found.append(f"{type(widget).__name__}({label!r})")
    return found


def test_unlock_and_first_run_controls_are_named(qtbot):
    from journal.core.crypto.recovery_key import generate_recovery_key
    from journal.core.domain.catalog import load_default_catalog
    from journal.ui.first_run.window import FirstRunWindow
    from journal.ui.unlock_window import UnlockWindow

    unlock_window = UnlockWindow()
    qtbot.addWidget(unlock_window)
    assert _unnamed(unlock_window) == []
    wizard = FirstRunWindow(TODAY)
    qtbot.addWidget(wizard)
    wizard.show_recovery_key(generate_recovery_key(), load_default_catalog())
    assert _unnamed(wizard) == []


def test_main_window_and_settings_controls_are_named(qtbot, make_journal, make_controller):
    journal, _ = make_journal()
    journal.close()
    controller = make_controller()
    qtbot.addWidget(controller.start())
    unlock(qtbot, controller)
    assert _unnamed(controller.main_window) == []
    dialog = controller.main_window.make_settings_dialog()
    qtbot.addWidget(dialog)
    assert _unnamed(dialog) == []


def test_demo_journal_is_made_on_first_start_and_opens_with_demo(qtbot, make_controller, tmp_path):
    controller = make_controller(tmp_path / "demo", demo=True)
    window = controller.start()
    qtbot.addWidget(window)
    assert "its passphrase is demo" in window.demo_note.text()
    qtbot.waitUntil(lambda: window.field.isEnabled(), timeout=20_000)
    unlock(qtbot, controller, "demo")
    assert len(controller.journal.dates()) > 100


def test_reminder_comes_once_after_its_time_only_when_today_is_empty(qtbot, journal):
    from dataclasses import replace

    from journal.ui.reminder import DailyReminder

    now = [dt.datetime(2026, 11, 24, 19, 0)]
    reminder = DailyReminder(journal, lambda: now[0])
    assert reminder.check() is False, "off by default"
    with journal.transaction() as session:
        journal.save_settings(session, replace(journal.settings(), reminder_enabled=True, reminder_time="20:00"))
    assert reminder.check() is False, "not before its time"
    now[0] = dt.datetime(2026, 11, 24, 20, 30)
    assert reminder.check() is True
    assert reminder.check() is False, "once a day"
