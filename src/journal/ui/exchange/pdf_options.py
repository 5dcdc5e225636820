"""The clinician PDF's choices: which sections, whether notes go in (off by default), header, paper."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain.entry import DayEntry
from journal.core.locale_defaults import paper_for
from journal.core.report.content import Section
from journal.drawing.locale_dates import numeric_date

NOTES_NONE, NOTES_ALL, NOTES_PICKED = "none", "all", "picked"


class PdfOptions(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("For your clinician"), parent)
        section_words = {
            Section.SUMMARY: self.tr("One-page summary"),
            Section.TABLE: self.tr("Day-by-day table of symptoms"),
            Section.CHARTS: self.tr("Charts of pain, bleeding, tiredness and mood"),
            Section.CARE: self.tr("Self-care and medications you recorded"),
            Section.KEY_DATES: self.tr("Key dates and appointments"),
        }
        self.sections: dict[Section, QCheckBox] = {}
        boxes = QVBoxLayout()
        for section, words in section_words.items():
            box = QCheckBox(words)
            box.setChecked(True)
            box.toggled.connect(self.changed)
            self.sections[section] = box
            boxes.addWidget(box)
        self.include_questions = QCheckBox(self.tr("My open questions for the appointment"))
        self.include_questions.setChecked(False)  # the person chooses to share them
        self.include_questions.toggled.connect(self.changed)
        boxes.addWidget(self.include_questions)
        self.notes = QComboBox()
        self.notes.setAccessibleName(self.tr("Your private notes"))
        self.notes.addItem(self.tr("Leave out my private notes"), NOTES_NONE)
        self.notes.addItem(self.tr("Include all my notes"), NOTES_ALL)
        self.notes.addItem(self.tr("Include notes from days I pick"), NOTES_PICKED)
        self.note_days = QListWidget()
        self.note_days.setAccessibleName(self.tr("Days whose notes go in"))
        self.note_days.setMaximumHeight(120)
        self.note_days.setVisible(False)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Optional"))
        self.name.setAccessibleName(self.tr("Your name for the header (optional)"))
        self.name.setMaxLength(80)
        self.with_birth_date = QCheckBox(self.tr("Add my date of birth"))
        self.birth_date = QDateEdit(QDate(1990, 1, 1))
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setEnabled(False)
        self.birth_date.setAccessibleName(self.tr("Your date of birth"))
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("Letter"), "Letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper_for(QLocale().name()))))
        birth = QHBoxLayout()
        birth.addWidget(self.with_birth_date)
        birth.addWidget(self.birth_date, 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Include"), boxes)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow("", self.note_days)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Date of birth"), birth)
        form.addRow(self.tr("Paper"), self.paper)
        self.notes.currentIndexChanged.connect(self._notes_choice_changed)
        self.with_birth_date.toggled.connect(self.birth_date.setEnabled)

    def _notes_choice_changed(self) -> None:
        self.note_days.setVisible(self.notes.currentData() == NOTES_PICKED)
        self.changed.emit()

    def show_days_with_notes(self, entries: list[DayEntry]) -> None:
        """List the days in range that have a note, so the person can pick some (none picked at first)."""
        picked = self.picked_dates()
        self.note_days.clear()
        for entry in entries:
            if not entry.note.strip():
                continue
            first = entry.note.strip().splitlines()[0]
            item = QListWidgetItem(f"{numeric_date(entry.date)}  {first[:50]}")
            item.setData(Qt.ItemDataRole.UserRole, entry.date)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.date in picked else Qt.CheckState.Unchecked)
            self.note_days.addItem(item)

    def picked_dates(self) -> frozenset[dt.date]:
        items = (self.note_days.item(row) for row in range(self.note_days.count()))
        return frozenset(
            item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked
        )

    def chosen_sections(self) -> frozenset[Section]:
        return frozenset(section for section, box in self.sections.items() if box.isChecked())

    def include_notes(self) -> bool:
        return self.notes.currentData() != NOTES_NONE

    def note_dates(self) -> frozenset[dt.date] | None:
        return self.picked_dates() if self.notes.currentData() == NOTES_PICKED else None

    def chosen_birth_date(self) -> dt.date | None:
        return self.birth_date.date().toPython() if self.with_birth_date.isChecked() else None  # type: ignore[no-any-return]
