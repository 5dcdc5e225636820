"""Add, change and remove key dates: losses, a due date, appointments — in the person's own words.

A loss may carry its kind, the weeks of pregnancy and how it was managed; an appointment what came
of it. Each is optional ("Not said"), and changing a date never drops details it already had.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal.ui.date_field import DateField

if TYPE_CHECKING:
    from journal.core.domain.key_dates import KeyDate
    from journal.core.journal import Journal


def kind_words() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {
        "loss": QCoreApplication.translate("KeyDates", "A loss"),
        "due_date": QCoreApplication.translate("KeyDates", "A due date"),
        "appointment": QCoreApplication.translate("KeyDates", "An appointment"),
        "first_period": QCoreApplication.translate("KeyDates", "My first period after the loss"),
        "other": QCoreApplication.translate("KeyDates", "Something else"),
    }


class KeyDateEditor(QDialog):
    """One key date; `key_date()` gives the edited value."""

    def __init__(self, key_date: KeyDate | None, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from journal.core.domain.key_dates import KeyDateKind

        self.setWindowTitle(self.tr("Key date"))
        self._id = key_date.id if key_date else ""
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What kind of date"))
        for value, words in kind_words().items():
            self.kind.addItem(words, value)
        date = key_date.date if key_date else today
        self.date = DateField(QDate(date.year, date.month, date.day))  # F4 and Alt+Down open the calendar
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setAccessibleName(self.tr("Date"))
        self.label = QLineEdit(key_date.label if key_date else "")
        self.label.setPlaceholderText(self.tr("Your own words for it (optional)"))
        self.label.setAccessibleName(self.tr("Your own words for this date"))
        self.label.setMaxLength(80)
        self._build_details(key_date)
        if key_date:
            self.kind.setCurrentIndex(max(0, self.kind.findData(key_date.kind.value)))
        else:
            self.kind.setCurrentIndex(self.kind.findData(KeyDateKind.LOSS.value))
        self.gentle_prompts = QCheckBox(self.tr("This date is hard for me: offer gentler prompts around it"))
        self.gentle_prompts.setChecked(bool(key_date and key_date.gentle_prompts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("In your words"), self.label)
        self.form.addRow(self.gentle_prompts)
        self.form.addRow(self.tr("Kind of loss"), self.loss_kind)
        self.form.addRow(self.tr("Weeks of pregnancy"), self.weeks)
        self.form.addRow(self.tr("How it was managed"), self.management)
        self.form.addRow(self.tr("What came of it"), self.outcome)
        self.form.addRow(self.gentle_prompts)
        self.form.addRow(buttons)
        self._show_gentle_choice()
        self.kind.currentIndexChanged.connect(self._show_gentle_choice)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _build_details(self, key_date: KeyDate | None) -> None:
        from journal.core.domain.key_dates import MAX_WEEKS
        from journal.ui.care.words import loss_kind_words, management_words, not_said

        self.loss_kind = QComboBox()
        self.loss_kind.setAccessibleName(self.tr("Kind of loss"))
        self.loss_kind.addItem(not_said(), None)
        for value, words in loss_kind_words().items():
            self.loss_kind.addItem(words, value)
        self.weeks = QSpinBox()
        self.weeks.setRange(-1, MAX_WEEKS)  # -1 shows "Not said"
        self.weeks.setSpecialValueText(not_said())
        self.weeks.setAccessibleName(self.tr("Weeks of pregnancy"))
        self.management = QComboBox()
        self.management.setAccessibleName(self.tr("How it was managed"))
        self.management.addItem(not_said(), None)
        for value, words in management_words().items():
            self.management.addItem(words, value)
        self.outcome = QPlainTextEdit()
        self.outcome.setAccessibleName(self.tr("What came of the appointment"))
        self.outcome.setPlaceholderText(self.tr("What was said or decided, if you want to keep it"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(self.fontMetrics().height() * 4)
        self.weeks.setValue(-1)
        if key_date is not None:
            if key_date.loss_kind is not None:
                self.loss_kind.setCurrentIndex(self.loss_kind.findData(key_date.loss_kind.value))
            if key_date.weeks is not None:
                self.weeks.setValue(key_date.weeks)
            if key_date.management is not None:
                self.management.setCurrentIndex(self.management.findData(key_date.management.value))
            self.outcome.setPlainText(key_date.outcome)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for widget in (self.loss_kind, self.weeks, self.management):
            self.form.setRowVisible(widget, kind == "loss")
        self.form.setRowVisible(self.outcome, kind == "appointment")

    def _show_gentle_choice(self) -> None:
        """Only "Something else" asks: losses and due dates already get gentle prompts near them."""
        self.gentle_prompts.setVisible(self.kind.currentData() == "other")

    def key_date(self) -> KeyDate:
        from journal.core.domain.key_dates import KeyDate, KeyDateKind, LossKind, Management

        kind = KeyDateKind(self.kind.currentData())
        is_loss = kind is KeyDateKind.LOSS
        loss_kind, management = self.loss_kind.currentData(), self.management.currentData()
        return KeyDate(
            self._id,
            kind,
            self.date.date().toPython(),  # type: ignore[arg-type]
            self.label.text().strip(),
            loss_kind=LossKind(loss_kind) if is_loss and loss_kind else None,
            weeks=self.weeks.value() if is_loss and self.weeks.value() >= 0 else None,
            management=Management(management) if is_loss and management else None,
            outcome=self.outcome.toPlainText().strip() if kind is KeyDateKind.APPOINTMENT else "",
            gentle_prompts=kind is KeyDateKind.OTHER and self.gentle_prompts.isChecked(),
        )


class KeyDatesDialog(QDialog):
    """The list of key dates with Add / Change / Remove; each change is saved at once."""

    def __init__(self, journal: Journal, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Key dates"))
        self._journal = journal
        self._today = today
        intro = QLabel(
            self.tr("Dates that carry weight for you. The app counts days from the most recent loss, if you add one.")
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your key dates"))
        self.list.setWordWrap(True)  # a long label wraps rather than being cut off
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_note = QLabel(self.tr("No key dates yet. Adding them is up to you."))
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add a key date"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.setAccessibleName(self.tr("Change the selected key date"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected key date"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(520, 380)
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(lambda: self._edit(self._selected()))
        self.remove_button.clicked.connect(self._remove)
        self.list.itemActivated.connect(lambda _item: self._edit(self._selected()))
        close.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        words = kind_words()
        locale = QLocale()
        for key_date in self._journal.key_dates():
            when = locale.toString(
                QDate(key_date.date.year, key_date.date.month, key_date.date.day), QLocale.FormatType.LongFormat
            )
            kind = words.get(key_date.kind.value, "")
            text = f"{when} — {kind}"
            if key_date.label and key_date.label.strip().casefold() != kind.casefold():  # not "Due date: Due date"
                text += f": {key_date.label}"
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, key_date.id)
            self.list.addItem(item)
        has_any = self.list.count() > 0
        self.empty_note.setVisible(not has_any)
        self.edit_button.setEnabled(has_any)
        self.remove_button.setEnabled(has_any)
        if has_any:
            self.list.setCurrentRow(0)

    def _selected(self) -> KeyDate | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((kd for kd in self._journal.key_dates() if kd.id == wanted), None)

    def open_editor(self, key_date: KeyDate | None) -> KeyDateEditor:
        """The editor dialog (tests drive it directly)."""
        return KeyDateEditor(key_date, self._today, self)

    def _edit(self, key_date: KeyDate | None) -> None:
        editor = self.open_editor(key_date)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.save(editor.key_date())

    def save(self, key_date: KeyDate) -> None:
        with self._journal.transaction() as session:
            self._journal.save_key_date(session, key_date)
        self.refresh()

    def confirm_remove(self) -> bool:
        """Ask before removing; replaced in tests."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Remove this date?"),
            self.tr("Remove this date from your journal? Your entries stay as they are."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _remove(self) -> None:
        key_date = self._selected()
        if key_date is None or not self.confirm_remove():
            return
        with self._journal.transaction() as session:
            self._journal.delete_key_date(session, key_date.id)
        self.refresh()
