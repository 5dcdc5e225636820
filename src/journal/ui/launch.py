"""Starting the desktop app: a QApplication, the first window as soon as possible, the rest after.

Start-up time counts from here, so only PySide6 and the small unlock/first-run modules are
imported before the first window shows; SQLAlchemy and the views load while the person types.
Importing this module loads nothing of Qt: `launch_app` pauses the cyclic collector first (`StartUpCollection`).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from journal.core.journal import Journal
    from journal.ui.app_settings import AppSettings
    from journal.ui.memory import StartUpCollection
    from journal.ui.specs import ToolSpec, ViewSpec
    from journal.ui.today.today_view import PromptCardFactory

STARTUP_PROBE = "JOURNAL_STARTUP_PROBE"  # benchmarks: print a mark and quit once the first window shows


def demo_data_dir() -> Path:
    """A separate folder for the made-up demo journal, beside the real one, never mixed with it."""
    from journal.core.journal_files import default_data_dir

    return default_data_dir().parent / "RecoveryJournal-demo"


def extra_views() -> tuple[list[ViewSpec], list[ToolSpec], PromptCardFactory]:
    """The views, menu tools and prompt card that plug into the main window.

    Each factory imports its module only when the main window is built, after unlocking, so none
    of them slows down the first window.
    """
    from PySide6.QtCore import QCoreApplication

    from journal.ui.specs import HostWindow, ViewSpec

    def review(journal: Journal, window: QWidget) -> QWidget:
        from journal.ui.review.review_view import ReviewView

        view = ReviewView(journal, dt.date.today(), window)
        if isinstance(window, HostWindow):
            view.day_requested.connect(window.open_day)
        return view

    def library(journal: Journal, window: QWidget) -> QWidget:
        from journal.core.domain.key_dates import recorded_loss_kinds
        from journal.ui.prompts.library_view import LibraryView

        return LibraryView(window, loss_kinds=recorded_loss_kinds(tuple(journal.key_dates()), dt.date.today()))

    def prompt_card(journal: Journal, parent: QWidget) -> QWidget:
        from journal.ui.prompts.prompt_card import PromptCard

        return PromptCard(journal, dt.date.today(), parent)

    views = [
        ViewSpec(QCoreApplication.translate("MainWindow", "Looking back"), review),
        ViewSpec(QCoreApplication.translate("MainWindow", "Library"), library),
    ]
    from journal.ui.care.menu import care_tools

    return views, [*tools_for_menus(), *care_tools()], prompt_card


def tools_for_menus() -> list[ToolSpec]:
    """Export, import and backup actions for the main window's menus.

    Each saves the day being written first, so an import or restore never races unsaved text.
    """
    from PySide6.QtCore import QCoreApplication

    from journal.ui.specs import HostWindow, ToolSpec

    def save_first(window: QWidget) -> bool:
        return window.save_everything() if isinstance(window, HostWindow) else True

    def export(journal: Journal, window: QWidget) -> None:
        from journal.ui.exchange.export_dialog import ExportDialog

        if save_first(window):
            ExportDialog(journal, dt.date.today(), window).open()

    def import_days(journal: Journal, window: QWidget) -> None:
        from journal.ui.exchange.import_dialog import ImportDialog

        if not save_first(window):
            return
        dialog = ImportDialog(journal, window)
        if isinstance(window, HostWindow):
            host = window
            dialog.imported.connect(lambda _result: host.reload_views())
        dialog.open()

    def export_folder(journal: Journal, window: QWidget) -> None:
        from journal.ui.memories.folder_export_action import export_everything

        if save_first(window):
            export_everything(journal, window)

    menu = QCoreApplication.translate("MainWindow", "&Export and backup")
    return [
        ToolSpec(menu, QCoreApplication.translate("MainWindow", "Export for your clinician or yourself…"), export),
        ToolSpec(menu, QCoreApplication.translate("MainWindow", "Export everything to a folder…"), export_folder),
        ToolSpec(menu, QCoreApplication.translate("MainWindow", "Import from another app…"), import_days),
        *backup_tools(menu, save_first),
    ]


def backup_tools(menu: str, save_first: Callable[[QWidget], bool]) -> list[ToolSpec]:
    from PySide6.QtCore import QCoreApplication

    from journal.ui.specs import HostWindow, ToolSpec

    def back_up_now(journal: Journal, window: QWidget) -> None:
        from journal.ui.backup.actions import BackupActions

        if not save_first(window):
            return
        actions = BackupActions(journal, window)
        if isinstance(window, HostWindow):
            status_bar = window.statusBar()
            actions.finished_message.connect(lambda text: status_bar.showMessage(text, 8000))
            actions.failed.connect(lambda text: status_bar.showMessage(text))
        actions.back_up_now()

    return [ToolSpec(menu, QCoreApplication.translate("MainWindow", "Back up now…"), back_up_now)]


def launch_app(data_dir: Path | None = None, demo: bool = False) -> int:
    from journal.ui.memory import StartUpCollection, quiet_pyside_import_hook

    collection = StartUpCollection()  # no cyclic collection until the first window is up
    from PySide6.QtCore import QCoreApplication

    quiet_pyside_import_hook()  # before the rest is imported: their source is not kept in memory
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from journal.core.resources import resources_dir
    from journal.ui.app_settings import APPLICATION, ORGANISATION, AppSettings
    from journal.ui.crash_guard import CrashGuard
    from journal.ui.theme import FUSION_ARGUMENTS, apply_theme
    from journal.ui.translations import install_translators

    collection.imports_done()
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    existing = QApplication.instance()
    app = existing or QApplication([*sys.argv[:1], *FUSION_ARGUMENTS])
    assert isinstance(app, QApplication)
    _translators = install_translators(app)  # kept referenced for the life of the app: Qt does not own them
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Recovery Journal"))
    app.setDesktopFileName("org.recoveryjournal.RecoveryJournal")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "recovery-journal.svg")))
    app_settings = AppSettings()
    apply_theme(app, app_settings.theme, fusion=existing is None)
    crash_guard = CrashGuard().install()  # a type and a line to stderr, one gentle message; never the details
    try:
        return _run(app, app_settings, data_dir, demo, collection)
    finally:
        app_settings.sync()
        crash_guard.uninstall()


_FILTERS_AFTER_MS = 150  # past the first paint; long before a person could turn the wheel over a control


def _install_app_filters(app: QApplication) -> tuple[object, ...]:
    from journal.ui.wheel_guard import WheelGuard
    from journal.ui.window_fit import WindowFitter

    return WheelGuard(app).install(app), WindowFitter(app).install(app)


def _run(
    app: QApplication, app_settings: AppSettings, data_dir: Path | None, demo: bool, collection: StartUpCollection
) -> int:
    from PySide6.QtCore import QTimer

    from journal.core.journal_files import JournalFiles, default_data_dir
    from journal.ui.controller import AppController

    folder = demo_data_dir() if demo else (data_dir or default_data_dir())
    views, tools, prompt_card = extra_views()
    controller = AppController(
        JournalFiles(folder),
        app_settings,
        views=views,
        tools=tools,
        prompt_card_factory=prompt_card,
        demo=demo,
        kdf_helper=True,  # the key derivation's memory stays out of the app's own process
    )
    window = controller.start()
    QTimer.singleShot(0, collection.window_shown)  # the first window is up: collecting resumes
    # The app-wide filters load Qt's enums, so they come once the first window has painted (and then
    # fit it too): a wheel turn over an unchosen control scrolls the page; every window fits its
    # screen, also at 200 %.
    filters: list[object] = []
    QTimer.singleShot(_FILTERS_AFTER_MS, lambda: filters.extend(_install_app_filters(app)))
    if os.environ.get(STARTUP_PROBE):
        import time

        QTimer.singleShot(0, lambda: (print(f"shown {type(window).__name__} {time.time()!r}", flush=True), app.quit()))
    try:
        return app.exec()
    finally:
        controller.shutdown()
