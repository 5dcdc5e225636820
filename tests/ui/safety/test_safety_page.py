"""The safety page opens from Help and from Today, keeps the person's own numbers, and the pointer stays quiet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QApplication, QGroupBox

from journal.core.domain.entry import DayEntry, Measurement
from journal.core.prompts.library import load_readings
from journal.core.safety.dismissal import dismissed_on
from journal.core.safety.own_numbers import OwnNumbers, load_own_numbers
from journal.ui.safety.safety_dialog import SafetyDialog
from journal.ui.today.safety_line import SafetyLine

TODAY = dt.date(2026, 11, 24)
SAFETY = next(reading for reading in load_readings() if reading.safety)


def save_day(journal, **symptoms) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(TODAY, symptoms=symptoms))


def test_the_line_points_to_the_page_for_a_high_temperature_and_can_be_hidden_for_today(qtbot, journal) -> None:
    save_day(journal, temperature=Measurement(38.6, "C"))
    line = SafetyLine(journal, lambda: TODAY)
    qtbot.addWidget(line)
    assert not line.pointer.isHidden()
    assert line.pointer.text() == (
        "You noted a temperature of 38.6 °C. The page on when to contact a clinician is here if you want it."
    )
    assert line.pointer.styleSheet() == "" and line.pointer.palette() == QApplication.palette(line.pointer)
    line.dismiss_button.click()
    assert line.pointer.isHidden() and line.dismiss_button.isHidden()
    assert dismissed_on(journal, TODAY)
    again = SafetyLine(journal, lambda: TODAY)
    qtbot.addWidget(again)
    assert again.pointer.isHidden(), "set aside once, it stays away for the rest of the day"
    tomorrow = SafetyLine(journal, lambda: TODAY + dt.timedelta(days=1))
    qtbot.addWidget(tomorrow)
    assert tomorrow.pointer.isHidden(), "tomorrow has no values of its own yet"


def test_below_every_threshold_there_is_only_the_link(qtbot, journal) -> None:
    save_day(journal, temperature=Measurement(37.9, "C"), cramping=7, dizziness=2, bleeding="heavy")
    line = SafetyLine(journal, lambda: TODAY)
    qtbot.addWidget(line)
    assert line.pointer.isHidden() and not line.page_button.isHidden()


def test_fahrenheit_and_pain_are_said_in_their_own_words(qtbot, journal) -> None:
    save_day(journal, temperature=Measurement(100.4, "F"))
    line = SafetyLine(journal, lambda: TODAY)
    qtbot.addWidget(line)
    assert line.pointer.text().startswith("You noted a temperature of 100.4 °F.")
    save_day(journal, cramping=9)
    line.refresh()
    assert line.pointer.text().startswith("You noted pain at 9 of 10.")


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform noise on show()
def test_the_link_opens_the_safety_page(qtbot, journal) -> None:
    line = SafetyLine(journal, lambda: TODAY)
    qtbot.addWidget(line)
    line.page_button.click()
    assert line.page is not None and line.page.isVisible()
    assert line.page.browser.reading == SAFETY
    line.page.close()


def test_own_numbers_are_saved_sealed_and_shown_again(qtbot, journal) -> None:
    page = SafetyDialog(journal, SAFETY)
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled()
    qtbot.keyClicks(page.fields["early_pregnancy_unit"], "0161 555 0100")
    assert page.save_button.isEnabled()
    page.save_button.click()
    assert load_own_numbers(journal) == OwnNumbers(early_pregnancy_unit="0161 555 0100")
    assert page.save_status.text() == "Saved."
    again = SafetyDialog(journal, SAFETY)
    qtbot.addWidget(again)
    assert again.fields["early_pregnancy_unit"].text() == "0161 555 0100"


def test_closing_with_unsaved_numbers_keeps_them(qtbot, journal) -> None:
    page = SafetyDialog(journal, SAFETY)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.fields["gp"], "Dr Ade 020 7946 0000")
    page.reject()
    assert load_own_numbers(journal).gp == "Dr Ade 020 7946 0000"


def test_with_no_support_lines_the_page_names_the_local_emergency_number(qtbot, journal) -> None:
    page = SafetyDialog(journal, SAFETY)
    qtbot.addWidget(page)
    assert "local emergency number" in page.emergency_line.text()
    assert page.support_labels == []


@dataclass(frozen=True)
class Line:
    organisation: str
    purpose: str
    kind: str
    hours: str
    call: str | None = None
    text: str | None = None
    text_keyword: str | None = None
    area: str | None = None


@dataclass(frozen=True)
class Directory:
    place: str | None
    lines: tuple[Line, ...]


def test_support_lines_show_in_order_with_how_to_reach_them(qtbot, journal) -> None:
    lines = Directory(
        "the United Kingdom",
        (
            Line("Samaritans", "Someone to listen.", "crisis", "Any time, free", call="116 123"),
            Line("Shout", "A text conversation.", "crisis", "Any time", text="85258", text_keyword="SHOUT"),
            Line("NHS 111", "Advice when you are not sure.", "advice", "Any time", call="111", area="England"),
            Line("Emergency services", "When life may be at risk.", "emergency", "Any time", call="999"),
        ),
    )
    page = SafetyDialog(journal, SAFETY, lines)
    qtbot.addWidget(page)
    texts = [label.text() for label in page.support_labels]
    assert [text.split(":")[0] for text in texts] == [
        "Emergency services",
        "NHS 111 (England only)",
        "Samaritans",
        "Shout",
    ]
    assert texts[0] == "Emergency services: When life may be at risk.\nCall 999. Any time."
    assert "Text SHOUT to 85258." in texts[3]
    assert page.findChild(QGroupBox).title() == "Support lines in the United Kingdom"
    assert "phone advice line" in page.emergency_line.text()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_help_menu_opens_the_safety_page(qtbot, journal, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from journal.ui.app_settings import AppSettings
    from journal.ui.main_window import MainWindow

    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(journal, settings, lambda: TODAY)
    qtbot.addWidget(window)
    window.safety_action.trigger()
    assert window.safety_page.isVisible() and window.safety_page.browser.reading == SAFETY
    window.safety_page.close()
    assert window.today_view.safety_line.page_button.text() == "When to contact a clinician"


def test_the_page_uses_the_bundled_lines_for_the_country(qtbot, journal) -> None:
    pytest.importorskip("journal.core.safety.helplines", reason="the helplines loader arrives with the content")
    from journal.ui.safety.safety_dialog import support_lines_for

    lines = support_lines_for("en_GB")
    assert lines.lines and lines.place
    page = SafetyDialog(journal, SAFETY, lines)
    qtbot.addWidget(page)
    assert len(page.support_labels) == len(lines.lines)
    assert (
        page.support_labels[0]
        .text()
        .startswith(next(line for line in lines.lines if line.kind == "emergency").organisation)
    )
    assert support_lines_for("eo").lines == ()
