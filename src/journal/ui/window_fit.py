"""Every window fits the screen it opens on, and a remembered position comes back onto a screen.

At 200 % (`QT_SCALE_FACTOR=2` on a 1440×900 screen the app sees 720×450) the first run and
Settings put their buttons below the screen's edge. One application filter, installed at start,
shrinks each window as it is shown to the screen's available area and moves it fully onto it;
the long windows scroll their content, so shrinking never hides a button. A window placed on a
screen that has since gone (a remembered position from an unplugged monitor) is centred on the
screen under it instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QStyle, QWidget

FRAME_ALLOWANCE = QSize(16, 48)  # a window manager's frame and title bar, which Qt learns only after showing


def available_area(window: QWidget) -> QRect:
    """Where `window` may go: the available area of its screen (or the primary one)."""
    screen: QScreen | None = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def fit_to_screen(window: QWidget) -> None:
    """Shrink `window` to fit its screen's available area, and bring it fully onto that area."""
    area = available_area(window)
    room = QSize(max(200, area.width() - FRAME_ALLOWANCE.width()), max(150, area.height() - FRAME_ALLOWANCE.height()))
    size = window.size().boundedTo(room)
    if size != window.size():
        window.resize(size.expandedTo(window.minimumSize()).boundedTo(room))
    bring_onto_screen(window)


def bring_onto_screen(window: QWidget) -> None:
    """Move `window` so all of it lies on a screen; one off every screen is centred on the primary screen."""
    frame = window.frameGeometry()
    screens = QGuiApplication.screens()
    on_a_screen = any(screen.availableGeometry().intersects(frame) for screen in screens)
    if not on_a_screen:
        primary = QGuiApplication.primaryScreen()
        if primary is None:
            return
        area = primary.availableGeometry()
        window.move(area.center() - QPoint(frame.width() // 2, frame.height() // 2))
        frame = window.frameGeometry()
    area = available_area(window)
    x = min(max(frame.left(), area.left()), max(area.left(), area.right() - frame.width() + 1))
    y = min(max(frame.top(), area.top()), max(area.top(), area.bottom() - frame.height() + 1))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x + (window.x() - frame.left()), y + (window.y() - frame.top()))


def scrolling(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """`content` in a frameless scroll area, so a window holding it can be shorter than its content.

    It scrolls up and down only: the area is kept as wide as the content needs, so nothing is cut
    off at the side and no sideways scroll bar appears."""
    area = QScrollArea(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    area.setMinimumWidth(content.minimumSizeHint().width() + bar + 2)
    return area


_NOT_FITTED = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


class WindowFitter(QObject):
    """An application event filter: each window, as it is first shown, fits its screen."""

    def install(self, app: QApplication) -> WindowFitter:
        """Watch every window from now on, and fit those already showing (installed after the first one)."""
        app.installEventFilter(self)
        for window in app.topLevelWidgets():
            if window.isVisible() and window.windowType() not in _NOT_FITTED:
                fit_to_screen(window)
        return self

    def uninstall(self, app: QApplication) -> None:
        app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Show or not isinstance(watched, QWidget):
            return False
        if watched.isWindow() and watched.windowType() not in _NOT_FITTED:
            fit_to_screen(watched)
        return False
