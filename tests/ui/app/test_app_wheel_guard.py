"""A wheel turn over a control nobody chose scrolls the page and leaves the value alone (issue 19, item 1).

Every input widget on Today and in Settings is turned, unfocused, and must keep its value; then it
is focused on purpose and the same turn changes it.
"""

from __future__ import annotations

import datetime as dt

import pytest
from app_window_support import OFFSCREEN_NOISE
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

from journal.ui.app_settings import AppSettings
from journal.ui.settings_dialog import SettingsDialog
from journal.ui.today.today_view import TodayView
from journal.ui.wheel_guard import WheelGuard, _guarded_control

pytestmark = OFFSCREEN_NOISE
TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def guard(qapp):
    guard = WheelGuard().install(qapp)
    yield guard
    guard.uninstall(qapp)


def _activate(qtbot, window: QWidget) -> None:
    """Offscreen windows are not made active on their own; focus needs an active window."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _turn(widget: QWidget, steps: int = -1, inner: bool = True) -> None:
    """One wheel notch over the middle of `widget`, sent to the widget under the pointer."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    target = widget
    if inner and isinstance(widget, QAbstractSpinBox):  # the pointer is over the text part of a spin box
        target = widget.lineEdit() if hasattr(widget, "lineEdit") else widget
        target = target or widget
        centre = QPointF(target.mapFrom(widget, centre.toPoint()))
    event = QWheelEvent(
        centre,
        QPointF(target.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(target, event)


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSlider):
        return widget.value()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    raise AssertionError(widget)


def _inputs(root: QWidget) -> list[QWidget]:
    return [widget for widget in root.findChildren(QWidget) if _guarded_control(widget) is widget]


def _check_every_input(qtbot, root: QWidget, inputs: list[QWidget]) -> None:
    assert inputs
    for widget in inputs:
        widget.setEnabled(True)
        qtbot.waitUntil(widget.isVisible) if widget.window().isVisible() else None
        root.setFocus()
        if widget.hasFocus():
            widget.clearFocus()
        assert not widget.hasFocus()
        before = _value(widget)
        _turn(widget)
        _turn(widget, steps=1)
        _turn(widget, steps=1)
        assert _value(widget) == before, f"{widget.accessibleName() or widget} changed without being chosen"
        assert widget.focusPolicy() != Qt.FocusPolicy.WheelFocus


def test_wheel_over_unfocused_today_controls_scrolls_the_page_and_changes_nothing(qtbot, guard, journal):
    view = TodayView(journal, lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(700, 420)
    view.show()
    _activate(qtbot, view)
    inputs = _inputs(view)
    kinds = {type(widget).__name__ for widget in inputs}
    assert {"QComboBox", "QSpinBox", "QDoubleSpinBox", "DateField"} <= kinds
    _check_every_input(qtbot, view, inputs)
    assert view.form.entry().symptoms == {}

    scroll_bar = view.scroll.verticalScrollBar()
    scroll_bar.setValue(0)
    bleeding = view.form.symptoms["bleeding"].combo
    view.scroll.ensureWidgetVisible(bleeding)
    start = scroll_bar.value()
    assert scroll_bar.maximum() > start
    _turn(bleeding)
    assert scroll_bar.value() > start, "the turn went on to the page"
    assert bleeding.currentIndex() == 0

    _activate(qtbot, view)
    bleeding.setFocus(Qt.FocusReason.MouseFocusReason)
    assert bleeding.hasFocus()
    _turn(bleeding)
    assert bleeding.currentIndex() == 1, "a control chosen on purpose still follows the wheel"


def test_wheel_over_unfocused_settings_controls_changes_nothing(qtbot, guard, journal, tmp_path):
    app_settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = SettingsDialog(journal, app_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _activate(qtbot, dialog)
    inputs = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        page = dialog.tabs.widget(index)
        page_inputs = _inputs(page)
        _check_every_input(qtbot, dialog, page_inputs) if page_inputs else None
        inputs += page_inputs
    kinds = {type(widget).__name__ for widget in inputs}
    assert {"QComboBox", "QSpinBox", "QTimeEdit"} <= kinds
    lock = dialog.auto_lock
    dialog.tabs.setCurrentIndex(0)
    _activate(qtbot, dialog)
    lock.setFocus(Qt.FocusReason.TabFocusReason)
    assert lock.hasFocus()
    before = lock.value()
    _turn(lock, steps=1, inner=False)  # a sent event stays where it is sent: Qt hands only real ones to the parent
    assert lock.value() == before + 1
