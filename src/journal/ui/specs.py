"""How other parts of the app plug views and tools into the main window without editing it.

The plug-ins and the window meet through the Protocols below, not through attribute names looked up
at run time: a view that re-reads the journal when shown, the prompt card Today holds, and what a
plug-in may ask of the window it is built into. Tests build plug-ins into a bare widget too, so each
is checked with `isinstance` where a plug-in receives a plain `QWidget`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, Protocol, runtime_checkable

from PySide6.QtWidgets import QStatusBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from journal.core.journal import Journal


@runtime_checkable
class RefreshableView(Protocol):
    """A tab that reads the journal again each time it is shown, so edits made in Today appear there."""

    def refresh(self) -> None: ...


@runtime_checkable
class DayPromptCard(Protocol):
    """What Today asks of its prompt card (`PromptCard`); the placeholder before prompts has none of it."""

    @property
    def write_about_requested(self) -> SignalInstance: ...

    def set_date(self, date: dt.date) -> None: ...


@runtime_checkable
class HostWindow(Protocol):
    """What a plug-in may ask of the window it is built into (`MainWindow`)."""

    def open_day(self, date: dt.date) -> None: ...

    def save_everything(self) -> bool: ...

    def reload_views(self) -> None: ...

    def refresh_shown_view(self) -> None: ...

    def shown_date(self) -> dt.date: ...

    def statusBar(self) -> QStatusBar: ...  # Qt's name


class ViewSpec(NamedTuple):
    """A tab beside Today (Review, Library…), built fresh from the unlocked journal after each unlock."""

    title: str
    factory: Callable[[Journal, QWidget], QWidget]


class ToolSpec(NamedTuple):
    """A menu action (Export…, Back up now…) that gets the unlocked journal and the main window."""

    menu: str
    title: str
    run: Callable[[Journal, QWidget], None]
