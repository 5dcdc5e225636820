"""The unlocked app: Today plus any views other parts add, menus for locking, settings and tools.

Built fresh after every unlock and thrown away on lock, so nothing decrypted outlives the key.
It asks the controller to lock or hide through signals; it never locks the journal itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from journal.ui.about_dialog import AboutDialog
from journal.ui.changed_outside_note import ChangedOutsideNote
from journal.ui.key_dates_dialog import KeyDatesDialog
from journal.ui.reminder import DailyReminder
from journal.ui.settings_dialog import SettingsDialog
from journal.ui.specs import ToolSpec, ViewSpec
from journal.ui.today.today_view import PromptCardFactory, TodayView

if TYPE_CHECKING:
    from journal.core.journal import Journal
    from journal.ui.app_settings import AppSettings

QUICK_HIDE_SHORTCUT = "Ctrl+Shift+H"


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quick_hide_requested = Signal()
    settings_applied = Signal()
    restore_requested = Signal()
    closing = Signal()

    def __init__(
        self,
        journal: Journal,
        app_settings: AppSettings,
        today: Callable[[], dt.date] = dt.date.today,
        views: Sequence[ViewSpec] = (),
        tools: Sequence[ToolSpec] = (),
        prompt_card_factory: PromptCardFactory | None = None,
        kdf_params: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery Journal"))
        self.journal = journal
        self._app_settings = app_settings
        self._today = today
        self._views = tuple(views)
        self._prompt_card_factory = prompt_card_factory
        self._kdf_params = kdf_params
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.changed_note = ChangedOutsideNote(journal)
        problem = journal.manifest_problem
        self.unreadable_note = self._unreadable_note(
            0 if problem is not None and problem.value == "wiped" else journal.unreadable_count
        )
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.changed_note)
        column.addWidget(self.unreadable_note)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.today_view = self._build_today()
        self.tabs.addTab(self.today_view, self.tr("Today"))
        for spec in self._views:
            self.tabs.addTab(spec.factory(journal, self), spec.title)
        self.tabs.currentChanged.connect(self._tab_shown)
        self._build_menus(tools)
        self.reminder = DailyReminder(journal, dt.datetime.now, self)
        self.reminder.remind.connect(self._show_reminder)
        if app_settings.geometry is not None:
            self.restoreGeometry(app_settings.geometry)
        else:
            self.resize(900, 760)

    def _unreadable_note(self, count: int) -> QLabel:
        """A calm line above the tabs when some entries could not be decrypted (changed or damaged)."""
        note = QLabel()
        note.setWordWrap(True)
        note.setContentsMargins(12, 8, 12, 8)
        note.setAccessibleName(self.tr("Message"))
        if count > 0:
            # Calm, and with a next step: the rest is safe, and a backup may hold the days that were lost.
            note.setText(
                self.tr(
                    "Some days couldn't be opened (%n day(s)), so they are left out. Everything else is here and "
                    "safe. A backup from before may still hold them: Restore from a backup, in the Journal menu, "
                    "shows what a backup holds before anything changes.",
                    "",
                    count,
                )
            )
        note.setVisible(count > 0)
        return note

    def _build_today(self) -> TodayView:
        return TodayView(self.journal, self._today, self._prompt_card_factory)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object], shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self, tools: Sequence[ToolSpec]) -> None:
        bar = self.menuBar()
        journal_menu = bar.addMenu(self.tr("&Journal"))
        self.lock_action = self._action(journal_menu, self.tr("Lock now"), self.lock_requested.emit, "Ctrl+L")
        self.hide_action = self._action(
            journal_menu, self.tr("Quick hide (lock and minimise)"), self.quick_hide_requested.emit, QUICK_HIDE_SHORTCUT
        )
        journal_menu.addSeparator()
        self.key_dates_action = self._action(journal_menu, self.tr("Key dates…"), self.open_key_dates)
        self.settings_action = self._action(journal_menu, self.tr("Settings…"), self.open_settings, "Ctrl+,")
        self._action(journal_menu, self.tr("Show the journal's folder"), self._show_folder)
        self.restore_action = self._action(journal_menu, self.tr("Restore from a backup…"), self.restore_requested.emit)
        journal_menu.addSeparator()
        self.quit_action = self._action(journal_menu, self.tr("Quit"), self.close, "Ctrl+Q")

        day_menu = bar.addMenu(self.tr("&Day"))
        self.save_action = self._action(day_menu, self.tr("Save now"), lambda: self.today_view.save_now(), "Ctrl+S")
        self._action(day_menu, self.tr("Previous day"), lambda: self._step(-1), "Alt+Left")
        self._action(day_menu, self.tr("Next day"), lambda: self._step(1), "Alt+Right")
        self._action(day_menu, self.tr("Today"), lambda: self._go_today(), "Ctrl+T")
        self._action(day_menu, self.tr("Choose a day…"), self._focus_picker, "Ctrl+G")

        menus: dict[str, QMenu] = {}
        for tool in tools:
            menu = menus.get(tool.menu) or bar.addMenu(tool.menu)
            menus[tool.menu] = menu
            self._action(menu, tool.title, lambda tool=tool: tool.run(self.journal, self))

        help_menu = bar.addMenu(self.tr("&Help"))
        self.safety_action = self._action(help_menu, self.tr("When to contact a clinician…"), self.open_safety_page)
        self._action(help_menu, self.tr("About Recovery Journal"), self.open_about)

    # -- actions ------------------------------------------------------------------------------

    def open_day(self, date: dt.date) -> None:
        """Show a day in Today (from the calendar or a search result), saving the day that was open."""
        self.tabs.setCurrentWidget(self.today_view)
        self.today_view.show_day(date)

    def reload_views(self) -> None:
        """After an import changed the journal underneath, show the fresh days everywhere."""
        self.today_view.form.set_entry(self.today_view.date, self.journal.day(self.today_view.date))
        self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        # Views that summarise the journal re-read it when shown, so edits made in Today appear there.
        if self.tabs.widget(index) is not self.today_view:
            self.today_view.save_now()
        refresh = getattr(self.tabs.widget(index), "refresh", None)
        if callable(refresh):
            refresh()

    def _step(self, days: int) -> None:
        self.tabs.setCurrentWidget(self.today_view)
        self.today_view.show_day(self.today_view.date + dt.timedelta(days=days))

    def _go_today(self) -> None:
        self.tabs.setCurrentWidget(self.today_view)
        self.today_view.show_day(self._today())

    def _focus_picker(self) -> None:
        self.tabs.setCurrentWidget(self.today_view)
        self.today_view.navigator.picker.setFocus()

    def _show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.journal.files.data_dir)))

    def _show_reminder(self) -> None:
        self.statusBar().showMessage(
            self.tr("If you'd like to, there is space for today in your journal."), 60 * 60_000
        )

    def make_settings_dialog(self) -> SettingsDialog:
        dialog = SettingsDialog(self.journal, self._app_settings, self._kdf_params, self)
        dialog.applied.connect(self._settings_applied)
        return dialog

    def open_settings(self) -> None:
        self.today_view.save_now()
        self.make_settings_dialog().exec()

    def _settings_applied(self) -> None:
        """Rebuild every tab so it shows the newly chosen symptoms, unit, day counter and theme.

        Widgets with style sheets keep the palette they were built with, so a theme change only
        reaches a view that is built again.
        """
        self.settings_applied.emit()  # the controller applies theme and auto-lock before the rebuild
        date = self.today_view.date
        self.today_view.save_now()
        current = self.tabs.currentIndex()
        old = [self.tabs.widget(index) for index in range(self.tabs.count())]
        self.tabs.blockSignals(True)
        self.tabs.clear()
        self.today_view = self._build_today()
        self.tabs.addTab(self.today_view, self.tr("Today"))
        for spec in self._views:
            self.tabs.addTab(spec.factory(self.journal, self), spec.title)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        for widget in old:
            widget.deleteLater()
        self.today_view.show_day(date)

    def open_key_dates(self) -> None:
        dialog = KeyDatesDialog(self.journal, self._today(), self)
        dialog.exec()
        self.today_view.show_day(self.today_view.date)

    def open_safety_page(self) -> None:
        from journal.ui.content_locale import content_locale
        from journal.ui.safety.safety_dialog import open_safety_page

        self.safety_page = open_safety_page(self.journal, self, content_locale())

    def open_about(self) -> None:
        AboutDialog(self.journal.files.data_dir, self, settings_file=self._app_settings.file_name()).exec()

    # -- leaving ------------------------------------------------------------------------------

    def save_everything(self) -> bool:
        """Save the day shown; called before locking, hiding and quitting."""
        return self.today_view.save_now()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_everything()
        self._app_settings.geometry = self.saveGeometry()
        self.closing.emit()
        event.accept()
