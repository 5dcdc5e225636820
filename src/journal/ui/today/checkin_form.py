"""The check-in for one day, built from the symptom catalog: mood, feelings, symptoms, self-care,
medications and a note. It turns widgets into a `DayEntry` and back; it never saves anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from journal.ui.today.chips import ChipGroup
from journal.ui.today.medications import MedicationList
from journal.ui.today.mood import MoodSelector
from journal.ui.today.symptom_controls import SymptomControl, control_for

if TYPE_CHECKING:
    from journal.core.domain.catalog import SymptomCatalog
    from journal.core.domain.entry import DayEntry


def focusable_parts(root: QWidget) -> list[QWidget]:
    """The widgets inside `root` that Tab stops at, in the order they were made (for parts built elsewhere)."""
    parts = [root] if root.focusPolicy() & Qt.FocusPolicy.TabFocus else []
    for widget in root.findChildren(QWidget):
        inner = widget.parentWidget() is not None and widget.parentWidget().focusProxy() is not None
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None and not inner:
            parts.append(widget)
    return parts


def section_heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class CheckInForm(QWidget):
    changed = Signal()
    note_changed = Signal()
    focus_order_changed = Signal()  # chips or medication rows came or went
    feeling_added = Signal(str)
    self_care_added = Signal(str)

    def __init__(
        self,
        catalog: SymptomCatalog,
        mood_words: Sequence[str],
        feelings: Sequence[str],
        self_care: Sequence[str],
        temperature_unit: str,
        parent: QWidget | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        """`feelings` and `self_care` are stored keys (or the person's own words); `labels` names the keys."""
        super().__init__(parent)
        self._date = dt.date.today()
        self._original: DayEntry | None = None
        self.mood = MoodSelector(mood_words)
        self.feelings = ChipGroup(
            feelings, self.tr("Feeling"), self.tr("Add a feeling in your own words"), labels=labels
        )
        self.symptoms: dict[str, SymptomControl] = {}
        symptoms_form = QFormLayout()
        for definition in catalog.tracked():
            control = control_for(definition, temperature_unit)
            control.changed.connect(self.changed)
            self.symptoms[definition.key] = control
            symptoms_form.addRow(definition.label, control)
        # Bleeding from the loss or a period: only the person can say, so it is theirs to mark.
        self.period = QCheckBox(self.tr("This day's bleeding is a period"))
        self.period.setAccessibleName(self.tr("This day's bleeding is a period"))
        self.period.toggled.connect(lambda _on: self._loading or self.changed.emit())
        symptoms_form.addRow("", self.period)
        self.self_care = ChipGroup(
            self_care, self.tr("Self-care"), self.tr("Add something you did for yourself"), labels=labels
        )
        self.medications = MedicationList()
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(
            self.tr("Anything you'd like to remember about today. A few words is plenty, and so is nothing.")
        )
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(140)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(section_heading(self.tr("How are you, overall?")))
        layout.addWidget(self.mood)
        layout.addSpacing(10)
        layout.addWidget(section_heading(self.tr("Feelings")))
        layout.addWidget(self.feelings)
        layout.addSpacing(10)
        layout.addWidget(section_heading(self.tr("Your body")))
        layout.addLayout(symptoms_form)
        layout.addSpacing(10)
        layout.addWidget(section_heading(self.tr("Looking after yourself")))
        layout.addWidget(self.self_care)
        layout.addSpacing(10)
        layout.addWidget(section_heading(self.tr("Medications")))
        layout.addWidget(self.medications)
        layout.addSpacing(10)
        layout.addWidget(section_heading(self.tr("Note")))
        layout.addWidget(self.note, 1)

        self.mood.changed.connect(self.changed)
        self.feelings.changed.connect(self.changed)
        self.self_care.changed.connect(self.changed)
        self.medications.changed.connect(self.changed)
        self.note.textChanged.connect(self._note_edited)
        self.feelings.word_added.connect(self.feeling_added)
        self.self_care.word_added.connect(self.self_care_added)
        self.feelings.word_added.connect(lambda _word: self.focus_order_changed.emit())
        self.self_care.word_added.connect(lambda _word: self.focus_order_changed.emit())
        self.medications.rows_changed.connect(self.focus_order_changed)
        self._loading = False

    def focus_order(self) -> list[QWidget]:
        """Top to bottom as a person reads it: mood, feelings, body, self-care, medications, note."""
        body = [control.focusProxy() or control for control in self.symptoms.values()]
        return [
            *focusable_parts(self.mood),
            *self.feelings.focus_order(),
            *body,
            *self.self_care.focus_order(),
            *self.medications.focus_order(),
            self.note,
        ]

    def choose_mood(self, mood: int) -> None:
        """A mood chosen from the keyboard (keys 1 to 5), recorded like a click."""
        if self.mood.mood() != mood:
            self.mood.set_mood(mood)
            self.changed.emit()

    def place_cursor_after(self, text: str) -> None:
        """Put the note's cursor on a fresh line just after `text` (the quoted prompt), ready for an answer."""
        note = self.note.toPlainText()
        start = note.find(text)
        if start < 0:
            return
        end = start + len(text)
        cursor = self.note.textCursor()
        rest = note[end:]
        if rest.strip():  # words already follow the quote: open an empty line for the answer above them
            cursor.setPosition(end)
            cursor.insertText("\n\n")
            cursor.setPosition(end + 2)
        else:
            cursor.setPosition(len(note))
        self.note.setTextCursor(cursor)
        self.note.ensureCursorVisible()

    def _note_edited(self) -> None:
        if not self._loading:
            self.note_changed.emit()
            self.changed.emit()

    @property
    def date(self) -> dt.date:
        return self._date

    def set_entry(self, date: dt.date, entry: DayEntry | None) -> None:
        """Show `entry` (or an empty day); keeps the undo history of the note from leaking across days."""
        self._loading = True
        self._date = date
        self._original = entry
        self.mood.set_mood(entry.mood if entry else None)
        self.feelings.set_selected(entry.feelings if entry else ())
        for key, control in self.symptoms.items():
            control.set_value(entry.symptoms.get(key) if entry else None)
        self.self_care.set_selected(entry.self_care if entry else ())
        self.medications.set_medications(entry.medications if entry else ())
        self.period.setChecked(entry.period if entry else False)
        self.note.setPlainText(entry.note if entry else "")
        self.note.document().clearUndoRedoStacks()
        self.note.moveCursor(QTextCursor.MoveOperation.End)
        self._loading = False

    def entry(self) -> DayEntry:
        """What the form shows, keeping values it has no control for (hidden symptoms, tags, prompts)."""
        from journal.core.domain.entry import DayEntry

        symptoms = dict(self._original.symptoms) if self._original else {}
        for key, control in self.symptoms.items():
            value = control.value()
            if value is None:
                symptoms.pop(key, None)
            else:
                symptoms[key] = value
        return DayEntry(
            date=self._date,
            mood=self.mood.mood(),
            feelings=self.feelings.selected(),
            symptoms=symptoms,
            self_care=self.self_care.selected(),
            medications=self.medications.medications(),
            note=self.note.toPlainText(),
            tags=self._original.tags if self._original else (),
            prompt_ids=self._original.prompt_ids if self._original else (),
            period=self.period.isChecked(),
        )
