"""The page on when to contact a clinician, with support lines and the person's own numbers beside it.

One window, opened from the Help menu or from Today. The page itself is the bundled safety reading; the
support lines come from the content for the person's locale, with "your local emergency number" when
there are none; the person's own numbers (clinic, early pregnancy unit, GP, midwife) are saved sealed in
the journal and can be changed here. Nothing on this page is dialled, checked or sent anywhere.
"""

from __future__ import annotations

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
    """One support or crisis line, as `journal.core.safety.helplines.Helpline` holds it."""

    organisation: str
    purpose: str
    kind: str
    hours: str
    call: str | None
    text: str | None
    text_keyword: str | None
    area: str | None


class SupportLines(Protocol):
    """The lines for the person's country (`HelplineDirectory`); no lines means "your local emergency number"."""

    place: str | None
    lines: tuple[SupportLine, ...]


class _NoLines:
    place: str | None = None
    lines: tuple[SupportLine, ...] = ()


NO_LINES: SupportLines = _NoLines()
#: The order kinds of line are shown in: life at risk, phone advice when unsure, someone to talk to, loss support.
KIND_ORDER = ("emergency", "advice", "crisis", "support")


class SafetyDialog(QDialog):
    """The safety reading on the left; support lines and the person's own numbers on the right."""

    def __init__(
        self,
        journal: Journal,
        reading: Reading | None,
        support_lines: SupportLines = NO_LINES,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setWindowTitle(self.tr("When to contact a clinician"))
        self.browser = ReadingBrowser()
        self.browser.setAccessibleName(self.tr("When to contact a clinician"))
        self.browser.show_reading(reading)

        place = support_lines.place
        lines_box = QGroupBox(
            self.tr("Support lines in {place}").format(place=place)
            if place and support_lines.lines
            else self.tr("Support lines")
        )
        lines_layout = QVBoxLayout(lines_box)
        self.support_labels: list[QLabel] = []
        ordered = sorted(
            support_lines.lines,
            key=lambda line: KIND_ORDER.index(line.kind) if line.kind in KIND_ORDER else len(KIND_ORDER),
        )
        for line in ordered:
            label = QLabel(self._line_text(line))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.support_labels.append(label)
            lines_layout.addWidget(label)
        if any(line.kind == "advice" for line in support_lines.lines):
            closing = self.tr("If you are not sure how urgent it is, a phone advice line can help you decide.")
        elif support_lines.lines:
            closing = self.tr("If you are not sure how urgent it is, your clinician's phone line can help you decide.")
        else:
            closing = self.tr(
                "We don't have support lines for where you are. In an emergency, call your local emergency number."
            )
        self.emergency_line = QLabel(closing)
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
        side.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)  # room for a number and a note
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.save_button.clicked.connect(self.save_numbers)
        close.rejected.connect(self.reject)
        self.resize(980, 640)

    def _line_text(self, line: SupportLine) -> str:
        """Who, what for, how to reach them and when: "Samaritans: someone to listen… Call 116 123. Any time, free"."""
        ways = []
        if line.call:
            ways.append(self.tr("Call {number}.").format(number=line.call))
        if line.text and line.text_keyword:
            ways.append(self.tr("Text {word} to {number}.").format(word=line.text_keyword, number=line.text))
        elif line.text:
            ways.append(self.tr("Text {number}.").format(number=line.text))
        where = " " + self.tr("({area} only)").format(area=line.area) if line.area else ""
        return f"{line.organisation}{where}: {line.purpose}\n{' '.join(ways)} {line.hours.rstrip('.')}."

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


def support_lines_for(locale: str) -> SupportLines:
    """The support lines the bundled content has for the country of `locale`; none where there is no file."""
    try:
        from journal.core.safety.helplines import helplines_for_locale
    except ImportError:  # the helplines loader comes with the content of issue 18; until then, no lines
        return NO_LINES
    directory: SupportLines = helplines_for_locale(locale)
    return directory
