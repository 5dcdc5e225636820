"""Shared by the app-window tests (imported by each test file): settings in tmp, a controller, a fixed today."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from conftest import CHEAP_KDF, PASSPHRASE
from journal.core.journal_files import JournalFiles
from journal.ui.app_settings import AppSettings
from journal.ui.background import wait_for_background
from journal.ui.controller import AppController

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings" / "RecoveryJournal.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_controller(
    qtbot, data_dir: Path, app_settings: AppSettings
) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(directory: Path | None = None, **options: object) -> AppController:
        options.setdefault("today", lambda: TODAY)
        options.setdefault("kdf_params", CHEAP_KDF)
        options.setdefault("automatic_backups", False)  # one wiring test turns them on
        controller = AppController(JournalFiles(directory or data_dir), app_settings, **options)  # type: ignore[arg-type]
        made.append(controller)
        return controller

    yield make
    wait_for_background()
    QCoreApplication.processEvents()
    for controller in made:
        controller.shutdown()
        for window in (controller.unlock_window, controller.first_run, controller.in_use_window):
            if window is not None:
                window.close()
                window.deleteLater()
    made.clear()
    flush_deletions()
    gc.collect()  # here, on the UI thread: otherwise a worker thread's allocation may collect these QObjects


def flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def open_app(qtbot, make_journal, make_controller, prepare: Callable[..., object] | None = None, **options: object):
    """A journal made, optionally filled by `prepare(journal)`, then opened through a started controller."""
    journal, _ = make_journal()
    if prepare is not None:
        prepare(journal)
    journal.close()
    controller = make_controller(**options)
    qtbot.addWidget(controller.start())
    unlock(qtbot, controller)
    return controller


def unlock(qtbot, controller: AppController, secret: str = PASSPHRASE) -> None:
    window = controller.unlock_window
    assert window is not None
    window.field.setText(secret)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        window.unlock_button.click()


def texts_on_screen() -> list[str]:
    """Every piece of text any live widget holds (labels, fields, editors, buttons)."""
    found = []
    for widget in QApplication.allWidgets():
        for getter in ("text", "toPlainText"):
            method = getattr(widget, getter, None)
            if callable(method):
                try:
                    value = method()
                except TypeError:
                    continue
                if isinstance(value, str):
                    found.append(value)
    return found


# The offscreen platform used in tests warns when a top-level window is shown; it says nothing about us.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("This plugin does not support")
