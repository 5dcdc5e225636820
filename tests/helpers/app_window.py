"""For tests that open the app's windows: settings in tmp, a controller, a fixed today, unlocking, damage.

The fixtures `app_settings` and `make_controller` are registered by `tests/ui/app/conftest.py`;
the functions are imported where they are used (`from helpers.app_window import open_app, unlock`).
"""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QCoreApplication, QEvent, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from helpers.journals import CHEAP_KDF, PASSPHRASE
from journal.core.journal_files import JournalFiles
from journal.ui.app_settings import AppSettings
from journal.ui.background import wait_for_background
from journal.ui.controller import AppController

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings" / "RecoveryJournal.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_controller(qtbot, data_dir: Path, app_settings: AppSettings) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(directory: Path | None = None, **options: object) -> AppController:
        options.setdefault("clock", lambda: TODAY)
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


def damage_days(data_dir: Path, count: int) -> None:
    """Flip every byte of `count` sealed day rows in the closed journal file, as damage on disk would."""
    connection = sqlite3.connect(data_dir / "journal.sqlite3")
    try:
        rows = connection.execute("SELECT id, sealed FROM day_entries ORDER BY id LIMIT ?", (count,)).fetchall()
        for row_id, sealed in rows:
            damaged = bytes(b ^ 0xFF for b in sealed)
            connection.execute("UPDATE day_entries SET sealed = ? WHERE id = ?", (damaged, row_id))
        connection.commit()
    finally:
        connection.close()


def texts_on_screen(*, item_views: bool = True) -> list[str]:
    """Every piece of text any live widget holds: labels, fields, editors, buttons, window titles,
    tool tips, accessible names, and the displayed text of every row of every list, table and tree."""
    found: list[str] = []
    models: dict[int, QAbstractItemModel] = {}
    for widget in QApplication.allWidgets():
        for getter in ("text", "toPlainText", "placeholderText"):
            method = getattr(widget, getter, None)
            if callable(method):
                try:
                    value = method()
                except TypeError:
                    continue
                if isinstance(value, str):
                    found.append(value)
        found += [widget.windowTitle(), widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if item_views and isinstance(widget, QAbstractItemView) and widget.model() is not None:
            models[id(widget.model())] = widget.model()
    for model in models.values():
        found += _model_texts(model, QModelIndex())
    return [text for text in found if text]


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> list[str]:
    """The display and tool-tip text of every cell under `parent`, children included (trees)."""
    texts: list[str] = []
    flat = isinstance(model, QAbstractListModel)  # one column, no children (Qt makes those methods private)
    columns = 1 if flat else max(1, model.columnCount(parent))
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    texts.append(str(value))
            if not flat and column == 0 and model.hasChildren(index):
                texts += _model_texts(model, index)
    return texts
