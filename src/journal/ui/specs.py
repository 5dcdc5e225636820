"""How other parts of the app plug views and tools into the main window without editing it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from journal.core.journal import Journal


class ViewSpec(NamedTuple):
    """A tab beside Today (Review, Library…), built fresh from the unlocked journal after each unlock."""

    title: str
    factory: Callable[[Journal, QWidget], QWidget]


class ToolSpec(NamedTuple):
    """A menu action (Export…, Back up now…) that gets the unlocked journal and the main window."""

    menu: str
    title: str
    run: Callable[[Journal, QWidget], None]
