"""Add, change and remove key dates: losses, a due date, appointments — in the person's own words."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

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
        self.date = QDateEdit(QDate(date.year, date.month, date.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setAccessibleName(self.tr("Date"))
        self.label = QLineEdit(key_date.label if key_date else "")
        self.label.setPlaceholderText(self.tr("Your own words for it (optional)"))
        self.label.setAccessibleName(self.tr("Your own words for this date"))
        self.label.setMaxLength(80)
        if key_date:
            self.kind.setCurrentIndex(max(0, self.kind.findData(key_date.kind.value)))
        else:
            self.kind.setCurrentIndex(self.kind.findData(KeyDateKind.LOSS.value))
        self.gentle_prompts = QCheckBox(self.tr("This date is hard for me: offer gentler prompts around it"))
        self.gentle_prompts.setChecked(bool(key_date and key_date.gentle_prompts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        form = QFormLayout(self)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("In your words"), self.label)
        form.addRow(self.gentle_prompts)
        form.addRow(buttons)
        self._show_gentle_choice()
        self.kind.currentIndexChanged.connect(self._show_gentle_choice)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _show_gentle_choice(self) -> None:
        """Only "Something else" asks: losses and due dates already get gentle prompts near them."""
        self.gentle_prompts.setVisible(self.kind.currentData() == "other")

    def key_date(self) -> KeyDate:
        from journal.core.domain.key_dates import KeyDate, KeyDateKind

        kind = KeyDateKind(self.kind.currentData())
        return KeyDate(
            self._id,
            kind,
            self.date.date().toPython(),
            self.label.text().strip(),
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
            text = f"{when} — {words.get(key_date.kind.value, '')}"
            if key_date.label:
                text += f": {key_date.label}"
            item = QListWidgetItem(text)
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
