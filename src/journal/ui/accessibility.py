"""Small helpers so screen readers meet the app as sighted people do: roles Qt cannot guess, live announcements.

Qt gives a plain `QWidget` the role "client" (AT-SPI "filler"), which a screen reader skips. A widget
that is really a window, a group of choices or a chart says so with `set_role`; a one-time factory
hands Qt an interface with that role. `announce` speaks a short status ("Saved", why unlocking
failed) without moving focus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QLabel, QWidget

ROLE_PROPERTY = "journalAccessibleRole"
_installed: list[bool] = []
_interfaces: dict[int, QAccessibleInterface] = {}  # kept alive while Qt holds them; dropped when the widget goes


def _role_factory(_class_name: str, thing: QObject | None) -> QAccessibleInterface | None:
    if not isinstance(thing, QWidget):
        return None
    role = thing.property(ROLE_PROPERTY)
    if role is None:
        return None
    interface = QAccessibleWidget(thing, QAccessible.Role(int(role)))
    key = id(thing)
    _interfaces[key] = interface
    thing.destroyed.connect(lambda _object=None, key=key: _interfaces.pop(key, None))
    return interface


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Give `widget` an accessible role (Window, Grouping, Chart…) instead of Qt's generic one."""
    if not _installed:
        QAccessible.installFactory(_role_factory)
        _installed.append(True)
    widget.setProperty(ROLE_PROPERTY, int(role.value))
    existing = QAccessible.queryAccessibleInterface(widget) if QAccessible.isActive() else None
    if existing is not None and existing.role() != role:  # made before the role was known: let Qt ask again
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(existing))


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have a screen reader say `text` (a status that appeared next to `widget`), without moving focus."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def name_combo(combo: QComboBox, text: str) -> QLabel:
    """Name a drop-down by what it is for, not by its current value.

    On Linux Qt reports a combo box's name as its current text and its label through a `QLabel`
    whose buddy it is (so a visible label only needs `setBuddy`). A drop-down with no visible label
    of its own gets one here, unseen, beside it; call this once the combo box is in its final parent.
    """
    combo.setAccessibleName(text)  # the name on other platforms
    label = QLabel(text, combo.parentWidget())
    label.setBuddy(combo)
    label.hide()
    return label
