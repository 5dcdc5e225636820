"""The prompt card on Today: one gentle invitation to write, easy to change, use or set aside.

Every choice goes through `journal.core.prompts.today`; the card only shows the offer it gets back. What
it records: a prompt as shown when it is put on the card (once per prompt per day), and as used when
the person chooses to write about it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from journal.core.domain.key_dates import KeyDateKind
from journal.core.errors import JournalError
from journal.core.prompts import today as todays_prompt
from journal.core.prompts.library import PromptLibrary, load_prompt_library
from journal.core.prompts.today import OfferState, PromptOffer
from journal.ui.content_locale import content_locale

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.journal import Journal

PROMPT_FONT_SCALE = 1.3
#: A quiet card: the page colour of the palette, a thin edge, soft corners. Buttons keep the app's look.
CARD_STYLE = "QFrame#promptCard { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }"


class PromptCard(QFrame):
    """Today's prompt with "Write about this", "Another", "Not today" and a way to hide its theme.

    `set_date(day)` follows the day the Today view shows: a later day becomes the new today (the app
    stayed open past midnight); an earlier day hides the card, because prompts belong to today.
    """

    #: The person chose to write about the prompt: (prompt id, prompt text). Today puts it above the note.
    write_about_requested = Signal(str, str)
    #: Prompt settings in the journal changed ("not today", a hidden theme): other views may re-read them.
    settings_changed = Signal()

    def __init__(
        self, journal: Journal, today: dt.date, parent: QWidget | None = None, library: PromptLibrary | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._today = today
        self._library: PromptLibrary = library or load_prompt_library(content_locale())
        self._hidden: tuple[str, str] | None = None  # (theme key, prompt on the card) until "Bring them back"
        self.offer = PromptOffer(today, OfferState.PAUSED)
        self.setObjectName("promptCard")
        self.setStyleSheet(CARD_STYLE)
        self.setAccessibleName(self.tr("A prompt, if you want one"))

        self.caption = QLabel(self.tr("A prompt, if you want one"))
        self.caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hard_date_line = QLabel()
        self.hard_date_line.setWordWrap(True)
        self.hard_date_line.setAccessibleName(self.tr("A note about today"))
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setAccessibleName(self.tr("Today's prompt"))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * PROMPT_FONT_SCALE)
        self.prompt_label.setFont(font)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Prompt message"))
        self.undo_hide_button = QPushButton(self.tr("Bring them back"))
        self.undo_hide_button.setAccessibleName(self.tr("Bring back the prompts you just hid"))

        self.write_button = QPushButton(self.tr("Write about this"))
        self.write_button.setAccessibleName(self.tr("Write about this prompt"))
        self.another_button = QPushButton(self.tr("Another"))
        self.another_button.setAccessibleName(self.tr("Show another prompt"))
        self.not_today_button = QPushButton(self.tr("Not today"))
        self.not_today_button.setAccessibleName(self.tr("No prompts today"))
        self.hide_theme_action = QAction(self)
        self.more_menu = QMenu(self)
        self.more_menu.addAction(self.hide_theme_action)
        self.more_button = QPushButton(self.tr("More"))
        self.more_button.setAccessibleName(self.tr("More choices for this prompt"))
        self.more_button.setMenu(self.more_menu)

        self._buttons = QHBoxLayout()
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.undo_hide_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.caption)
        layout.addWidget(self.hard_date_line)
        layout.addWidget(self.prompt_label)
        layout.addLayout(self._buttons)
        layout.addLayout(message_row)

        self.write_button.clicked.connect(self.write_about)
        self.another_button.clicked.connect(self.show_another)
        self.not_today_button.clicked.connect(self.not_today)
        self.hide_theme_action.triggered.connect(self.hide_current_theme)
        self.undo_hide_button.clicked.connect(self.undo_hide_theme)
        self.refresh()

    # -- what the Today view calls ------------------------------------------------------------

    @property
    def today(self) -> dt.date:
        return self._today

    def set_date(self, day: dt.date) -> None:
        """Follow the day shown on Today: a later day is the new today; an earlier one hides the card."""
        if day < self._today:
            self._set_shown(False)
            return
        self._today = day
        self.refresh()

    def refresh(self) -> None:
        """Show today's prompt afresh, e.g. after prompt settings changed elsewhere."""
        self._hidden = None
        self._present(
            self._guarded_offer(lambda: todays_prompt.todays_offer(self._journal, self._today, self._library))
        )

    # -- the person's choices ------------------------------------------------------------------

    def show_another(self) -> None:
        current = self.offer.prompt.id if self.offer.prompt else None
        self._hidden = None
        self._present(
            self._guarded_offer(lambda: todays_prompt.another_offer(self._journal, self._today, current, self._library))
        )

    def write_about(self) -> None:
        prompt = self.offer.prompt
        if prompt is None:
            return
        self._write(lambda session: todays_prompt.mark_used(self._journal, session, prompt.id, self._today))
        self.write_about_requested.emit(prompt.id, prompt.text)

    def not_today(self) -> None:
        if self._write(lambda session: todays_prompt.set_not_today(self._journal, session, self._today)):
            self.settings_changed.emit()
            self.refresh()

    def hide_current_theme(self) -> None:
        theme, prompt = self.offer.theme, self.offer.prompt
        if theme is None or prompt is None:
            return
        if self._write(lambda session: todays_prompt.hide_theme(self._journal, session, theme.key)):
            self.settings_changed.emit()
            self.refresh()
            self._hidden = (theme.key, prompt.id)
            if self.offer.state is not OfferState.OFFERED:
                self._show_parts(prompt=False)  # nothing left to offer, but the way back stays in reach for now
            self._set_shown(True)
            self._say(self.tr("Prompts about “%1” are hidden now.").replace("%1", theme.title))
            self.undo_hide_button.setVisible(True)

    def undo_hide_theme(self) -> None:
        """Undo hiding a theme: the theme comes back, and so does the prompt that was on the card."""
        if self._hidden is None:
            return
        theme, prompt_id = self._hidden

        def bring_back(session: Session) -> None:
            todays_prompt.show_theme(self._journal, session, theme)
            todays_prompt.show_again(self._journal, session, prompt_id, self._today)

        if self._write(bring_back):
            self.settings_changed.emit()
            self.refresh()

    # -- showing -------------------------------------------------------------------------------

    def _present(self, offer: PromptOffer | None) -> None:
        if offer is None:
            return
        self.offer = offer
        self.undo_hide_button.setVisible(False)
        self.message.clear()
        self.message.setVisible(False)
        self.hard_date_line.setText(self._hard_date_words(offer))
        if offer.state is OfferState.PAUSED or (offer.state is OfferState.NONE_LEFT and offer.hard_date is None):
            self._set_shown(False)
            return
        self._set_shown(True)
        if offer.state is OfferState.NONE_LEFT:
            # Hiding the gentle theme hides its prompts, not the word that today may be hard.
            self._show_parts(prompt=False)
            return
        if offer.state is OfferState.NOT_TODAY:
            self._show_parts(prompt=False)
            self._say(self.tr("No prompt today. The page is still here if you want it."))
            return
        prompt, theme = offer.prompt, offer.theme
        assert prompt is not None and theme is not None
        self.prompt_label.setText(prompt.text)
        self.hide_theme_action.setText(self.tr("Hide prompts about “%1”").replace("%1", theme.title))
        self.another_button.setEnabled(offer.choices > 1)
        self._show_parts(prompt=True)
        self._arrange_buttons(near_hard_date=offer.hard_date is not None)
        self._write(lambda session: todays_prompt.mark_shown(self._journal, session, offer), quiet=True)

    def _set_shown(self, shown: bool) -> None:
        """Hide or un-hide the card inside its parent; a card without a parent is its caller's to show."""
        if not shown:
            self.setVisible(False)
        elif not self.isWindow():
            self.setVisible(True)

    def _show_parts(self, *, prompt: bool) -> None:
        self.caption.setVisible(prompt)
        self.prompt_label.setVisible(prompt)
        self.hard_date_line.setVisible(bool(self.hard_date_line.text()) and self.offer.state is not OfferState.PAUSED)
        for button in (self.write_button, self.another_button, self.not_today_button, self.more_button):
            button.setVisible(prompt)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def _arrange_buttons(self, *, near_hard_date: bool) -> None:
        """Near a hard date "Not today" comes first and stands out; otherwise writing comes first."""
        while self._buttons.count():
            self._buttons.takeAt(0)
        first = (self.not_today_button, self.write_button) if near_hard_date else (self.write_button,)
        rest = (self.another_button,) if near_hard_date else (self.another_button, self.not_today_button)
        for button in (*first, *rest):
            self._buttons.addWidget(button)
        self._buttons.addStretch(1)
        self._buttons.addWidget(self.more_button)
        font = QFont(self.not_today_button.font())
        font.setBold(near_hard_date)
        self.not_today_button.setFont(font)
        chain = [*first, *rest, self.more_button]
        for before, after in itertools.pairwise(chain):
            self.setTabOrder(before, after)

    def _hard_date_words(self, offer: PromptOffer) -> str:
        if offer.hard_date is None:
            return ""
        label = offer.hard_date.label
        if offer.hard_date.kind is KeyDateKind.DUE_DATE:
            return self.tr("Your due date is near. Today may be hard, and you don't have to write anything.")
        if offer.hard_date.kind is KeyDateKind.OTHER:
            if label:
                return self.tr("“%1” is near. Today may be hard, and you don't have to write anything.").replace(
                    "%1", label
                )
            return self.tr("A date you marked is near. Today may be hard, and you don't have to write anything.")
        if label:
            return self.tr(
                "The anniversary of “%1” is near. Today may be hard, and you don't have to write anything."
            ).replace("%1", label)
        return self.tr("The anniversary of your loss is near. Today may be hard, and you don't have to write anything.")

    # -- talking to the journal ----------------------------------------------------------------

    def _guarded_offer(self, ask: Callable[[], PromptOffer]) -> PromptOffer | None:
        if self._journal.is_locked:
            self._set_shown(False)
            return None
        try:
            return ask()
        except JournalError:
            self._set_shown(False)  # a locked or unreadable journal: a prompt is not worth a message
            return None

    def _write(self, change: Callable[[Session], None], *, quiet: bool = False) -> bool:
        """Run one change in its own transaction; say so gently if the disk refused (unless `quiet`)."""
        try:
            with self._journal.transaction() as session:
                change(session)
        except JournalError as error:
            if not quiet:
                self._say(str(error))
            return False
        return True
