"""The mouse wheel scrolls the page; it changes a value only in a control the person chose.

Scrolling a long check-in with the pointer passing over a drop-down or a spin box used to change
that value ("Not noted" became "1 of 3"), and the change reached the clinician's PDF. One filter,
installed on the application, covers every spin box, date field, drop-down and slider the app
will ever build: such a control takes focus only by a click or Tab (never by the wheel), and
while it does not have focus a wheel turn goes on to the page behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QScrollBar, QWidget

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def _guarded_control(widget: QWidget) -> QWidget | None:
    """The guarded control `widget` is, or is part of (the line edit inside a spin box or an editable combo)."""
    for candidate in (widget, widget.parentWidget()):
        if isinstance(candidate, GUARDED) and not isinstance(candidate, QScrollBar):  # scroll bars are for scrolling
            return candidate
    return None


class WheelGuard(QObject):
    """An application event filter; `install(app)` once, early."""

    def install(self, app: QApplication) -> WheelGuard:
        app.installEventFilter(self)
        return self

    def uninstall(self, app: QApplication) -> None:
        app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish:
            if _guarded_control(watched) is watched and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        control = _guarded_control(watched)
        if control is None or control.hasFocus():
            return False
        focused = QApplication.focusWidget()
        if focused is not None and control.isAncestorOf(focused):
            return False
        assert isinstance(event, QWheelEvent)
        _pass_to_page(control, event)
        event.accept()  # stops Qt handing the same turn up the parents a second time
        return True


def _pass_to_page(control: QWidget, event: QWheelEvent) -> None:
    """Offer the wheel turn to the control's parents, nearest first, as Qt would have if the control had ignored it."""
    parent = control.parentWidget()
    position = control.mapTo(control.window(), event.position().toPoint()) if parent else None
    while parent is not None and position is not None:
        local = parent.mapFrom(parent.window(), position)
        forwarded = QWheelEvent(
            local,
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
            event.source(),
        )
        forwarded.ignore()
        QApplication.sendEvent(parent, forwarded)
        if forwarded.isAccepted() or parent.isWindow():
            return
        parent = parent.parentWidget()
