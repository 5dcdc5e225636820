"""The page on when to contact a clinician, with support lines and the person's own numbers beside it.

One window, opened from the Help menu or from Today. The page itself is the bundled safety reading; the
support lines come from the content for the person's locale, with "your local emergency number" when
there are none; the person's own numbers (clinic, early pregnancy unit, GP, midwife) are saved sealed in
the journal and can be changed here. Nothing on this page is dialled, checked or sent anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal.core.errors import JournalError
from journal.core.prompts.library import Reading
from journal.core.safety.own_numbers import MAX_LENGTH, OwnNumbers, load_own_numbers, save_own_numbers
from journal.ui.prompts.library_view import ReadingBrowser

if TYPE_CHECKING:
    from journal.core.journal import Journal


class SupportLine(Protocol):
    """One support or crisis line as the content provides it: who, and how to reach them."""

    @property
    def name(self) -> str: ...

    @property
    def number(self) -> str: ...


class SafetyDialog(QDialog):
    """The safety reading on the left; support lines and the person's own numbers on the right."""

    def __init__(
        self,
        journal: Journal,
        reading: Reading | None,
        support_lines: Sequence[SupportLine] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setWindowTitle(self.tr("When to contact a clinician"))
        self.browser = ReadingBrowser()
        self.browser.setAccessibleName(self.tr("When to contact a clinician"))
        self.browser.show_reading(reading)

        lines_box = QGroupBox(self.tr("Support lines"))
        lines_layout = QVBoxLayout(lines_box)
        self.support_labels: list[QLabel] = []
        for line in support_lines:
            label = QLabel(f"{line.name}: {line.number}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.support_labels.append(label)
            lines_layout.addWidget(label)
        self.emergency_line = QLabel(
            self.tr("In an emergency, call your local emergency number.")
            if support_lines
            else self.tr(
                "We don't have support lines for your region. In an emergency, call your local emergency number."
            )
        )
        self.emergency_line.setWordWrap(True)
        lines_layout.addWidget(self.emergency_line)

        numbers_box = QGroupBox(self.tr("Your own numbers"))
        numbers_note = QLabel(
            self.tr("If you want, keep the numbers you may need here. They are saved in your journal, encrypted.")
        )
        numbers_note.setWordWrap(True)
        numbers = load_own_numbers(journal)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, words in (
            ("clinic", self.tr("Clinic or hospital")),
            ("early_pregnancy_unit", self.tr("Early pregnancy unit")),
            ("gp", self.tr("GP or family doctor")),
            ("midwife", self.tr("Midwife")),
        ):
            field = QLineEdit(getattr(numbers, name))
            field.setMaxLength(MAX_LENGTH)
            field.setAccessibleName(words)
            field.textEdited.connect(self._edited)
            self.fields[name] = field
            form.addRow(words, field)
        self.save_button = QPushButton(self.tr("Save numbers"))
        self.save_button.setEnabled(False)
        self.save_status = QLabel()
        self.save_status.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_status, 1)
        save_row.addWidget(self.save_button)
        numbers_layout = QVBoxLayout(numbers_box)
        numbers_layout.addWidget(numbers_note)
        numbers_layout.addLayout(form)
        numbers_layout.addLayout(save_row)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(lines_box)
        side_layout.addWidget(numbers_box)
        side_layout.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.browser)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.save_button.clicked.connect(self.save_numbers)
        close.rejected.connect(self.reject)
        self.resize(980, 640)

    def numbers(self) -> OwnNumbers:
        return OwnNumbers(**{name: field.text() for name, field in self.fields.items()})

    def save_numbers(self) -> bool:
        """Keep the numbers in the journal; say so plainly, and keep the typing if the disk refused."""
        try:
            with self._journal.transaction() as session:
                save_own_numbers(self._journal, session, self.numbers())
        except JournalError as error:
            self.save_status.setText(str(error))
            return False
        self.save_button.setEnabled(False)
        self.save_status.setText(self.tr("Saved."))
        return True

    def reject(self) -> None:
        if self.save_button.isEnabled():
            self.save_numbers()  # closing keeps what was typed, as everywhere else in the app
        super().reject()

    def _edited(self) -> None:
        self.save_button.setEnabled(True)
        self.save_status.clear()


def open_safety_page(journal: Journal, parent: QWidget | None, locale: str) -> SafetyDialog:
    """Build and show the safety page for `locale`; returned so a caller (or test) can hold it."""
    from journal.core.prompts.library import load_readings

    reading = next((r for r in load_readings(locale) if r.safety), None)
    dialog = SafetyDialog(journal, reading, support_lines_for(locale), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def support_lines_for(locale: str) -> Sequence[SupportLine]:
    """The support lines the bundled content has for `locale`; none until the helplines folder lands."""
    return ()
