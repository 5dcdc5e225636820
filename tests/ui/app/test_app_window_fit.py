"""Every window fits a 200 % screen, scrolling its content, and comes back onto a visible screen (issue 19, item 2).

At `QT_SCALE_FACTOR=2` a 1440×900 screen is 720×450 to the app. Each window is given that screen
and must fit it with its buttons inside; a window remembered off every screen comes back onto one.
"""

from __future__ import annotations

import datetime as dt

import pytest
from app_window_support import OFFSCREEN_NOISE
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

import journal.ui.window_fit as window_fit
from journal.core.crypto.recovery_key import generate_recovery_key
from journal.core.domain.catalog import load_default_catalog
from journal.ui.about_dialog import AboutDialog
from journal.ui.app_settings import AppSettings
from journal.ui.exchange.export_dialog import ExportDialog
from journal.ui.first_run.window import FirstRunWindow
from journal.ui.key_dates_dialog import KeyDatesDialog
from journal.ui.settings_dialog import SettingsDialog
from journal.ui.window_fit import WindowFitter, bring_onto_screen

pytestmark = OFFSCREEN_NOISE
TODAY = dt.date(2026, 11, 24)
SMALL = QRect(0, 0, 720, 450)  # 1440×900 at 200 %


@pytest.fixture
def small_screen(qapp, monkeypatch):
    monkeypatch.setattr(window_fit, "available_area", lambda _window: QRect(SMALL))
    fitter = WindowFitter().install(qapp)
    yield
    fitter.uninstall(qapp)


def _fits(qtbot, window: QWidget) -> None:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    room = SMALL.size() - window_fit.FRAME_ALLOWANCE  # the window manager's frame and title bar go on top
    assert window.width() <= room.width() and window.height() <= room.height(), window.size()
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.window() is window and type(button).__name__ == "QPushButton":
            corner = button.mapTo(window, button.rect().bottomRight())
            inside = window.rect().contains(corner)
            scrolled = any(type(ancestor).__name__ == "QScrollArea" for ancestor in _ancestors(button, window))
            assert inside or scrolled, f"{button.text()!r} is outside the window"


def _ancestors(widget: QWidget, top: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def test_every_first_run_step_fits_a_200_percent_screen(qtbot, small_screen):
    window = FirstRunWindow(TODAY)
    _fits(qtbot, window)
    window.next_button.click()
    _fits(qtbot, window)
    window.show_recovery_key(generate_recovery_key(), load_default_catalog())
    _fits(qtbot, window)
    window.next_button.setEnabled(True)
    window._go(3)
    _fits(qtbot, window)
    assert window.next_button.isVisible()


def test_settings_and_other_dialogs_fit_a_200_percent_screen(qtbot, small_screen, journal, tmp_path):
    app_settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings = SettingsDialog(journal, app_settings)
    _fits(qtbot, settings)
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        _fits(qtbot, settings)
    _fits(qtbot, AboutDialog(journal.files.data_dir))
    _fits(qtbot, KeyDatesDialog(journal, TODAY))
    export = ExportDialog(journal, TODAY)
    _fits(qtbot, export)
    assert export.export_button.isVisible()


def test_a_window_remembered_off_every_screen_comes_back(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    window.move(40_000, 30_000)
    bring_onto_screen(window)
    screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    assert any(area.contains(window.frameGeometry()) for area in screens)


def test_a_window_hanging_over_the_edge_is_moved_fully_on(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    area = QGuiApplication.primaryScreen().availableGeometry()
    window.move(area.right() - 100, area.bottom() - 50)
    bring_onto_screen(window)
    assert area.contains(window.frameGeometry())
