"""A quiet line on Today: the way to the page on when to contact a clinician, and a pointer when it fits.

When today's recorded values meet a rule in `resources/safety/pointers.toml`, one calm sentence says what
the person noted and that the page is there if they want it. It is never a diagnosis, never an alarm
colour, never a pop-up; it can be set aside for the rest of the day (remembered, sealed, in the journal).
The link to the page is always here, so the page is one click away from Today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from journal.core.domain.entry import Measurement
from journal.core.errors import JournalError
from journal.core.safety.dismissal import dismiss, dismissed_on
from journal.core.safety.pointers import PointerHit, load_pointer_rules, pointer_for

if TYPE_CHECKING:
    from journal.core.journal import Journal
    from journal.ui.safety.safety_dialog import SafetyDialog


class SafetyLine(QWidget):
    """The pointer sentence (when a rule holds today and it was not set aside) and the link to the page."""

    def __init__(self, journal: Journal, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._today = today
        self.page: SafetyDialog | None = None
        self.pointer = QLabel()
        self.pointer.setWordWrap(True)
        self.pointer.setAccessibleName(self.tr("A note about what you recorded today"))
        self.dismiss_button = QPushButton(self.tr("Hide for today"))
        self.dismiss_button.setAccessibleName(self.tr("Hide this note for today"))
        self.dismiss_button.setFlat(True)
        self.page_button = QPushButton(self.tr("When to contact a clinician"))
        self.page_button.setAccessibleName(self.tr("Open the page on when to contact a clinician"))
        self.page_button.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pointer, 1)
        layout.addWidget(self.dismiss_button)
        layout.addStretch(0)
        layout.addWidget(self.page_button)
        self.page_button.clicked.connect(self.open_page)
        self.dismiss_button.clicked.connect(self.dismiss_for_today)
        self.refresh()

    def refresh(self) -> None:
        """Look at today's saved values again (after a save, or when the day turns)."""
        hit = None
        today = self._today()
        if not self._journal.is_locked:
            try:
                if not dismissed_on(self._journal, today):
                    hit = pointer_for(self._journal.day(today), load_pointer_rules())
            except JournalError:
                hit = None
        self.pointer.setText(self.words_for(hit) if hit else "")
        self.pointer.setVisible(hit is not None)
        self.dismiss_button.setVisible(hit is not None)

    def dismiss_for_today(self) -> None:
        try:
            with self._journal.transaction() as session:
                dismiss(self._journal, session, self._today())
        except JournalError:
            pass  # the line simply stays; nothing is lost
        self.refresh()

    def open_page(self) -> None:
        from journal.ui.content_locale import content_locale
        from journal.ui.safety.safety_dialog import open_safety_page

        self.page = open_safety_page(self._journal, self.window(), content_locale())

    def words_for(self, hit: PointerHit) -> str:
        """One calm sentence: what was noted, and that the page is there if wanted."""
        values = dict(hit.values)
        after = self.tr("The page on when to contact a clinician is here if you want it.")
        temperature = values.get("temperature")
        if hit.rule_id == "temperature" and isinstance(temperature, Measurement):
            amount = QLocale().toString(temperature.value, "f", 1)
            unit = "°F" if temperature.unit == "F" else "°C"
            noted = self.tr("You noted a temperature of {value}.").format(value=f"{amount} {unit}")
        elif hit.rule_id == "heavy_bleeding_with_clots":
            noted = self.tr("You noted heavy bleeding with clots.")
        elif hit.rule_id == "dizziness":
            noted = self.tr("You noted feeling very dizzy.")
        elif hit.rule_id == "pain" and isinstance(values.get("cramping"), int | float):
            noted = self.tr("You noted pain at {value} of 10.").format(value=QLocale().toString(values["cramping"]))
        else:
            noted = self.tr("You noted something today that the page mentions.")
        return f"{noted} {after}"
