"""What the app loads before its first window shows: only Qt's basics and the small window modules.

Start-up time is counted to that first window (benchmarks/bench_startup.py), so SQLAlchemy, the
journal's storage, the main window, the heavy Qt modules and the enums of Qt's namespace (about
15 ms for its hundred enum types) must wait until the window is up; so must Python's view of
`QEvent` and `QStyle`, whose enums take a few milliseconds each. The app runs in a process of
its own, as `journal` starts it, and reports what it had loaded when `AppController.start()` returned
its window, shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.journals import CHEAP_KDF

_SCRIPT = """
import json, sys
from pathlib import Path
from journal.ui import controller

started = controller.AppController.start
LATER = ("QEvent", "QStyle", "QMessageBox", "QMainWindow")  # Qt classes the first window has no need of

def start(self):
    window = started(self)
    from PySide6 import QtCore, QtWidgets
    report = {
        "window": type(window).__name__,
        "visible": window.isVisible(),
        "modules": sorted(sys.modules),
        "qt_namespace": "Qt" in vars(QtCore),
        "qt_classes_built": [name for name in LATER if name in {**vars(QtCore), **vars(QtWidgets)}],
    }
    report["style"] = QtWidgets.QApplication.instance().style().name()  # asked only now
    print(json.dumps(report), flush=True)
    return window

controller.AppController.start = start
from journal.ui.launch import launch_app
sys.exit(launch_app(Path(sys.argv[1])))
"""

HEAVY = (
    "sqlalchemy",
    "cryptography",
    "journal.core.journal",
    "journal.core.opening",
    "journal.core.storage.database",
    "journal.ui.main_window",
    "journal.ui.first_run.window",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "PySide6.QtNetwork",
    "PySide6.QtSvg",
    "tomllib",
)


def _first_window(folder: Path, tmp_path: Path) -> dict[str, object]:
    environment = dict(os.environ, JOURNAL_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(folder)],
        env=environment, capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    report: dict[str, object] = json.loads(result.stdout.splitlines()[0])
    return report


def _heavy(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return [name for name in modules if any(name == heavy or name.startswith(heavy + ".") for heavy in HEAVY)]


@pytest.fixture
def existing_journal(tmp_path: Path) -> Path:
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import create_journal

    folder = tmp_path / "journal"
    journal, _ = create_journal(JournalFiles(folder), "a passphrase for the test", CHEAP_KDF)
    journal.close()
    return folder


def test_the_unlock_window_shows_before_anything_heavy_is_loaded(existing_journal: Path, tmp_path: Path) -> None:
    report = _first_window(existing_journal, tmp_path)
    assert (report["window"], report["visible"]) == ("UnlockWindow", True)
    assert _heavy(report["modules"]) == []
    assert report["qt_namespace"] is False, "the Qt namespace's enums were built before the first window"
    assert report["qt_classes_built"] == [], "these Qt classes (and their enums) were built before the first window"
    assert report["style"] == "fusion"  # given at launch (FUSION_ARGUMENTS), never asked for before the window


def test_the_first_run_window_shows_without_sqlalchemy_or_the_journal(tmp_path: Path) -> None:
    report = _first_window(tmp_path / "no journal yet", tmp_path)
    assert (report["window"], report["visible"]) == ("FirstRunWindow", True)
    modules = report["modules"]
    assert isinstance(modules, list)
    assert [name for name in modules if name.split(".")[0] == "sqlalchemy" or name == "journal.core.journal"] == []
