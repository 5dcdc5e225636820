"""The pages of the first-run wizard. They show and collect; the window decides what happens next."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal.core.errors import JournalError
from journal.core.first_run_choices import FirstRunChoices
from journal.core.private_files import write_private
from journal.ui.date_field import DateField, python_date
from journal.ui.file_dialog_privacy import forget_file_dialog_history
from journal.ui.passphrase_fields import PassphraseFields
from journal.ui.symptom_picker import SymptomPicker
from journal.ui.today.day_counter import wording_choices


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setContentsMargins(0, 0, 0, 6)
    return label


class WelcomePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("A quiet place for the days after a loss")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "This journal is for noting how you are, in body and mind, a day at a time — "
                    "as much or as little as you like."
                )
            )
        )
        layout.addWidget(
            _paragraph(
                self.tr(
                    "Everything stays on this computer, encrypted with a passphrase you choose. "
                    "There is no account and nothing is sent anywhere."
                )
            )
        )
        layout.addWidget(
            _paragraph(
                self.tr(
                    "Nobody — including us — can reset a forgotten passphrase. The recovery key you "
                    "will see in a moment is the only other way in."
                )
            )
        )
        layout.addStretch(1)


class PassphrasePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = PassphraseFields()
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Choose a passphrase")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "You'll type this each time you open the journal. A short sentence or a few "
                    "unrelated words work well."
                )
            )
        )
        layout.addWidget(self.fields)
        layout.addStretch(1)


class RecoveryKeyPage(QWidget):
    """Shows the recovery key once, offers saving and printing, and asks for one group back."""

    confirmed_changed = Signal(bool)

    def __init__(self, recovery_key: str, parent: QWidget | None = None, *, group_index: int | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.groups = recovery_key.split("-")
        self.group_index = group_index if group_index is not None else random.randrange(1, len(self.groups))
        key_label = QLabel(self._numbered_html())
        key_label.setTextFormat(Qt.TextFormat.RichText)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont().pointSizeF() * 1.5)
        key_label.setFont(font)
        key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key_label.setAccessibleDescription(self.tr("Your recovery key"))  # its name is the key itself, to be read out
        key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label = key_label

        self.save_button = QPushButton(self.tr("Save as a file…"))
        self.save_button.setAccessibleName(self.tr("Save the recovery key as a file"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.saved_note = QLabel()
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("Group {0} of the recovery key").format(self.group_index + 1))
        self.confirm.setMaxLength(8)
        self.confirm_note = QLabel()

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        confirm_row = QHBoxLayout()
        confirm_label = QLabel(self.tr("To check you have it, type group number {0}:").format(self.group_index + 1))
        confirm_label.setBuddy(self.confirm)
        confirm_row.addWidget(confirm_label)
        confirm_row.addWidget(self.confirm)
        confirm_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Your recovery key")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "If you ever forget your passphrase, this key is the only way back into your journal. "
                    "It is shown only now. Write it down or save it somewhere safe, away from this computer. "
                    "If it is ever lost, you can make a new one later in Settings while you can still open "
                    "the journal."
                )
            )
        )
        layout.addWidget(key_label)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_note)
        layout.addLayout(confirm_row)
        layout.addWidget(self.confirm_note)
        layout.addStretch(1)

        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        self.confirm.textChanged.connect(self._check)

    def _grouped_text(self) -> str:
        rows = [" ".join(self.groups[i : i + 4]) for i in range(0, len(self.groups), 4)]
        return "\n".join(rows)

    def _numbered_html(self) -> str:
        """The key four groups to a row, each with its number above it, so "group 12" can be found."""
        rows = []
        for start in range(0, len(self.groups), 4):
            cells = "".join(
                f"<td align='center' style='padding: 2px 10px'><span style='font-size: small'>{number}</span>"
                f"<br>{group}</td>"
                for number, group in enumerate(self.groups[start : start + 4], start=start + 1)
            )
            rows.append(f"<tr>{cells}</tr>")
        return f"<table align='center'>{''.join(rows)}</table>"

    def say_not_matching(self) -> None:
        """Enter was pressed on a group that doesn't match (yet)."""
        if self.confirm.text().strip():
            text = self.tr("That isn't group {0} yet. Check it against the numbered groups above.")
        else:
            text = self.tr("Type group {0} from the key above, or skip this step.")
        self.confirm_note.setText(text.format(self.group_index + 1))

    @property
    def confirmed(self) -> bool:
        typed = "".join(ch for ch in self.confirm.text().upper() if ch.isalnum())
        return typed == self.groups[self.group_index]

    def _check(self) -> None:
        self.confirm_note.setText(self.tr("That matches.") if self.confirmed else "")
        self.confirmed_changed.emit(self.confirmed)

    def file_text(self) -> str:
        return self.tr(
            "Recovery Journal — recovery key\n\n{0}\n\nThis key opens your journal if you forget your passphrase.\n"
            "Keep it somewhere safe, away from the computer the journal is on.\n"
        ).format(self.recovery_key)

    def ask_save_path(self) -> str:
        """Which file to write; replaced in tests."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"), "recovery-key.txt", self.tr("Text (*.txt)")
        )
        forget_file_dialog_history()
        return path

    def _save(self) -> None:
        path = self.ask_save_path()
        if not path:
            return
        try:
            write_private_text(Path(path), self.file_text())
        except (OSError, JournalError):
            self.saved_note.setText(
                self.tr("That file could not be written. Your key is still shown here; you could try another folder.")
            )
            return
        self.saved_note.setText(
            self.tr(
                "Saved. It is safest away from this computer: moved to a USB stick, or printed and kept somewhere safe."
            )
        )

    def _print(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setPlainText(self.file_text())
            document.print_(printer)


class AboutYouPage(QWidget):
    """Optional: the date (or dates) of the loss with the person's own words, a due date, symptoms."""

    def __init__(self, picker: SymptomPicker, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = picker
        self._today = QDate(today.year, today.month, today.day)
        self._loss_rows: list[tuple[QDateEdit, QLineEdit]] = []
        self.loss_note = QLabel()
        self.loss_note.setWordWrap(True)

        losses_box = QGroupBox(self.tr("Note the date of your loss"))
        losses_box.setCheckable(True)
        losses_box.setChecked(False)
        losses_box.setAccessibleName(self.tr("Note the date of your loss"))
        self.losses_box = losses_box
        self._losses_layout = QGridLayout(losses_box)
        self.add_loss_button = QPushButton(self.tr("Add the date of another loss"))
        self.add_loss_button.setAccessibleName(self.tr("Add the date of another loss"))
        self.add_loss_button.clicked.connect(self.add_loss_row)
        self.add_loss_row()

        counter_box = QGroupBox(self.tr("A line above each day that counts from the loss"))
        counter_layout = QVBoxLayout(counter_box)
        counter_layout.addWidget(
            _paragraph(self.tr("Some people find a count helpful, some don't. It stays off unless you choose one."))
        )
        self.counter_group = QButtonGroup(self)
        self.counter_buttons: dict[str, QRadioButton] = {}
        for text, value in wording_choices():
            button = QRadioButton(text)
            self.counter_group.addButton(button)
            self.counter_buttons[value] = button
            counter_layout.addWidget(button)
        self.counter_buttons[""].setChecked(True)
        counter_box.setEnabled(False)
        losses_box.toggled.connect(counter_box.setEnabled)
        self.counter_box = counter_box

        self.due_check = QCheckBox(self.tr("Note a due date"))
        self.due_date = DateField(self._today)
        self.due_date.setDisplayFormat("d MMMM yyyy")
        self.due_date.setEnabled(False)
        self.due_date.setAccessibleName(self.tr("Due date"))
        self.due_check.toggled.connect(self.due_date.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_date)
        due_row.addStretch(1)

        symptoms_box = QGroupBox(self.tr("What you'd like to track"))
        symptoms_layout = QVBoxLayout(symptoms_box)
        symptoms_layout.addWidget(
            _paragraph(self.tr("Untick anything you'd rather not see. You can change this any time."))
        )
        symptoms_layout.addWidget(picker)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(_heading(self.tr("A few optional details")))
        layout.addWidget(
            _paragraph(self.tr("All of this is optional and stays encrypted in your journal. You can skip it."))
        )
        layout.addWidget(losses_box)
        layout.addWidget(counter_box)
        layout.addLayout(due_row)
        layout.addWidget(symptoms_box, 1)
        picker.list.setMinimumHeight(picker.list.sizeHintForRow(0) * 6)
        outer = QVBoxLayout(self)  # the window scrolls the step when it is taller than the screen
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(content)

    def add_loss_row(self) -> None:
        row = len(self._loss_rows)
        date = DateField(self._today)
        date.setDisplayFormat("d MMMM yyyy")
        date.set_latest(python_date(self._today))  # checked when the date is done, so "17" can be typed
        date.moved_back.connect(
            lambda: self.loss_note.setText(
                self.tr("That date has not come yet, so it is set to today. You can change it.")
            )
        )
        date.setAccessibleName(self.tr("Date of the loss"))
        label = QLineEdit()
        label.setPlaceholderText(self.tr("Your words for it, if you like"))
        label.setAccessibleName(self.tr("Your words for this loss"))
        self._losses_layout.addWidget(date, row, 0)
        self._losses_layout.addWidget(label, row, 1)
        self._losses_layout.addWidget(self.add_loss_button, row + 1, 0)
        self._losses_layout.addWidget(self.loss_note, row + 2, 0, 1, 2)
        self._loss_rows.append((date, label))

    @property
    def loss_rows(self) -> list[tuple[QDateEdit, QLineEdit]]:
        return list(self._loss_rows)

    def choices(self) -> FirstRunChoices:
        rows = self._loss_rows if self.losses_box.isChecked() else []
        losses = tuple((_chosen(date), label.text()) for date, label in rows)
        return FirstRunChoices(
            losses=losses,
            due_date=python_date(self.due_date.date()) if self.due_check.isChecked() else None,
            hidden_symptoms=tuple(self.picker.hidden()),
            symptom_order=tuple(self.picker.order()),
            custom_symptoms=tuple(self.picker.custom()),
            day_counter=self.day_counter() if rows else "",
        )

    def day_counter(self) -> str:
        return next((value for value, button in self.counter_buttons.items() if button.isChecked()), "")


def _chosen(field: QDateEdit) -> dt.date:
    return field.chosen() if isinstance(field, DateField) else python_date(field.date())


def write_private_text(path: Path, text: str) -> None:
    """Write `text` readable by this user only (0600), in one step; the save dialog already asked before
    replacing a file, so that confirmation is passed on."""
    write_private(path, text.encode("utf-8"), replace=True)
