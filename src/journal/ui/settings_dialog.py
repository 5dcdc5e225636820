"""Settings: locking, look, what you track, passphrase and recovery key, the data folder, a reminder.

App preferences go to QSettings; anything personal (what you track, the reminder, the day
counter) is saved sealed inside the journal. `applied` tells the main window to rebuild.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal.core.prompts.library import load_prompt_library
from journal.ui.backup.folder_settings import BackupFolderSettings
from journal.ui.content_locale import content_locale
from journal.ui.plurals import plural
from journal.ui.prompts.prompt_settings import PromptSettingsPage
from journal.ui.security_dialogs import ChangePassphraseDialog, ReplaceRecoveryKeyDialog
from journal.ui.symptom_picker import SymptomPicker
from journal.ui.today.day_counter import wording_choices
from journal.ui.window_fit import scrolling

if TYPE_CHECKING:
    from journal.core.journal import Journal
    from journal.ui.app_settings import AppSettings


class SettingsDialog(QDialog):
    applied = Signal()

    def __init__(
        self, journal: Journal, app_settings: AppSettings, kdf_params: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._journal = journal
        self._app_settings = app_settings
        self._kdf_params = kdf_params
        settings = journal.settings()

        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.valueChanged.connect(self._name_minutes)
        self.auto_lock.setValue(app_settings.auto_lock_minutes)
        self._name_minutes(self.auto_lock.value())
        self.auto_lock.setAccessibleName(self.tr("Lock after this many minutes without use"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Look"))
        for text, value in (
            (self.tr("Follow the system"), "system"),
            (self.tr("Light"), "light"),
            (self.tr("Dark"), "dark"),
        ):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(app_settings.theme)))
        self.day_counter = QComboBox()
        self.day_counter.setAccessibleName(self.tr("A line above each day that counts from the loss"))
        for text, value in wording_choices():
            self.day_counter.addItem(text, value)
        chosen_counter = settings.day_counter_wording if settings.show_day_counter else ""
        self.day_counter.setCurrentIndex(max(0, self.day_counter.findData(chosen_counter)))
        self.temperature = QComboBox()
        self.temperature.setAccessibleName(self.tr("Temperature unit"))
        for text, value in ((self.tr("As usual where I live"), ""), ("°C", "C"), ("°F", "F")):
            self.temperature.addItem(text, value)
        self.temperature.setCurrentIndex(max(0, self.temperature.findData(settings.temperature_unit)))
        self.reminder = QCheckBox(self.tr("A gentle reminder once a day while the app is open"))
        self.reminder.setAccessibleName(self.tr("Daily reminder"))
        self.reminder.setChecked(settings.reminder_enabled)
        self.reminder_time = QTimeEdit(QTime.fromString(settings.reminder_time, "HH:mm"))
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.reminder_time.setEnabled(settings.reminder_enabled)
        self.reminder.toggled.connect(self.reminder_time.setEnabled)

        general = QWidget()
        form = QFormLayout(general)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Lock after"), self.auto_lock)
        form.addRow(self.tr("Look"), self.theme)
        form.addRow(self.tr("Temperature"), self.temperature)
        form.addRow(self.tr("Counting from the loss"), self.day_counter)
        form.addRow(self.reminder)
        form.addRow(self.tr("Reminder at"), self.reminder_time)

        self.picker = SymptomPicker(settings.catalog(content_locale()))
        tracking = QWidget()
        tracking_layout = QVBoxLayout(tracking)
        note = QLabel(
            self.tr("Ticked symptoms appear in your check-in, in this order. Hiding one keeps what you noted before.")
        )
        note.setWordWrap(True)
        tracking_layout.addWidget(note)
        tracking_layout.addWidget(self.picker)

        self.change_passphrase_button = QPushButton(self.tr("Change passphrase…"))
        self.replace_key_button = QPushButton(self.tr("Replace recovery key…"))
        self.show_folder_button = QPushButton(self.tr("Show the journal's folder"))
        security = QWidget()
        security_layout = QVBoxLayout(security)
        for button in (self.change_passphrase_button, self.replace_key_button, self.show_folder_button):
            button.setAccessibleName(button.text().rstrip("…"))
            security_layout.addWidget(button)
        folder = QLabel(str(journal.files.data_dir))
        folder.setWordWrap(True)
        security_layout.addWidget(folder)
        security_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.prompt_page = PromptSettingsPage(settings, load_prompt_library(content_locale()))
        self.backup_page = BackupFolderSettings(journal)
        for page, title in (
            (general, self.tr("General")),
            (tracking, self.tr("What you track")),
            (self.prompt_page, self.tr("Prompts")),
            (security, self.tr("Passphrase and data")),
            (self.backup_page, self.tr("Backups")),
        ):
            self.tabs.addTab(scrolling(page), title)  # each page scrolls, so the dialog fits a screen at 200 %
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(560, 520)

        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        self.change_passphrase_button.clicked.connect(lambda: ChangePassphraseDialog(journal, kdf_params, self).exec())
        self.replace_key_button.clicked.connect(lambda: ReplaceRecoveryKeyDialog(journal, self).exec())
        self.show_folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(journal.files.data_dir)))
        )

    def _name_minutes(self, minutes: int) -> None:
        self.auto_lock.setSuffix(plural(self.tr(" minute(s)", "", minutes), minutes))

    def save_and_close(self) -> None:
        self._app_settings.auto_lock_minutes = self.auto_lock.value()
        self._app_settings.theme = self.theme.currentData()
        self._app_settings.sync()
        current = self._journal.settings()
        chosen = replace(
            self.prompt_page.applied_to(current),
            show_day_counter=bool(self.day_counter.currentData()),
            day_counter_wording=self.day_counter.currentData() or current.day_counter_wording,
            temperature_unit=self.temperature.currentData(),
            reminder_enabled=self.reminder.isChecked(),
            reminder_time=self.reminder_time.time().toString("HH:mm"),
            hidden_symptoms=tuple(self.picker.hidden()),
            symptom_order=tuple(self.picker.order()),
            custom_symptoms=tuple(self.picker.custom()),
        )
        if chosen != current:
            with self._journal.transaction() as session:
                self._journal.save_settings(session, chosen)
        self.applied.emit()
        self.accept()
