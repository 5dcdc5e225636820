"""Which window is showing, and the moves between them: first run, unlock, the journal, lock.

Backups and restore around the main window are `journal.ui.backup.backup_flow`'s; it asks this
class to close the journal for a restore and to bring the unlock window back.

Only this class holds the unlocked `Journal`. Locking saves the day shown, throws the main window
away (every widget and undo history with it) and drops the key; the process keeps its claim on
the journal so no second writer can slip in. Nothing heavy is imported until a window is showing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import warnings
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from journal.ui.app_settings import AppSettings
from journal.ui.background import BackgroundOperation, run_in_background
from journal.ui.backup.backup_flow import BackupFlow
from journal.ui.content_locale import content_locale
from journal.ui.crash_guard import describe
from journal.ui.error_words import error_text
from journal.ui.file_dialog_privacy import forget_file_dialog_history
from journal.ui.idle import IdleWatcher
from journal.ui.specs import ToolSpec, ViewSpec
from journal.ui.unlock_window import UnlockWindow

if TYPE_CHECKING:
    from journal.core.crypto.kdf import KdfParams
    from journal.core.first_run_choices import FirstRunChoices
    from journal.core.journal import Journal
    from journal.core.journal_files import JournalFiles
    from journal.ui.first_run.window import FirstRunWindow
    from journal.ui.main_window import MainWindow
    from journal.ui.today.today_view import PromptCardFactory

DEMO_PASSPHRASE = "demo"
DEMO_DAYS = 180
PRELOAD_DELAY_MS = 150
LISTEN_DELAY_MS = 60
RELEASE_DELAY_MS = 400


def _preload() -> None:
    """Import the heavy modules while the person types their passphrase."""
    from journal.ui.memory import release_import_leftovers, return_large_blocks

    return_large_blocks()  # before the journal's large buffers (a backup's images) come and go
    import journal.core.opening
    import journal.ui.main_window  # noqa: F401

    release_import_leftovers(collect=False)  # before the key derivation adds its area; off the UI thread


class AppController(QObject):
    unlocked = Signal()
    locked = Signal()
    in_use = Signal()

    def __init__(
        self,
        files: JournalFiles,
        app_settings: AppSettings,
        *,
        clock: Callable[[], dt.date] = dt.date.today,
        kdf_params: KdfParams | None = None,
        views: Sequence[ViewSpec] = (),
        tools: Sequence[ToolSpec] = (),
        prompt_card_factory: PromptCardFactory | None = None,
        demo: bool = False,
        idle_interval_ms: int | None = None,
        automatic_backups: bool = True,
        kdf_helper: bool = False,
    ) -> None:
        super().__init__()
        self.files = files
        self.app_settings = app_settings
        self._clock = clock  # what day it is now; tests pass a fixed one
        self._kdf_params = kdf_params
        self._views = tuple(views)
        self._tools = tuple(tools)
        self._prompt_card_factory = prompt_card_factory
        self._demo = demo
        self._idle_interval_ms = idle_interval_ms
        self.journal: Journal | None = None
        self.unlock_window: UnlockWindow | None = None
        self.first_run: FirstRunWindow | None = None
        self.main_window: MainWindow | None = None
        self.in_use_window: QWidget | None = None
        self.start_problem_window: QWidget | None = None
        self.operation: BackgroundOperation[Any] | None = None  # kept alive until its callback ran
        self._raise_server: Any = None
        self.idle = IdleWatcher(0, self)
        self.backup_flow = BackupFlow(files, self, automatic_backups, self)  # backups and restore
        self._kdf_helper: Any = None
        self._kdf_helper_wanted = kdf_helper

    # -- starting -----------------------------------------------------------------------------

    def start(self) -> QWidget:
        """Show the first window: in-use message, first run, unlock, or what stops the journal opening."""
        from journal.core.errors import JournalError, JournalInUseError

        try:
            self.files.claim()
            exists = self.files.exists()
        except JournalInUseError:
            return self._show_in_use()
        except (JournalError, OSError) as error:
            return self._show_start_problem(error)
        if exists:
            window: QWidget = self._show_unlock()
        elif self._demo:
            window = self._show_unlock()
            self._make_demo()
        else:
            window = self._show_first_run()
        # After the first paint: a second start may knock, and the heavy modules load while the person types.
        # (QtNetwork for the listener loads after the window has painted, not before.)
        QTimer.singleShot(LISTEN_DELAY_MS, self._listen_for_second_start)
        QTimer.singleShot(PRELOAD_DELAY_MS, lambda: run_in_background(None, _preload, lambda _r: None, lambda _e: None))
        return window

    def _listen_for_second_start(self) -> None:
        from journal.ui.single_instance import RaiseServer

        if self.files.claimed:
            self._raise_server = RaiseServer(self.files.data_dir, self.raise_window, self)

    def _show_in_use(self) -> QWidget:
        from journal.ui.in_use_window import InUseWindow
        from journal.ui.single_instance import ask_running_app_to_raise

        ask_running_app_to_raise(self.files.data_dir)
        self.in_use_window = InUseWindow()
        self.in_use_window.show()
        self.in_use.emit()
        return self.in_use_window

    def _show_start_problem(self, error: Exception) -> QWidget:
        from journal.ui.start_problem_window import StartProblemWindow

        text = error_text(error, self.tr("The journal's folder cannot be used."))
        self.start_problem_window = StartProblemWindow(
            text + " " + self.tr("Nothing was changed. You can start the app again with another folder.")
        )
        self.start_problem_window.show()
        return self.start_problem_window

    def _show_unlock(self) -> UnlockWindow:
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(DEMO_PASSPHRASE if self._demo else "")
            self.unlock_window.unlock_requested.connect(self.unlock)
        self.unlock_window.reset()
        QTimer.singleShot(PRELOAD_DELAY_MS, self._start_kdf_helper)  # ready by the time the person is
        self.unlock_window.present()
        return self.unlock_window

    def _show_first_run(self) -> FirstRunWindow:
        from journal.ui.first_run.window import FirstRunWindow

        self.first_run = FirstRunWindow(self._clock())
        self.first_run.passphrase_chosen.connect(self._create)
        self.first_run.completed.connect(self._finish_first_run)
        self.first_run.show()
        return self.first_run

    def _make_demo(self) -> None:
        assert self.unlock_window is not None
        self.unlock_window.set_busy(True)
        self.unlock_window.show_message(self.tr("Making the demo journal… this takes a few seconds."))
        files, today, params = self.files, self._clock(), self._kdf_params

        def work() -> None:
            from journal.core.demo import create_demo_journal

            journal, _key = create_demo_journal(
                files, DEMO_PASSPHRASE, days=DEMO_DAYS, seed=7, today=today, kdf_params=params
            )
            journal.lock()

        self.operation = run_in_background(self, work, self._demo_ready, self._unlock_failed)

    def _demo_ready(self, _result: object) -> None:
        if self.unlock_window is not None:
            self.unlock_window.reset()

    # -- first run ----------------------------------------------------------------------------

    def _create(self, passphrase: str) -> None:
        from journal.core.opening import create_journal

        assert self.first_run is not None
        self.first_run.set_busy(True)
        files, params = self.files, self._kdf_params
        self.operation = run_in_background(
            self, lambda: create_journal(files, passphrase, params), self._created, self._create_failed
        )

    def _created(self, result: tuple[Journal, str]) -> None:
        journal, recovery_key = result
        self.journal = journal
        if self.first_run is not None:
            self.first_run.show_recovery_key(recovery_key, journal.settings().catalog(content_locale()))

    def _create_failed(self, error: Exception) -> None:
        if self.first_run is not None:
            self.first_run.show_error(
                error_text(error, self.tr("The journal could not be created. Nothing was saved."))
            )

    def _finish_first_run(self, choices: FirstRunChoices) -> None:
        from journal.core.first_run_choices import apply_first_run_choices
        from journal.ui.journal_writes import write_to_journal

        journal, window = self.journal, self.first_run
        if journal is None or window is None:
            return
        if not write_to_journal(
            journal, lambda session: apply_first_run_choices(journal, session, choices), window.show_error
        ):
            return
        window.hide()
        window.deleteLater()
        self.first_run = None
        self._open_main(journal)

    # -- unlocking ----------------------------------------------------------------------------

    def unlock(self, secret: str, is_recovery_key: bool) -> None:
        from journal.core.opening import unlock_with_passphrase, unlock_with_recovery_key

        assert self.unlock_window is not None
        self.unlock_window.set_busy(True)
        files, helper = self.files, self._kdf_helper

        def open_journal() -> Journal:
            if is_recovery_key:
                return unlock_with_recovery_key(files, secret)
            return unlock_with_passphrase(files, secret, helper.derive if helper is not None else None)

        self.operation = run_in_background(self, open_journal, self._opened, self._unlock_failed)

    def _opened(self, journal: Journal) -> None:
        self._stop_kdf_helper()  # the journal is open: the helper's work is done
        self._open_main(journal)

    def _start_kdf_helper(self) -> None:
        """The key derivation's helper process, started while the person types (see `kdf_worker`)."""
        if self._kdf_helper is None and self._kdf_helper_wanted:
            from journal.core.crypto.kdf_worker import KdfWorker

            self._kdf_helper = KdfWorker()

    def _stop_kdf_helper(self) -> None:
        helper, self._kdf_helper = self._kdf_helper, None
        if helper is not None:
            helper.close()

    def _unlock_failed(self, error: Exception) -> None:
        from journal.core.errors import WrongSecretError

        if self.unlock_window is None:
            return
        if isinstance(error, WrongSecretError):
            if error.is_recovery_key:
                text = self.tr("That recovery key doesn't open this journal. Nothing was changed.")
            else:
                text = self.tr(
                    "That passphrase doesn't open this journal. Check Caps Lock and try again — nothing was changed."
                )
        else:
            text = error_text(error, self.tr("The journal could not be opened. It was left as it is."))
        self.unlock_window.show_error(text)

    def _open_main(self, journal: Journal) -> None:
        self.journal = journal
        try:
            self._build_main(journal)
        except Exception as error:  # whatever broke: lock again rather than strand the person
            self._main_failed(journal, error)
            return
        from journal.ui.memory import release_import_leftovers

        # Once Today has painted: the views' imports are done and the key derivation's area is free.
        QTimer.singleShot(RELEASE_DELAY_MS, release_import_leftovers)
        self.unlocked.emit()

    def _main_failed(self, journal: Journal, error: Exception) -> None:
        """The main window could not be built or shown: drop it, lock, and say so plainly."""
        where = describe(type(error), error.__traceback__)  # the type and a line number, never the message
        print(f"Recovery Journal: the journal window failed: {where}", file=sys.stderr)
        window, self.main_window = self.main_window, None
        self._stop_idle()
        self.backup_flow.closed()
        if window is not None:
            with contextlib.suppress(Exception):
                window.closing.disconnect(self._main_closing)
            window.hide()
            window.deleteLater()
        journal.lock()
        self.journal = None
        self._show_unlock().show_error(
            self.tr(
                "The journal opened, but something in it could not be shown. Nothing was changed. "
                "Your backups are untouched, and you can try again after restarting the app."
            )
        )

    def _build_main(self, journal: Journal) -> None:
        from journal.ui.main_window import MainWindow

        self._apply_app_settings()  # theme first: widgets with style sheets keep the palette they were built with
        self.main_window = MainWindow(
            journal,
            self.app_settings,
            self._clock,
            self._views,
            self._tools,
            self._prompt_card_factory,
            self._kdf_params,
        )
        self.main_window.lock_requested.connect(self.lock)
        self.main_window.quick_hide_requested.connect(self.quick_hide)
        self.main_window.closing.connect(self._main_closing)
        self.main_window.settings_applied.connect(self._apply_app_settings)
        self.main_window.show()
        if self.unlock_window is not None:
            self.unlock_window.hide()  # first: reset() puts focus in its field, which a screen reader would read out
            self.unlock_window.reset()
        _application().installEventFilter(self.idle)
        self.idle.idle.connect(self.lock)
        self.main_window.restore_requested.connect(self.backup_flow.start_restore)
        self.backup_flow.opened(journal, self.main_window)

    # -- what a restore asks of the routing (`RestoreHost`) ------------------------------------

    def journal_is_open(self) -> bool:
        return self.journal is not None or self.main_window is not None

    def close_journal_for_restore(self) -> None:
        if self.journal is not None and self.main_window is not None:
            self._drop_main_window()
            self.journal.lock()
            self.journal = None
            self.locked.emit()

    def show_unlock_message(self, text: str) -> None:
        self._show_unlock().show_error(text)

    def show_unlock_if_nothing_shows(self) -> None:
        if self.unlock_window is None or not self.unlock_window.isVisible():
            self._show_unlock()

    def _apply_app_settings(self) -> None:
        from journal.ui.theme import apply_theme

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.app_settings.theme)
        interval = self._idle_interval_ms
        if interval is None:
            interval = self.app_settings.auto_lock_minutes * 60_000
        self.idle.set_interval_ms(interval)

    # -- locking and leaving -----------------------------------------------------------------

    def _stop_idle(self) -> None:
        self.idle.stop()
        _application().removeEventFilter(self.idle)
        with contextlib.suppress(RuntimeError, TypeError), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # not connected yet when building the window failed
            self.idle.idle.disconnect(self.lock)

    def _drop_main_window(self) -> None:
        self._stop_idle()
        forget_file_dialog_history()
        window, self.main_window = self.main_window, None
        if window is None:
            return
        window.save_everything()
        self.app_settings.geometry = window.saveGeometry()
        window.closing.disconnect(self._main_closing)
        for dialog in window.findChildren(QDialog):
            dialog.reject()
        window.hide()
        window.deleteLater()

    def lock(self) -> None:
        """Save, throw away every window that shows the journal, drop the key, show the unlock window."""
        if self.journal is None or self.main_window is None:
            return
        self._drop_main_window()
        self.journal.lock()
        self.journal = None
        self._show_unlock()
        self.locked.emit()

    def quick_hide(self) -> None:
        """Lock and minimise in one go, for when someone walks in."""
        self.lock()
        if self.unlock_window is not None:
            self.unlock_window.showMinimized()

    def raise_window(self) -> None:
        window = self.main_window or self.first_run or self.unlock_window
        if window is not None:
            window.showNormal()
            window.raise_()
            window.activateWindow()

    def _main_closing(self) -> None:
        if self.journal is not None:
            self.backup_flow.before_quit()
        window, self.main_window = self.main_window, None
        if window is not None:
            window.deleteLater()  # closing only hides it: the decrypted widgets go too
        self.shutdown()

    def shutdown(self) -> None:
        """Lock and give up the claim on the journal (quitting)."""
        self._stop_kdf_helper()
        if self.main_window is not None:
            self._drop_main_window()
        if self._raise_server is not None:
            self._raise_server.close()
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        forget_file_dialog_history()
        self.files.release()


def _application() -> QApplication:
    """The running application (the controller exists only inside one)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
