"""Today: the check-in for one day, saved on its own a second after you stop typing (or Ctrl+S).

While you type a long note, the text is also kept as an encrypted draft every few seconds, so a
crash loses at most a few seconds; the next unlock offers the draft back and never overwrites a
saved day without asking.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from journal.ui.today.checkin_form import CheckInForm, focusable_parts
from journal.ui.today.day_navigator import DayNavigator
from journal.ui.today.prompt_slot import PromptPlaceholder
from journal.ui.today.safety_line import SafetyLine

if TYPE_CHECKING:
    from journal.core.journal import Journal

DRAFT_DOCUMENT = "draft"
AUTOSAVE_DELAY_MS = 1000
DRAFT_INTERVAL_MS = 3000

PromptCardFactory = Callable[["Journal", QWidget], QWidget]


class DraftBanner(QFrame):
    """Offers back a note that was being written when the app stopped unexpectedly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Bring it back"))
        self.restore_button.setAccessibleName(self.tr("Bring back the unsaved writing"))
        self.discard_button = QPushButton(self.tr("Discard it"))
        self.discard_button.setAccessibleName(self.tr("Discard the unsaved writing"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)


class TodayView(QWidget):
    saved = Signal()
    settings_changed = Signal()

    def __init__(
        self,
        journal: Journal,
        today: Callable[[], dt.date],
        prompt_card_factory: PromptCardFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from journal.core.domain.vocabulary import vocabulary_for
        from journal.core.locale_defaults import temperature_unit_for
        from journal.ui.content_locale import content_locale

        self._journal = journal
        self._today = today
        self._dirty = False
        settings = journal.settings()
        locale = content_locale()
        vocabulary = vocabulary_for(locale)

        self.navigator = DayNavigator(today())
        self.header = QLabel()
        self.header.setAccessibleName(self.tr("Days since"))
        self.prompt_card = prompt_card_factory(journal, self) if prompt_card_factory else PromptPlaceholder()
        self.draft_banner = DraftBanner()
        self.draft_banner.setVisible(False)
        self.form = CheckInForm(
            settings.catalog(locale),
            vocabulary.moods,
            [*dict(vocabulary.feelings), *settings.custom_feelings],
            [*dict(vocabulary.self_care), *settings.custom_self_care],
            temperature_unit_for(QLocale().name(), settings.temperature_unit),
            labels={**dict(vocabulary.self_care), **dict(vocabulary.feelings)},
        )
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Saving status"))
        self.result_button = QPushButton(self.tr("Add a test result…"))
        self.result_button.setFlat(True)
        self.result_button.setAccessibleName(self.tr("Add a test result for this day"))
        self.result_button.clicked.connect(self.add_result)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.result_button)
        top.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.navigator)
        layout.addLayout(top)
        self.safety_line = SafetyLine(journal, today, self)  # the pointer and the link to the safety page
        layout.addWidget(self.safety_line)
        self.saved.connect(self.safety_line.refresh)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.prompt_card)
        layout.addWidget(scroll, 1)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        self.form.changed.connect(self._edited)
        self.form.note_changed.connect(self._note_edited)
        self.form.feeling_added.connect(lambda word: self._remember_word("custom_feelings", word))
        self.form.self_care_added.connect(lambda word: self._remember_word("custom_self_care", word))
        self.navigator.date_requested.connect(self.show_day)
        write_about = getattr(self.prompt_card, "write_about_requested", None)
        if write_about is not None:
            write_about.connect(self.write_about)
        self.draft_banner.restore_button.clicked.connect(self.restore_draft)
        self.draft_banner.discard_button.clicked.connect(self.discard_draft)
        self.form.focus_order_changed.connect(self.apply_focus_order)

        self.show_day(today())
        self._offer_draft()

    def focus_order(self) -> list[QWidget]:
        """The day, a draft to bring back, the check-in top to bottom, then the prompt, the other actions and the
        day buttons."""
        navigator = self.navigator
        return [
            navigator.picker,
            self.draft_banner.restore_button,
            self.draft_banner.discard_button,
            *self.form.focus_order(),
            *focusable_parts(self.prompt_card),
            self.result_button,
            *focusable_parts(self.safety_line),
            navigator.previous_button,
            navigator.next_button,
            navigator.today_button,
        ]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys 1 to 5 choose the mood, so a mood-only day is one key press.

        They arrive here only when the focused control did not want them: a text field, a date or
        a number takes its digits, a button or a chip passes them on.
        """
        moods = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5}
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if plain and event.key() in moods:
            self.form.choose_mood(moods[Qt.Key(event.key())])
            event.accept()
            return
        super().keyPressEvent(event)

    def apply_focus_order(self) -> None:
        order = self.focus_order()
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- days ---------------------------------------------------------------------------------

    @property
    def date(self) -> dt.date:
        return self.form.date

    def show_day(self, date: dt.date) -> bool:
        """Save the day shown, then show `date`; refuses future days and stays put if saving failed."""
        today = self._today()
        self.navigator.set_today(today)
        if date > today:
            self.navigator.show_date(self.form.date)
            return False
        if not self.save_now():
            self.navigator.show_date(self.form.date)
            return False
        changed_day = date != self.form.date
        self.form.set_entry(date, self._journal.day(date))
        if changed_day:
            self.scroll.verticalScrollBar().setValue(0)  # each day starts at its mood, not where the last one was left
        self.navigator.show_date(date)
        self._update_header(date)
        set_date = getattr(self.prompt_card, "set_date", None)
        if callable(set_date):
            set_date(date)
        self.apply_focus_order()
        return True

    def _update_header(self, date: dt.date) -> None:
        from journal.core.domain.key_dates import most_recent_loss

        loss = most_recent_loss(self._journal.key_dates(), date) if self._journal.settings().show_day_counter else None
        if loss is None:
            self.header.setText("")
            return
        from journal.ui.today.day_counter import counter_text

        label = loss.label or self.tr("your loss")
        days = (date - loss.date).days
        self.header.setText(counter_text(days, label, self._journal.settings().day_counter_wording))

    # -- saving -------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _edited(self) -> None:
        self._dirty = True
        self.status.setText(self.tr("Not saved yet"))
        self._autosave.start()

    def _note_edited(self) -> None:
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def save_now(self) -> bool:
        """Write the day if it changed (an emptied day is removed) and drop the draft; False if the disk refused."""
        from journal.core.errors import JournalError

        self._autosave.stop()
        self._draft_timer.stop()
        if not self._dirty:
            return True
        entry = self.form.entry()
        try:
            with self._journal.transaction() as session:
                self._journal.save_day(session, entry)
                self._journal.delete_document(session, DRAFT_DOCUMENT)
        except JournalError as error:
            self.status.setText(str(error))
            return False
        self._dirty = False
        self.status.setText(self.tr("Saved"))
        self.saved.emit()
        return True

    def save_draft(self) -> None:
        """Keep what is being typed as a sealed draft, in case the app stops before the day is saved."""
        from journal.core.domain.codec import entry_to_dict
        from journal.core.errors import JournalError

        if not self._dirty:
            return
        entry = self.form.entry()
        body: dict[str, Any] = {"date": entry.date.isoformat(), "note": entry.note, "entry": entry_to_dict(entry)}
        try:
            with self._journal.transaction() as session:
                self._journal.save_document(session, DRAFT_DOCUMENT, body)
        except JournalError:
            return  # the day itself is saved a moment later; a failed draft needs no message

    def write_about(self, prompt_id: str, prompt_text: str) -> None:
        """Put the prompt above the note as a quote and keep its id with the day ("Write about this")."""
        from journal.core.prompts.today import entry_with_prompt, note_with_prompt

        entry = entry_with_prompt(self.form.entry(), prompt_id, prompt_text)
        self.form.set_entry(entry.date, entry)
        self.form.place_cursor_after(note_with_prompt("", prompt_text).rstrip("\n"))
        self._edited()
        self.form.note.setFocus()

    def add_result(self) -> None:
        """A quiet way to note an hCG value, a home test or a scan for the day shown."""
        from journal.ui.care.result_dialog import add_result_for_day

        add_result_for_day(self._journal, self.date, self._today(), self)

    # -- drafts left by a crash --------------------------------------------------------------

    def _offer_draft(self) -> None:
        draft = self._journal.document(DRAFT_DOCUMENT)
        if not draft:
            return
        try:
            date = dt.date.fromisoformat(str(draft["date"]))
        except (KeyError, ValueError):
            return
        locale = QLocale()
        when = locale.toString(date, QLocale.FormatType.LongFormat)
        text = self.tr("Something you were writing for {0} wasn't saved. Would you like it back?").format(when)
        if self._journal.day(date) is not None:
            text += " " + self.tr("Bringing it back replaces what is saved for that day.")
        self.draft_banner.text.setText(text)
        self.draft_banner.setVisible(True)

    def restore_draft(self) -> None:
        from journal.core.domain.codec import entry_from_dict

        draft = self._journal.document(DRAFT_DOCUMENT) or {}
        self.draft_banner.setVisible(False)
        try:
            entry = entry_from_dict(draft["entry"])
        except (KeyError, ValueError, TypeError):
            return
        if self.show_day(entry.date):
            self.form.set_entry(entry.date, entry)
            self._edited()
            self.save_now()

    def discard_draft(self) -> None:
        self.draft_banner.setVisible(False)
        with self._journal.transaction() as session:
            self._journal.delete_document(session, DRAFT_DOCUMENT)

    # -- the person's own words --------------------------------------------------------------

    def _remember_word(self, field_name: str, word: str) -> None:
        settings = self._journal.settings()
        words = getattr(settings, field_name)
        if word in words:
            return
        with self._journal.transaction() as session:
            self._journal.save_settings(session, replace(settings, **{field_name: (*words, word)}))
